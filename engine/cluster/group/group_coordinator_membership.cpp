// SyncGroup, Heartbeat and LeaveGroup, and what members are told when they wait: the
// CompletingRebalance -> Stable half of a rebalance and the end of members' sessions.

#include "cluster/group/group.h"
#include "cluster/group/group_coordinator.h"
#include "common/logging.h"

#include <utility>

namespace es {

void GroupCoordinator::onSyncTimer(Group &group)
{
    group.timers().syncDeadlineMs.reset();
    const bool afterJoin = group.is(GroupState::CompletingRebalance) || group.is(GroupState::Stable);
    if (!afterJoin || group.pendingSyncMembers().empty())
        return;
    const std::set<std::string> late = group.pendingSyncMembers();
    for (const std::string &id : late) {
        if (!group.hasMember(id))
            continue;
        GroupMember removed = group.removeMember(id);
        failWaiting(removed, ErrorCode::UnknownMemberId);
        emitMemberEvent(group, GroupEventKind::MemberExpired, removed,
                        {EventForm::MemberSyncTimedOut, {{"member", id}}});
    }
    prepareRebalance(group, {EventForm::MembersSyncTimedOut});
}

void GroupCoordinator::syncGroup(SyncGroupRequest request, SyncCallback done)
{
    CallScope scope(*this);
    auto fail = [&](ErrorCode error) {
        SyncGroupResult result;
        result.error = error;
        answerSync(std::move(done), std::move(result));
    };
    if (request.groupId.empty())
        return fail(ErrorCode::InvalidGroupId);
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None)
        return fail(error);
    std::shared_ptr<Group> group = findGroup(request.groupId);
    if (!group)
        return fail(ErrorCode::UnknownMemberId);
    if (ErrorCode error = validateCurrentMember(*group, request.memberId, request.groupInstanceId);
        error != ErrorCode::None)
        return fail(error);
    if (request.generationId != group->generation())
        return fail(ErrorCode::IllegalGeneration);
    if ((request.protocolType && group->protocolType() != request.protocolType) ||
        (request.protocolName && group->protocolName() != request.protocolName))
        return fail(ErrorCode::InconsistentGroupProtocol);

    GroupMember &member = *group->member(request.memberId);
    switch (group->state()) {
    case GroupState::Empty:
    case GroupState::Dead: return fail(ErrorCode::UnknownMemberId);
    case GroupState::PreparingRebalance: return fail(ErrorCode::RebalanceInProgress);
    case GroupState::Stable: {
        group->pendingSyncMembers().erase(member.memberId);
        scheduleHeartbeat(member, member.sessionTimeoutMs);
        return answerSync(std::move(done), SyncGroupResult{ErrorCode::None, group->protocolType(),
                                                           group->protocolName(), member.assignment});
    }
    case GroupState::CompletingRebalance: break;
    }

    if (member.isAwaitingSync())
        answerSync(std::exchange(member.awaitingSync, nullptr),
                   SyncGroupResult{ErrorCode::RebalanceInProgress, {}, {}, {}});
    member.awaitingSync = std::move(done);
    group->pendingSyncMembers().erase(member.memberId);
    if (!group->isLeader(member.memberId))
        return; // followers wait for the leader's assignment

    // Members the leader left out get an empty assignment; ids that are not members are ignored.
    std::map<std::string, Bytes> assignments;
    for (SyncGroupAssignment &a : request.assignments)
        if (group->hasMember(a.memberId))
            assignments[a.memberId] = std::move(a.assignment);
    if (assignments.size() < group->members().size())
        logger("group")->warn("group {}: the leader assigned nothing to {} of {} members", group->id(),
                              group->members().size() - assignments.size(), group->members().size());
    std::weak_ptr<Group> weak = group;
    const std::int32_t generation = group->generation();
    const std::string leader = member.memberId;
    storeGroup(*group, assignments, [this, weak, generation, leader, assignments](ErrorCode error) mutable {
        std::shared_ptr<Group> g = weak.lock();
        // Another rebalance may have started while the write was in flight: then this
        // generation's assignment is moot.
        if (!g || !g->is(GroupState::CompletingRebalance) || g->generation() != generation)
            return;
        if (error != ErrorCode::None) {
            for (GroupMember &m : g->members())
                m.assignment.clear();
            propagateAssignment(*g, error);
            maybePrepareRebalance(
                *g, {EventForm::AssignmentNotStored, {{"error", std::string(errorName(error))}}});
            return;
        }
        for (GroupMember &m : g->members()) {
            auto it = assignments.find(m.memberId);
            m.assignment = it != assignments.end() ? std::move(it->second) : Bytes{};
        }
        propagateAssignment(*g, ErrorCode::None);
        changeState(*g, GroupState::Stable,
                    {EventForm::GenerationAssigned, {{"leader", leader}, {"generation", generation}}});
    });
}

ErrorCode GroupCoordinator::heartbeat(const HeartbeatRequest &request)
{
    CallScope scope(*this);
    if (request.groupId.empty())
        return ErrorCode::InvalidGroupId;
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None)
        return error;
    std::shared_ptr<Group> group = findGroup(request.groupId);
    if (!group)
        return ErrorCode::UnknownMemberId;
    if (ErrorCode error = validateCurrentMember(*group, request.memberId, request.groupInstanceId);
        error != ErrorCode::None)
        return error;
    if (request.generationId != group->generation())
        return ErrorCode::IllegalGeneration;
    GroupMember &member = *group->member(request.memberId);
    switch (group->state()) {
    case GroupState::Empty:
    case GroupState::Dead: return ErrorCode::UnknownMemberId;
    case GroupState::PreparingRebalance:
        scheduleHeartbeat(member, member.sessionTimeoutMs);
        return ErrorCode::RebalanceInProgress;
    case GroupState::CompletingRebalance:
    case GroupState::Stable:
        // Members may heartbeat between their JoinGroup answer and SyncGroup.
        scheduleHeartbeat(member, member.sessionTimeoutMs);
        return ErrorCode::None;
    }
    return ErrorCode::UnknownServerError;
}

