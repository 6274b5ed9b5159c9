#include "remote/remote_group_consumer.h"

#include "common/logging.h"
#include "remote/kafka_handle.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <optional>
#include <shared_mutex>
#include <thread>

namespace es {

namespace {

using SteadyClock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// How long a call waits in librdkafka at a time, so that close() or crash() from another
// thread is taken up within this.
constexpr milliseconds kSlice{100};
// librdkafka's queued.min.messages cannot be larger.
constexpr std::size_t kMaxQueuedMessages = 10'000'000;
// Java's max.poll.interval.ms (see consumerProperties).
constexpr std::int32_t kMaxPollIntervalMs = 300'000;

bool isCooperative(const std::string &assignor) { return assignor == "cooperative-sticky"; }
bool isLibrdkafkaAssignor(const std::string &assignor)
{
    return assignor == "range" || assignor == "roundrobin" || isCooperative(assignor);
}

// partition.assignment.strategy for `assignors`. librdkafka runs one rebalance protocol per
// consumer and refuses a list that mixes the eager assignors (range, roundrobin) with the
// cooperative one (cooperative-sticky). The first assignor librdkafka has decides, as it is
// the member's preferred one, and those of the same protocol follow in order: Java's
// consumer, given its default [range, cooperative-sticky], also rebalances eagerly with
// range. Names librdkafka does not have (Java's eager "sticky"...) are left out.
Result<std::string> assignmentStrategy(const std::vector<std::string> &assignors)
{
    std::string strategy;
    std::optional<bool> cooperative;
    std::vector<std::string> left;
    for (const auto &name : assignors) {
        if (!isLibrdkafkaAssignor(name) || (cooperative && *cooperative != isCooperative(name))) {
            left.push_back(name);
            continue;
        }
        cooperative = isCooperative(name);
        strategy += (strategy.empty() ? "" : ",") + name;
    }
    if (strategy.empty())
        return Status::invalidArgument(
            "no assignor librdkafka has (range, roundrobin, cooperative-sticky) is "
            "among the consumer's");
    for (const auto &name : left)
        logger("remote")->debug("assignor {} is left out: not one librdkafka has, or of another rebalance "
                                "protocol than {}",
                                name, strategy);
    return strategy;
}

std::map<std::string, std::string> consumerProperties(const ConsumerConfig &c, const std::string &strategy)
{
    return {
        {"group.id", c.groupId},
        {"client.id", c.clientId},
        {"auto.offset.reset", c.autoOffsetReset == OffsetReset::Earliest ? "earliest" : "latest"},
        {"session.timeout.ms", std::to_string(c.sessionTimeoutMs)},
        {"heartbeat.interval.ms", std::to_string(c.heartbeatIntervalMs)},
        {"enable.auto.commit", c.enableAutoCommit ? "true" : "false"},
        {"auto.commit.interval.ms", std::to_string(c.autoCommitIntervalMs)},
        {"partition.assignment.strategy", strategy},
        {"fetch.wait.max.ms", std::to_string(c.fetchMaxWaitMs)},
        {"fetch.min.bytes", std::to_string(c.fetchMinBytes)},
        {"max.partition.fetch.bytes", std::to_string(c.maxPartitionFetchBytes)},
        {"queued.min.messages",
         std::to_string(std::clamp<std::size_t>(c.maxBufferedRecords, 1, kMaxQueuedMessages))},
        // librdkafka's rebalance timeout is max.poll.interval.ms, which also drops a member
        // that does not poll within it. Set to rebalanceTimeoutMs, a member working slowly
        // through its records would fall out of the group, so it stays at Java's default
        // (librdkafka wants it no shorter than the session timeout).
        {"max.poll.interval.ms", std::to_string(std::max(kMaxPollIntervalMs, c.sessionTimeoutMs))},
    };
}

std::optional<Bytes> bytesOf(const void *data, std::size_t size)
{
    if (!data)
        return std::nullopt;
    const auto *p = static_cast<const std::uint8_t *>(data);
    return Bytes(p, p + size);
}

// A consumed message as a record; sizeBytes counts its key, value and headers.
FetchedRecord toRecord(const rd_kafka_message_t *m)
{
    FetchedRecord r;
    r.tp = {rd_kafka_topic_name(m->rkt), m->partition};
    r.offset = m->offset;
    r.timestamp = rd_kafka_message_timestamp(m, nullptr);
    r.key = bytesOf(m->key, m->key_len);
    r.value = bytesOf(m->payload, m->len);
    std::size_t size = m->key_len + m->len;
    rd_kafka_headers_t *headers = nullptr;
    if (rd_kafka_message_headers(m, &headers) == RD_KAFKA_RESP_ERR_NO_ERROR && headers) {
        const char *name = nullptr;
        const void *value = nullptr;
        std::size_t valueSize = 0;
        for (std::size_t i = 0;
             rd_kafka_header_get_all(headers, i, &name, &value, &valueSize) == RD_KAFKA_RESP_ERR_NO_ERROR;
             ++i) {
            r.headers.push_back({name, bytesOf(value, valueSize)});
            size += r.headers.back().key.size() + valueSize;
        }
    }
    r.sizeBytes = static_cast<std::uint32_t>(size);
    return r;
}

// Whether the consumer is a member of its group now (or joining it under an id).
bool hasMemberId(rd_kafka_t *rk)
{
    char *id = rd_kafka_memberid(rk);
    const bool has = id && *id;
    rd_kafka_mem_free(rk, id);
    return has;
}

class RemoteGroupConsumer final : public GroupConsumer {
public:
    RemoteGroupConsumer(ConsumerConfig config, std::unique_ptr<KafkaHandle> handle)
        : m_config(std::move(config)), m_handle(std::move(handle))
    {
        // Errors, logs and rebalances are served by the consumer's own poll.
        rd_kafka_poll_set_consumer(m_handle->get());
    }
    ~RemoteGroupConsumer() override { close(); }
    RemoteGroupConsumer(const RemoteGroupConsumer &) = delete;
    RemoteGroupConsumer &operator=(const RemoteGroupConsumer &) = delete;

