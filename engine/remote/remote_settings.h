#pragma once

// How to reach a Kafka cluster that runs elsewhere: what a saved connection holds, secrets
// included (the UI keeps those in the desktop keyring, never in a settings file).

#include "security/listener_config.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace es {

// The mechanisms a client may log in with (security::ScramMechanism has only SCRAM's).
enum class SaslMechanism : std::uint8_t { Plain, ScramSha256, ScramSha512 };

// Kafka's spelling: "PLAIN", "SCRAM-SHA-256"...
std::string_view saslMechanismName(SaslMechanism mechanism);

struct RemoteSettings {
    std::string name;
    std::string bootstrapServers; // "host:port,host:port"
    security::SecurityProtocol securityProtocol = security::SecurityProtocol::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::Plain;
    std::string username{};
    std::string password{};
    std::string caFile{};          // PEM; empty: the system's trust store
    std::string certificateFile{}; // PEM client certificate, for clusters that ask for one
    std::string keyFile{};         // PEM private key of that certificate
    std::string keyPassword{};
    // Every write (produce, delete, alter configs, reset offsets...) is refused.
    bool readOnly = true;
    // How often metadata, offsets and groups are read again.
    std::int32_t refreshIntervalMs = 2000;
    // What one call may wait for the cluster before it reports a failure.
    std::int32_t requestTimeoutMs = 10'000;
};

} // namespace es
