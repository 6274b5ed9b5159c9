#include "browse/partition_scan.h"

#include <algorithm>

namespace es::browse {

namespace {

// Big fetches amortise the round trip through the leader's loop; 4 MiB holds about 30,000
// records of 100 bytes.
constexpr std::int32_t kFetchBytes = 4 << 20;

} // namespace

Result<std::vector<std::int32_t>> resolvePartitions(Connection &connection, const std::string &topic,
                                                    const std::vector<std::int32_t> &chosen)
{
    const Result<std::int32_t> partitions = connection.partitionCount(topic);
    if (!partitions)
        return partitions.status();
    const std::int32_t count = *partitions;
    if (chosen.empty()) {
        std::vector<std::int32_t> all(static_cast<std::size_t>(count));
        for (std::int32_t p = 0; p < count; ++p)
            all[static_cast<std::size_t>(p)] = p;
        return all;
    }
    for (const std::int32_t p : chosen) {
        if (p < 0 || p >= count)
            return Status::notFound("topic \"" + topic + "\" has no partition " + std::to_string(p) +
                                    " (it has " + std::to_string(count) + ")");
    }
    return chosen;
}

Status scanPartition(RecordReader &reader, const TopicPartition &tp, std::int64_t from, std::int64_t end,
                     const std::atomic<bool> &cancelled, const ScanCallbacks &callbacks)
{
    std::int64_t next = from;
    bool stopped = false;
    const std::function<bool(const RecordView &)> visit = [&](const RecordView &view) {
        if (view.offset >= end || cancelled.load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        if (!callbacks.onRecord(view)) {
            stopped = true;
            return false;
        }
        return true;
    };
    while (next < end && !stopped && !cancelled.load(std::memory_order_relaxed)) {
        auto after = reader.scan(tp, next, kFetchBytes, visit);
        if (!after && after.status().code() == StatusCode::OutOfRange) {
            // Retention removed the records ahead of the scan since it started: go on
            // from the new log start.
            auto bounds = reader.bounds(tp);
            if (bounds && bounds->logStartOffset > next) {
                next = std::min(bounds->logStartOffset, end);
                if (callbacks.afterFetch)
                    callbacks.afterFetch(next);
                continue;
            }
        }
        if (!after)
            return after.status();
        // Stopping early leaves `after` past the last record visited, which is what a
        // caller resuming wants; a fetch that made no progress would loop forever.
        if (*after <= next)
            break;
        next = std::min(*after, end);
        if (callbacks.afterFetch)
            callbacks.afterFetch(next);
    }
    return Status::ok();
}

} // namespace es::browse
