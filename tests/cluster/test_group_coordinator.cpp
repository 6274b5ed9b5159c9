#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_records.h"
#include "cluster/group/java_string_hash.h"
#include "common/clock.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {
// Readable QCOMPARE failures.
inline char *toString(ErrorCode e) { return qstrdup(std::string(errorName(e)).c_str()); }
inline char *toString(GroupState s) { return qstrdup(std::string(groupStateName(s)).c_str()); }
} // namespace es

using namespace es;

namespace {

constexpr std::int32_t kPartitions = 10;
constexpr std::int32_t kSessionMs = 10000;
constexpr std::int32_t kRebalanceMs = 30000;
constexpr std::int32_t kInitialDelayMs = 3000;

QString q(const std::string &s) { return QString::fromStdString(s); }

Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

// A ConsumerProtocolSubscription v0: version, topics, null user data.
Bytes subscription(const std::vector<std::string> &topics)
{
    Bytes out;
    BufferWriter w(out);
    w.put<std::int16_t>(0);
    w.put<std::int32_t>(static_cast<std::int32_t>(topics.size()));
    for (const std::string &t : topics) {
        w.put<std::int16_t>(static_cast<std::int16_t>(t.size()));
        w.putBytes(t);
    }
    w.put<std::int32_t>(-1);
    return out;
}

// __consumer_offsets in memory. Appends succeed at once unless told to fail or to hold them.
class MemoryGroupStore final : public GroupStore {
public:
    struct Held {
        std::int32_t partition;
        std::vector<GroupLogRecord> records;
        std::function<void(ErrorCode)> done;
    };

    void append(std::int32_t partition, std::vector<GroupLogRecord> records,
                std::function<void(ErrorCode)> done) override
    {
        if (hold) {
            held.push_back({partition, std::move(records), std::move(done)});
            return;
        }
        if (failWith != ErrorCode::None) {
            done(failWith);
            return;
        }
        auto &log = logs[partition];
        log.insert(log.end(), records.begin(), records.end());
        done(ErrorCode::None);
    }

    void release()
    {
        std::vector<Held> pending = std::move(held);
        held.clear();
        for (Held &h : pending) {
            auto &log = logs[h.partition];
            log.insert(log.end(), h.records.begin(), h.records.end());
            h.done(ErrorCode::None);
        }
    }

    // The latest group metadata value written for `group`, if its latest record is not a tombstone.
    std::optional<GroupMetadataValue> groupRecord(const std::string &group) const
    {
        std::optional<GroupMetadataValue> latest;
        const Bytes key = encodeGroupMetadataKey({group});
        for (const auto &[p, log] : logs)
            for (const GroupLogRecord &r : log)
                if (r.key == key)
                    latest =
                        r.value ? std::optional(decodeGroupMetadataValue(*r.value).value()) : std::nullopt;
        return latest;
    }

    std::map<std::int32_t, std::vector<GroupLogRecord>> logs;
    ErrorCode failWith = ErrorCode::None;
    bool hold = false;
    std::vector<Held> held;
};

// A result that a callback fills in later. Shared, so a late answer never writes to a dead frame.
template <typename R>
class Reply {
public:
    auto callback()
    {
        return [slot = m_slot](R r) { *slot = std::move(r); };
    }
    [[nodiscard]] bool ready() const { return m_slot->has_value(); }
    const R &operator*() const { return **m_slot; }
    const R *operator->() const { return &**m_slot; }

private:
    std::shared_ptr<std::optional<R>> m_slot = std::make_shared<std::optional<R>>();
};

std::vector<GroupProtocol> protocols(const std::vector<std::string> &names,
                                     const std::vector<std::string> &topics = {"orders"})
{
    std::vector<GroupProtocol> out;
    for (const std::string &n : names)
        out.push_back({n, subscription(topics)});
    return out;
}

JoinGroupRequest joinRequest(const std::string &group, const std::string &memberId,
                             const std::string &clientId,
                             std::vector<GroupProtocol> protos = protocols({"range"}))
{
    JoinGroupRequest r;
    r.groupId = group;
    r.memberId = memberId;
    r.clientId = clientId;
    r.clientHost = "/127.0.0.1";
    r.sessionTimeoutMs = kSessionMs;
    r.rebalanceTimeoutMs = kRebalanceMs;
    r.protocolType = "consumer";
    r.protocols = std::move(protos);
    return r;
}

// A coordinator that owns every partition, a manual clock and an in-memory store.
struct Fixture {
    ManualClock clock{1'700'000'000'000};
    MemoryGroupStore store;
    std::unique_ptr<GroupCoordinator> coordinator;
    std::vector<GroupEvent> events;

