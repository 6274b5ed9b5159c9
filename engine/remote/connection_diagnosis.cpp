#include "remote/connection_diagnosis.h"

#include "remote/kafka_handle.h"

#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <optional>

namespace es {

namespace {

using Clock = std::chrono::steady_clock;

std::string trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return std::string(s.substr(first, last - first + 1));
}

Result<BootstrapServer> parseOne(const std::string &entry)
{
    const auto bad = [&] { return Status::invalidArgument("\"" + entry + "\" is not host:port"); };
    std::string host;
    std::string_view port;
    if (entry.starts_with('[')) {
        const auto close = entry.find(']');
        if (close == std::string::npos || close + 1 >= entry.size() || entry[close + 1] != ':')
            return bad();
        host = entry.substr(1, close - 1);
        port = std::string_view(entry).substr(close + 2);
    } else {
        const auto colon = entry.rfind(':');
        if (colon == std::string::npos || entry.find(':') != colon)
            return bad();
        host = entry.substr(0, colon);
        port = std::string_view(entry).substr(colon + 1);
    }
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (host.empty() || ec != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
        return bad();
    return BootstrapServer{host, static_cast<std::uint16_t>(value)};
}

// The resolver's words for the first host that does not resolve, or "" when all do.
std::string unresolved(const std::vector<BootstrapServer> &servers, int &resolvedCount)
{
    std::string first;
    resolvedCount = 0;
    for (const auto &s : servers) {
        addrinfo hints{};
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const int rc = getaddrinfo(s.host.c_str(), nullptr, &hints, &found);
        if (rc == 0) {
            ++resolvedCount;
            freeaddrinfo(found);
        } else if (first.empty()) {
            first = s.host + ": " + gai_strerror(rc);
        }
    }
    return first;
}

Status checkFiles(const RemoteSettings &s)
{
    if (!security::usesTls(s.securityProtocol))
        return Status::ok();
    for (const auto &[file, what] :
         {std::pair{s.caFile, "CA file"}, std::pair{s.certificateFile, "certificate"},
          std::pair{s.keyFile, "private key"}}) {
        std::error_code ec;
        if (!file.empty() && !std::filesystem::is_regular_file(file, ec))
            return Status::invalidArgument(std::string("the ") + what + " " + file +
                                           " is not a readable file");
    }
    return Status::ok();
}

// What the errors librdkafka reported say, or nullopt if they do not settle it yet.
std::optional<ConnectionDiagnosis> judge(const std::vector<ReportedError> &errors, bool tls, bool timeUp)
{
    const auto find = [&](rd_kafka_resp_err_t code) {
        return std::find_if(errors.rbegin(), errors.rend(), [code](const auto &e) { return e.code == code; });
    };
    if (auto e = find(RD_KAFKA_RESP_ERR__AUTHENTICATION); e != errors.rend())
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::AuthenticationFailed, .detail = e->text};
    if (auto e = find(RD_KAFKA_RESP_ERR__SSL); e != errors.rend())
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::TlsFailed, .detail = e->text};
    // A connection closed during its first request: librdkafka says the port may speak
    // another protocol. Over TLS, that is the TLS session ending at once (a cluster that
    // wants a client certificate refuses it only then, in TLS 1.3); without TLS, a TLS
    // listener. Retrying tells no more either way.
    const auto mentions = [&](std::string_view words) {
        return std::find_if(errors.rbegin(), errors.rend(), [words](const auto &e) {
            return e.code == RD_KAFKA_RESP_ERR__TRANSPORT && e.text.find(words) != std::string::npos;
        });
    };
    if (auto e = tls ? mentions("SSL") : errors.rend(); e != errors.rend())
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::TlsFailed, .detail = e->text};
    if (auto e = mentions("security.protocol"); e != errors.rend())
        return ConnectionDiagnosis{.outcome =
                                       tls ? DiagnosisOutcome::TlsFailed : DiagnosisOutcome::NoBrokerAnswered,
                                   .detail = e->text};
    const bool allDown = find(RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) != errors.rend();
    if (!allDown && !timeUp)
        return std::nullopt;
    if (auto e = find(RD_KAFKA_RESP_ERR__RESOLVE); e != errors.rend())
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::NameNotResolved, .detail = e->text};
    auto transport = find(RD_KAFKA_RESP_ERR__TRANSPORT);
    if (transport != errors.rend() && transport->text.find("refused") != std::string::npos)
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::ConnectionRefused, .detail = transport->text};
    if (!timeUp)
        return std::nullopt;
    if (transport != errors.rend())
        return ConnectionDiagnosis{.outcome = DiagnosisOutcome::NoBrokerAnswered, .detail = transport->text};
    return ConnectionDiagnosis{.outcome = DiagnosisOutcome::NoBrokerAnswered,
                               .detail = "no broker answered in time"};
}

