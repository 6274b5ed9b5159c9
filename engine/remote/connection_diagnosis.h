#pragma once

// "Test connection": reach a cluster once, within a time budget, and say what happened in
// terms a person can act on: the name does not resolve, the port refuses, the TLS
// handshake or the authentication failed, nobody answered, or who answered.

#include "common/status.h"
#include "remote/remote_settings.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace es {

enum class DiagnosisOutcome : std::uint8_t {
    Connected,
    InvalidSettings,      // the settings cannot work (no servers, a bad host:port, a missing file)
    NameNotResolved,      // no bootstrap host resolves
    ConnectionRefused,    // every bootstrap address refused the connection
    TlsFailed,            // the TLS handshake failed (detail says why)
    AuthenticationFailed, // SASL refused the credentials
    NoBrokerAnswered,     // connected nowhere, or nobody answered, within the budget
};

struct ConnectionDiagnosis {
    DiagnosisOutcome outcome = DiagnosisOutcome::NoBrokerAnswered;
    std::string detail{}; // the underlying words (librdkafka's, the resolver's)
    std::string clusterId{};
    std::int32_t controllerId = -1;
    int brokers = 0;
    int topics = 0;
    std::string version{}; // inter.broker.protocol.version, when the brokers report it
    std::int64_t elapsedMs = 0;

    [[nodiscard]] bool ok() const { return outcome == DiagnosisOutcome::Connected; }
};

struct BootstrapServer {
    std::string host;
    std::uint16_t port = 0;
};

// "a:9092,[::1]:9093" as a list; InvalidArgument naming the entry that is not host:port.
Result<std::vector<BootstrapServer>> parseBootstrapServers(const std::string &servers);

// Blocks for at most about `budget`.
ConnectionDiagnosis diagnoseConnection(const RemoteSettings &settings,
                                       std::chrono::milliseconds budget = std::chrono::seconds(5));

} // namespace es
