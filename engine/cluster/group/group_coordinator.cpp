// The coordinator's routing, partition ownership, timers, persistence of group metadata and
// the read-only views (describe, list, snapshot).

#include "cluster/group/group_coordinator.h"

#include "catalog/event_sentence.h"
#include "cluster/group/consumer_protocol.h"
#include "cluster/group/group.h"
#include "cluster/group/group_records.h"
#include "cluster/group/java_string_hash.h"
#include "common/logging.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace es {

GroupCoordinator::GroupCoordinator(GroupCoordinatorConfig config, GroupStore &store, const Clock &clock)
    : m_config(config), m_store(store), m_clock(clock), m_random(std::random_device{}())
{
    m_nextOffsetExpiryMs = m_clock.nowMs() + m_config.offsetsRetentionCheckIntervalMs;
}

GroupCoordinator::~GroupCoordinator()
{
    std::vector<std::int32_t> partitions;
    for (const auto &[p, owned] : m_partitions)
        partitions.push_back(p);
    for (std::int32_t p : partitions)
        unloadPartition(p);
}

void GroupCoordinator::setEventHook(EventHook hook) { m_eventHook = std::move(hook); }

std::int32_t GroupCoordinator::partitionFor(std::string_view groupId, std::int32_t offsetsTopicPartitions)
{
    const std::int32_t hash = javaStringHashCode(groupId);
    // Kafka's Utils.abs: Math.abs, except that Integer.MIN_VALUE maps to 0.
    const std::int32_t positive =
        hash == std::numeric_limits<std::int32_t>::min() ? 0 : (hash < 0 ? -hash : hash);
    return positive % std::max(offsetsTopicPartitions, 1);
}

std::int32_t GroupCoordinator::partitionFor(std::string_view groupId) const
{
    return partitionFor(groupId, m_config.offsetsTopicPartitions);
}

bool GroupCoordinator::ownsPartition(std::int32_t offsetsPartition) const
{
    auto it = m_partitions.find(offsetsPartition);
    return it != m_partitions.end() && it->second.status == PartitionStatus::Loaded;
}

bool GroupCoordinator::isLoading(std::int32_t offsetsPartition) const
{
    auto it = m_partitions.find(offsetsPartition);
    return it != m_partitions.end() && it->second.status == PartitionStatus::Loading;
}

ErrorCode GroupCoordinator::coordinatorError(std::string_view groupId) const
{
    auto it = m_partitions.find(partitionFor(groupId));
    if (it == m_partitions.end())
        return ErrorCode::NotCoordinator;
    if (it->second.status == PartitionStatus::Loading)
        return ErrorCode::CoordinatorLoadInProgress;
    return ErrorCode::None;
}

std::shared_ptr<Group> GroupCoordinator::findGroup(const std::string &groupId) const
{
    auto it = m_groups.find(groupId);
    return it == m_groups.end() ? nullptr : it->second;
}

std::shared_ptr<Group> GroupCoordinator::createGroup(const std::string &groupId)
{
    auto group = std::make_shared<Group>(groupId, partitionFor(groupId), now());
    m_groups[groupId] = group;
    return group;
}

void GroupCoordinator::eraseGroup(const Group &group)
{
    auto it = m_groups.find(group.id());
    if (it != m_groups.end() && it->second.get() == &group)
        m_groups.erase(it);
}

std::string GroupCoordinator::newMemberId(std::string_view prefix)
{
    // Kafka: clientId (or group instance id) + "-" + a random UUID. The prefix is cut so the
    // id still fits an int16-length string.
    const std::uint64_t hi = m_random();
    const std::uint64_t lo = m_random();
    char uuid[37];
    std::snprintf(uuid, sizeof uuid, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                  static_cast<unsigned>((hi >> 16) & 0xffff), static_cast<unsigned>(hi & 0x0fff),
                  static_cast<unsigned>(((lo >> 48) & 0x3fff) | 0x8000),
                  static_cast<unsigned long long>(lo & 0xffffffffffffULL));
    constexpr std::size_t kMaxPrefix = 32767 - 37;
    std::string id(prefix.substr(0, std::min(prefix.size(), kMaxPrefix)));
    id += '-';
    id += uuid;
    return id;
}

void GroupCoordinator::post(std::function<void()> fn) { m_deferred.push_back(std::move(fn)); }

void GroupCoordinator::drain()
{
    ++m_callDepth; // calls made by the callbacks queue their answers for this loop
    while (!m_deferred.empty()) {
        std::function<void()> fn = std::move(m_deferred.front());
        m_deferred.pop_front();
        fn();
    }
    --m_callDepth;
}

