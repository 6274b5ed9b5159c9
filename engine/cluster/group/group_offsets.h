#pragma once

// A group's offsets: those committed, the commits still being written, and transactional
// commits waiting for their producer's marker (Kafka's GroupMetadata: offsets,
// pendingOffsetCommits and pendingTransactionalOffsetCommits).

#include "cluster/group/offset_commit.h"
#include "cluster/topic_partition.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>

namespace es {

// Where a commit's record sits in its __consumer_offsets partition, for ordering only: of two
// commits of one partition the later record wins, as Kafka compares their log offsets. The
// coordinator numbers its writes as it calls the store (one partition's appends reach the log
// in call order) and the loader numbers records as it replays them, from one counter, so a
// later write always has a larger number than anything loaded before it.
using WriteOrder = std::int64_t;

// Not thread-safe; owned by its Group.
class GroupOffsets {
public:
    // The committed offsets: what OffsetFetch, snapshots and lag see.
    [[nodiscard]] const std::map<TopicPartition, CommittedOffset> &committed() const { return m_committed; }
    [[nodiscard]] const CommittedOffset *find(const TopicPartition &tp) const;
    // A commit whose record is in the log becomes the committed offset, unless a later
    // record already committed the partition.
    void commit(const TopicPartition &tp, CommittedOffset offset, WriteOrder order);
    // Removes the partition's committed offset, its writes in flight (their answers then
    // commit nothing) and every producer's pending transactional offset for it: Kafka's
    // removeOffsets, so a marker arriving later cannot bring it back. True when there was any
    // (then its records are in the log, or on their way, and need a tombstone).
    bool remove(const TopicPartition &tp);

    // A commit being written (beginWrite before the store is called), and the store's answer.
    // Expiry leaves a partition with a write in flight alone.
    void beginWrite(const TopicPartition &tp, WriteOrder order) { m_writing[tp].insert(order); }
    void endWrite(const TopicPartition &tp, WriteOrder order, const CommittedOffset &offset, bool written);
    [[nodiscard]] bool isBeingWritten(const TopicPartition &tp) const { return m_writing.contains(tp); }

    // Transactional commits (TxnOffsetCommit). Staged when accepted, before the write; the
    // store's answer keeps a written one pending until the producer's marker, drops a failed
    // one (an answer for a stage that was replaced or removed since changes nothing).
    void stageTransactional(std::int64_t producerId, const TopicPartition &tp, CommittedOffset offset,
                            WriteOrder order);
    void endTransactionalWrite(std::int64_t producerId, const TopicPartition &tp, WriteOrder order,
                               bool written);
    // Drops one producer's pending offset for the partition (a transactional tombstone).
    void dropTransactional(std::int64_t producerId, const TopicPartition &tp);
    // The producer's marker: a commit makes each of its written offsets committed (unless a
    // later record committed that partition), an abort drops them. Offsets still being
    // written are dropped either way (their record is not known to be before the marker);
    // returns how many, which Kafka treats as a broken invariant.
    std::size_t completeTransaction(std::int64_t producerId, bool commit);
    [[nodiscard]] bool hasTransactionFrom(std::int64_t producerId) const
    {
        return m_transactional.contains(producerId);
    }

    // A partition whose offset is not settled: a write in flight or a transaction pending.
    // OffsetFetch with require_stable answers it UNSTABLE_OFFSET_COMMIT.
    [[nodiscard]] bool isUnstable(const TopicPartition &tp) const;
    // Every partition with a committed offset, a write in flight or a pending transactional one.
    [[nodiscard]] std::set<TopicPartition> partitions() const;
    // Nothing committed, written or pending (Kafka's !hasOffsets): an Empty group so can go.
    [[nodiscard]] bool empty() const
    {
        return m_committed.empty() && m_writing.empty() && m_transactional.empty();
    }

private:
    struct Pending {
        CommittedOffset offset;
        WriteOrder order = 0;
        bool written = false;
    };

    std::map<TopicPartition, CommittedOffset> m_committed;
    std::map<TopicPartition, WriteOrder> m_committedOrder;
    std::map<TopicPartition, std::set<WriteOrder>> m_writing;
    std::map<std::int64_t, std::map<TopicPartition, Pending>> m_transactional; // by producer id
};

} // namespace es