std::string brokerVersion(rd_kafka_t *rk, std::int32_t broker, int timeoutMs)
{
    if (broker < 0 || timeoutMs <= 0)
        return {};
    RdPtr<rd_kafka_queue_t> queue(rd_kafka_queue_new(rk));
    rd_kafka_ConfigResource_t *resource =
        rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_BROKER, std::to_string(broker).c_str());
    RdPtr<rd_kafka_AdminOptions_t> options(rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS));
    rd_kafka_AdminOptions_set_request_timeout(options.get(), timeoutMs, nullptr, 0);
    rd_kafka_DescribeConfigs(rk, &resource, 1, options.get(), queue.get());
    rd_kafka_ConfigResource_destroy(resource);
    RdPtr<rd_kafka_event_t> event(rd_kafka_queue_poll(queue.get(), timeoutMs + 500));
    if (!event || rd_kafka_event_error(event.get()))
        return {};
    const auto *result = rd_kafka_event_DescribeConfigs_result(event.get());
    size_t count = 0;
    const rd_kafka_ConfigResource_t **resources = rd_kafka_DescribeConfigs_result_resources(result, &count);
    for (size_t i = 0; i < count; ++i) {
        size_t n = 0;
        const rd_kafka_ConfigEntry_t **configs = rd_kafka_ConfigResource_configs(resources[i], &n);
        for (size_t j = 0; j < n; ++j)
            if (std::string_view(rd_kafka_ConfigEntry_name(configs[j])) == "inter.broker.protocol.version") {
                const char *value = rd_kafka_ConfigEntry_value(configs[j]);
                return value ? value : "";
            }
    }
    return {};
}

} // namespace

Result<std::vector<BootstrapServer>> parseBootstrapServers(const std::string &servers)
{
    std::vector<BootstrapServer> out;
    std::string_view rest(servers);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string entry = trim(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        if (entry.empty())
            continue;
        auto parsed = parseOne(entry);
        if (!parsed)
            return parsed.status();
        out.push_back(*parsed);
    }
    if (out.empty())
        return Status::invalidArgument("no bootstrap servers given");
    return out;
}

ConnectionDiagnosis diagnoseConnection(const RemoteSettings &settings, std::chrono::milliseconds budget)
{
    const auto start = Clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    };
    const auto finish = [&](ConnectionDiagnosis d) {
        d.elapsedMs = elapsed();
        return d;
    };

    auto servers = parseBootstrapServers(settings.bootstrapServers);
    if (!servers)
        return finish({.outcome = DiagnosisOutcome::InvalidSettings, .detail = servers.status().message()});
    if (const Status files = checkFiles(settings); !files.isOk())
        return finish({.outcome = DiagnosisOutcome::InvalidSettings, .detail = files.message()});
    int resolved = 0;
    const std::string notResolved = unresolved(*servers, resolved);
    if (resolved == 0)
        return finish({.outcome = DiagnosisOutcome::NameNotResolved, .detail = notResolved});

    // Closed connections reported: without that, librdkafka keeps quiet about a port that
    // hangs up on it (plaintext meeting a TLS listener) and the wait runs out instead.
    auto handle = KafkaHandle::create(settings, KafkaHandle::Kind::Producer,
                                      {{"reconnect.backoff.ms", "100"},
                                       {"reconnect.backoff.max.ms", "500"},
                                       {"log.connection.close", "true"}});
    if (!handle)
        return finish({.outcome = DiagnosisOutcome::InvalidSettings, .detail = handle.status().message()});
    rd_kafka_t *rk = (*handle)->get();

    // Metadata is asked for in short rounds, so that what librdkafka reports in between
    // (refused, TLS, SASL) ends the wait early.
    const bool tls = security::usesTls(settings.securityProtocol);
    std::vector<ReportedError> errors;
    const rd_kafka_metadata_t *metadata = nullptr;
    for (;;) {
        const auto left = budget.count() - elapsed();
        if (left <= 0)
            break;
        const rd_kafka_resp_err_t err =
            rd_kafka_metadata(rk, 0, nullptr, &metadata, static_cast<int>(std::min<long long>(left, 400)));
        (*handle)->serveCallbacks();
        auto more = (*handle)->takeErrors();
        errors.insert(errors.end(), more.begin(), more.end());
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
            break;
        metadata = nullptr;
        if (auto verdict = judge(errors, tls, false))
            return finish(*verdict);
    }
    if (!metadata) {
        if (auto verdict = judge(errors, tls, true))
            return finish(*verdict);
        return finish(
            {.outcome = DiagnosisOutcome::NoBrokerAnswered, .detail = "no broker answered in time"});
    }

    ConnectionDiagnosis d{.outcome = DiagnosisOutcome::Connected};
    d.brokers = metadata->broker_cnt;
    d.topics = metadata->topic_cnt;
    rd_kafka_metadata_destroy(metadata);
    const auto left = [&] { return static_cast<int>(std::max<long long>(0, budget.count() - elapsed())); };
    if (char *id = rd_kafka_clusterid(rk, std::min(left(), 1000))) {
        d.clusterId = id;
        rd_kafka_mem_free(rk, id);
    }
    d.controllerId = rd_kafka_controllerid(rk, std::min(left(), 1000));
    d.version = brokerVersion(rk, d.controllerId, std::min(left(), 1500));
    return finish(std::move(d));
}

} // namespace es