void GroupCoordinator::raiseEvent(GroupEvent event)
{
    post([this, event = std::move(event)] {
        if (m_eventHook)
            m_eventHook(event);
    });
}

GroupEvent GroupCoordinator::groupEvent(const Group &group, GroupEventKind kind, EventSentence sentence) const
{
    GroupEvent event;
    event.kind = kind;
    event.timeMs = now();
    event.groupId = group.id();
    event.oldState = group.state();
    event.newState = group.state();
    event.generation = group.generation();
    event.sentence = std::move(sentence);
    return event;
}

void GroupCoordinator::changeState(Group &group, GroupState next, EventSentence reason, bool reasonTold)
{
    const GroupState old = group.state();
    group.transitionTo(next, now());
    logger("group")->info("group {} generation {}: {} -> {} ({})", group.id(), group.generation(),
                          groupStateName(old), groupStateName(next), englishSentence(reason));
    if (reasonTold)
        reason = {
            EventForm::GroupStateChanged,
            {{"previous", std::string(groupStateName(old))}, {"state", std::string(groupStateName(next))}}};
    GroupEvent event = groupEvent(group, GroupEventKind::StateChanged, std::move(reason));
    event.oldState = old;
    raiseEvent(std::move(event));
}

void GroupCoordinator::emitMemberEvent(const Group &group, GroupEventKind kind, const GroupMember &member,
                                       EventSentence sentence)
{
    logger("group")->info("group {}: {}", group.id(), englishSentence(sentence));
    GroupEvent event = groupEvent(group, kind, std::move(sentence));
    event.memberId = member.memberId;
    event.clientId = member.clientId;
    raiseEvent(std::move(event));
}

void GroupCoordinator::append(std::int32_t offsetsPartition, std::vector<GroupLogRecord> records,
                              std::function<void(ErrorCode)> then, std::function<void(ErrorCode)> orphaned,
                              std::optional<TransactionalProducer> producer)
{
    std::weak_ptr<int> alive = m_lifetime;
    m_store.append(offsetsPartition, std::move(records), producer,
                   [this, alive, then = std::move(then), orphaned = std::move(orphaned)](ErrorCode error) {
                       if (alive.expired()) {
                           if (orphaned)
                               orphaned(error);
                           return;
                       }
                       CallScope scope(*this);
                       then(error);
                   });
}

ErrorCode GroupCoordinator::groupStoreError(ErrorCode produceError)
{
    switch (produceError) {
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::RequestTimedOut: return ErrorCode::CoordinatorNotAvailable;
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::KafkaStorageError: return ErrorCode::NotCoordinator;
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge:
    case ErrorCode::InvalidFetchSize: return ErrorCode::UnknownServerError;
    default: return produceError;
    }
}

ErrorCode GroupCoordinator::offsetStoreError(ErrorCode produceError)
{
    switch (produceError) {
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge:
    case ErrorCode::InvalidFetchSize: return ErrorCode::InvalidCommitOffsetSize;
    default: return groupStoreError(produceError);
    }
}

void GroupCoordinator::storeGroup(const Group &group, const std::map<std::string, Bytes> &assignments,
                                  std::function<void(ErrorCode)> done)
{
    GroupMetadataValue value;
    value.protocolType = group.protocolType().value_or("");
    value.generation = group.generation();
    value.protocol = group.protocolName();
    value.leader = group.leaderId();
    value.currentStateTimestampMs = group.stateTimestampMs();
    for (const GroupMember &m : group.members()) {
        const Bytes *subscription = group.protocolName() ? m.metadataFor(*group.protocolName()) : nullptr;
        auto assignment = assignments.find(m.memberId);
        value.members.push_back({m.memberId, m.groupInstanceId, m.clientId, m.clientHost,
                                 m.rebalanceTimeoutMs, m.sessionTimeoutMs,
                                 subscription ? *subscription : Bytes{},
                                 assignment != assignments.end() ? assignment->second : Bytes{}});
    }
    std::vector<GroupLogRecord> records;
    records.push_back({encodeGroupMetadataKey({group.id()}), encodeGroupMetadataValue(value)});
    append(group.offsetsPartition(), std::move(records),
           [done = std::move(done)](ErrorCode error) { done(groupStoreError(error)); });
}

