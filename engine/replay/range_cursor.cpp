#include "replay/range_cursor.h"

#include "client/record_reader.h"

#include <algorithm>

namespace es {

RangeCursor::RangeCursor(RecordReader &reader, TopicPartition tp, std::int64_t from, std::int64_t end,
                         std::int32_t fetchBytes)
    : m_reader(reader),
      m_tp(std::move(tp)),
      m_next(from),
      m_end(std::max(from, end)),
      m_fetchBytes(fetchBytes)
{}

Result<std::int64_t> RangeCursor::readChunk(const std::function<void(const RecordView &)> &fn)
{
    if (done())
        return std::int64_t{0};
    std::int64_t visited = 0;
    bool reachedEnd = false;
    Result<std::int64_t> next = m_reader.scan(m_tp, m_next, m_fetchBytes, [&](const RecordView &record) {
        if (record.offset >= m_end) {
            reachedEnd = true;
            return false;
        }
        fn(record);
        ++visited;
        return true;
    });
    if (!next && next.status().code() == StatusCode::OutOfRange) {
        // Retention removed the start of the range while we read: go on from the new start.
        Result<PartitionBounds> bounds = m_reader.bounds(m_tp);
        if (!bounds)
            return bounds.status();
        if (bounds->logStartOffset <= m_next)
            return next.status();
        const std::int64_t resume = std::min(bounds->logStartOffset, m_end);
        m_missing += resume - m_next;
        m_next = resume;
        return std::int64_t{0};
    }
    if (!next)
        return next.status();
    const std::int64_t after = reachedEnd ? m_end : std::min(*next, m_end);
    if (after <= m_next) {
        // Nothing new below the end (it was removed meanwhile): the range is over.
        m_missing += m_end - m_next;
        m_next = m_end;
        return visited;
    }
    m_missing += (after - m_next) - visited;
    m_next = after;
    return visited;
}

} // namespace es
