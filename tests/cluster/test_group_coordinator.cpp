// The group coordinator's membership protocol: members join and the group votes for an
// assignor, the leader's assignment reaches every member through SyncGroup, heartbeats
// keep members in and silence, leaving or a missed rebalance takes them out, static
// members come back without a rebalance; and how groups are listed and described.

#include "group_coordinator_fixture.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

class TestGroupCoordinator : public QObject {
    Q_OBJECT

private slots:
    void threeMembersFormOneGenerationByVote()
    {
        Fixture f;
        const std::int64_t t0 = f.clock.nowMs();
        // Every member supports both assignors; two of three prefer roundrobin.
        auto a = f.join(joinRequest("billing", "", "client-a", protocols({"range", "roundrobin"})));
        f.advance(1000);
        auto b = f.join(joinRequest("billing", "", "client-b", protocols({"roundrobin", "range"})));
        f.advance(1000);
        auto c = f.join(joinRequest("billing", "", "client-c", protocols({"roundrobin", "range"})));
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);

        // The initial delay ran out at 3 s, but members arrived during it: it lasts until one
        // delay after the last arrival (2 s + 3 s).
        f.advance(1000);
        QVERIFY(!a.ready() && !b.ready() && !c.ready());
        f.advance(1900);
        QVERIFY(!a.ready());
        f.advance(100);
        QCOMPARE(f.clock.nowMs() - t0, 5000);
        QVERIFY(a.ready() && b.ready() && c.ready());

        for (const auto *r : {&a, &b, &c}) {
            QCOMPARE((*r)->error, ErrorCode::None);
            QCOMPARE((*r)->generationId, 1);
            QCOMPARE(q((*r)->protocolName.value_or("")), QString("roundrobin"));
            QCOMPARE(q((*r)->protocolType.value_or("")), QString("consumer"));
            QCOMPARE(q((*r)->leaderId), q(a->memberId));
        }
        QVERIFY(a->memberId.starts_with("client-a-"));
        QCOMPARE(a->memberId.size(), std::string("client-a-").size() + 36);
        QVERIFY(a->memberId != b->memberId && b->memberId != c->memberId);
        // Only the leader learns the members, each with its metadata for the chosen protocol.
        QCOMPARE(a->members.size(), 3u);
        QCOMPARE(a->members[1].metadata, subscription({"orders"}));
        QVERIFY(b->members.empty() && c->members.empty());
        QCOMPARE(f.describe("billing").state, GroupState::CompletingRebalance);

