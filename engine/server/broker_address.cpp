#include "server/broker_address.h"

namespace es::server {

std::string advertisedHost(const std::string &bindAddress)
{
    if (bindAddress == "0.0.0.0")
        return "127.0.0.1";
    if (bindAddress == "::")
        return "::1";
    return bindAddress;
}

std::string hostPort(const std::string &host, std::int32_t port)
{
    const bool v6 = host.find(':') != std::string::npos;
    return (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

} // namespace es::server
