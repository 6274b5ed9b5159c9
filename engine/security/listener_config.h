#pragma once

#include "common/status.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::security {

// Kafka's security protocols, one per listener.
enum class SecurityProtocol : std::uint8_t { Plaintext, Ssl, SaslPlaintext, SaslSsl };

std::string_view securityProtocolName(SecurityProtocol protocol); // "SASL_SSL"
std::optional<SecurityProtocol> parseSecurityProtocol(std::string_view name);
[[nodiscard]] bool usesTls(SecurityProtocol protocol);
[[nodiscard]] bool usesSasl(SecurityProtocol protocol);

// One listener of every broker, as Kafka's `listeners` entry NAME://HOST:PORT: broker i
// listens on host at basePort + i - 1. The name is the security protocol's unless the
// user names it otherwise (as Kafka's listener.security.protocol.map allows).
struct ListenerConfig {
    std::string name; // "SASL_SSL", or a user's name such as "CLIENTS"
    SecurityProtocol protocol = SecurityProtocol::Plaintext;
    std::string host; // bind address; empty: the cluster's bind address
    int basePort = 9092;

    bool operator==(const ListenerConfig &) const = default;
};

// A listener's name: letters, digits, '_' and '-' (Kafka compares them upper-cased, so the
// parsers below upper-case them). InvalidArgument saying which character is refused.
[[nodiscard]] bool isValidListenerName(std::string_view name);
Status checkListenerName(std::string_view name);

// Kafka's listener.security.protocol.map: the protocol of each listener name.
using ListenerProtocolMap = std::map<std::string, SecurityProtocol, std::less<>>;
// Kafka's default value: each protocol's name maps to itself.
inline constexpr std::string_view kDefaultListenerProtocolMap =
    "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL";

// "CLIENTS:SASL_SSL,REPLICATION:PLAINTEXT": NAME:PROTOCOL pairs separated by commas, spaces
// around them ignored, names and protocols in any case; empty text is an empty map.
// InvalidArgument for a pair without a colon, an empty or invalid name, an unknown protocol
// or a name given twice, showing the expected form.
Result<ListenerProtocolMap> parseListenerProtocolMap(std::string_view text);
// The listeners' names and protocols as such a map's text, in the listeners' order.
std::string formatListenerProtocolMap(const std::vector<ListenerConfig> &listeners);

// "SASL_SSL://127.0.0.1:9192" or "CLIENTS://:9192": NAME is looked up in `protocols`
// (listener.security.protocol.map), else must be a protocol's name. Errors say what is wrong
// and show the expected form; an unknown name, how to map it.
Result<ListenerConfig> parseListener(std::string_view text, const ListenerProtocolMap &protocols = {});
std::string formatListener(const ListenerConfig &listener);

// The listeners a cluster runs: those configured, each with an empty host taking the
// cluster's bind address; none configured is one PLAINTEXT listener on bindAddress:basePort.
std::vector<ListenerConfig> effectiveListeners(const std::vector<ListenerConfig> &configured,
                                               const std::string &bindAddress, int basePort);

} // namespace es::security