    void subscribe(const std::vector<std::string> &topics) override;
    std::vector<FetchedRecord> poll(milliseconds timeout) override;
    ErrorCode commitSync(milliseconds timeout) override;
    void close() override { end(true); }
    void crash() override { end(false); }

private:
    // A shared hold on the instance for one call; none once closing began, so that the
    // close waits for the calls inside (each returns within a slice) and no more come.
    std::shared_lock<std::shared_mutex> use();
    void take(rd_kafka_message_t *message, std::vector<FetchedRecord> &out);
    // With `leave`, commits (with auto commit on) and leaves the group first.
    void end(bool leave);
    void leaveGroup(rd_kafka_t *rk);

    ConsumerConfig m_config;
    std::atomic<bool> m_ending{false};
    std::shared_mutex m_mutex;             // shared while a call uses the instance, exclusive to end it
    std::unique_ptr<KafkaHandle> m_handle; // guarded by m_mutex; null once closed or crashed
};

std::shared_lock<std::shared_mutex> RemoteGroupConsumer::use()
{
    std::shared_lock lock(m_mutex, std::defer_lock);
    if (!m_ending)
        lock.lock();
    if (lock.owns_lock() && !m_handle)
        lock.unlock();
    return lock;
}

void RemoteGroupConsumer::subscribe(const std::vector<std::string> &topics)
{
    auto lock = use();
    if (!lock.owns_lock())
        return;
    RdPtr<rd_kafka_topic_partition_list_t> list(
        rd_kafka_topic_partition_list_new(static_cast<int>(topics.size())));
    for (const auto &topic : topics)
        rd_kafka_topic_partition_list_add(list.get(), topic.c_str(), RD_KAFKA_PARTITION_UA);
    if (const auto err = rd_kafka_subscribe(m_handle->get(), list.get()))
        logger("remote")->warn("consumer {} of group {} could not subscribe: {}", m_config.clientId,
                               m_config.groupId, rd_kafka_err2str(err));
}

void RemoteGroupConsumer::take(rd_kafka_message_t *message, std::vector<FetchedRecord> &out)
{
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        // What the consumer reports on its own (a topic that does not exist, a broker gone):
        // librdkafka carries on by itself.
        logger("remote")->debug("consumer {} of group {}: {}", m_config.clientId, m_config.groupId,
                                rd_kafka_message_errstr(message));
    } else {
        out.push_back(toRecord(message));
    }
    rd_kafka_message_destroy(message);
}

std::vector<FetchedRecord> RemoteGroupConsumer::poll(milliseconds timeout)
{
    const auto deadline = SteadyClock::now() + timeout;
    std::vector<FetchedRecord> out;
    auto lock = use();
    if (!lock.owns_lock()) {
        // Closed: nothing comes any more, and the caller waits as for records that do not come.
        std::this_thread::sleep_until(deadline);
        return out;
    }
    rd_kafka_t *rk = m_handle->get();
    // Wait for the first record...
    for (;;) {
        const auto left = std::clamp(std::chrono::duration_cast<milliseconds>(deadline - SteadyClock::now()),
                                     milliseconds(0), kSlice);
        if (rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, static_cast<int>(left.count())))
            take(message, out);
        if (!out.empty() || m_ending || SteadyClock::now() >= deadline)
            break;
    }
    // ...then take only what is there already. librdkafka moves a partition's position (and
    // the offset a commit stores) past each record as it hands it out.
    const auto limit = static_cast<std::size_t>(std::max(1, m_config.maxPollRecords));
    while (!out.empty() && out.size() < limit) {
        rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, 0);
        if (!message)
            break;
        take(message, out);
    }
    return out;
}

