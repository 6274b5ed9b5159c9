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
constexpr std::string_view kMapForm =
    " (expected NAME:PROTOCOL pairs separated by commas, such as CLIENTS:SASL_SSL,REPLICATION:PLAINTEXT)";
constexpr std::string_view kProtocolList = "PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL";

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    });
    return out;
}

std::string_view trimmed(std::string_view text)
{
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    while (!text.empty() && space(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && space(text.back()))
        text.remove_suffix(1);
    return text;
}

bool nameCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
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

bool isValidListenerName(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), nameCharacter);
}

Status checkListenerName(std::string_view name)
{
    if (name.empty())
        return Status::invalidArgument("a listener needs a name");
    const auto bad = std::find_if_not(name.begin(), name.end(), nameCharacter);
    if (bad == name.end())
        return Status::ok();
    const std::string what = *bad == ' ' ? "a space" : "'" + std::string(1, *bad) + "'";
    return Status::invalidArgument("listener name \"" + std::string(name) + "\" holds " + what +
                                   ": a name is made of letters, digits, '_' and '-'");
}

Result<ListenerProtocolMap> parseListenerProtocolMap(std::string_view text)
{
    ListenerProtocolMap out;
    std::string_view rest = trimmed(text);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view pair = trimmed(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        const auto colon = pair.find(':');
        if (colon == std::string_view::npos)
            return Status::invalidArgument("\"" + std::string(pair) + "\" is not NAME:PROTOCOL" +
                                           std::string(kMapForm));
        const std::string name = upper(trimmed(pair.substr(0, colon)));
        if (Status s = checkListenerName(name); !s.isOk())
            return Status::invalidArgument("\"" + std::string(pair) + "\": " + s.message() +
                                           std::string(kMapForm));
        const std::string_view protocolText = trimmed(pair.substr(colon + 1));
        const auto protocol = parseSecurityProtocol(protocolText);
        if (!protocol)
            return Status::invalidArgument("\"" + std::string(pair) + "\": \"" + std::string(protocolText) +
                                           "\" is not a security protocol; use " +
                                           std::string(kProtocolList));
        if (!out.emplace(name, *protocol).second)
            return Status::invalidArgument("listener name " + name +
                                           " is given twice; give each name one protocol");
    }
    return out;
}

std::string formatListenerProtocolMap(const std::vector<ListenerConfig> &listeners)
{
    std::string out;
    for (const ListenerConfig &listener : listeners)
        out += (out.empty() ? "" : ",") + listener.name + ":" +
               std::string(securityProtocolName(listener.protocol));
    return out;
}

Result<ListenerConfig> parseListener(std::string_view text, const ListenerProtocolMap &protocols)
{
    const auto scheme = text.find("://");
    if (scheme == std::string_view::npos || scheme == 0)
        return Status::invalidArgument("listener \"" + std::string(text) + "\" has no NAME://" +
                                       std::string(kForm));
    ListenerConfig listener;
    listener.name = upper(text.substr(0, scheme));
    if (Status s = checkListenerName(listener.name); !s.isOk())
        return Status::invalidArgument("listener \"" + std::string(text) + "\": " + s.message());
    // As Kafka: the map decides; a protocol's own name needs no entry here, as Kafka's
    // default map holds them all.
    const auto mapped = protocols.find(listener.name);
    const auto protocol =
        mapped != protocols.end() ? std::optional(mapped->second) : parseSecurityProtocol(listener.name);
    if (!protocol)
        return Status::invalidArgument(
            "listener \"" + std::string(text) + "\": " + listener.name + " is neither a security protocol (" +
            std::string(kProtocolList) + ") nor a name in listener.security.protocol.map; add it there as " +
            listener.name + ":PROTOCOL, such as listener.security.protocol.map=" + listener.name +
            ":SASL_SSL");
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