void GroupCoordinator::tick(std::int64_t nowMs)
{
    CallScope scope(*this);
    std::vector<std::shared_ptr<Group>> groups;
    groups.reserve(m_groups.size());
    for (const auto &[id, group] : m_groups)
        groups.push_back(group);
    // Each step re-checks that the group is still there: an earlier step may end it.
    auto live = [this](const std::shared_ptr<Group> &g) { return findGroup(g->id()) == g; };
    for (const std::shared_ptr<Group> &group : groups) {
        for (const std::string &id : group->expiredPendingMembers(nowMs)) {
            if (!live(group))
                break;
            logger("group")->info("group {}: pending member {} did not rejoin within its session timeout",
                                  group->id(), id);
            removePendingMemberAndUpdateGroup(*group, id);
        }
        std::vector<std::string> expired;
        for (const GroupMember &m : group->members())
            if (m.sessionExpired(nowMs))
                expired.push_back(m.memberId);
        for (const std::string &id : expired) {
            // An earlier removal may have ended the rebalance and restarted the others' sessions.
            const GroupMember *m = live(group) ? group->member(id) : nullptr;
            if (m != nullptr && m->sessionExpired(nowMs))
                removeMemberAndUpdateGroup(*group, id, GroupEventKind::MemberExpired,
                                           EventForm::MemberSessionExpired);
        }
        const RebalanceTimers &timers = group->timers();
        if (live(group) && timers.join && nowMs >= timers.join->deadlineMs)
            onJoinTimer(*group);
        if (live(group) && timers.syncDeadlineMs && nowMs >= *timers.syncDeadlineMs)
            onSyncTimer(*group);
    }
    if (nowMs >= m_nextOffsetExpiryMs) {
        m_nextOffsetExpiryMs = nowMs + m_config.offsetsRetentionCheckIntervalMs;
        expireOffsets(nowMs);
    }
}

std::vector<GroupDescription> GroupCoordinator::describeGroups(const std::vector<std::string> &groupIds) const
{
    std::vector<GroupDescription> out;
    out.reserve(groupIds.size());
    for (const std::string &id : groupIds) {
        GroupDescription d;
        d.groupId = id;
        d.error = coordinatorError(id);
        const std::shared_ptr<Group> group = d.error == ErrorCode::None ? findGroup(id) : nullptr;
        if (group) {
            // Kafka shows metadata, assignments and the protocol only for a Stable group.
            const bool stable = group->is(GroupState::Stable);
            d.state = group->state();
            d.protocolType = group->protocolType().value_or("");
            d.protocol = stable ? group->protocolName().value_or("") : "";
            for (const GroupMember &m : group->members()) {
                DescribedMember dm{m.memberId, m.groupInstanceId, m.clientId, m.clientHost, {}, {}};
                if (stable) {
                    const Bytes *metadata = m.metadataFor(d.protocol);
                    dm.metadata = metadata ? *metadata : Bytes{};
                    dm.assignment = m.assignment;
                }
                d.members.push_back(std::move(dm));
            }
        }
        out.push_back(std::move(d));
    }
    return out;
}

ListGroupsResult GroupCoordinator::listGroups(const std::vector<GroupState> &states) const
{
    ListGroupsResult result;
    for (const auto &[p, owned] : m_partitions)
        if (owned.status == PartitionStatus::Loading)
            result.error = ErrorCode::CoordinatorLoadInProgress;
    for (const auto &[id, group] : m_groups) {
        if (!states.empty() && std::find(states.begin(), states.end(), group->state()) == states.end())
            continue;
        result.groups.push_back({id, group->protocolType().value_or(""), group->state()});
    }
    return result;
}

std::vector<GroupSnapshot> GroupCoordinator::snapshot() const
{
    std::vector<GroupSnapshot> out;
    out.reserve(m_groups.size());
    for (const auto &[id, group] : m_groups) {
        GroupSnapshot s;
        s.groupId = id;
        s.offsetsPartition = group->offsetsPartition();
        s.state = group->state();
        s.stateTimestampMs = group->stateTimestampMs();
        s.protocolType = group->protocolType().value_or("");
        s.protocol = group->protocolName().value_or("");
        s.generation = group->generation();
        s.leaderId = group->leaderId().value_or("");
        const bool consumers = s.protocolType == kConsumerProtocolType;
        for (const GroupMember &m : group->members())
            s.members.push_back({m.memberId, m.clientId, m.clientHost, m.groupInstanceId,
                                 consumers ? assignedPartitionsOf(m.assignment) : std::vector<TopicPartition>{},
                                 m.sessionTimeoutMs, m.rebalanceTimeoutMs, m.lastHeartbeatMs});
        s.offsets = group->offsets().committed();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace es
