#include "client/producer.h"

#include "client/client_node.h"
#include "client/partitioner.h"
#include "cluster/cluster.h"
#include "common/logging.h"
#include "storage/record_batch_builder.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <random>
#include <utility>

namespace es {

using SteadyTime = std::chrono::steady_clock::time_point;

class Producer::Impl {
public:
    Impl(Cluster &cluster, ProducerConfig config)
        : m_cluster(cluster), m_config(std::move(config)), m_node(cluster, m_config.clientId)
    {
        if (m_config.idempotent) {
            m_producerId = cluster.allocateProducerId();
            m_config.acks = -1; // idempotence needs acks=all, as in Kafka
        }
        m_node.loop().runSync([this] { m_timer = std::make_unique<asio::steady_timer>(m_node.loop().context()); });
    }

    ~Impl()
    {
        close(std::chrono::milliseconds(m_config.deliveryTimeoutMs));
        m_node.loop().runSync([this] {
            m_timer.reset();
            m_queues.clear();
        });
        m_node.shutdown();
    }

    void send(ProducerRecord record, Callback cb)
    {
        bool first = false;
        {
            std::lock_guard lock(m_mutex);
            ++m_outstanding;
            first = m_incoming.empty();
            m_incoming.push_back({std::move(record), std::move(cb)});
        }
        // One hand-over per burst, not per record: the loop takes everything sent until it
        // runs. Records keep their order (one queue, drained in order on one loop).
        if (first)
            m_node.loop().post([this] { drainIncoming(); });
    }

    bool flush(std::chrono::milliseconds timeout)
    {
        m_node.loop().post([this] {
            m_flushRequested = true;
            trySend();
        });
        std::unique_lock lock(m_mutex);
        const bool done = m_idle.wait_for(lock, timeout, [this] { return m_outstanding == 0; });
        return done;
    }

    bool close(std::chrono::milliseconds timeout)
    {
        if (flush(timeout))
            return true;
        m_node.loop().runSync([this] { abortOutstanding(); });
        return false;
    }

    std::int64_t producerId() const { return m_producerId; }

private:
    struct Batch {
        explicit Batch(RecordBatchOptions options) : builder(options) {}
        RecordBatchBuilder builder;
        std::vector<Callback> callbacks;
        std::vector<std::int64_t> timestamps;
        SteadyTime created;
        SteadyTime deadline;
        Bytes bytes; // built at the first send, then resent unchanged
        int attempts = 0;
        bool closed = false;
        ErrorCode lastError = ErrorCode::None; // why the last attempt failed, if it did
        std::string lastMessage;
    };
    struct Queue {
        std::deque<std::unique_ptr<Batch>> batches;
        bool inFlight = false;
        std::int32_t nextSequence = 0;
        SteadyTime retryAt{};
    };
    struct Incoming {
        ProducerRecord record;
        Callback callback;
    };

    // Hands every callback the same report; `fill(report, i)` adjusts it for record i.
    template <typename Fill>
    void finish(const std::vector<Callback> &callbacks, DeliveryReport report, Fill fill)
    {
        for (std::size_t i = 0; i < callbacks.size(); ++i) {
            if (!callbacks[i])
                continue;
            fill(report, i);
            callbacks[i](report);
        }
        std::lock_guard lock(m_mutex);
        m_outstanding -= static_cast<std::int64_t>(callbacks.size());
        if (m_outstanding == 0)
            m_idle.notify_all();
    }

    void finish(const std::vector<Callback> &callbacks, const DeliveryReport &report)
    {
        finish(callbacks, report, [](DeliveryReport &, std::size_t) {});
    }

    void fail(Callback cb, const TopicPartition &tp, ErrorCode error, std::string message)
    {
        DeliveryReport r;
        r.error = error;
        r.message = std::move(message);
        r.tp = tp;
        finish({std::move(cb)}, r);
    }

