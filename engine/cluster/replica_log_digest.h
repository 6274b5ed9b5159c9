#pragma once

#include "cluster/topic_partition.h"
#include "common/status.h"

#include <cstdint>
#include <vector>

namespace es {

class Broker;

// One batch of a replica's log, as replicas are compared after faults: where it lies, the
// leader epoch it was written in, and its CRC-32C, which covers every record (attributes to
// the end), so two replicas holding different records at the same offsets differ here.
struct BatchDigest {
    std::int64_t baseOffset = 0;
    std::int64_t lastOffset = 0;
    std::int32_t leaderEpoch = -1;
    std::uint32_t crc = 0;

    bool operator==(const BatchDigest &) const = default;
};

// What one broker's replica of a partition holds: its offsets and every batch from its log
// start to its log end, read at one moment of the broker's loop.
struct ReplicaLogDigest {
    std::int32_t broker = 0;
    bool leader = false; // whether the broker leads the partition, as far as it knows
    std::int64_t logStartOffset = 0;
    std::int64_t logEndOffset = 0;
    std::int64_t highWatermark = 0;
    std::vector<BatchDigest> batches; // in offset order
};

// `broker`'s replica of `tp`, batch headers only (no record is decoded); NotFound when the
// broker hosts none. Must run on the broker's loop, which owns its replicas.
Result<ReplicaLogDigest> digestReplicaLog(Broker &broker, const TopicPartition &tp);

} // namespace es
