#include "remote/remote_record_writer.h"

#include "common/logging.h"
#include "remote/kafka_handle.h"

#include <array>
#include <condition_variable>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <unordered_set>
#include <utility>

namespace es {

namespace {

// How long the writer's thread waits in librdkafka at a time: a flush asked for, a failure
// handed over by send() or a stop is taken up within this.
constexpr int kSliceMs = 20;
// How long send() waits for room in librdkafka's queue before it tries again.
constexpr std::chrono::milliseconds kQueueFullWait{100};
// After a purge, how long close() waits for librdkafka to report the purged records (it
// does at once); what it has not reported by then is failed when the instance is gone.
constexpr std::chrono::seconds kPurgedReportWait{1};

const std::string kClosedWhy = "the producer closed before the record was acknowledged";

std::map<std::string, std::string> producerProperties(const ProducerConfig &c)
{
    return {
        {"client.id", c.clientId},
        // Idempotence needs acks=all, as in Kafka (librdkafka refuses anything else).
        {"acks", c.idempotent ? "all" : std::to_string(c.acks)},
        {"enable.idempotence", c.idempotent ? "true" : "false"},
        {"linger.ms", std::to_string(c.lingerMs)},
        {"batch.size", std::to_string(c.batchBytes)},
        {"compression.type", std::string(compressionName(c.compression))},
        {"request.timeout.ms", std::to_string(c.requestTimeoutMs)},
        {"delivery.timeout.ms", std::to_string(c.deliveryTimeoutMs)},
        {"retry.backoff.ms", std::to_string(c.retryBackoffMs)},
        {"allow.auto.create.topics", c.autoCreateTopics ? "true" : "false"},
        // Java's partitioner: a keyed record goes where murmur2 of its key says, so it lands
        // where the embedded Producer and Java clients put it; a record without a key goes to
        // a random partition, kept for a batch (sticky.partitioning.linger.ms).
        {"partitioner", "murmur2_random"},
    };
}

std::string topicText(const std::string &topic) { return "topic \"" + topic + "\""; }

// The words of a failed delivery; `lastProblem` is the latest error librdkafka reported
// on its own (a refused connection...), which tells why a delivery timed out.
std::string failureMessage(rd_kafka_resp_err_t err, const TopicPartition &tp, const std::string &lastProblem)
{
    switch (err) {
    case RD_KAFKA_RESP_ERR__PURGE_QUEUE:
    case RD_KAFKA_RESP_ERR__PURGE_INFLIGHT: return kClosedWhy;
    case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
        return topicText(tp.topic) + " has no partition " + std::to_string(tp.partition);
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART: return topicText(tp.topic) + " does not exist";
    case RD_KAFKA_RESP_ERR__MSG_TIMED_OUT:
        return "the delivery timeout passed" + (lastProblem.empty() ? "" : ": " + lastProblem);
    default: return rd_kafka_err2str(err);
    }
}

DeliveryReport failure(rd_kafka_resp_err_t err, TopicPartition tp, const std::string &lastProblem = {})
{
    DeliveryReport r;
    r.error = rdErrorCode(err);
    r.message = failureMessage(err, tp, lastProblem);
    r.tp = std::move(tp);
    return r;
}

class RemoteRecordWriter final : public RecordWriter {
public:
    RemoteRecordWriter(ProducerConfig config, std::unique_ptr<KafkaHandle> handle)
        : m_config(std::move(config)), m_handle(std::move(handle))
    {
        m_thread = std::thread([this] { run(); });
    }

    ~RemoteRecordWriter() override { close(std::chrono::milliseconds(m_config.deliveryTimeoutMs)); }

    RemoteRecordWriter(const RemoteRecordWriter &) = delete;
    RemoteRecordWriter &operator=(const RemoteRecordWriter &) = delete;

    using RecordWriter::send;
    void send(ProducerRecord record, Callback callback) override;
    bool flush(std::chrono::milliseconds timeout) override;
    bool close(std::chrono::milliseconds timeout) override;

    // librdkafka's delivery report callback: on the writer's thread, within its poll.
    static void onDelivery(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque);

private:
    // A record between send() and its report; librdkafka carries it as the message's opaque.
    struct Pending {
        RemoteRecordWriter *writer = nullptr;
        Callback callback{};
        TopicPartition tp{};
    };
    using Failure = std::pair<std::unique_ptr<Pending>, DeliveryReport>;

    void run();
    rd_kafka_resp_err_t produce(ProducerRecord &record, Pending *pending);
    // Calls the record's callback, then counts it as reported.
    void finish(std::unique_ptr<Pending> pending, const DeliveryReport &report);
    // Ends the thread and the instance, then fails what neither reported.
    void tearDown();

    ProducerConfig m_config;
    std::string m_lastProblem; // the writer's thread's own