    GroupCoordinatorConfig config = defaultConfig();

    Fixture() { start(); }
    explicit Fixture(GroupCoordinatorConfig c) : config(c) { start(); }

    static GroupCoordinatorConfig defaultConfig()
    {
        GroupCoordinatorConfig c;
        c.offsetsTopicPartitions = kPartitions;
        c.groupInitialRebalanceDelayMs = kInitialDelayMs;
        return c;
    }

    // A new coordinator that loads every partition from the store's log.
    void start()
    {
        coordinator.reset();
        coordinator = std::make_unique<GroupCoordinator>(config, store, clock);
        coordinator->setEventHook([this](const GroupEvent &e) { events.push_back(e); });
        for (std::int32_t p = 0; p < kPartitions; ++p)
            coordinator->loadPartition(p, store.logs[p]);
    }

    // Time passes as the broker's loop sees it: a tick every 100 ms.
    void advance(std::int64_t ms)
    {
        while (ms > 0) {
            const std::int64_t step = std::min<std::int64_t>(ms, 100);
            clock.advance(step);
            coordinator->tick(clock.nowMs());
            ms -= step;
        }
    }

    Reply<JoinGroupResult> join(JoinGroupRequest request)
    {
        Reply<JoinGroupResult> reply;
        coordinator->joinGroup(std::move(request), reply.callback());
        return reply;
    }

    Reply<SyncGroupResult> sync(const std::string &group, std::int32_t generation,
                                const std::string &memberId,
                                std::vector<SyncGroupAssignment> assignments = {})
    {
        SyncGroupRequest r;
        r.groupId = group;
        r.generationId = generation;
        r.memberId = memberId;
        r.assignments = std::move(assignments);
        Reply<SyncGroupResult> reply;
        coordinator->syncGroup(std::move(r), reply.callback());
        return reply;
    }

    ErrorCode heartbeat(const std::string &group, std::int32_t generation, const std::string &memberId)
    {
        return coordinator->heartbeat({group, generation, memberId, std::nullopt});
    }

    OffsetCommitResult commit(const std::string &group, std::int32_t generation, const std::string &memberId,
                              std::vector<OffsetCommitPartition> partitions)
    {
        OffsetCommitRequest r;
        r.groupId = group;
        r.generationId = generation;
        r.memberId = memberId;
        r.partitions = std::move(partitions);
        Reply<OffsetCommitResult> reply;
        coordinator->commitOffsets(std::move(r), reply.callback());
        return reply.ready() ? *reply : OffsetCommitResult{};
    }

    GroupDescription describe(const std::string &group) const
    {
        return coordinator->describeGroups({group}).front();
    }

    // Members join together; returns the joined results once the (initial) rebalance is over.
    std::vector<JoinGroupResult> joinAll(const std::string &group, const std::vector<std::string> &clients)
    {
        std::vector<Reply<JoinGroupResult>> replies;
        for (const std::string &c : clients)
            replies.push_back(join(joinRequest(group, "", c)));
        for (int i = 0;
             i < 1000 && !std::all_of(replies.begin(), replies.end(), [](auto &r) { return r.ready(); }); ++i)
            advance(100);
        std::vector<JoinGroupResult> out;
        for (auto &r : replies)
            out.push_back(*r);
        return out;
    }

    // A Stable group: joins, then the leader assigns "assignment-of-<member>" to each member.
    // Returns the member ids, leader first, and the generation.
    std::pair<std::vector<std::string>, std::int32_t> stableGroup(const std::string &group,
                                                                  const std::vector<std::string> &clients)
    {
        std::vector<JoinGroupResult> joined = joinAll(group, clients);
        const std::int32_t generation = joined.front().generationId;
        const std::string leader = joined.front().leaderId;
        std::vector<std::string> ids{leader};
        for (const JoinGroupResult &j : joined)
            if (j.memberId != leader)
                ids.push_back(j.memberId);
        std::vector<SyncGroupAssignment> assignments;
        for (const std::string &id : ids)
            assignments.push_back({id, bytesOf("assignment-of-" + id)});
        for (std::size_t i = 1; i < ids.size(); ++i)
            sync(group, generation, ids[i]);
        sync(group, generation, leader, assignments);
        return {ids, generation};
    }

