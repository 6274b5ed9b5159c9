#pragma once

#include "cluster/topic_partition.h"
#include "common/error_code.h"
#include "storage/compression.h"
#include "storage/record.h"

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace es {

class Cluster;

struct ProducerConfig {
    std::string clientId = "eventscope-producer";
    std::int16_t acks = -1;
    std::int32_t lingerMs = 0;
    std::size_t batchBytes = 64 * 1024;
    Compression compression = Compression::None;
    bool idempotent = true;
    std::int32_t requestTimeoutMs = 10000;
    std::int32_t deliveryTimeoutMs = 60000;
    std::int32_t retryBackoffMs = 50;
    bool autoCreateTopics = true;
};

struct ProducerRecord {
    std::string topic;
    std::optional<std::int32_t> partition; // nullopt: by key (murmur2), or sticky for null keys
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;
    std::optional<std::int64_t> timestamp; // nullopt: now
};

struct DeliveryReport {
    ErrorCode error = ErrorCode::None;
    std::string message;
    TopicPartition tp;
    std::int64_t offset = -1;
    std::int64_t timestamp = -1;
    [[nodiscard]] bool ok() const { return error == ErrorCode::None; }
};

// An in-process producer, as the GUI, the bots and the tests use: Kafka's partitioner
// (murmur2 for keys, sticky for null keys), batching with linger, acks, idempotence (a
// producer id, per-partition sequences, retries the broker de-duplicates) and retries
// across leader changes until the delivery timeout.
//
// Thread-safety: send() and flush() may be called from any thread; callbacks run on the
// producer's own thread and must not block it.
class Producer {
public:
    using Callback = std::function<void(const DeliveryReport &)>;

    Producer(Cluster &cluster, ProducerConfig config = {});
    ~Producer(); // close(delivery timeout)
    Producer(const Producer &) = delete;
    Producer &operator=(const Producer &) = delete;

    void send(ProducerRecord record, Callback callback = {});
    std::future<DeliveryReport> send(ProducerRecord record, std::nullptr_t);
    // Sends what is buffered now and waits until all of it is acknowledged or failed.
    bool flush(std::chrono::milliseconds timeout);
    // Flushes for at most `timeout`, then fails every record still unacknowledged
    // (RequestTimedOut, "the producer closed ..."), as Kafka's close(timeout) aborts its
    // incomplete batches: a leader that is down or paused holds up no one past the
    // timeout. Returns whether everything was acknowledged or failed before then. Call
    // send() no more afterwards.
    bool close(std::chrono::milliseconds timeout);

    [[nodiscard]] std::int64_t producerId() const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace es
