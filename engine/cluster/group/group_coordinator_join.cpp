// JoinGroup and the rebalance it drives (Kafka's GroupCoordinator): PreparingRebalance until
// every member rejoined or the rebalance timeout passed, then CompletingRebalance with the
// next generation, whose leader assigns (group_coordinator_membership.cpp).

#include "cluster/group/group.h"
#include "cluster/group/group_coordinator.h"
#include "common/logging.h"

#include <cassert>
#include <utility>

namespace es {

void GroupCoordinator::joinGroup(JoinGroupRequest request, JoinCallback done)
{
    CallScope scope(*this);
    auto fail = [&](ErrorCode error) {
        JoinGroupResult result;
        result.error = error;
        result.memberId = request.memberId;
        answerJoin(std::move(done), std::move(result));
    };
    if (request.groupId.empty())
        return fail(ErrorCode::InvalidGroupId);
    if (ErrorCode error = coordinatorError(request.groupId); error != ErrorCode::None)
        return fail(error);
    if (request.sessionTimeoutMs < m_config.groupMinSessionTimeoutMs ||
        request.sessionTimeoutMs > m_config.groupMaxSessionTimeoutMs)
        return fail(ErrorCode::InvalidSessionTimeout);
    if (request.rebalanceTimeoutMs <= 0)
        request.rebalanceTimeoutMs = request.sessionTimeoutMs;

    const bool unknownMember = request.memberId.empty();
    std::shared_ptr<Group> group = findGroup(request.groupId);
    if (!group) {
        if (!unknownMember)
            return fail(ErrorCode::UnknownMemberId);
        if (request.protocolType.empty() || request.protocols.empty())
            return fail(ErrorCode::InconsistentGroupProtocol);
        group = createGroup(request.groupId);
    }
    if (!group->supportsProtocols(request.protocolType, request.protocols))
        return fail(ErrorCode::InconsistentGroupProtocol);
    if (unknownMember)
        joinUnknownMember(*group, request, done);
    else
        joinKnownMember(*group, request, done);
    if (group->is(GroupState::PreparingRebalance))
        tryCompleteJoin(*group);
}

void GroupCoordinator::joinUnknownMember(Group &group, JoinGroupRequest &request, JoinCallback &done)
{
    const std::string memberId =
        newMemberId(request.groupInstanceId ? *request.groupInstanceId : request.clientId);
    if (request.groupInstanceId)
        return joinStaticMember(group, request, memberId, done);
    if (request.requireKnownMemberId) {
        // The client rejoins with this id; until then the member is pending and holds up a
        // rebalance, for at most its session timeout.
        group.addPendingMember(memberId, now() + request.sessionTimeoutMs);
        logger("group")->debug("group {}: new member {} must rejoin with its id", group.id(), memberId);
        JoinGroupResult result;
        result.error = ErrorCode::MemberIdRequired;
        result.memberId = memberId;
        return answerJoin(std::move(done), std::move(result));
    }
    addMemberAndRebalance(group, request, memberId, done);
}

void GroupCoordinator::joinStaticMember(Group &group, JoinGroupRequest &request, const std::string &newId,
                                        JoinCallback &done)
{
    const std::optional<std::string> oldId = group.staticMemberId(*request.groupInstanceId);
    if (!oldId)
        return addMemberAndRebalance(group, request, newId, done);

    // A known static member restarted: it takes over its old place under a new id. The old
    // incarnation's waiting requests are fenced.
    GroupMember *old = group.member(*oldId);
    assert(old != nullptr);
    failWaiting(*old, ErrorCode::FencedInstanceId);
    const std::string previousLeader = group.leaderId().value_or("");
    GroupMember &member = group.renameMember(*oldId, newId);
    scheduleHeartbeat(member, request.sessionTimeoutMs);
    std::vector<GroupProtocol> oldProtocols = std::exchange(member.protocols, std::move(request.protocols));
    const std::int32_t oldRebalanceTimeout =
        std::exchange(member.rebalanceTimeoutMs, request.rebalanceTimeoutMs);
    const std::int32_t oldSessionTimeout = std::exchange(member.sessionTimeoutMs, request.sessionTimeoutMs);
    member.awaitingJoin = std::move(done);
    emitMemberEvent(group, GroupEventKind::MemberJoined, member,
                    {EventForm::StaticMemberRejoined,
                     {{"instance", *request.groupInstanceId}, {"member", newId}, {"previous", *oldId}}});

    switch (group.state()) {
    case GroupState::Stable: {
        if (group.protocolName() != group.selectProtocol()) {
            maybePrepareRebalance(
                group, {EventForm::StaticMemberProtocolsChanged, {{"instance", *request.groupInstanceId}}});
            return;
        }
        // Nothing to reassign: persist the new member id, then answer with the current
        // generation. The old leader id is returned so that the member does not assign.
        std::map<std::string, Bytes> assignments;
        for (const GroupMember &m : group.members())
            assignments[m.memberId] = m.assignment;
        std::weak_ptr<Group> weak = findGroup(group.id());
        const std::int32_t generation = group.generation();
        storeGroup(group, assignments,
                   [this, weak, generation, newId, oldId = *oldId, previousLeader,
                    oldProtocols = std::move(oldProtocols), oldRebalanceTimeout,
                    oldSessionTimeout](ErrorCode error) mutable {
                       std::shared_ptr<Group> g = weak.lock();
                       GroupMember *m = g ? g->member(newId) : nullptr;
                       // If a rebalance started meanwhile, the member takes part in it and is
                       // answered by it (or it was answered already: unloaded, fenced).
                       if (m == nullptr || !m->isAwaitingJoin() || !g->is(GroupState::Stable) ||
                           g->generation() != generation)
                           return;
                       JoinCallback callback = std::exchange(m->awaitingJoin, nullptr);
                       JoinGroupResult result;
                       result.memberId = newId;
                       if (error != ErrorCode::None) {
                           m->protocols = std::move(oldProtocols);
                           m->rebalanceTimeoutMs = oldRebalanceTimeout;
                           m->sessionTimeoutMs = oldSessionTimeout;
                           scheduleHeartbeat(g->renameMember(newId, oldId), oldSessionTimeout);
                           result.error = error;
                       } else {
                           result = currentGeneration(*g, *m, false);
                           result.leaderId = previousLeader;
                       }
                       answerJoin(std::move(callback), std::move(result));
                   });
        return;
    }
    case GroupState::CompletingRebalance:
        // The leader may already be assigning to the old id: start over.
        prepareRebalance(group, {EventForm::StaticMemberRejoinedWhileCompleting,
                                 {{"instance", *request.groupInstanceId}}});
        return;
    case GroupState::PreparingRebalance: return; // it joins this rebalance
    case GroupState::Empty:
    case GroupState::Dead: break;
    }
    assert(false && "a group with a static member is neither Empty nor Dead");
}

void GroupCoordinator::joinKnownMember(Group &group, JoinGroupRequest &request, JoinCallback &done)
{
    auto fail = [&](ErrorCode error) {
        JoinGroupResult result;
        result.error = error;
        result.memberId = request.memberId;
        answerJoin(std::move(done), std::move(result));
    };
    if (group.isPendingMember(request.memberId)) {
        // Ids handed out with MEMBER_ID_REQUIRED belong to dynamic members only.
        if (request.groupInstanceId)
            return fail(ErrorCode::InvalidRequest);
        return addMemberAndRebalance(group, request, request.memberId, done);
    }
    if (ErrorCode error = validateCurrentMember(group, request.memberId, request.groupInstanceId);
        error != ErrorCode::None)
        return fail(error);
    GroupMember &member = *group.member(request.memberId);
    const bool sameMetadata = member.protocols == request.protocols;
    switch (group.state()) {
    case GroupState::PreparingRebalance:
        return updateMemberAndRebalance(group, member, request, done,
                                        {EventForm::MemberRejoined, {{"member", member.memberId}}});
    case GroupState::CompletingRebalance:
        if (sameMetadata) {
            // The member missed its JoinGroup answer: repeat it.
            scheduleHeartbeat(member, member.sessionTimeoutMs);
            return answerJoin(std::move(done),
                              currentGeneration(group, member, group.isLeader(member.memberId)));
        }
        return updateMemberAndRebalance(group, member, request, done,
                                        {EventForm::MemberMetadataChanged, {{"member", member.memberId}}});
    case GroupState::Stable:
        // A leader's rejoin forces a rebalance (its way to react to topic changes), as does
        // changed metadata; a follower that rejoins unchanged gets the current generation.
        if (group.isLeader(member.memberId) || !sameMetadata)
            return updateMemberAndRebalance(group, member, request, done,
                                            {group.isLeader(member.memberId)
                                                 ? EventForm::LeaderRejoined
                                                 : EventForm::MemberMetadataChanged,
                                             {{"member", member.memberId}}});
        scheduleHeartbeat(member, member.sessionTimeoutMs);
        return answerJoin(std::move(done), currentGeneration(group, member, false));
    case GroupState::Empty:
    case GroupState::Dead: return fail(ErrorCode::UnknownMemberId);
    }
}

void GroupCoordinator::addMemberAndRebalance(Group &group, JoinGroupRequest &request,
                                             const std::string &memberId, JoinCallback &done)
{
    GroupMember member;
    member.memberId = memberId;
    member.groupInstanceId = request.groupInstanceId;
    member.clientId = request.clientId;
    member.clientHost = request.clientHost;
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    member.protocols = std::move(request.protocols);
    member.isNew = true;
    member.awaitingJoin = std::move(done);
    // A new member cannot heartbeat while its JoinGroup waits; it expires only if the
    // rebalance outlasts the new-member timeout (its client has given up by then).
    scheduleHeartbeat(member, m_config.newMemberJoinTimeoutMs);
    if (group.is(GroupState::PreparingRebalance) && group.generation() == 0) {
        group.timers().newMemberAdded = true;
        group.timers().lastMemberAddedMs = now();
    }
    group.addMember(request.protocolType, std::move(member));
    const GroupMember &added = *group.member(memberId);
    EventSentence joined{EventForm::MemberJoined,
                         {{"member", memberId}, {"client", added.clientId}, {"host", added.clientHost}}};
    emitMemberEvent(group, GroupEventKind::MemberJoined, added, joined);
    maybePrepareRebalance(group, std::move(joined), true);
}

void GroupCoordinator::updateMemberAndRebalance(Group &group, GroupMember &member, JoinGroupRequest &request,
                                                JoinCallback &done, EventSentence reason)
{
    member.protocols = std::move(request.protocols);
    member.rebalanceTimeoutMs = request.rebalanceTimeoutMs;
    member.sessionTimeoutMs = request.sessionTimeoutMs;
    if (member.isAwaitingJoin()) {
        // A repeated JoinGroup: the client gave up on the earlier one.
        JoinGroupResult superseded;
        superseded.error = ErrorCode::RebalanceInProgress;
        superseded.memberId = member.memberId;
        answerJoin(std::exchange(member.awaitingJoin, nullptr), std::move(superseded));
    }
    member.awaitingJoin = std::move(done);
    maybePrepareRebalance(group, std::move(reason));
}

void GroupCoordinator::maybePrepareRebalance(Group &group, EventSentence reason, bool reasonTold)
{
    if (group.canRebalance())
        prepareRebalance(group, std::move(reason), reasonTold);
}

void GroupCoordinator::prepareRebalance(Group &group, EventSentence reason, bool reasonTold)
{
    if (group.is(GroupState::CompletingRebalance)) {
        // Members waiting in SyncGroup rejoin instead.
        for (GroupMember &m : group.members())
            m.assignment.clear();
        propagateAssignment(group, ErrorCode::RebalanceInProgress);
    }
    RebalanceTimers &timers = group.timers();
    group.pendingSyncMembers().clear();
    timers.syncDeadlineMs.reset();
    const std::int64_t rebalanceTimeout = group.rebalanceTimeoutMs();
    if (group.is(GroupState::Empty)) {
        // group.initial.rebalance.delay.ms: let more of a starting application's members
        // arrive before the first assignment, within the rebalance timeout.
        const std::int64_t delay = m_config.groupInitialRebalanceDelayMs;
        timers.join = RebalanceTimers::Join{now() + delay, true, now() + std::max(rebalanceTimeout, delay)};
        timers.newMemberAdded = false;
    } else {
        timers.join = RebalanceTimers::Join{now() + rebalanceTimeout, false, 0};
    }
    changeState(group, GroupState::PreparingRebalance, std::move(reason), reasonTold);
    tryCompleteJoin(group);
}

void GroupCoordinator::tryCompleteJoin(Group &group)
{
    const RebalanceTimers &timers = group.timers();
    if (!group.is(GroupState::PreparingRebalance) || !timers.join || timers.join->initial)
        return;
    if (group.hasAllMembersJoined())
        completeJoin(group);
}

void GroupCoordinator::onJoinTimer(Group &group)
{
    RebalanceTimers &timers = group.timers();
    const RebalanceTimers::Join timer = *timers.join;
    if (timer.initial && timers.newMemberAdded) {
        // Members are still arriving (Kafka's InitialDelayedJoin). Kafka waits another whole
        // delay from now; waiting one delay from the last arrival gives late members the same
        // chance without making members that start together wait twice.
        timers.newMemberAdded = false;
        const std::int64_t next =
            std::min(timers.lastMemberAddedMs + m_config.groupInitialRebalanceDelayMs, timer.limitMs);
        if (next > now()) {
            timers.join = RebalanceTimers::Join{next, true, timer.limitMs};
            return;
        }
    }
    completeJoin(group);
}

void GroupCoordinator::completeJoin(Group &group)
{
    RebalanceTimers &timers = group.timers();
    timers.join.reset();
    if (!group.is(GroupState::PreparingRebalance))
        return;

    // Dynamic members that did not rejoin in time are out. Static ones stay: they have until
    // their session timeout, and owe a SyncGroup like everyone else.
    std::vector<std::string> absent;
    for (const GroupMember &m : group.members())
        if (!m.isAwaitingJoin() && !m.isStatic())
            absent.push_back(m.memberId);
    for (const std::string &id : absent) {
        GroupMember removed = group.removeMember(id);
        failWaiting(removed, ErrorCode::UnknownMemberId);
        emitMemberEvent(group, GroupEventKind::MemberExpired, removed,
                        {EventForm::MemberRejoinTimedOut, {{"member", id}}});
    }
    if (!group.maybeElectNewJoinedLeader() && !group.members().empty()) {
        // Only static members that did not rejoin are left: wait for them or their sessions.
        logger("group")->warn("group {}: no member rejoined; waiting another rebalance timeout", group.id());
        timers.join = RebalanceTimers::Join{now() + group.rebalanceTimeoutMs(), false, 0};
        return;
    }

    group.initNextGeneration();
    if (group.members().empty()) {
        changeState(group, GroupState::Empty, {EventForm::RebalanceEndedEmpty});
        // If this write fails, the previous generation comes back on reload with members that
        // will not heartbeat: they expire. Nothing to undo.
        storeGroup(group, {}, [id = group.id()](ErrorCode error) {
            if (error != ErrorCode::None)
                logger("group")->warn("group {}: storing the empty generation failed: {}", id,
                                      errorName(error));
        });
        return;
    }
    changeState(group, GroupState::CompletingRebalance,
                {EventForm::MembersJoined,
                 {{"members", group.members().size()}, {"protocol", *group.protocolName()}}});
    const std::string leader = group.leaderId().value_or("");
    for (GroupMember &m : group.members()) {
        JoinGroupResult result = currentGeneration(group, m, m.memberId == leader);
        if (m.isAwaitingJoin())
            answerJoin(std::exchange(m.awaitingJoin, nullptr), std::move(result));
        scheduleHeartbeat(m, m.sessionTimeoutMs);
        m.isNew = false;
        group.pendingSyncMembers().insert(m.memberId);
    }
    timers.syncDeadlineMs = now() + group.rebalanceTimeoutMs();
}

} // namespace es
