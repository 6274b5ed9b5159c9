#pragma once

#include "cluster/group/group_records.h"
#include "cluster/group/group_store.h"
#include "cluster/group/offset_commit.h"
#include "cluster/topic_partition.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace es {

// Replays the records of one __consumer_offsets partition, in offset order, into the latest
// state per group: the last value per key wins, a tombstone removes the key (group_records.md).
class GroupLoader {
public:
    struct LoadedGroup {
        std::optional<GroupMetadataValue> metadata; // nullopt: the group only has offsets
        std::map<TopicPartition, CommittedOffset> offsets;
    };

    explicit GroupLoader(std::int32_t offsetsPartition) : m_offsetsPartition(offsetsPartition) {}

    // Undecodable records are logged and skipped; so are record types of newer Kafka versions.
    void add(const GroupLogRecord &record);

    // The groups that have metadata or at least one offset, by group id. Leaves the loader empty.
    std::map<std::string, LoadedGroup> take();

    [[nodiscard]] std::int64_t recordsRead() const { return m_recordsRead; }
    [[nodiscard]] std::int64_t recordsSkipped() const { return m_recordsSkipped; }

private:
    void skip(const Status &why);

    std::int32_t m_offsetsPartition;
    std::map<std::string, std::map<TopicPartition, CommittedOffset>> m_offsets;
    std::map<std::string, GroupMetadataValue> m_groups;
    std::int64_t m_recordsRead = 0;
    std::int64_t m_recordsSkipped = 0;
};

} // namespace es
