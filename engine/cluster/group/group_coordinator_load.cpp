// Taking over and giving up __consumer_offsets partitions: loading groups and offsets from
// the log when this broker becomes a partition's leader, dropping them when it stops.

#include "cluster/group/group.h"
#include "cluster/group/group_coordinator.h"
#include "common/logging.h"

#include <algorithm>

namespace es {

void GroupCoordinator::beginLoading(std::int32_t offsetsPartition)
{
    CallScope scope(*this);
    dropPartition(offsetsPartition);
    m_partitions[offsetsPartition] =
        OwnedPartition{PartitionStatus::Loading, std::make_unique<GroupLoader>(offsetsPartition, m_nextWriteOrder)};
    logger("group")->debug("{}-{}: loading groups", kOffsetsTopic, offsetsPartition);
}

void GroupCoordinator::loadRecords(std::int32_t offsetsPartition, std::span<const GroupLogEntry> entries)
{
    auto it = m_partitions.find(offsetsPartition);
    if (it == m_partitions.end() || it->second.status != PartitionStatus::Loading) {
        logger("group")->warn("{}-{}: records to load, but the partition is not loading", kOffsetsTopic,
                              offsetsPartition);
        return;
    }
    for (const GroupLogEntry &entry : entries)
        it->second.loader->add(entry);
}

void GroupCoordinator::finishLoading(std::int32_t offsetsPartition)
{
    CallScope scope(*this);
    auto it = m_partitions.find(offsetsPartition);
    if (it == m_partitions.end() || it->second.status != PartitionStatus::Loading) {
        logger("group")->warn("{}-{}: finishing a load that was not begun", kOffsetsTopic, offsetsPartition);
        return;
    }
    std::unique_ptr<GroupLoader> loader = std::move(it->second.loader);
    it->second.status = PartitionStatus::Loaded;
    m_nextWriteOrder = std::max(m_nextWriteOrder, loader->nextOrder());
    std::map<std::string, GroupLoader::LoadedGroup> groups = loader->take();
    for (auto &[id, loaded] : groups)
        restoreGroup(offsetsPartition, id, std::move(loaded));
    logger("group")->log(groups.empty() ? spdlog::level::debug : spdlog::level::info,
                         "{}-{}: loaded {} groups from {} records ({} skipped)", kOffsetsTopic,
                         offsetsPartition, groups.size(), loader->recordsRead(), loader->recordsSkipped());
}

void GroupCoordinator::loadPartition(std::int32_t offsetsPartition, std::span<const GroupLogEntry> entries)
{
    beginLoading(offsetsPartition);
    loadRecords(offsetsPartition, entries);
    finishLoading(offsetsPartition);
}

void GroupCoordinator::unloadPartition(std::int32_t offsetsPartition)
{
    CallScope scope(*this);
    if (m_partitions.contains(offsetsPartition))
        logger("group")->debug("{}-{}: unloading groups", kOffsetsTopic, offsetsPartition);
    dropPartition(offsetsPartition);
}

void GroupCoordinator::dropPartition(std::int32_t offsetsPartition)
{
    m_partitions.erase(offsetsPartition);
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        Group &group = *it->second;
        if (group.offsetsPartition() != offsetsPartition) {
            ++it;
            continue;
        }
        // The members find the new coordinator and rejoin there.
        for (GroupMember &m : group.members())
            failWaiting(m, ErrorCode::NotCoordinator);
        group.timers() = RebalanceTimers{};
        group.transitionTo(GroupState::Dead, now());
        it = m_groups.erase(it);
    }
}

void GroupCoordinator::restoreGroup(std::int32_t offsetsPartition, const std::string &groupId,
                                    GroupLoader::LoadedGroup loaded)
{
    if (partitionFor(groupId) != offsetsPartition) {
        logger("group")->warn("{}-{}: skipping group {}, which belongs to partition {}", kOffsetsTopic,
                              offsetsPartition, groupId, partitionFor(groupId));
        return;
    }
    auto group = std::make_shared<Group>(groupId, offsetsPartition, now());
    if (loaded.metadata) {
        GroupMetadataValue &value = *loaded.metadata;
        std::vector<GroupMember> members;
        for (MemberMetadataValue &mv : value.members) {
            GroupMember m;
            m.memberId = std::move(mv.memberId);
            m.groupInstanceId = std::move(mv.groupInstanceId);
            m.clientId = std::move(mv.clientId);
            m.clientHost = std::move(mv.clientHost);
            m.rebalanceTimeoutMs = mv.rebalanceTimeoutMs;
            m.sessionTimeoutMs = mv.sessionTimeoutMs;
            if (value.protocol)
                m.protocols.push_back({*value.protocol, std::move(mv.subscription)});
            m.assignment = std::move(mv.assignment);
            // Members must reach this coordinator within their session timeout.
            scheduleHeartbeat(m, m.sessionTimeoutMs);
            members.push_back(std::move(m));
        }
        std::optional<std::string> protocolType;
        if (!value.protocolType.empty())
            protocolType = std::move(value.protocolType);
        group->restore(value.generation, std::move(protocolType), std::move(value.protocol),
                       std::move(value.leader), value.currentStateTimestampMs, std::move(members));
    }
    group->offsets() = std::move(loaded.offsets);
    m_groups[groupId] = std::move(group);
}

} // namespace es
