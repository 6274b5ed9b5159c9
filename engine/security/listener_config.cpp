#include "security/listener_config.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace es::security {

namespace {

constexpr std::array<std::pair<SecurityProtocol, std::string_view>, 4> kProtocols{{
    {SecurityProtocol::Plaintext, "PLAINTEXT"},
    {SecurityProtocol::Ssl, "SSL"},
    {SecurityProtocol::SaslPlaintext, "SASL_PLAINTEXT"},
    {SecurityProtocol::SaslSsl, "SASL_SSL"},
}};

constexpr std::string_view kForm = " (expected NAME://HOST:PORT, such as SASL_SSL://127.0.0.1:9192)";

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    });
    return out;
}

} // namespace

std::string_view securityProtocolName(SecurityProtocol protocol)
{
    for (const auto &[p, name] : kProtocols)
        if (p == protocol)
            return name;
    return "PLAINTEXT";
}

std::optional<SecurityProtocol> parseSecurityProtocol(std::string_view name)
{
    const std::string wanted = upper(name);
    for (const auto &[p, n] : kProtocols)
        if (n == wanted)
            return p;
    return std::nullopt;
}

bool usesTls(SecurityProtocol protocol)
{
    return protocol == SecurityProtocol::Ssl || protocol == SecurityProtocol::SaslSsl;
}

bool usesSasl(SecurityProtocol protocol)
{
    return protocol == SecurityProtocol::SaslPlaintext || protocol == SecurityProtocol::SaslSsl;
}

Result<ListenerConfig> parseListener(std::string_view text)
{
    const auto scheme = text.find("://");
    if (scheme == std::string_view::npos || scheme == 0)
        return Status::invalidArgument("listener \"" + std::string(text) + "\" has no NAME://" +
                                       std::string(kForm));
    ListenerConfig listener;
    listener.name = upper(text.substr(0, scheme));
    const auto protocol = parseSecurityProtocol(listener.name);
    if (!protocol)
        return Status::invalidArgument("listener \"" + std::string(text) + "\": \"" + listener.name +
                                       "\" is not a security protocol; use PLAINTEXT, SSL, SASL_PLAINTEXT or "
                                       "SASL_SSL");
    listener.protocol = *protocol;
    std::string_view rest = text.substr(scheme + 3);
    const auto colon = rest.rfind(':');
    if (colon == std::string_view::npos)
        return Status::invalidArgument("listener \"" + std::string(text) + "\" has no port" +
                                       std::string(kForm));
    std::string_view host = rest.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    listener.host = std::string(host);
    const std::string_view port = rest.substr(colon + 1);
    int value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (ec != std::errc{} || end != port.data() + port.size() || value < 1 || value > 65535)
        return Status::invalidArgument("listener \"" + std::string(text) + "\": \"" + std::string(port) +
                                       "\" is not a port (1 to 65535)");
    listener.basePort = value;
    return listener;
}

std::string formatListener(const ListenerConfig &listener)
{
    const bool v6 = listener.host.find(':') != std::string::npos;
    return listener.name + "://" + (v6 ? "[" + listener.host + "]" : listener.host) + ":" +
           std::to_string(listener.basePort);
}

std::vector<ListenerConfig> effectiveListeners(const std::vector<ListenerConfig> &configured,
                                               const std::string &bindAddress, int basePort)
{
    if (configured.empty())
        return {ListenerConfig{"PLAINTEXT", SecurityProtocol::Plaintext, bindAddress, basePort}};
    std::vector<ListenerConfig> out = configured;
    for (ListenerConfig &listener : out)
        if (listener.host.empty())
            listener.host = bindAddress;
    return out;
}

} // namespace es::security
