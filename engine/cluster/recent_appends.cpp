#include "cluster/recent_appends.h"

#include <utility>

namespace es {

void RecentAppends::add(std::int64_t baseOffset, std::int64_t nextOffset,
                        std::shared_ptr<const Bytes> batches)
{
    if (!batches || batches->empty() || nextOffset <= baseOffset || batches->size() > m_budget)
        return;
    // A gap or an overlap means the log moved without this cache (it should not): start over.
    if (!m_chunks.empty() && m_chunks.back().next != baseOffset)
        clear();
    m_bytes += batches->size();
    m_chunks.push_back({baseOffset, nextOffset, std::move(batches)});
    while (m_bytes > m_budget) {
        m_bytes -= m_chunks.front().batches->size();
        m_chunks.pop_front();
    }
}

std::shared_ptr<const Bytes> RecentAppends::startingAt(std::int64_t offset, std::size_t maxBytes) const
{
    for (const Chunk &c : m_chunks) {
        if (c.base > offset)
            break;
        if (c.base == offset)
            return c.batches->size() <= maxBytes ? c.batches : nullptr;
    }
    return nullptr;
}

void RecentAppends::dropBelow(std::int64_t offset)
{
    while (!m_chunks.empty() && m_chunks.front().next <= offset) {
        m_bytes -= m_chunks.front().batches->size();
        m_chunks.pop_front();
    }
}

void RecentAppends::clear()
{
    m_chunks.clear();
    m_bytes = 0;
}

} // namespace es
