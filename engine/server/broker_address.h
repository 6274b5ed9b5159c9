#pragma once

#include <cstdint>
#include <string>

namespace es::server {

// The host clients are told to connect to for a listener bound to `bindAddress`: the
// address itself, or loopback for a wildcard address (0.0.0.0 -> 127.0.0.1, :: -> ::1),
// which no client can connect to.
std::string advertisedHost(const std::string &bindAddress);

// "host:port", with an IPv6 host in brackets.
std::string hostPort(const std::string &host, std::int32_t port);

} // namespace es::server