    // Held shared by send() while it uses the instance, exclusively to destroy it.
    std::shared_mutex m_handleMutex;
    std::unique_ptr<KafkaHandle> m_handle; // guarded by m_handleMutex; null once closed

    std::mutex m_mutex;
    std::condition_variable m_changed; // a record reported, a flush asked for, closing began
    // Records handed to librdkafka or waiting in m_failed, not reported yet.
    std::unordered_set<Pending *> m_pending; // guarded by m_mutex
    std::vector<Failure> m_failed;           // guarded by m_mutex: refused at once, reported by the thread
    int m_flushers = 0;                      // guarded by m_mutex: flush() calls waiting
    bool m_closing = false;                  // guarded by m_mutex: send() waits no more for room
    bool m_stopping = false;                 // guarded by m_mutex: the thread ends

    std::mutex m_closeMutex; // one close() at a time
    bool m_closed = false;   // guarded by m_closeMutex
    std::thread m_thread;
};

void RemoteRecordWriter::onDelivery(rd_kafka_t * /*rk*/, const rd_kafka_message_t *message, void * /*opaque*/)
{
    std::unique_ptr<Pending> pending(static_cast<Pending *>(message->_private));
    RemoteRecordWriter *self = pending->writer;
    TopicPartition tp{rd_kafka_topic_name(message->rkt), message->partition};
    if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        const DeliveryReport report = failure(message->err, std::move(tp), self->m_lastProblem);
        self->finish(std::move(pending), report);
        return;
    }
    DeliveryReport report;
    report.tp = std::move(tp);
    report.offset = message->offset;
    report.timestamp = rd_kafka_message_timestamp(message, nullptr);
    self->finish(std::move(pending), report);
}

void RemoteRecordWriter::send(ProducerRecord record, Callback callback)
{
    auto pending = std::make_unique<Pending>(Pending{
        .writer = this,
        .callback = std::move(callback),
        .tp = {record.topic, record.partition.value_or(-1)},
    });
    for (;;) {
        {
            std::shared_lock handle(m_handleMutex);
            if (!m_handle) {
                // Closed: there is no thread to report on any more.
                if (pending->callback)
                    pending->callback(failure(RD_KAFKA_RESP_ERR__PURGE_QUEUE, pending->tp));
                return;
            }
            if (record.partition && *record.partition < 0) {
                // librdkafka would take -1 as "any partition"; Kafka refuses it.
                std::lock_guard lock(m_mutex);
                m_pending.insert(pending.get());
                DeliveryReport report = failure(RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION, pending->tp);
                m_failed.emplace_back(std::move(pending), std::move(report));
                return;
            }
            {
                std::lock_guard lock(m_mutex);
                m_pending.insert(pending.get());
            }
            const rd_kafka_resp_err_t err = produce(record, pending.get());
            if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
                (void)pending.release(); // librdkafka's until its delivery report
                return;
            }
            std::lock_guard lock(m_mutex);
            if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL || m_closing) {
                // No room while closing: it is failed as what closing purges is.
                DeliveryReport report = failure(
                    err == RD_KAFKA_RESP_ERR__QUEUE_FULL ? RD_KAFKA_RESP_ERR__PURGE_QUEUE : err, pending->tp);
                m_failed.emplace_back(std::move(pending), std::move(report));
                return;
            }
            m_pending.erase(pending.get());
        }
        // librdkafka's queue is full: wait until reports make room (or closing begins).
        std::unique_lock lock(m_mutex);
        if (!m_closing)
            m_changed.wait_for(lock, kQueueFullWait);
    }
}