LeaveGroupResult GroupCoordinator::leaveGroup(const LeaveGroupRequest &request)
{
    CallScope scope(*this);
    LeaveGroupResult result;
    if (request.groupId.empty()) {
        result.error = ErrorCode::InvalidGroupId;
        return result;
    }
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None) {
        result.error = error;
        return result;
    }
    std::shared_ptr<Group> group = findGroup(request.groupId);
    for (const LeavingMember &leaving : request.members) {
        ErrorCode error = ErrorCode::None;
        if (!group) {
            error = ErrorCode::UnknownMemberId;
        } else if (leaving.memberId.empty()) {
            // Administrative removal by instance id (LeaveGroup v3+).
            std::optional<std::string> id =
                leaving.groupInstanceId ? group->staticMemberId(*leaving.groupInstanceId) : std::nullopt;
            if (id)
                removeMemberAndUpdateGroup(*group, *id, GroupEventKind::MemberLeft,
                                           EventForm::MemberRemovedByInstanceId);
            else
                error = ErrorCode::UnknownMemberId;
        } else if (group->isPendingMember(leaving.memberId)) {
            removePendingMemberAndUpdateGroup(*group, leaving.memberId);
        } else {
            error = validateCurrentMember(*group, leaving.memberId, leaving.groupInstanceId);
            if (error == ErrorCode::None)
                removeMemberAndUpdateGroup(*group, leaving.memberId, GroupEventKind::MemberLeft,
                                           EventForm::MemberLeft);
        }
        result.members.push_back({leaving.memberId, leaving.groupInstanceId, error});
    }
    return result;
}

void GroupCoordinator::removeMemberAndUpdateGroup(Group &group, const std::string &memberId,
                                                  GroupEventKind why, EventForm reason)
{
    GroupMember removed = group.removeMember(memberId);
    failWaiting(removed, ErrorCode::UnknownMemberId);
    EventSentence sentence{reason, {{"member", memberId}}};
    emitMemberEvent(group, why, removed, sentence);
    switch (group.state()) {
    case GroupState::Stable:
    case GroupState::CompletingRebalance: return maybePrepareRebalance(group, std::move(sentence), true);
    case GroupState::PreparingRebalance: return tryCompleteJoin(group);
    case GroupState::Empty:
    case GroupState::Dead: return;
    }
}

void GroupCoordinator::removePendingMemberAndUpdateGroup(Group &group, const std::string &memberId)
{
    group.removePendingMember(memberId);
    if (group.is(GroupState::PreparingRebalance))
        tryCompleteJoin(group);
}

void GroupCoordinator::propagateAssignment(Group &group, ErrorCode error)
{
    for (GroupMember &m : group.members()) {
        if (!m.isAwaitingSync())
            continue;
        SyncGroupResult result;
        result.error = error;
        if (error == ErrorCode::None) {
            result.protocolType = group.protocolType();
            result.protocolName = group.protocolName();
            result.assignment = m.assignment;
        }
        answerSync(std::exchange(m.awaitingSync, nullptr), std::move(result));
        // Sessions restart now: expiries while the member waited were ignored.
        scheduleHeartbeat(m, m.sessionTimeoutMs);
    }
}

void GroupCoordinator::scheduleHeartbeat(GroupMember &member, std::int32_t timeoutMs)
{
    member.lastHeartbeatMs = now();
    member.heartbeatDeadlineMs = member.lastHeartbeatMs + timeoutMs;
}

ErrorCode GroupCoordinator::validateCurrentMember(const Group &group, const std::string &memberId,
                                                  const std::optional<std::string> &groupInstanceId) const
{
    if (groupInstanceId) {
        const std::optional<std::string> current = group.staticMemberId(*groupInstanceId);
        if (!current)
            return ErrorCode::UnknownMemberId;
        if (*current != memberId)
            return ErrorCode::FencedInstanceId;
    }
    return group.hasMember(memberId) ? ErrorCode::None : ErrorCode::UnknownMemberId;
}

JoinGroupResult GroupCoordinator::currentGeneration(const Group &group, const GroupMember &member,
                                                    bool withMembers) const
{
    JoinGroupResult result;
    result.generationId = group.generation();
    result.protocolType = group.protocolType();
    result.protocolName = group.protocolName();
    result.leaderId = group.leaderId().value_or("");
    result.memberId = member.memberId;
    if (withMembers)
        result.members = group.currentMemberMetadata();
    return result;
}

void GroupCoordinator::answerJoin(JoinCallback done, JoinGroupResult result)
{
    post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void GroupCoordinator::answerSync(SyncCallback done, SyncGroupResult result)
{
    post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

void GroupCoordinator::failWaiting(GroupMember &member, ErrorCode error)
{
    if (member.isAwaitingJoin()) {
        JoinGroupResult result;
        result.error = error;
        // An unknown member rejoins from scratch; the others are told who they were.
        result.memberId = error == ErrorCode::UnknownMemberId ? std::string() : member.memberId;
        answerJoin(std::exchange(member.awaitingJoin, nullptr), std::move(result));
    }
    if (member.isAwaitingSync()) {
        SyncGroupResult result;
        result.error = error;
        answerSync(std::exchange(member.awaitingSync, nullptr), std::move(result));
    }
}

} // namespace es
