#pragma once

#include "cluster/topic_partition.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <functional>

namespace es {

class RecordReader;

// Reads one partition's range [from, end) in chunks of whole fetches. Records deleted by
// retention while it reads are skipped and counted.
//
// Thread-safety: one thread at a time; `reader` must outlive the cursor.
class RangeCursor {
public:
    RangeCursor(RecordReader &reader, TopicPartition tp, std::int64_t from, std::int64_t end,
                std::int32_t fetchBytes);

    // Calls fn for each record of the next fetch that lies in the range (views valid only
    // during the call), in offset order. Returns the number of records visited.
    Result<std::int64_t> readChunk(const std::function<void(const RecordView &)> &fn);

    [[nodiscard]] bool done() const { return m_next >= m_end; }
    [[nodiscard]] const TopicPartition &tp() const { return m_tp; }
    // Offsets of the range that hold no record any more: removed by retention or compaction,
    // or taken by control records.
    [[nodiscard]] std::int64_t missing() const { return m_missing; }

private:
    RecordReader &m_reader;
    TopicPartition m_tp;
    std::int64_t m_next;
    std::int64_t m_end;
    std::int32_t m_fetchBytes;
    std::int64_t m_missing = 0;
};

} // namespace es