    // On the loop: fails every record not yet acknowledged, queued or in flight. Answers
    // that come later find no batch and are ignored.
    void abortOutstanding()
    {
        static const std::string kWhy = "the producer closed before the record was acknowledged";
        std::vector<Incoming> incoming;
        {
            std::lock_guard lock(m_mutex);
            incoming.swap(m_incoming);
        }
        for (auto &in : incoming)
            fail(std::move(in.callback), {in.record.topic, in.record.partition.value_or(-1)},
                 ErrorCode::RequestTimedOut, kWhy);
        for (auto &[tp, q] : m_queues)
            for (auto &b : q.batches)
                finish(std::exchange(b->callbacks, {}), DeliveryReport{ErrorCode::RequestTimedOut, kWhy, tp});
        m_queues.clear();
        m_timer->cancel();
    }

    void drainIncoming()
    {
        {
            std::lock_guard lock(m_mutex);
            m_draining.swap(m_incoming);
        }
        auto image = m_cluster.metadata();
        for (auto &in : m_draining)
            enqueue(image, std::move(in.record), std::move(in.callback));
        m_draining.clear(); // keeps its capacity for the next burst
        trySend();
    }

    std::int32_t choosePartition(const ProducerRecord &record, std::int32_t count)
    {
        if (record.key)
            return partitionForKey(*record.key, count);
        // Sticky: stay on one partition until its batch is sent.
        auto it = m_sticky.find(record.topic);
        if (it == m_sticky.end())
            it = m_sticky.emplace(record.topic, std::uniform_int_distribution<std::int32_t>(0, count - 1)(m_rng)).first;
        return it->second;
    }

    // Adds the record to its partition's open batch; `image` is refreshed when the topic
    // is created here. The caller sends (trySend) after a burst of these.
    void enqueue(MetadataImagePtr &image, ProducerRecord record, Callback cb)
    {
        const TopicInfo *topic = image ? image->topic(record.topic) : nullptr;
        if (!topic && m_config.autoCreateTopics) {
            CreateTopicSpec spec;
            spec.name = record.topic;
            const auto created = m_cluster.createTopic(spec);
            if (!created.ok() && created.error != ErrorCode::TopicAlreadyExists) {
                fail(std::move(cb), {record.topic, -1}, created.error, created.message);
                return;
            }
            image = m_cluster.metadata();
            topic = image->topic(record.topic);
        }
        if (!topic) {
            fail(std::move(cb), {record.topic, -1}, ErrorCode::UnknownTopicOrPartition,
                 "topic \"" + record.topic + "\" does not exist");
            return;
        }
        const auto count = static_cast<std::int32_t>(topic->partitions.size());
        const std::int32_t partition = record.partition ? *record.partition : choosePartition(record, count);
        if (partition < 0 || partition >= count) {
            fail(std::move(cb), {record.topic, partition}, ErrorCode::UnknownTopicOrPartition,
                 "topic \"" + record.topic + "\" has no partition " + std::to_string(partition));
            return;
        }
        TopicPartition tp{record.topic, partition};
        Queue &q = m_queues[tp];
        const std::size_t size = (record.key ? record.key->size() : 0) + (record.value ? record.value->size() : 0) + 32;
        if (q.batches.empty() || !q.batches.back()->bytes.empty() ||
            q.batches.back()->builder.sizeEstimate() + size > m_config.batchBytes) {
            if (!q.batches.empty())
                closeBatch(q, *q.batches.back());
            RecordBatchOptions options;
            options.compression = m_config.compression;
            if (m_producerId >= 0) {
                options.producerId = m_producerId;
                options.producerEpoch = 0;
                options.baseSequence = q.nextSequence;
            }
            auto batch = std::make_unique<Batch>(options);
            batch->builder.reserve(m_config.batchBytes);
            batch->created = std::chrono::steady_clock::now();
            batch->deadline = batch->created + std::chrono::milliseconds(m_config.deliveryTimeoutMs);
            q.batches.push_back(std::move(batch));
            if (!record.key && q.batches.size() > 1)
                m_sticky.erase(record.topic);
        }
        Batch &b = *q.batches.back();
        Record r;
        r.key = std::move(record.key);
        r.value = std::move(record.value);
        r.headers = std::move(record.headers);
        r.timestamp = record.timestamp.value_or(
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count());
        b.builder.append(r);
        b.timestamps.push_back(r.timestamp);
        b.callbacks.push_back(std::move(cb));
    }

