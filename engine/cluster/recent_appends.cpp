#include "cluster/recent_appends.h"

#include <utility>

namespace es {

void RecentAppends::add(std::int64_t baseOffset, std::int64_t nextOffset,
                        std::shared_ptr<const Bytes> batches)
{
    if (!batches || batches->empty() || nextOffset <= baseOffset)
        return;
    // A gap or an overlap means the log moved without this cache (it should not): start over.
    if (!m_chunks.empty() && m_chunks.back().next != baseOffset)
        clear();
    const std::size_t size = batches->size();
    while (!m_chunks.empty() && overBudget(size))
        popOldest();
    if (overBudget(size)) // larger than the budget, or the broker's other caches hold it all
        return;
    m_bytes += size;
    if (m_shared)
        m_shared->used += size;
    m_chunks.push_back({baseOffset, nextOffset, std::move(batches)});
}

bool RecentAppends::overBudget(std::size_t adding) const
{
    return m_bytes + adding > m_budget || (m_shared && m_shared->used + adding > m_shared->limit);
}

void RecentAppends::popOldest()
{
    const std::size_t size = m_chunks.front().batches->size();
    m_bytes -= size;
    if (m_shared)
        m_shared->used -= size;
    m_chunks.pop_front();
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
    while (!m_chunks.empty() && m_chunks.front().next <= offset)
        popOldest();
}

void RecentAppends::clear()
{
    while (!m_chunks.empty())
        popOldest();
}

} // namespace es
