#pragma once

#include "common/status.h"

#include <cstdint>
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

// "SASL_SSL://127.0.0.1:9192" or "NAME://:9192" with `protocols` mapping NAME (absent:
// the name must be a protocol). Errors say what is wrong and show the expected form.
Result<ListenerConfig> parseListener(std::string_view text);
std::string formatListener(const ListenerConfig &listener);

// The listeners a cluster runs: those configured, each with an empty host taking the
// cluster's bind address; none configured is one PLAINTEXT listener on bindAddress:basePort.
std::vector<ListenerConfig> effectiveListeners(const std::vector<ListenerConfig> &configured,
                                               const std::string &bindAddress, int basePort);

} // namespace es::security
