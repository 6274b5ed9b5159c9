#pragma once

#include "cluster/group/group_offsets.h"
#include "cluster/group/group_records.h"
#include "cluster/group/group_store.h"
#include "cluster/topic_partition.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace es {

// Replays the records of one __consumer_offsets partition, in offset order, into the latest
// state per group: the last value per key wins, a tombstone removes the key
// (group_records.md). Offset commits of a transactional batch are pending for their producer
// until its marker: a commit marker applies them (each unless a later record committed its
// partition), an abort marker drops them; a transaction with no marker yet stays pending.
class GroupLoader {
public:
    struct LoadedGroup {
        std::optional<GroupMetadataValue> metadata; // nullopt: the group only has offsets
        GroupOffsets offsets;
    };

    // `firstOrder`: the write order (group_offsets.h) of the first record replayed.
    GroupLoader(std::int32_t offsetsPartition, WriteOrder firstOrder)
        : m_offsetsPartition(offsetsPartition), m_nextOrder(firstOrder)
    {}

    // Undecodable records are logged and skipped; so are record types of newer Kafka versions.
    void add(const GroupLogEntry &entry);

    // The groups that have metadata or any offset (committed or pending), by group id. Leaves
    // the loader empty.
    std::map<std::string, LoadedGroup> take();

    // The write order after the last record replayed: later writes must number from here.
    [[nodiscard]] WriteOrder nextOrder() const { return m_nextOrder; }
    [[nodiscard]] std::int64_t recordsRead() const { return m_recordsRead; }
    [[nodiscard]] std::int64_t recordsSkipped() const { return m_recordsSkipped; }

private:
    // `producerId`: the producer of a transactional batch's record.
    void addRecord(const GroupLogRecord &record, std::optional<std::int64_t> producerId);
    void addOffsetCommit(const OffsetCommitKey &key, const GroupLogRecord &record,
                         std::optional<std::int64_t> producerId);
    void completeTransaction(std::int64_t producerId, bool commit);
    void skip(const Status &why);

    std::int32_t m_offsetsPartition;
    WriteOrder m_nextOrder;
    std::map<std::string, GroupOffsets> m_offsets;
    std::map<std::string, GroupMetadataValue> m_groups;
    // The groups each producer's open transaction has offsets in.
    std::map<std::int64_t, std::set<std::string>> m_transactionGroups;
    std::int64_t m_recordsRead = 0;
    std::int64_t m_recordsSkipped = 0;
};

} // namespace es
