#pragma once

// Reading the records of any partition as a consumer outside any group does: for browsing,
// searching, exporting and re-publishing. The embedded cluster's PartitionReader asks the
// leaders in this process; a remote connection's reader asks a Kafka cluster through
// librdkafka. Callers see the same records either way.

#include "client/fetched_record.h"
#include "cluster/topic_partition.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace es {

struct PartitionBounds {
    std::int64_t logStartOffset = -1;
    std::int64_t highWatermark = -1;
};

// Thread-safety: every method may be called from any thread, concurrently, but not from
// the GUI thread (they block), except abort(), which never blocks.
class RecordReader {
public:
    virtual ~RecordReader() = default;

    // Each call ends at once with Cancelled when `stop` is requested while it waits.
    virtual Result<PartitionBounds> bounds(const TopicPartition &tp, std::stop_token stop = {}) = 0;
    // The first offset whose timestamp is at or after `timestampMs`; the high watermark when
    // no record is that recent.
    virtual Result<std::int64_t> offsetForTimestamp(const TopicPartition &tp, std::int64_t timestampMs,
                                                    std::stop_token stop = {}) = 0;
    // Decoded records at or after `offset`, at most maxRecords, from about maxBytes read.
    // Empty at the high watermark; OutOfRange below the log start or above the end.
    virtual Result<std::vector<FetchedRecord>> read(const TopicPartition &tp, std::int64_t offset,
                                                    std::size_t maxRecords, std::int32_t maxBytes = 1 << 20,
                                                    std::stop_token stop = {}) = 0;
    // Visits the records at or after `offset` read in one go of about maxBytes, in order,
    // until `visit` returns false (a view is valid only during its call). Returns the offset
    // to read next: after the last record visited, or after what was read; `offset` itself
    // at the high watermark. OutOfRange below the log start or above the end.
    virtual Result<std::int64_t> scan(const TopicPartition &tp, std::int64_t offset, std::int32_t maxBytes,
                                      const std::function<bool(const RecordView &)> &visit,
                                      std::stop_token stop = {}) = 0;

    // Stops every call, in flight or later, as a requested `stop` does: for a reader owned by
    // a job that is being cancelled or going away.
    virtual void abort() = 0;
    [[nodiscard]] virtual bool aborted() const = 0;
};

} // namespace es
