#pragma once

// Writing records into a cluster as a producer does: for Produce, Send many, re-publishing
// and producer bots. The embedded cluster's Producer sends to the leaders in this process;
// a remote connection's writer sends to a Kafka cluster through librdkafka. Callers see the
// same delivery reports either way.

#include "cluster/topic_partition.h"
#include "common/error_code.h"
#include "storage/compression.h"
#include "storage/record.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace es {

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

// Thread-safety: send() and flush() may be called from any thread; callbacks run on the
// writer's own thread and must not block it.
class RecordWriter {
public:
    using Callback = std::function<void(const DeliveryReport &)>;

    virtual ~RecordWriter() = default;

    // Hands the record over and returns; `callback` (may be empty) gets its delivery report.
    virtual void send(ProducerRecord record, Callback callback = {}) = 0;
    // The same, with the report as a future.
    std::future<DeliveryReport> send(ProducerRecord record, std::nullptr_t);
    // Sends what is buffered now and waits until all of it is acknowledged or failed.
    virtual bool flush(std::chrono::milliseconds timeout) = 0;
    // Flushes for at most `timeout`, then fails every record still unacknowledged, as
    // Kafka's close(timeout) aborts its incomplete batches. Returns whether everything was
    // acknowledged or failed before then. Call send() no more afterwards.
    virtual bool close(std::chrono::milliseconds timeout) = 0;
};

} // namespace es
