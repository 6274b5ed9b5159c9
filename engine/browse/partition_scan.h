#pragma once

#include "client/record_reader.h"
#include "common/status.h"
#include "connection/connection.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

// Scanning helpers shared by RecordSearch and RecordExport. Internal to engine/browse.
namespace es::browse {

// The partitions of `topic` to read: `chosen`, or all when empty. NotFound for an unknown
// topic or partition.
Result<std::vector<std::int32_t>> resolvePartitions(Connection &connection, const std::string &topic,
                                                    const std::vector<std::int32_t> &chosen);

// Reads [from, end) of one partition fetch by fetch, calling onRecord for each record view
// (valid only during the call) and afterFetch(nextOffset) after each fetch, until the end,
// `cancelled`, or onRecord returning false. Records that retention removes during the scan
// are skipped; any other fetch error is returned as is.
struct ScanCallbacks {
    std::function<bool(const RecordView &)> onRecord;
    std::function<void(std::int64_t nextOffset)> afterFetch;
};
Status scanPartition(RecordReader &reader, const TopicPartition &tp, std::int64_t from, std::int64_t end,
                     const std::atomic<bool> &cancelled, const ScanCallbacks &callbacks);

} // namespace es::browse