    bool sawEvent(GroupEventKind kind, const std::string &memberId) const
    {
        return std::any_of(events.begin(), events.end(),
                           [&](const GroupEvent &e) { return e.kind == kind && e.memberId == memberId; });
    }
};

} // namespace

class TestGroupCoordinator : public QObject {
    Q_OBJECT

private slots:
    void partitionForMatchesKafka()
    {
        // Java's String.hashCode, by hand: h = 31 * h + c over the UTF-16 units.
        // "billing": 98 -> 3143 -> 97541 -> 3023879 -> 93740354 -> 2905951084 (int32: -1389016212)
        //            -> -1389016212 * 31 + 103 = -43059502469 (int32: -109829509).
        QCOMPARE(javaStringHashCode(""), 0);
        QCOMPARE(javaStringHashCode("billing"), -109829509);
        // "€uro": U+20AC is one UTF-16 unit (8364); "😀" (U+1F600) is the pair D83D DE00:
        // 55357 * 31 + 56832 = 1772899.
        QCOMPARE(javaStringHashCode("\xe2\x82\xac"
                                    "uro"),
                 249288006);
        QCOMPARE(javaStringHashCode("\xf0\x9f\x98\x80"), 1772899);
        // A string whose hash is Integer.MIN_VALUE: Kafka's Utils.abs maps it to 0.
        QCOMPARE(javaStringHashCode("polygenelubricants"), std::numeric_limits<std::int32_t>::min());

        QCOMPARE(GroupCoordinator::partitionFor("", 50), 0);
        QCOMPARE(GroupCoordinator::partitionFor("billing", 50), 109829509 % 50);
        QCOMPARE(GroupCoordinator::partitionFor("billing", 50), 9);
        QCOMPARE(GroupCoordinator::partitionFor("polygenelubricants", 50), 0);
        QCOMPARE(GroupCoordinator::partitionFor("\xf0\x9f\x98\x80", 50), 1772899 % 50);
    }

    void recordsUseKafkasLayout()
    {
        // Offset commit key v1: version, group, topic, partition.
        QCOMPARE(encodeOffsetCommitKey({"g", "t", 2}),
                 (Bytes{0x00, 0x01, 0x00, 0x01, 'g', 0x00, 0x01, 't', 0x00, 0x00, 0x00, 0x02}));
        QCOMPARE(encodeGroupMetadataKey({"g"}), (Bytes{0x00, 0x02, 0x00, 0x01, 'g'}));
        // Offset commit value v3: offset, leader epoch, metadata, commit timestamp.
        const Bytes value = encodeOffsetCommitValue({5, 7, "m", 9, std::nullopt});
        QCOMPARE(value, (Bytes{0x00, 0x03, 0,    0,   0, 0, 0, 0, 0, 5, 0, 0, 0,
                               7,    0x00, 0x01, 'm', 0, 0, 0, 0, 0, 0, 0, 9}));
        QCOMPARE(decodeOffsetCommitValue(value).value(), (OffsetCommitValue{5, 7, "m", 9, std::nullopt}));
        // With its own expiry a commit is written as v1, which has no leader epoch.
        const OffsetCommitValue expiring{5, -1, "m", 9, 100};
        const Bytes v1 = encodeOffsetCommitValue(expiring);
        QCOMPARE(v1[1], std::uint8_t{1});
        QCOMPARE(decodeOffsetCommitValue(v1).value(), expiring);

        GroupMetadataValue group;
        group.protocolType = "consumer";
        group.generation = 4;
        group.protocol = "range";
        group.leader = "a-1";
        group.currentStateTimestampMs = 1234;
        group.members.push_back(
            {"a-1", std::nullopt, "a", "/127.0.0.1", 30000, 10000, bytesOf("sub"), bytesOf("asg")});
        group.members.push_back({"b-1", "instance-b", "b", "/127.0.0.1", 30000, 10000, {}, {}});
        const Bytes encoded = encodeGroupMetadataValue(group);
        QCOMPARE(encoded[1], std::uint8_t{3});
        QCOMPARE(decodeGroupMetadataValue(encoded).value(), group);

        Bytes truncated(encoded.begin(), encoded.end() - 1);
        QCOMPARE(decodeGroupMetadataValue(truncated).status().code(), StatusCode::Corruption);
        Bytes flexible = encoded;
        flexible[1] = 4;
        QCOMPARE(decodeGroupMetadataValue(flexible).status().code(), StatusCode::Unsupported);
        QCOMPARE(decodeGroupRecordKey(Bytes{0x00, 0x09, 0x00}).status().code(), StatusCode::Unsupported);
    }

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