ErrorCode RemoteGroupConsumer::commitSync(milliseconds timeout)
{
    auto lock = use();
    if (!lock.owns_lock())
        return ErrorCode::InvalidGroupId; // as the embedded consumer answers when not a member
    rd_kafka_t *rk = m_handle->get();
    const auto deadline = SteadyClock::now() + timeout;
    // The offsets librdkafka stored as poll() handed records out: the current positions.
    RdPtr<rd_kafka_queue_t> queue(rd_kafka_queue_new(rk));
    rd_kafka_resp_err_t err = rd_kafka_commit_queue(rk, nullptr, queue.get(), nullptr, nullptr);
    RdPtr<rd_kafka_event_t> answer;
    while (err == RD_KAFKA_RESP_ERR_NO_ERROR && !answer) {
        const auto left = std::clamp(std::chrono::duration_cast<milliseconds>(deadline - SteadyClock::now()),
                                     milliseconds(0), kSlice);
        answer.reset(rd_kafka_queue_poll(queue.get(), static_cast<int>(left.count())));
        if (!answer && (m_ending || SteadyClock::now() >= deadline))
            return ErrorCode::RequestTimedOut;
    }
    if (answer) {
        err = rd_kafka_event_error(answer.get());
        const rd_kafka_topic_partition_list_t *offsets = rd_kafka_event_topic_partition_list(answer.get());
        for (int i = 0; err == RD_KAFKA_RESP_ERR_NO_ERROR && offsets && i < offsets->cnt; ++i)
            err = offsets->elems[i].err;
    }
    // Nothing consumed since the last commit: nothing to commit.
    if (err == RD_KAFKA_RESP_ERR__NO_OFFSET)
        return ErrorCode::None;
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        logger("remote")->debug("consumer {} of group {} could not commit: {}", m_config.clientId,
                                m_config.groupId, rd_kafka_err2str(err));
    return rdErrorCode(err);
}

void RemoteGroupConsumer::end(bool leave)
{
    m_ending = true;
    std::unique_lock lock(m_mutex);
    if (!m_handle)
        return;
    if (leave)
        leaveGroup(m_handle->get());
    // Closed already, or crashing: the instance goes without a (further) consumer close.
    m_handle->destroy(RD_KAFKA_DESTROY_F_NO_CONSUMER_CLOSE);
    m_handle.reset();
}

// Commits (with auto commit on) and leaves, waiting at most the request timeout, as the
// embedded consumer does: a cluster that does not answer holds no one up longer.
void RemoteGroupConsumer::leaveGroup(rd_kafka_t *rk)
{
    auto log = logger("remote");
    const auto deadline = SteadyClock::now() + milliseconds(std::max(1000, m_config.requestTimeoutMs));
    bool late = false;
    const auto overdue = [&] {
        if (late || SteadyClock::now() < deadline)
            return late;
        log->info("consumer {} of group {} did not leave within {} ms", m_config.clientId, m_config.groupId,
                  m_config.requestTimeoutMs);
        late = true;
        return true;
    };
    // librdkafka 2.0 closing a cooperative member that is still subscribed ends its group
    // handling without a LeaveGroup, and the group would wait out the session. Unsubscribing
    // first revokes the partitions (committing them with auto commit on) and then leaves,
    // with either protocol; the member id librdkafka forgets as it sends the LeaveGroup says
    // when that happened. librdkafka does all of it on its own thread, with no rebalance
    // callback set.
    rd_kafka_unsubscribe(rk);
    while (hasMemberId(rk)) {
        if (overdue())
            break;
        std::this_thread::sleep_for(milliseconds(20));
    }
    RdPtr<rd_kafka_queue_t> queue(rd_kafka_queue_new(rk));
    if (RdPtr<rd_kafka_error_t> error{rd_kafka_consumer_close_queue(rk, queue.get())}) {
        log->debug("consumer {} of group {} could not close: {}", m_config.clientId, m_config.groupId,
                   rd_kafka_error_string(error.get()));
        return;
    }
    while (!rd_kafka_consumer_closed(rk) && !overdue()) {
        // What comes here (errors) needs nothing from the application.
        RdPtr<rd_kafka_event_t> event(rd_kafka_queue_poll(queue.get(), 50));
    }
}

} // namespace

Result<std::unique_ptr<GroupConsumer>> openRemoteGroupConsumer(const RemoteSettings &settings,
                                                               const ConsumerConfig &config)
{
    if (config.groupId.empty())
        return Status::invalidArgument("a member of a consumer group needs the group's id");
    auto strategy = assignmentStrategy(config.assignors);
    if (!strategy)
        return strategy.status();
    auto handle =
        KafkaHandle::create(settings, KafkaHandle::Kind::Consumer, consumerProperties(config, *strategy));
    if (!handle)
        return handle.status();
    return std::unique_ptr<GroupConsumer>(std::make_unique<RemoteGroupConsumer>(config, std::move(*handle)));
}

} // namespace es