rd_kafka_resp_err_t RemoteRecordWriter::produce(ProducerRecord &record, Pending *pending)
{
    // librdkafka takes a null pointer for a null key, value or header value: an empty one
    // needs a pointer that is not null.
    std::uint8_t empty = 0;
    const auto bytesOf = [&](Bytes &b) -> void * { return b.empty() ? &empty : b.data(); };

    std::array<rd_kafka_vu_t, 8> vus{};
    std::size_t count = 0;
    const auto add = [&](rd_kafka_vtype_t type) -> rd_kafka_vu_t & {
        rd_kafka_vu_t &vu = vus[count++];
        vu.vtype = type;
        return vu;
    };
    add(RD_KAFKA_VTYPE_TOPIC).u.cstr = record.topic.c_str();
    add(RD_KAFKA_VTYPE_PARTITION).u.i32 = record.partition.value_or(RD_KAFKA_PARTITION_UA);
    add(RD_KAFKA_VTYPE_MSGFLAGS).u.i = RD_KAFKA_MSG_F_COPY;
    add(RD_KAFKA_VTYPE_OPAQUE).u.ptr = pending;
    if (record.key) {
        auto &mem = add(RD_KAFKA_VTYPE_KEY).u.mem;
        mem.ptr = bytesOf(*record.key);
        mem.size = record.key->size();
    }
    if (record.value) {
        auto &mem = add(RD_KAFKA_VTYPE_VALUE).u.mem;
        mem.ptr = bytesOf(*record.value);
        mem.size = record.value->size();
    }
    // librdkafka stamps a record given 0 (or none) with the time it is sent.
    if (record.timestamp)
        add(RD_KAFKA_VTYPE_TIMESTAMP).u.i64 = *record.timestamp;
    rd_kafka_headers_t *headers = nullptr;
    if (!record.headers.empty()) {
        headers = rd_kafka_headers_new(record.headers.size());
        for (auto &h : record.headers)
            rd_kafka_header_add(headers, h.key.data(), static_cast<ssize_t>(h.key.size()),
                                h.value ? bytesOf(*h.value) : nullptr,
                                h.value ? static_cast<ssize_t>(h.value->size()) : 0);
        add(RD_KAFKA_VTYPE_HEADERS).u.headers = headers;
    }

    RdPtr<rd_kafka_error_t> error(rd_kafka_produceva(m_handle->get(), vus.data(), count));
    if (!error)
        return RD_KAFKA_RESP_ERR_NO_ERROR;
    // The headers become the message's only when it is accepted.
    if (headers)
        rd_kafka_headers_destroy(headers);
    return rd_kafka_error_code(error.get());
}

void RemoteRecordWriter::finish(std::unique_ptr<Pending> pending, const DeliveryReport &report)
{
    if (pending->callback)
        pending->callback(report);
    {
        std::lock_guard lock(m_mutex);
        m_pending.erase(pending.get());
    }
    m_changed.notify_all();
}

void RemoteRecordWriter::run()
{
    rd_kafka_t *rk = m_handle->get();
    std::vector<Failure> failed;
    for (;;) {
        bool flushing = false;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return; // close() reports what is left
            flushing = m_flushers > 0;
            failed.swap(m_failed);
        }
        for (auto &[pending, report] : failed)
            finish(std::move(pending), report);
        failed.clear();
        // Both serve the delivery reports here; a flush also sends what lingers at once.
        if (flushing)
            rd_kafka_flush(rk, kSliceMs);
        else
            rd_kafka_poll(rk, kSliceMs);
        for (auto &e : m_handle->takeErrors())
            m_lastProblem = std::move(e.text);
    }
}

bool RemoteRecordWriter::flush(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    ++m_flushers;
    const bool done = m_changed.wait_for(lock, timeout, [this] { return m_pending.empty(); });
    --m_flushers;
    return done;
}

bool RemoteRecordWriter::close(std::chrono::milliseconds timeout)
{
    std::lock_guard closing(m_closeMutex);
    if (m_closed)
        return true;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    const bool flushed = flush(timeout);
    if (!flushed) {
        std::size_t left = 0;
        {
            std::lock_guard lock(m_mutex);
            left = m_pending.size();
        }
        logger("remote")->info("producer {}: closing with {} records unacknowledged after {} ms",
                               m_config.clientId, left, timeout.count());
        // The purged records are reported on the thread, as failed (RD_KAFKA_RESP_ERR__PURGE_*).
        rd_kafka_purge(m_handle->get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, kPurgedReportWait, [this] { return m_pending.empty(); });
    }
    tearDown();
    m_closed = true;
    return flushed;
}

void RemoteRecordWriter::tearDown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_thread.join();
    std::vector<Failure> failed;
    std::vector<std::unique_ptr<Pending>> orphans;
    {
        std::unique_lock handle(m_handleMutex);
        m_handle.reset();
        // No send() is inside any more, and none will hand anything over.
        std::lock_guard lock(m_mutex);
        failed.swap(m_failed);
    }
    for (auto &[pending, report] : failed)
        finish(std::move(pending), report);
    {
        // What is still pending was librdkafka's, which dropped it with the instance.
        std::lock_guard lock(m_mutex);
        for (Pending *p : m_pending)
            orphans.emplace_back(p);
    }
    for (auto &p : orphans) {
        const DeliveryReport report = failure(RD_KAFKA_RESP_ERR__PURGE_QUEUE, p->tp);
        finish(std::move(p), report);
    }
}

} // namespace

Result<std::unique_ptr<RecordWriter>> openRemoteWriter(const RemoteSettings &settings,
                                                       const ProducerConfig &config)
{
    auto handle = KafkaHandle::create(settings, KafkaHandle::Kind::Producer, producerProperties(config),
                                      &RemoteRecordWriter::onDelivery);
    if (!handle)
        return handle.status();
    return std::unique_ptr<RecordWriter>(std::make_unique<RemoteRecordWriter>(config, std::move(*handle)));
}

} // namespace es