    void commitAndFetchOffsets()
    {
        Fixture f;
        // A standalone consumer (generation -1) needs no membership.
        OffsetCommitResult committed =
            f.commit("standalone", -1, "", {{"orders", 0, 42, 3, "checkpoint"}, {"orders", 1, 7, -1, ""}});
        QCOMPARE(committed.size(), 2u);
        QCOMPARE(committed[0].error, ErrorCode::None);
        QCOMPARE(committed[1].error, ErrorCode::None);
        OffsetFetchResult fetched = f.coordinator->fetchOffsets(
            "standalone", std::vector<TopicPartition>{{"orders", 0}, {"orders", 2}});
        QCOMPARE(fetched.error, ErrorCode::None);
        QCOMPARE(fetched.partitions.size(), 2u);
        QCOMPARE(fetched.partitions[0].offset, 42);
        QCOMPARE(fetched.partitions[0].leaderEpoch, 3);
        QCOMPARE(q(fetched.partitions[0].metadata), QString("checkpoint"));
        QCOMPARE(fetched.partitions[1].offset, -1);
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::nullopt).partitions.size(), 2u);
        QCOMPARE(f.coordinator->fetchOffsets("nobody", std::nullopt).partitions.size(), 0u);

        // Metadata over offset.metadata.max.bytes is refused for that partition only.
        committed = f.commit("standalone", -1, "",
                             {{"orders", 0, 50, -1, std::string(5000, 'x')}, {"orders", 1, 8, -1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::OffsetMetadataTooLarge);
        QCOMPARE(committed[1].error, ErrorCode::None);
        fetched = f.coordinator->fetchOffsets("standalone",
                                              std::vector<TopicPartition>{{"orders", 0}, {"orders", 1}});
        QCOMPARE(fetched.partitions[0].offset, 42);
        QCOMPARE(fetched.partitions[1].offset, 8);

        // A commit is written before it is acknowledged or visible.
        f.store.hold = true;
        OffsetCommitRequest request{"standalone", -1, "", std::nullopt, -1, {{"orders", 1, 9, -1, ""}}};
        Reply<OffsetCommitResult> held;
        f.coordinator->commitOffsets(request, held.callback());
        QVERIFY(!held.ready());
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 8);
        f.store.hold = false;
        f.store.release();
        QVERIFY(held.ready());
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 9);

        // A failed write is reported in Kafka's terms and changes nothing.
        f.store.failWith = ErrorCode::NotEnoughReplicas;
        committed = f.commit("standalone", -1, "", {{"orders", 1, 10, -1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::CoordinatorNotAvailable);
        f.store.failWith = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 1, 10, -1, ""}})[0].error,
                 ErrorCode::NotCoordinator);
        f.store.failWith = ErrorCode::None;
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 9);

        // A member of a stable group commits with its generation.
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        committed = f.commit("billing", generation, ids[1], {{"orders", 3, 100, 1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.front().offset, 100);
        const GroupSnapshot snapshot = f.coordinator->snapshot().front();
        QCOMPARE(q(snapshot.groupId), QString("billing"));
        QCOMPARE(snapshot.offsets.at({"orders", 3}).commitTimestampMs, f.clock.nowMs());
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

    void stateSurvivesUnloadAndReload()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        QCOMPARE(
            f.commit("billing", generation, ids[0], {{"orders", 0, 11, 2, "a"}, {"orders", 1, 12, 2, "b"}})[0]
                .error,
            ErrorCode::None);
        QCOMPARE(
            f.commit("audit", -1, "", {{"payments", 0, 5, -1, "x"}, {"payments", 1, 6, -1, ""}})[0].error,
            ErrorCode::None);
        QCOMPARE(f.commit("old", -1, "", {{"orders", 0, 1, -1, ""}})[0].error, ErrorCode::None);
        Reply<std::vector<DeleteGroupResult>> deleted;
        f.coordinator->deleteGroups({"old"}, deleted.callback());
        QCOMPARE(deleted->front().error, ErrorCode::None);
        Reply<OffsetDeleteResult> offsetDeleted;
        f.coordinator->deleteOffsets("audit", {{"payments", 1}}, offsetDeleted.callback());
        QCOMPARE(offsetDeleted->error, ErrorCode::None);
        const GroupSnapshot before = f.coordinator->snapshot().front();
        QCOMPARE(q(before.groupId), QString("audit"));

        // Leadership of billing's partition moves away: a waiting join is told, and so is everyone after.
        const std::int32_t billingPartition = f.coordinator->partitionFor("billing");
        auto rejoin = f.join(joinRequest("billing", ids[0], "client-a"));
        QVERIFY(!rejoin.ready());
        f.coordinator->unloadPartition(billingPartition);
        QCOMPARE(rejoin->error, ErrorCode::NotCoordinator);
        QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::NotCoordinator);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).error, ErrorCode::NotCoordinator);
        QCOMPARE(f.describe("billing").error, ErrorCode::NotCoordinator);

        // While it loads again, its groups are not available yet.
        f.coordinator->beginLoading(billingPartition);
        QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::CoordinatorLoadInProgress);
        QCOMPARE(f.coordinator->listGroups().error, ErrorCode::CoordinatorLoadInProgress);
        f.coordinator->loadRecords(billingPartition, f.store.logs[billingPartition]);
        f.coordinator->finishLoading(billingPartition);
        QVERIFY(f.coordinator->ownsPartition(billingPartition));

        // A brand-new coordinator (another broker) rebuilds everything from the log.
        f.start();
        const GroupDescription billing = f.describe("billing");
        QCOMPARE(billing.state, GroupState::Stable);
        QCOMPARE(q(billing.protocol), QString("range"));
        QCOMPARE(billing.members.size(), 2u);
        for (const DescribedMember &m : billing.members) {
            QCOMPARE(m.assignment, bytesOf("assignment-of-" + m.memberId));
            QCOMPARE(m.metadata, subscription({"orders"}));
            QCOMPARE(q(m.clientHost), QString("/127.0.0.1"));
        }
        const std::vector<GroupSnapshot> after = f.coordinator->snapshot();
        auto find = [&](const std::string &id) {
            return std::find_if(after.begin(), after.end(),
                                [&](const GroupSnapshot &s) { return s.groupId == id; });
        };
        QVERIFY(find("billing") != after.end());
        QCOMPARE(find("billing")->generation, generation);
        QCOMPARE(q(find("billing")->leaderId), q(ids[0]));
        QCOMPARE(find("billing")->offsets.at({"orders", 1}).offset, 12);
        QCOMPARE(q(find("billing")->offsets.at({"orders", 1}).metadata), QString("b"));
        QCOMPARE(find("billing")->offsets.at({"orders", 1}).leaderEpoch, 2);
        QVERIFY(find("audit") != after.end());
        QCOMPARE(find("audit")->state, GroupState::Empty);
        QVERIFY(find("audit")->offsets == before.offsets);
        QCOMPARE(find("audit")->offsets.size(), 1u);
        QVERIFY(find("old") == after.end());
        QCOMPARE(f.describe("old").state, GroupState::Dead);

        // Members carry on with the new coordinator; one that stays silent expires.
        QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::None);
        f.advance(kSessionMs / 2);
        QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::None);
        f.advance(kSessionMs / 2);
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        QVERIFY(f.sawEvent(GroupEventKind::MemberExpired, ids[1]));
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

    void oldOffsetsExpire()
    {
        GroupCoordinatorConfig config = Fixture::defaultConfig();
        config.offsetsRetentionMs = 60000;
        config.offsetsRetentionCheckIntervalMs = 1000;
        Fixture f(config);
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 0, 1, -1, ""}})[0].error, ErrorCode::None);
        OffsetCommitRequest shortLived{"short", -1, "", std::nullopt, 5000, {{"orders", 0, 1, -1, ""}}};
        Reply<OffsetCommitResult> committed;
        f.coordinator->commitOffsets(shortLived, committed.callback());
        QCOMPARE(committed->front().error, ErrorCode::None);
        const GroupLogRecord &written = f.store.logs[f.coordinator->partitionFor("short")].back();
        QCOMPARE(written.key, encodeOffsetCommitKey({"short", "orders", 0}));
        QCOMPARE(written.value->at(1), std::uint8_t{1}); // value v1: the only one with an expiry

        // A commit with its own retention keeps to it.
        f.advance(6000);
        QCOMPARE(f.describe("short").state, GroupState::Dead);
        QCOMPARE(f.describe("standalone").state, GroupState::Empty);
        f.advance(55000);
        QCOMPARE(f.describe("standalone").state, GroupState::Dead);
        QVERIFY(f.sawEvent(GroupEventKind::GroupDeleted, ""));

        // Nothing comes back from the log.
        f.start();
        QCOMPARE(f.coordinator->listGroups().groups.size(), 0u);
    }

    void deleteGroupsRules()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 0, 3, -1, ""}})[0].error, ErrorCode::None);
        Reply<std::vector<DeleteGroupResult>> reply;
        f.coordinator->deleteGroups({"billing", "standalone", "nobody"}, reply.callback());
        QVERIFY(reply.ready());
        QCOMPARE(reply->size(), 3u);
        QCOMPARE((*reply)[0].error, ErrorCode::NonEmptyGroup);
        QCOMPARE((*reply)[1].error, ErrorCode::None);
        QCOMPARE((*reply)[2].error, ErrorCode::GroupIdNotFound);
        QVERIFY(f.sawEvent(GroupEventKind::GroupDeleted, ""));

        // Tombstones for the offset and the group went to the group's partition.
        const auto &log = f.store.logs[f.coordinator->partitionFor("standalone")];
        QVERIFY(log.size() >= 3u);
        QCOMPARE(log.back().key, encodeGroupMetadataKey({"standalone"}));
        QVERIFY(!log.back().value.has_value());
        QCOMPARE(log[log.size() - 2].key, encodeOffsetCommitKey({"standalone", "orders", 0}));
        QVERIFY(!log[log.size() - 2].value.has_value());
        QCOMPARE(f.describe("standalone").state, GroupState::Dead);
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::nullopt).partitions.size(), 0u);

        // Once its last member leaves, the group can go.
        f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}}});
        Reply<std::vector<DeleteGroupResult>> again;
        f.coordinator->deleteGroups({"billing"}, again.callback());
        QCOMPARE(again->front().error, ErrorCode::None);
        QCOMPARE(f.coordinator->listGroups().groups.size(), 0u);
    }

    void deleteOffsetsKeepsConsumedTopics()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        f.commit("billing", generation, ids[0], {{"orders", 0, 1, -1, ""}, {"legacy", 0, 2, -1, ""}});
        Reply<OffsetDeleteResult> reply;
        f.coordinator->deleteOffsets("billing", {{"orders", 0}, {"legacy", 0}}, reply.callback());
        QCOMPARE(reply->error, ErrorCode::None);
        QCOMPARE(reply->partitions[0].error, ErrorCode::GroupSubscribedToTopic);
        QCOMPARE(reply->partitions[1].error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.size(), 1u);
        Reply<OffsetDeleteResult> missing;
        f.coordinator->deleteOffsets("nobody", {{"orders", 0}}, missing.callback());
        QCOMPARE(missing->error, ErrorCode::GroupIdNotFound);
    }

    void resetOffsetsNeedsAGroupWithoutMembers()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        Reply<ResetOffsetsResult> refused;
        f.coordinator->resetOffsets("billing", {{{"orders", 0}, 0}}, refused.callback());
        QCOMPARE(refused->error, ErrorCode::NonEmptyGroup);
        QVERIFY(refused->message.find(ids[0]) != std::string::npos);
        QVERIFY(refused->message.find(ids[1]) != std::string::npos);

        f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}, {ids[1], std::nullopt}}});
        QCOMPARE(f.describe("billing").state, GroupState::Empty);
        Reply<ResetOffsetsResult> reset;
        f.coordinator->resetOffsets("billing", {{{"orders", 0}, 17}, {{"orders", 1}, 0}}, reset.callback());
        QCOMPARE(reset->error, ErrorCode::None);
        OffsetFetchResult fetched = f.coordinator->fetchOffsets("billing", std::nullopt);
        QCOMPARE(fetched.partitions.size(), 2u);
        QCOMPARE(fetched.partitions[0].offset, 17);
        QCOMPARE(fetched.partitions[1].offset, 0);
        QVERIFY(std::any_of(f.events.begin(), f.events.end(),
                            [](const GroupEvent &e) { return e.kind == GroupEventKind::OffsetsReset; }));

        // A group nobody has used yet is created by the reset.
        Reply<ResetOffsetsResult> fresh;
        f.coordinator->resetOffsets("replay", {{{"orders", 2}, 5}}, fresh.callback());
        QCOMPARE(fresh->error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("replay", std::nullopt).partitions.front().offset, 5);
        Reply<ResetOffsetsResult> negative;
        f.coordinator->resetOffsets("replay", {{{"orders", 2}, -3}}, negative.callback());
        QCOMPARE(negative->error, ErrorCode::InvalidRequest);
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