        // The timeline saw Empty -> PreparingRebalance -> CompletingRebalance at generation 1.
        std::vector<std::pair<GroupState, GroupState>> changes;
        for (const GroupEvent &e : f.events)
            if (e.kind == GroupEventKind::StateChanged)
                changes.emplace_back(e.oldState, e.newState);
        QCOMPARE(changes.size(), 2u);
        QCOMPARE(changes[0].second, GroupState::PreparingRebalance);
        QCOMPARE(changes[1].first, GroupState::PreparingRebalance);
        QCOMPARE(changes[1].second, GroupState::CompletingRebalance);
        QCOMPARE(f.events.back().generation, 1);
        QVERIFY(f.sawEvent(GroupEventKind::MemberJoined, b->memberId));
    }

    void initialDelayIsHonouredAndBounded()
    {
        Fixture f;
        auto a = f.join(joinRequest("solo", "", "client-a"));
        f.advance(kInitialDelayMs - 100);
        QVERIFY(!a.ready());
        f.advance(100);
        QVERIFY(a.ready());
        QCOMPARE(a->generationId, 1);

        // Members arriving every 2 s keep extending the delay, but never past the rebalance timeout.
        Fixture g;
        const std::int64_t t0 = g.clock.nowMs();
        std::vector<Reply<JoinGroupResult>> replies;
        replies.push_back(g.join(joinRequest("busy", "", "first")));
        while (!replies.front().ready() && g.clock.nowMs() - t0 < 2 * kRebalanceMs) {
            g.advance(2000);
            if (!replies.front().ready())
                replies.push_back(g.join(joinRequest("busy", "", "more")));
        }
        QVERIFY(replies.front().ready());
        QVERIFY(g.clock.nowMs() - t0 <= kRebalanceMs + kInitialDelayMs);
        QVERIFY(g.clock.nowMs() - t0 > 2 * kInitialDelayMs);
    }

    void memberIdRequiredFlow()
    {
        Fixture f;
        JoinGroupRequest request = joinRequest("billing", "", "client-a");
        request.requireKnownMemberId = true;
        auto first = f.join(request);
        QVERIFY(first.ready());
        QCOMPARE(first->error, ErrorCode::MemberIdRequired);
        QVERIFY(first->memberId.starts_with("client-a-"));
        QCOMPARE(first->generationId, -1);
        QCOMPARE(f.describe("billing").state, GroupState::Empty);

        // A made-up id is refused; the assigned one is accepted.
        auto forged = f.join(joinRequest("billing", "client-a-forged", "client-a"));
        QCOMPARE(forged->error, ErrorCode::UnknownMemberId);
        request.memberId = first->memberId;
        auto second = f.join(request);
        QVERIFY(!second.ready());
        f.advance(kInitialDelayMs);
        QVERIFY(second.ready());
        QCOMPARE(second->error, ErrorCode::None);
        QCOMPARE(q(second->memberId), q(first->memberId));
        QCOMPARE(q(second->leaderId), q(first->memberId));
    }

    void syncDeliversEachMemberItsAssignment()
    {
        Fixture f;
        std::vector<JoinGroupResult> joined = f.joinAll("billing", {"client-a", "client-b"});
        const std::int32_t generation = joined[0].generationId;
        const std::string leader = joined[0].leaderId;
        const std::string follower = joined[0].memberId == leader ? joined[1].memberId : joined[0].memberId;

        // The follower waits for the leader; a stale generation is refused.
        auto followerSync = f.sync("billing", generation, follower);
        QVERIFY(!followerSync.ready());
        QCOMPARE(f.sync("billing", generation + 1, follower)->error, ErrorCode::IllegalGeneration);
        QCOMPARE(f.heartbeat("billing", generation, follower), ErrorCode::None);

        // The assignment is written before anyone hears of it.
        f.store.hold = true;
        auto leaderSync =
            f.sync("billing", generation, leader,
                   {{leader, bytesOf("partitions 0,1")}, {follower, bytesOf("partitions 2,3")}});
        QVERIFY(!leaderSync.ready() && !followerSync.ready());
        QCOMPARE(f.describe("billing").state, GroupState::CompletingRebalance);
        f.store.hold = false;
        f.store.release();

        QCOMPARE(leaderSync->error, ErrorCode::None);
        QCOMPARE(leaderSync->assignment, bytesOf("partitions 0,1"));
        QCOMPARE(followerSync->error, ErrorCode::None);
        QCOMPARE(followerSync->assignment, bytesOf("partitions 2,3"));
        QCOMPARE(q(followerSync->protocolName.value_or("")), QString("range"));
        QCOMPARE(f.describe("billing").state, GroupState::Stable);

        const std::optional<GroupMetadataValue> record = f.store.groupRecord("billing");
        QVERIFY(record.has_value());
        QCOMPARE(record->generation, generation);
        QCOMPARE(q(record->leader.value_or("")), q(leader));
        QCOMPARE(record->members.size(), 2u);
        for (const MemberMetadataValue &m : record->members)
            QCOMPARE(m.assignment, bytesOf(m.memberId == leader ? "partitions 0,1" : "partitions 2,3"));

        // A repeated sync in Stable gets the same assignment; the snapshot shows it too.
        QCOMPARE(f.sync("billing", generation, follower)->assignment, bytesOf("partitions 2,3"));
        const std::vector<GroupSnapshot> snapshot = f.coordinator->snapshot();
        QCOMPARE(snapshot.size(), 1u);
        QCOMPARE(snapshot[0].state, GroupState::Stable);
        QCOMPARE(q(snapshot[0].protocol), QString("range"));
        QCOMPARE(snapshot[0].members.size(), 2u);
        QCOMPARE(q(snapshot[0].members[0].clientHost), QString("/127.0.0.1"));
        QCOMPARE(snapshot[0].members[0].sessionTimeoutMs, kSessionMs);
    }

    void silentMemberExpiresAndOthersRebalance()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b", "client-c"});
        QCOMPARE(f.describe("billing").state, GroupState::Stable);
        const std::string silent = ids[2];

        // Two members heartbeat every 3 s; the third says nothing.
        for (int i = 0; i < 3; ++i) {
            f.advance(3000);
            QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::None);
            QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::None);
        }
        QCOMPARE(f.describe("billing").state, GroupState::Stable);
        f.advance(1000);
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        QVERIFY(f.sawEvent(GroupEventKind::MemberExpired, silent));
        QCOMPARE(f.heartbeat("billing", generation, silent), ErrorCode::UnknownMemberId);
        QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::RebalanceInProgress);

        // The others rejoin; once both have, the next generation starts at once.
        auto a = f.join(joinRequest("billing", ids[0], "client-a"));
        QVERIFY(!a.ready());
        auto b = f.join(joinRequest("billing", ids[1], "client-b"));
        QVERIFY(a.ready() && b.ready());
        QCOMPARE(a->generationId, generation + 1);
        QCOMPARE(a->members.size() + b->members.size(), 2u);
        QCOMPARE(f.describe("billing").members.size(), 2u);
    }

    void memberThatDoesNotRejoinIsRemovedAfterTheRebalanceTimeout()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        // The leader rejoins (a new subscription), the other member keeps heartbeating only.
        auto a =
            f.join(joinRequest("billing", ids[0], "client-a", protocols({"range"}, {"orders", "refunds"})));
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        for (std::int64_t t = 0; t < kRebalanceMs - 3000; t += 3000) {
            f.advance(3000);
            QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::RebalanceInProgress);
        }
        QVERIFY(!a.ready());
        f.advance(3000);
        QVERIFY(a.ready());
        QCOMPARE(a->generationId, generation + 1);
        QCOMPARE(a->members.size(), 1u);
        QVERIFY(f.sawEvent(GroupEventKind::MemberExpired, ids[1]));
        QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::UnknownMemberId);
    }

    // A member leaving a stable group is one event on the timeline, and the rebalance it
    // starts says the state change, not the member's departure a second time.
    void aLeaveIsToldOnceAndTheRebalanceSaysItsStates()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        f.events.clear();
        QCOMPARE(f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}}}).error, ErrorCode::None);
        std::vector<EventSentence> said;
        for (const GroupEvent &e : f.events)
            said.push_back(e.sentence);
        const EventSentence left{EventForm::MemberLeft, {{"member", ids[0]}}};
        QCOMPARE(std::count(said.begin(), said.end(), left), 1);
        const EventSentence rebalancing{EventForm::GroupStateChanged,
                                        {{"previous", "Stable"}, {"state", "PreparingRebalance"}}};
        QCOMPARE(std::count(said.begin(), said.end(), rebalancing), 1);
    }

    void leaveRebalancesAndTheLastLeaveEmptiesTheGroup()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        LeaveGroupResult left =
            f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}, {"ghost", std::nullopt}}});
        QCOMPARE(left.error, ErrorCode::None);
        QCOMPARE(left.members.size(), 2u);
        QCOMPARE(left.members[0].error, ErrorCode::None);
        QCOMPARE(left.members[1].error, ErrorCode::UnknownMemberId);
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        QVERIFY(f.sawEvent(GroupEventKind::MemberLeft, ids[0]));

        auto b = f.join(joinRequest("billing", ids[1], "client-b"));
        QVERIFY(b.ready());
        QCOMPARE(b->generationId, generation + 1);
        QCOMPARE(q(b->leaderId), q(ids[1]));
        QCOMPARE(f.sync("billing", b->generationId, ids[1], {{ids[1], bytesOf("all")}})->assignment,
                 bytesOf("all"));
        QCOMPARE(f.describe("billing").state, GroupState::Stable);

        left = f.coordinator->leaveGroup({"billing", {{ids[1], std::nullopt}}});
        QCOMPARE(left.members[0].error, ErrorCode::None);
        const GroupDescription d = f.describe("billing");
        QCOMPARE(d.state, GroupState::Empty);
        QVERIFY(d.members.empty());
        QCOMPARE(f.coordinator->snapshot().front().generation, generation + 2);
        QCOMPARE(f.store.groupRecord("billing")->members.size(), 0u);
        QCOMPARE(f.heartbeat("billing", generation + 2, ids[1]), ErrorCode::UnknownMemberId);
    }

    void generationAndMembershipChecks()
    {
        Fixture f;
        QCOMPARE(f.commit("fresh", 3, "someone", {{"orders", 0, 1, -1, ""}})[0].error,
                 ErrorCode::IllegalGeneration);
        QCOMPARE(f.heartbeat("nobody", 1, "x"), ErrorCode::UnknownMemberId);
        QCOMPARE(f.heartbeat("", 1, "x"), ErrorCode::InvalidGroupId);

        JoinGroupRequest tooShort = joinRequest("billing", "", "client-a");
        tooShort.sessionTimeoutMs = 1000;
        QCOMPARE(f.join(tooShort)->error, ErrorCode::InvalidSessionTimeout);
        JoinGroupRequest tooLong = joinRequest("billing", "", "client-a");
        tooLong.sessionTimeoutMs = 1800001;
        QCOMPARE(f.join(tooLong)->error, ErrorCode::InvalidSessionTimeout);

        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        QCOMPARE(f.heartbeat("billing", generation - 1, ids[0]), ErrorCode::IllegalGeneration);
        QCOMPARE(f.heartbeat("billing", generation, "stranger"), ErrorCode::UnknownMemberId);
        QCOMPARE(f.sync("billing", generation + 1, ids[0])->error, ErrorCode::IllegalGeneration);
        QCOMPARE(f.commit("billing", generation + 1, ids[0], {{"orders", 0, 1, -1, ""}})[0].error,
                 ErrorCode::IllegalGeneration);
        QCOMPARE(f.commit("billing", generation, "stranger", {{"orders", 0, 1, -1, ""}})[0].error,
                 ErrorCode::UnknownMemberId);
        // Generation -1 commits are for groups without members.
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 0, 1, -1, ""}})[0].error,
                 ErrorCode::UnknownMemberId);

        // No assignor in common.
        auto odd = f.join(joinRequest("billing", "", "client-c", protocols({"sticky"})));
        QCOMPARE(odd->error, ErrorCode::InconsistentGroupProtocol);

        // The leader rejoins: PreparingRebalance. Commits with the current generation still count.
        auto a = f.join(joinRequest("billing", ids[0], "client-a"));
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        QCOMPARE(f.commit("billing", generation, ids[1], {{"orders", 0, 5, -1, ""}})[0].error,
                 ErrorCode::None);
        QCOMPARE(f.sync("billing", generation, ids[1])->error, ErrorCode::RebalanceInProgress);
        auto b = f.join(joinRequest("billing", ids[1], "client-b"));
        QVERIFY(a.ready() && b.ready());
        // CompletingRebalance: no commits until the assignment is known.
        QCOMPARE(f.describe("billing").state, GroupState::CompletingRebalance);
        QCOMPARE(f.commit("billing", b->generationId, ids[1], {{"orders", 0, 6, -1, ""}})[0].error,
                 ErrorCode::RebalanceInProgress);
        QCOMPARE(f.heartbeat("billing", b->generationId, ids[1]), ErrorCode::None);
    }

    void leaderThatNeverSyncsIsRemoved()
    {
        Fixture f;
        std::vector<JoinGroupResult> joined = f.joinAll("billing", {"client-a", "client-b"});
        const std::string leader = joined[0].leaderId;
        const std::string follower = joined[0].memberId == leader ? joined[1].memberId : joined[0].memberId;
        // The leader heartbeats (allowed while the group completes its rebalance) but never
        // sends SyncGroup: after the rebalance timeout it is removed and the group starts over.
        auto waiting = f.sync("billing", joined[0].generationId, follower);
        const std::int64_t t0 = f.clock.nowMs();
        while (!waiting.ready() && f.clock.nowMs() - t0 < 2 * kRebalanceMs) {
            f.advance(1000);
            f.heartbeat("billing", joined[0].generationId, leader);
        }
        QCOMPARE(f.clock.nowMs() - t0, kRebalanceMs);
        QVERIFY(waiting.ready());
        QCOMPARE(waiting->error, ErrorCode::RebalanceInProgress);
        QVERIFY(f.sawEvent(GroupEventKind::MemberExpired, leader));
        QCOMPARE(f.describe("billing").members.size(), 1u);
    }

    void pendingMemberHoldsUpTheRebalanceUntilItsSessionEnds()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        JoinGroupRequest newcomer = joinRequest("billing", "", "client-b");
        newcomer.requireKnownMemberId = true;
        QCOMPARE(f.join(newcomer)->error, ErrorCode::MemberIdRequired);
        QCOMPARE(f.describe("billing").state, GroupState::Stable);

        // The leader rejoins; the rebalance waits for the member that was given an id...
        auto a = f.join(joinRequest("billing", ids[0], "client-a"));
        f.advance(kSessionMs - 100);
        QVERIFY(!a.ready());
        // ...until its session timeout passes without it coming back.
        f.advance(100);
        QVERIFY(a.ready());
        QCOMPARE(a->generationId, generation + 1);
        QCOMPARE(a->members.size(), 1u);
    }

    void callbacksMayCallTheCoordinator()
    {
        Fixture f;
        // A client that syncs from inside its JoinGroup answer, as an event-driven client does.
        auto synced = std::make_shared<std::optional<SyncGroupResult>>();
        JoinGroupRequest request = joinRequest("billing", "", "client-a");
        f.coordinator->joinGroup(request, [&f, synced](JoinGroupResult joined) {
            SyncGroupRequest sync{"billing",
                                  joined.generationId,
                                  joined.memberId,
                                  std::nullopt,
                                  "consumer",
                                  "range",
                                  {{joined.memberId, bytesOf("everything")}}};
            f.coordinator->syncGroup(sync, [synced](SyncGroupResult r) { *synced = std::move(r); });
        });
        f.advance(kInitialDelayMs);
        QVERIFY(synced->has_value());
        QCOMPARE((*synced)->error, ErrorCode::None);
        QCOMPARE((*synced)->assignment, bytesOf("everything"));
        QCOMPARE(f.describe("billing").state, GroupState::Stable);
    }

    void listAndDescribe()
    {
        Fixture f;
        f.stableGroup("billing", {"client-a"});
        f.commit("standalone", -1, "", {{"orders", 0, 3, -1, ""}});
        auto waiting = f.join(joinRequest("shipping", "", "client-s"));
        const ListGroupsResult all = f.coordinator->listGroups();
        QCOMPARE(all.error, ErrorCode::None);
        QCOMPARE(all.groups.size(), 3u);
        const ListGroupsResult stable = f.coordinator->listGroups({GroupState::Stable});
        QCOMPARE(stable.groups.size(), 1u);
        QCOMPARE(q(stable.groups[0].groupId), QString("billing"));
        QCOMPARE(q(stable.groups[0].protocolType), QString("consumer"));
        QCOMPARE(f.coordinator->listGroups({GroupState::Empty}).groups.size(), 1u);
        QCOMPARE(parseGroupState("preparingrebalance"), std::optional(GroupState::PreparingRebalance));

        // Not Stable: members are listed without metadata, and there is no protocol yet.
        const GroupDescription shipping = f.describe("shipping");
        QCOMPARE(shipping.state, GroupState::PreparingRebalance);
        QVERIFY(shipping.protocol.empty());
        QCOMPARE(shipping.members.size(), 1u);
        QVERIFY(shipping.members[0].metadata.empty());
        const GroupDescription nobody = f.describe("nobody");
        QCOMPARE(nobody.error, ErrorCode::None);
        QCOMPARE(nobody.state, GroupState::Dead);
    }

    void staticMemberRestartsWithoutRebalance()
    {
        Fixture f;
        JoinGroupRequest request = joinRequest("billing", "", "client-a");
        request.groupInstanceId = "pod-a";
        auto first = f.join(request);
        f.advance(kInitialDelayMs);
        QVERIFY(first.ready());
        QVERIFY(first->memberId.starts_with("pod-a-"));
        const std::int32_t generation = first->generationId;
        QCOMPARE(f.sync("billing", generation, first->memberId, {{first->memberId, bytesOf("p0")}})->error,
                 ErrorCode::None);

        // The same instance comes back without its id: it takes its old place, no rebalance.
        auto restarted = f.join(request);
        QVERIFY(restarted.ready());
        QCOMPARE(restarted->error, ErrorCode::None);
        QCOMPARE(restarted->generationId, generation);
        QVERIFY(restarted->memberId != first->memberId);
        QCOMPARE(f.describe("billing").state, GroupState::Stable);
        QCOMPARE(f.sync("billing", generation, restarted->memberId)->assignment, bytesOf("p0"));
        QCOMPARE(f.coordinator->heartbeat({"billing", generation, first->memberId, "pod-a"}),
                 ErrorCode::FencedInstanceId);
        QCOMPARE(f.coordinator->heartbeat({"billing", generation, restarted->memberId, "pod-a"}),
                 ErrorCode::None);
    }
};

QTEST_GUILESS_MAIN(TestGroupCoordinator)
#include "test_group_coordinator.moc"
