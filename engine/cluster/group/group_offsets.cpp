#include "cluster/group/group_offsets.h"

#include <utility>

namespace es {

const CommittedOffset *GroupOffsets::find(const TopicPartition &tp) const
{
    auto it = m_committed.find(tp);
    return it == m_committed.end() ? nullptr : &it->second;
}

void GroupOffsets::commit(const TopicPartition &tp, CommittedOffset offset, WriteOrder order)
{
    auto it = m_committedOrder.find(tp);
    if (it != m_committedOrder.end() && it->second > order)
        return;
    m_committed[tp] = std::move(offset);
    m_committedOrder[tp] = order;
}

bool GroupOffsets::remove(const TopicPartition &tp)
{
    bool removed = m_committed.erase(tp) > 0;
    m_committedOrder.erase(tp);
    removed = m_writing.erase(tp) > 0 || removed;
    for (auto it = m_transactional.begin(); it != m_transactional.end();) {
        removed = it->second.erase(tp) > 0 || removed;
        it = it->second.empty() ? m_transactional.erase(it) : std::next(it);
    }
    return removed;
}

void GroupOffsets::endWrite(const TopicPartition &tp, WriteOrder order, const CommittedOffset &offset,
                            bool written)
{
    auto it = m_writing.find(tp);
    if (it == m_writing.end() || it->second.erase(order) == 0)
        return; // removed meanwhile: the record is older than the removal's tombstone
    if (it->second.empty())
        m_writing.erase(it);
    if (written)
        commit(tp, offset, order);
}

void GroupOffsets::stageTransactional(std::int64_t producerId, const TopicPartition &tp,
                                      CommittedOffset offset, WriteOrder order)
{
    m_transactional[producerId][tp] = Pending{std::move(offset), order, false};
}

void GroupOffsets::endTransactionalWrite(std::int64_t producerId, const TopicPartition &tp, WriteOrder order,
                                         bool written)
{
    auto producer = m_transactional.find(producerId);
    if (producer == m_transactional.end())
        return;
    auto it = producer->second.find(tp);
    if (it == producer->second.end() || it->second.order != order)
        return;
    if (written) {
        it->second.written = true;
        return;
    }
    producer->second.erase(it);
    if (producer->second.empty())
        m_transactional.erase(producer);
}

void GroupOffsets::dropTransactional(std::int64_t producerId, const TopicPartition &tp)
{
    auto producer = m_transactional.find(producerId);
    if (producer == m_transactional.end())
        return;
    producer->second.erase(tp);
    if (producer->second.empty())
        m_transactional.erase(producer);
}

std::size_t GroupOffsets::completeTransaction(std::int64_t producerId, bool commit)
{
    auto producer = m_transactional.find(producerId);
    if (producer == m_transactional.end())
        return 0;
    std::map<TopicPartition, Pending> pending = std::move(producer->second);
    m_transactional.erase(producer);
    std::size_t unwritten = 0;
    for (auto &[tp, p] : pending) {
        if (!p.written)
            ++unwritten;
        else if (commit)
            this->commit(tp, std::move(p.offset), p.order);
    }
    return unwritten;
}

bool GroupOffsets::isUnstable(const TopicPartition &tp) const
{
    if (m_writing.contains(tp))
        return true;
    for (const auto &[producerId, pending] : m_transactional)
        if (pending.contains(tp))
            return true;
    return false;
}

std::set<TopicPartition> GroupOffsets::partitions() const
{
    std::set<TopicPartition> out;
    for (const auto &[tp, c] : m_committed)
        out.insert(tp);
    for (const auto &[tp, orders] : m_writing)
        out.insert(tp);
    for (const auto &[producerId, pending] : m_transactional)
        for (const auto &[tp, p] : pending)
            out.insert(tp);
    return out;
}

} // namespace es