    bool ready(const Queue &q, SteadyTime now) const
    {
        const Batch &b = *q.batches.front();
        return q.batches.size() > 1 || !b.bytes.empty() || m_flushRequested || m_config.lingerMs <= 0 ||
               b.builder.sizeEstimate() >= m_config.batchBytes ||
               now - b.created >= std::chrono::milliseconds(m_config.lingerMs);
    }

    void trySend()
    {
        const auto now = std::chrono::steady_clock::now();
        auto image = m_cluster.metadata();
        std::map<std::int32_t, ProduceRequest> byLeader;
        std::optional<SteadyTime> wakeAt;
        auto wakeBy = [&](SteadyTime t) { wakeAt = wakeAt ? std::min(*wakeAt, t) : t; };
        for (auto &[tp, q] : m_queues) {
            if (q.inFlight)
                continue;
            // Every batch past its delivery timeout goes now: a batch left behind the first
            // would wait for whatever sends next, past its timeout and a flush's.
            while (!q.batches.empty() && now >= q.batches.front()->deadline)
                expire(tp, q);
            if (q.batches.empty())
                continue;
            Batch &b = *q.batches.front();
            if (now < q.retryAt) {
                wakeBy(q.retryAt);
                continue;
            }
            if (!ready(q, now)) {
                wakeBy(b.created + std::chrono::milliseconds(m_config.lingerMs));
                continue;
            }
            const PartitionInfo *info = image ? image->partition(tp) : nullptr;
            if (!info || info->leader < 0) {
                wakeBy(now + std::chrono::milliseconds(m_config.retryBackoffMs));
                continue;
            }
            if (b.bytes.empty()) {
                closeBatch(q, b);
                auto built = b.builder.build();
                if (!built) {
                    auto cbs = std::move(b.callbacks);
                    q.batches.pop_front();
                    finish(cbs, DeliveryReport{ErrorCode::InvalidRecord, built.status().message(), tp});
                    continue;
                }
                b.bytes = std::move(*built);
            }
            q.inFlight = true;
            ++b.attempts;
            auto &req = byLeader[info->leader];
            req.acks = m_config.acks;
            req.timeoutMs = m_config.requestTimeoutMs;
            req.clientId = m_config.clientId;
            req.partitions.push_back({tp, b.bytes});
        }
        m_flushRequested = m_flushRequested && hasQueued();
        for (auto &[leader, req] : byLeader)
            dispatch(leader, std::move(req));
        if (wakeAt) {
            m_timer->expires_at(*wakeAt);
            m_timer->async_wait([this](const std::error_code &ec) {
                if (!ec)
                    trySend();
            });
        }
    }

    // No more records go into `b`: the next batch's sequence starts after it.
    static void closeBatch(Queue &q, Batch &b)
    {
        if (b.closed)
            return;
        b.closed = true;
        q.nextSequence += b.builder.recordCount();
    }

    bool hasQueued() const
    {
        for (const auto &[tp, q] : m_queues)
            if (!q.batches.empty())
                return true;
        return false;
    }

    void expire(const TopicPartition &tp, Queue &q)
    {
        // Report why the retries failed when the broker said so (e.g. NOT_ENOUGH_REPLICAS),
        // else that the time ran out.
        Batch &b = *q.batches.front();
        const ErrorCode error = b.lastError != ErrorCode::None ? b.lastError : ErrorCode::RequestTimedOut;
        const std::string message = "the delivery timeout passed" + (b.lastMessage.empty() ? "" : ": " + b.lastMessage);
        auto cbs = std::move(b.callbacks);
        q.batches.pop_front();
        finish(cbs, DeliveryReport{error, message, tp});
    }

