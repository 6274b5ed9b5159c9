#include "replay/offset_reset_plan.h"

#include "connection/connection.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <thread>

namespace es {

namespace {

const GroupView *findGroup(const ClusterSnapshot *snapshot, const std::string &groupId)
{
    if (!snapshot)
        return nullptr;
    for (const GroupView &g : snapshot->groups)
        if (g.group.groupId == groupId && g.group.state != GroupState::Dead)
            return &g;
    return nullptr;
}

// Partition counts of topics as the connection knows them, each asked once.
class TopicSizes {
public:
    explicit TopicSizes(Connection &connection) : m_connection(connection) {}

    // -1 when there is no such topic.
    std::int32_t partitions(const std::string &topic)
    {
        auto [it, inserted] = m_counts.try_emplace(topic, -1);
        if (inserted)
            if (Result<std::int32_t> n = m_connection.partitionCount(topic))
                it->second = *n;
        return it->second;
    }
    bool exists(const TopicPartition &tp) { return tp.partition >= 0 && tp.partition < partitions(tp.topic); }

private:
    Connection &m_connection;
    std::map<std::string, std::int32_t> m_counts;
};

Result<std::vector<TopicPartition>> partitionsToReset(TopicSizes &topics, const GroupView *group,
                                                      const OffsetResetRequest &request)
{
    std::vector<TopicPartition> out;
    if (!request.partitions.empty()) {
        for (const TopicPartition &tp : request.partitions) {
            if (!topics.exists(tp))
                return Status::notFound("there is no partition " + tp.toString());
            out.push_back(tp);
        }
    } else if (!request.topic.empty()) {
        const std::int32_t n = topics.partitions(request.topic);
        if (n < 0)
            return Status::notFound("there is no topic " + request.topic);
        for (std::int32_t p = 0; p < n; ++p)
            out.push_back({request.topic, p});
    } else {
        // The group's own topics: the partitions it has committed offsets for that still exist.
        if (group)
            for (const auto &[tp, committed] : group->group.offsets)
                if (topics.exists(tp))
                    out.push_back(tp);
        if (out.empty())
            return Status::invalidArgument("group " + request.groupId +
                                           " has no committed offsets yet; choose a topic to reset");
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

Result<std::int64_t> requestedOffset(RecordReader &reader, const std::stop_token &stop,
                                     const OffsetResetRequest &request, const PartitionResetPlan &p)
{
    switch (request.mode) {
    case OffsetResetMode::ToEarliest: return p.logStartOffset;
    case OffsetResetMode::ToLatest: return p.highWatermark;
    case OffsetResetMode::ToTimestamp: return reader.offsetForTimestamp(p.tp, request.value, stop);
    case OffsetResetMode::ToOffset: return request.value;
    case OffsetResetMode::ShiftBy:
        // As kafka-consumer-groups: there is nothing to shift from without a committed offset.
        if (p.current < 0)
            return Status::invalidArgument("cannot shift " + p.tp.toString() + ": group " + request.groupId +
                                           " has no committed offset there");
        return p.current + request.value;
    }
    return Status::invalidArgument("unknown reset mode");
}

// The members as the snapshots show them; they may lag the coordinator's answer by one
// snapshot interval, so wait a little for them to appear.
std::vector<GroupMemberSnapshot> membersOf(Connection &connection, const std::string &groupId)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    for (;;) {
        const ClusterSnapshotPtr snap = connection.snapshot();
        const GroupView *group = findGroup(snap.get(), groupId);
        if ((group && !group->group.members.empty()) || std::chrono::steady_clock::now() >= deadline)
            return group ? group->group.members : std::vector<GroupMemberSnapshot>{};
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace

std::int64_t OffsetResetPlan::totalReconsumed() const
{
    std::int64_t n = 0;
    for (const PartitionResetPlan &p : partitions)
        n += p.reconsumed();
    return n;
}

std::int64_t OffsetResetPlan::totalSkipped() const
{
    std::int64_t n = 0;
    for (const PartitionResetPlan &p : partitions)
        n += p.skipped();
    return n;
}

Result<OffsetResetPlan> planOffsetReset(Connection &connection, RecordReader &reader,
                                        const OffsetResetRequest &request, std::stop_token stop)
{
    if (request.groupId.empty())
        return Status::invalidArgument("the group id is empty");
    const ClusterSnapshotPtr snap = connection.snapshot();
    if (!snap)
        return Status::busy("the cluster has not been read yet");
    const GroupView *group = findGroup(snap.get(), request.groupId);

    TopicSizes topics(connection);
    Result<std::vector<TopicPartition>> tps = partitionsToReset(topics, group, request);
    if (!tps)
        return tps.status();

    OffsetResetPlan plan;
    plan.groupId = request.groupId;
    plan.groupExists = group != nullptr;
    if (group) {
        plan.state = group->group.state;
        plan.activeMembers = group->group.members;
    }
    for (const TopicPartition &tp : *tps) {
        PartitionResetPlan p;
        p.tp = tp;
        if (group)
            if (auto it = group->group.offsets.find(tp); it != group->group.offsets.end())
                p.current = it->second.offset;
        Result<PartitionBounds> bounds = reader.bounds(tp, stop);
        if (!bounds)
            return bounds.status();
        p.logStartOffset = bounds->logStartOffset;
        p.highWatermark = bounds->highWatermark;
        Result<std::int64_t> requested = requestedOffset(reader, stop, request, p);
        if (!requested)
            return requested.status();
        p.requested = *requested;
        // kafka-consumer-groups clamps to the log's bounds rather than refusing.
        p.target = std::clamp(p.requested, p.logStartOffset, std::max(p.logStartOffset, p.highWatermark));
        plan.partitions.push_back(std::move(p));
    }
    return plan;
}

Status applyOffsetReset(Connection &connection, const OffsetResetPlan &plan, std::stop_token stop)
{
    if (plan.partitions.empty())
        return Status::invalidArgument("the plan resets no partition");
    std::map<TopicPartition, std::int64_t> offsets;
    for (const PartitionResetPlan &p : plan.partitions)
        offsets[p.tp] = p.target;
    const AdminResult r = connection.resetGroupOffsets(plan.groupId, offsets, stop);
    if (r.ok())
        return Status::ok();
    if (stop.stop_requested())
        return Status::cancelled("stopped waiting for the reset of group " + plan.groupId +
                                 "; the coordinator may still apply it");
    if (r.error == ErrorCode::NonEmptyGroup) {
        const std::vector<GroupMemberSnapshot> members = membersOf(connection, plan.groupId);
        std::string message = "group " + plan.groupId + " still has active members";
        message += members.empty() ? " (" + r.message + ")" : ": " + describeMembers(members);
        message += ". Kafka resets offsets only while a group is empty: stop its consumers (or wait until "
                   "their session times out) and try again";
        return Status::busy(std::move(message));
    }
    return Status::invalidArgument("resetting the offsets of group " + plan.groupId + " failed: " +
                                   (r.message.empty() ? std::string(errorMessage(r.error)) : r.message) +
                                   " (" + std::string(errorName(r.error)) + ")");
}

std::string describeMembers(const std::vector<GroupMemberSnapshot> &members)
{
    std::string out;
    for (const GroupMemberSnapshot &m : members) {
        if (!out.empty())
            out += ", ";
        out += m.clientId.empty() ? m.memberId : m.clientId;
        if (!m.clientHost.empty())
            out += " on " + m.clientHost;
    }
    return out;
}

} // namespace es
