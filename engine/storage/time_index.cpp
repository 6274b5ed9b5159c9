#include "storage/time_index.h"

#include "common/byte_order.h"
#include "storage/segment_format.h"

#include <algorithm>

namespace es {

TimeIndex::TimeIndex(std::filesystem::path path, std::int64_t baseOffset)
    : m_file(std::move(path), segfmt::kTimeIndexEntrySize), m_baseOffset(baseOffset)
{
}

Status TimeIndex::load(std::int64_t nextOffset)
{
    m_entries.clear();
    auto data = m_file.read();
    if (!data)
        return data.status();
    const std::size_t n = data->size() / segfmt::kTimeIndexEntrySize;
    m_entries.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t *p = data->data() + i * segfmt::kTimeIndexEntrySize;
        const Entry e{loadBigEndian<std::int64_t>(p), m_baseOffset + loadBigEndian<std::uint32_t>(p + 8)};
        const bool ordered = m_entries.empty() || (e.timestamp >= m_entries.back().timestamp &&
                                                   e.offset >= m_entries.back().offset);
        if (!ordered || e.offset >= nextOffset) {
            m_entries.clear();
            return Status::corruption("time index " + m_file.path().string() + " entry " + std::to_string(i) +
                                      (ordered ? " names an offset past the end of the log" : " is out of order"));
        }
        m_entries.push_back(e);
    }
    m_file.markPersisted(n);
    return Status::ok();
}

void TimeIndex::maybeAppend(std::int64_t timestamp, std::int64_t offset)
{
    // Never -1 ("no timestamp", what an empty segment reports when flushed): such an entry
    // would name offset base - 1, which load() rejects, rebuilding the indexes each open.
    if (timestamp > lastTimestamp())
        m_entries.push_back({timestamp, offset});
}

std::optional<TimeIndex::Entry> TimeIndex::lastEntryBelow(std::int64_t timestamp) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), timestamp,
                               [](const Entry &e, std::int64_t t) { return e.timestamp < t; });
    if (it == m_entries.begin())
        return std::nullopt;
    return *std::prev(it);
}

void TimeIndex::truncateFrom(std::int64_t offset)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                               [](const Entry &e, std::int64_t o) { return e.offset < o; });
    if (it != m_entries.end()) {
        m_entries.erase(it, m_entries.end());
        m_file.markRewrite();
    }
}

void TimeIndex::clear()
{
    m_entries.clear();
    m_file.markRewrite();
}

Status TimeIndex::persist(bool sync)
{
    const std::size_t first = m_file.firstUnpersisted();
    Bytes encoded((m_entries.size() - first) * segfmt::kTimeIndexEntrySize);
    for (std::size_t i = first; i < m_entries.size(); ++i) {
        std::uint8_t *p = encoded.data() + (i - first) * segfmt::kTimeIndexEntrySize;
        storeBigEndian<std::int64_t>(p, m_entries[i].timestamp);
        storeBigEndian<std::uint32_t>(p + 8, static_cast<std::uint32_t>(m_entries[i].offset - m_baseOffset));
    }
    return m_file.write(encoded, sync);
}

} // namespace es