    void dispatch(std::int32_t leader, ProduceRequest request)
    {
        std::vector<TopicPartition> tps;
        for (const auto &p : request.partitions)
            tps.push_back(p.tp);
        m_node.call<ProduceResponse>(
            leader,
            [request = std::move(request)](Broker &b, Reply<ProduceResponse> reply) mutable {
                b.handleProduce(std::move(request), std::move(reply));
            },
            [this, tps](std::optional<ProduceResponse> response) { onResponse(tps, response); },
            m_config.requestTimeoutMs + 1000);
    }

    void onResponse(const std::vector<TopicPartition> &tps, const std::optional<ProduceResponse> &response)
    {
        const auto now = std::chrono::steady_clock::now();
        for (const auto &tp : tps) {
            auto qit = m_queues.find(tp);
            if (qit == m_queues.end() || qit->second.batches.empty())
                continue;
            Queue &q = qit->second;
            q.inFlight = false;
            Batch &b = *q.batches.front();
            ErrorCode error = ErrorCode::RequestTimedOut;
            std::string message = "no answer from the leader";
            const ProducePartitionResult *res = nullptr;
            if (response)
                for (const auto &p : response->partitions)
                    if (p.tp == tp)
                        res = &p;
            if (res) {
                error = res->error;
                message = res->errorMessage;
            }
            if (error == ErrorCode::None || error == ErrorCode::DuplicateSequenceNumber) {
                auto cbs = std::move(b.callbacks);
                const auto timestamps = std::move(b.timestamps);
                const std::int64_t baseOffset = res->baseOffset;
                const std::int64_t logAppendTime = res->logAppendTime;
                q.batches.pop_front();
                finish(cbs, DeliveryReport{ErrorCode::None, {}, tp}, [&](DeliveryReport &r, std::size_t i) {
                    r.offset = baseOffset + static_cast<std::int64_t>(i);
                    r.timestamp = logAppendTime >= 0 ? logAppendTime : timestamps[i];
                });
                continue;
            }
            const bool retriable = isRetriable(error) || error == ErrorCode::UnknownTopicOrPartition;
            if (retriable && now < b.deadline) {
                q.retryAt = now + std::chrono::milliseconds(m_config.retryBackoffMs);
                b.lastError = error;
                b.lastMessage = message;
                continue;
            }
            auto cbs = std::move(b.callbacks);
            q.batches.pop_front();
            finish(cbs, DeliveryReport{error, message, tp});
        }
        trySend();
    }

    Cluster &m_cluster;
    ProducerConfig m_config;
    ClientNode m_node;
    std::int64_t m_producerId = -1;
    std::mt19937 m_rng{std::random_device{}()};

    // On the loop only.
    std::map<TopicPartition, Queue> m_queues;
    std::map<std::string, std::int32_t> m_sticky;
    std::unique_ptr<asio::steady_timer> m_timer;
    bool m_flushRequested = false;
    std::vector<Incoming> m_draining; // m_incoming's previous buffer, reused

    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::int64_t m_outstanding = 0;   // guarded by m_mutex
    std::vector<Incoming> m_incoming; // guarded by m_mutex: sent, not yet taken by the loop
};

Producer::Producer(Cluster &cluster, ProducerConfig config) : m_impl(std::make_unique<Impl>(cluster, std::move(config)))
{
}

Producer::~Producer() = default;

void Producer::send(ProducerRecord record, Callback callback) { m_impl->send(std::move(record), std::move(callback)); }

bool Producer::flush(std::chrono::milliseconds timeout) { return m_impl->flush(timeout); }

bool Producer::close(std::chrono::milliseconds timeout) { return m_impl->close(timeout); }

std::int64_t Producer::producerId() const { return m_impl->producerId(); }

} // namespace es
