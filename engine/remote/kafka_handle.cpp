#include "remote/kafka_handle.h"

#include "common/logging.h"

#include <array>

namespace es {

namespace {

constexpr std::size_t kKeptErrors = 64;
// librdkafka 2.0 dates a cached topic's expiry in microseconds computed as an int: an age
// over 2,147,483 ms wraps, and every topic then leaves the cache as soon as it is read. Its
// default age is three metadata refresh intervals, so a refresh interval over about 12
// minutes would leave each offsets query waiting on leader look-ups again.
constexpr std::int64_t kMaxMetadataAgeMs = 15 * 60 * 1000;

Status set(rd_kafka_conf_t *conf, const std::string &name, const std::string &value)
{
    std::array<char, 512> why{};
    if (rd_kafka_conf_set(conf, name.c_str(), value.c_str(), why.data(), why.size()) != RD_KAFKA_CONF_OK)
        return Status::invalidArgument(std::string(why.data()));
    return Status::ok();
}

std::map<std::string, std::string> propertiesOf(const RemoteSettings &s)
{
    std::map<std::string, std::string> p{
        {"bootstrap.servers", s.bootstrapServers},
        {"client.id", "eventscope"},
        {"security.protocol", std::string(security::securityProtocolName(s.securityProtocol))},
        {"socket.timeout.ms", std::to_string(s.requestTimeoutMs)},
        // Brokers that went away are retried quickly, so a returning one shows soon.
        {"reconnect.backoff.max.ms", "2000"},
        {"topic.metadata.refresh.interval.ms", std::to_string(std::max(1000, s.refreshIntervalMs))},
        {"metadata.max.age.ms",
         std::to_string(std::min(kMaxMetadataAgeMs,
                                 3 * static_cast<std::int64_t>(std::max(1000, s.refreshIntervalMs))))},
        {"log.connection.close", "false"},
    };
    if (security::usesSasl(s.securityProtocol)) {
        p["sasl.mechanisms"] = std::string(saslMechanismName(s.saslMechanism));
        p["sasl.username"] = s.username;
        p["sasl.password"] = s.password;
    }
    if (security::usesTls(s.securityProtocol)) {
        if (!s.caFile.empty())
            p["ssl.ca.location"] = s.caFile;
        if (!s.certificateFile.empty())
            p["ssl.certificate.location"] = s.certificateFile;
        if (!s.keyFile.empty())
            p["ssl.key.location"] = s.keyFile;
        if (!s.keyPassword.empty())
            p["ssl.key.password"] = s.keyPassword;
    }
    return p;
}

} // namespace

Result<std::unique_ptr<KafkaHandle>> KafkaHandle::create(const RemoteSettings &settings, Kind kind,
                                                         const std::map<std::string, std::string> &extra,
                                                         DeliveryCallback onDelivery)
{
    if (settings.bootstrapServers.empty())
        return Status::invalidArgument("no bootstrap servers given");
    RdPtr<rd_kafka_conf_t> conf(rd_kafka_conf_new());
    auto properties = propertiesOf(settings);
    for (const auto &[name, value] : extra)
        properties[name] = value;
    for (const auto &[name, value] : properties)
        ES_RETURN_IF_ERROR(set(conf.get(), name, value));

    std::unique_ptr<KafkaHandle> handle(new KafkaHandle());
    rd_kafka_conf_set_opaque(conf.get(), handle.get());
    rd_kafka_conf_set_error_cb(conf.get(), &KafkaHandle::onError);
    rd_kafka_conf_set_log_cb(conf.get(), &KafkaHandle::onLog);
    if (onDelivery)
        rd_kafka_conf_set_dr_msg_cb(conf.get(), onDelivery);

    std::array<char, 512> why{};
    // rd_kafka_new takes the conf only when it succeeds.
    rd_kafka_t *rk = rd_kafka_new(kind == Kind::Producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER, conf.get(),
                                  why.data(), why.size());
    if (!rk)
        return Status::invalidArgument(std::string(why.data()));
    (void)conf.release();
    handle->m_rk = rk;
    return handle;
}

KafkaHandle::~KafkaHandle() { destroy(0); }

void KafkaHandle::destroy(int flags)
{
    if (m_rk)
        rd_kafka_destroy_flags(std::exchange(m_rk, nullptr), flags);
}

void KafkaHandle::serveCallbacks() { rd_kafka_poll(m_rk, 0); }

std::vector<ReportedError> KafkaHandle::takeErrors()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_errors, {});
}

void KafkaHandle::onError(rd_kafka_t * /*rk*/, int err, const char *reason, void *opaque)
{
    auto *self = static_cast<KafkaHandle *>(opaque);
    std::lock_guard lock(self->m_mutex);
    if (self->m_errors.size() == kKeptErrors)
        self->m_errors.erase(self->m_errors.begin());
    self->m_errors.push_back({static_cast<rd_kafka_resp_err_t>(err), reason ? reason : ""});
}

void KafkaHandle::onLog(const rd_kafka_t * /*rk*/, int level, const char *facility, const char *message)
{
    // librdkafka's syslog levels: 0-3 errors, 4 warnings, 5-6 notices and information.
    auto log = logger("remote");
    if (level <= 4)
        log->debug("librdkafka {}: {}", facility, message);
    else
        log->trace("librdkafka {}: {}", facility, message);
}

Status rdStatus(rd_kafka_resp_err_t err, const std::string &what)
{
    const std::string text = what + ": " + rd_kafka_err2str(err);
    switch (err) {
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT: return Status::timedOut(text);
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND: return Status::notFound(text);
    case RD_KAFKA_RESP_ERR__INVALID_ARG: return Status::invalidArgument(text);
    default: return Status::ioError(text);
    }
}

ErrorCode rdErrorCode(rd_kafka_resp_err_t err)
{
    if (err >= 0)
        return static_cast<ErrorCode>(err);
    switch (err) {
    case RD_KAFKA_RESP_ERR__TIMED_OUT:
    case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
    case RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE:
    // Purged by the client's own close: the Java producer fails those batches as timed out.
    case RD_KAFKA_RESP_ERR__PURGE_QUEUE:
    case RD_KAFKA_RESP_ERR__PURGE_INFLIGHT: return ErrorCode::RequestTimedOut;
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION: return ErrorCode::UnknownTopicOrPartition;
    case RD_KAFKA_RESP_ERR__TRANSPORT:
    case RD_KAFKA_RESP_ERR__SSL: return ErrorCode::NetworkException;
    case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN:
    case RD_KAFKA_RESP_ERR__RESOLVE: return ErrorCode::BrokerNotAvailable;
    case RD_KAFKA_RESP_ERR__AUTHENTICATION: return ErrorCode::SaslAuthenticationFailed;
    case RD_KAFKA_RESP_ERR__INVALID_ARG:
    case RD_KAFKA_RESP_ERR__BAD_MSG: return ErrorCode::InvalidRequest;
    case RD_KAFKA_RESP_ERR__WAIT_COORD: return ErrorCode::CoordinatorNotAvailable;
    case RD_KAFKA_RESP_ERR__UNKNOWN_GROUP: return ErrorCode::InvalidGroupId;
    case RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED:
    case RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE: return ErrorCode::UnsupportedVersion;
    default: return ErrorCode::UnknownServerError;
    }
}

} // namespace es
