#include "storage/offset_index.h"

#include "common/byte_order.h"
#include "storage/segment_format.h"

#include <algorithm>

namespace es {

OffsetIndex::OffsetIndex(std::filesystem::path path, std::int64_t baseOffset)
    : m_file(std::move(path), segfmt::kOffsetIndexEntrySize), m_baseOffset(baseOffset)
{
}

Status OffsetIndex::load(std::uint64_t logSize)
{
    m_entries.clear();
    auto data = m_file.read();
    if (!data)
        return data.status();
    const std::size_t n = data->size() / segfmt::kOffsetIndexEntrySize;
    m_entries.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t *p = data->data() + i * segfmt::kOffsetIndexEntrySize;
        const Entry e{m_baseOffset + loadBigEndian<std::uint32_t>(p), loadBigEndian<std::uint32_t>(p + 4)};
        const bool ordered = m_entries.empty() ||
                             (e.offset > m_entries.back().offset && e.position > m_entries.back().position);
        if (!ordered || e.position >= logSize) {
            m_entries.clear();
            return Status::corruption("offset index " + m_file.path().string() + " entry " + std::to_string(i) +
                                      (ordered ? " points past the end of the log" : " is out of order"));
        }
        m_entries.push_back(e);
    }
    m_file.markPersisted(n);
    return Status::ok();
}

void OffsetIndex::append(std::int64_t offset, std::uint32_t position) { m_entries.push_back({offset, position}); }

OffsetIndex::Entry OffsetIndex::lookup(std::int64_t offset) const
{
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), offset,
                               [](std::int64_t o, const Entry &e) { return o < e.offset; });
    if (it == m_entries.begin())
        return {m_baseOffset, 0};
    return *std::prev(it);
}

void OffsetIndex::truncateFrom(std::int64_t offset)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), offset,
                               [](const Entry &e, std::int64_t o) { return e.offset < o; });
    if (it != m_entries.end()) {
        m_entries.erase(it, m_entries.end());
        m_file.markRewrite();
    }
}

void OffsetIndex::clear()
{
    m_entries.clear();
    m_file.markRewrite();
}

Status OffsetIndex::persist(bool sync)
{
    const std::size_t first = m_file.firstUnpersisted();
    Bytes encoded((m_entries.size() - first) * segfmt::kOffsetIndexEntrySize);
    for (std::size_t i = first; i < m_entries.size(); ++i) {
        std::uint8_t *p = encoded.data() + (i - first) * segfmt::kOffsetIndexEntrySize;
        storeBigEndian<std::uint32_t>(p, static_cast<std::uint32_t>(m_entries[i].offset - m_baseOffset));
        storeBigEndian<std::uint32_t>(p + 4, m_entries[i].position);
    }
    return m_file.write(encoded, sync);
}

} // namespace es
