#pragma once

#include "storage/compression.h"

#include <cstdint>
#include <limits>
#include <optional>

namespace es {

enum class CleanupPolicy : std::uint8_t { Delete, Compact, CompactAndDelete };
enum class TimestampType : std::uint8_t { CreateTime, LogAppendTime };
enum class FlushPolicy : std::uint8_t {
    Periodic, // fsync every flushIntervalMs (Kafka's model: replication plus periodic flush)
    PerBatch, // fsync before an append returns
};

// The per-partition settings a log obeys; Kafka's topic config names in comments.
struct LogConfig {
    std::int64_t segmentBytes = 1LL << 30;               // segment.bytes
    std::int64_t segmentMs = 7LL * 24 * 3600 * 1000;     // segment.ms
    std::int32_t indexIntervalBytes = 4096;              // index.interval.bytes
    std::int64_t retentionMs = 7LL * 24 * 3600 * 1000;   // retention.ms, -1 = forever
    std::int64_t retentionBytes = -1;                    // retention.bytes, -1 = no limit
    CleanupPolicy cleanupPolicy = CleanupPolicy::Delete; // cleanup.policy
    std::int64_t deleteRetentionMs = 24LL * 3600 * 1000; // delete.retention.ms (tombstones)
    std::int32_t maxMessageBytes = 1048588;              // max.message.bytes (one batch)
    TimestampType timestampType = TimestampType::CreateTime; // message.timestamp.type
    // message.timestamp.difference.max.ms: how far a CreateTime record's timestamp may lie
    // from the broker's clock; the maximum means no limit, as Kafka's default.
    std::int64_t timestampDifferenceMaxMs = std::numeric_limits<std::int64_t>::max();
    FlushPolicy flushPolicy = FlushPolicy::Periodic;
    std::int64_t flushIntervalMs = 1000; // for FlushPolicy::Periodic
    // compression.type: the codec the leader stores batches in, recompressing those that
    // arrive in another; nullopt ("producer") keeps the producer's.
    std::optional<Compression> compression;

    [[nodiscard]] bool compacts() const { return cleanupPolicy != CleanupPolicy::Delete; }
    [[nodiscard]] bool deletes() const { return cleanupPolicy != CleanupPolicy::Compact; }
};

} // namespace es
