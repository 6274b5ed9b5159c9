#pragma once

#include "cluster/topic_partition.h"
#include "common/buffer.h"
#include "storage/record.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace es {

// One record as a client fetched it from a partition, owning its bytes: what the consumer
// hands out and what browsing, search and export read.
struct FetchedRecord {
    TopicPartition tp;
    std::int64_t offset = -1;
    std::int64_t timestamp = -1; // ms since the epoch
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;
    std::uint32_t sizeBytes = 0; // encoded size of the record

    bool operator==(const FetchedRecord &) const = default;
};

// Copies a decoded record of partition `tp` out of its batch.
FetchedRecord toFetchedRecord(const TopicPartition &tp, const RecordView &view);

} // namespace es
