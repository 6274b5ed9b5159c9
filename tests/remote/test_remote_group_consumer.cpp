// Members of a consumer group on a remote cluster through librdkafka's KafkaConsumer: two
// members share a topic's partitions (as the group's members show), each polling only what
// it was assigned and at most maxPollRecords at a time; commitSync commits the positions
// (as the group's committed offsets show); close() leaves the group at once, crash() leaves
// the member there until its session times out; the assignors librdkafka cannot mix are
// chosen by the first.

#ifndef Q_MOC_RUN
#include "client/producer.h"
#include "cluster/group/consumer_protocol.h"
#include "remote/remote_fixture.h"
#include "remote/remote_group_consumer.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <mutex>
#include <set>

using namespace es;
using namespace es::test;

namespace {

ConsumerConfig memberConfig(const std::string &groupId, const std::string &clientId)
{
    ConsumerConfig c;
    c.groupId = groupId;
    c.clientId = clientId;
    c.autoOffsetReset = OffsetReset::Earliest;
    c.sessionTimeoutMs = 10'000;
    c.heartbeatIntervalMs = 300;
    c.fetchMaxWaitMs = 100;
    return c;
}

std::unique_ptr<GroupConsumer> openMember(const WireCluster &w, const ConsumerConfig &config)
{
    auto member = openRemoteGroupConsumer(remoteSettingsFor(w), config);
    if (!member)
        qFatal("cannot open the group member: %s", member.status().toString().c_str());
    return std::move(*member);
}

// `perPartition` records "v<n>" into each partition of `topic`, written by the cluster's
// own producer.
void produce(Cluster &cluster, const std::string &topic, int partitions, int perPartition)
{
    Producer producer(cluster);
    for (int p = 0; p < partitions; ++p)
        for (int i = 0; i < perPartition; ++i) {
            ProducerRecord r;
            r.topic = topic;
            r.partition = p;
            r.key = bytesOf("k" + std::to_string(i));
            r.value = bytesOf("v" + std::to_string(i));
            producer.send(std::move(r));
        }
    QVERIFY(producer.flush(std::chrono::seconds(30)));
}

const GroupMemberSnapshot *memberOf(const GroupView &group, const std::string &clientId)
{
    for (const auto &m : group.group.members)
        if (m.clientId == clientId)
            return &m;
    return nullptr;
}

std::set<TopicPartition> assignmentOf(const GroupMemberSnapshot &member)
{
    return {member.assignedPartitions.begin(), member.assignedPartitions.end()};
}

// The cluster's group events, recorded while it lives.
class MemberEvents final : public ClusterObserver {
public:
    explicit MemberEvents(Cluster &cluster) : m_cluster(cluster) { m_cluster.addObserver(this); }
    ~MemberEvents() override { m_cluster.removeObserver(this); }
    MemberEvents(const MemberEvents &) = delete;
    MemberEvents &operator=(const MemberEvents &) = delete;

    void onSnapshot(const ClusterSnapshotPtr &) override {}
    void onEvent(const EventRecord &event) override
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(event);
    }
    // Whether an event said `form` about the member `memberId`.
    bool saw(EventForm form, const std::string &memberId)
    {
        std::lock_guard lock(m_mutex);
        for (const auto &e : m_events)
            if (e.sentence.form == form)
                for (const auto &arg : e.sentence.args)
                    if (arg.name == "member" && arg.value == memberId)
                        return true;
        return false;
    }

private:
    Cluster &m_cluster;
    std::mutex m_mutex;
    std::vector<EventRecord> m_events;
};

// The group's committed offsets by partition, as the cluster's snapshot shows them.
std::map<std::int32_t, std::int64_t> committedOffsets(const Cluster &cluster, const std::string &groupId)
{
    const auto group = groupView(cluster, groupId);
    std::map<std::int32_t, std::int64_t> out;
    if (group)
        for (const auto &[tp, offset] : group->group.offsets)
            out[tp.partition] = offset.offset;
    return out;
}

} // namespace

class TestRemoteGroupConsumer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoMembersShareThePartitions();
    void commitSyncCommitsThePositions();
    void closeLeavesTheGroupAtOnce();
    void crashLeavesTheMemberUntilItsSessionTimesOut();
    void assignorsOfOneProtocolAreChosenByTheFirst();

private:
    // Polls `member` until the group shows it, Stable, with `clientId` among its members;
    // adds the count of records polled meanwhile to `polled`.
    std::string joined(GroupConsumer &member, const std::string &groupId, const std::string &clientId,
                       std::size_t *polled = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    WireCluster m_wire;
};

void TestRemoteGroupConsumer::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wire = startRemoteTestCluster(*m_dir, 3);
    QVERIFY(m_wire.cluster->createTopic(topicSpec("shared", 4, 2)).ok());
    QVERIFY(m_wire.cluster->createTopic(topicSpec("commits", 2, 2)).ok());
    produce(*m_wire.cluster, "shared", 4, 25);
    produce(*m_wire.cluster, "commits", 2, 30);
}

void TestRemoteGroupConsumer::cleanupTestCase() { m_wire.cluster.reset(); }

std::string TestRemoteGroupConsumer::joined(GroupConsumer &member, const std::string &groupId,
                                            const std::string &clientId, std::size_t *polled)
{
    std::string memberId;
    eventually(
        [&] {
            const std::size_t count = member.poll(std::chrono::milliseconds(50)).size();
            if (polled)
                *polled += count;
            const auto group = groupView(*m_wire.cluster, groupId);
            const GroupMemberSnapshot *m = group ? memberOf(*group, clientId) : nullptr;
            if (!m || group->group.state != GroupState::Stable)
                return false;
            memberId = m->memberId;
            return true;
        },
        std::chrono::seconds(30));
    return memberId;
}

void TestRemoteGroupConsumer::twoMembersShareThePartitions()
{
    auto a = openMember(m_wire, memberConfig("sharing", "member-a"));
    auto b = openMember(m_wire, memberConfig("sharing", "member-b"));
    a->subscribe({"shared"});
    b->subscribe({"shared"});

    // Both join, and what was there is read between them.
    std::vector<FetchedRecord> fromA;
    std::vector<FetchedRecord> fromB;
    const auto pollBoth = [&] {
        for (auto &r : a->poll(std::chrono::milliseconds(50)))
            fromA.push_back(std::move(r));
        for (auto &r : b->poll(std::chrono::milliseconds(50)))
            fromB.push_back(std::move(r));
    };
    const auto distinct = [&](std::int64_t fromOffset) {
        std::set<std::pair<TopicPartition, std::int64_t>> seen;
        for (const auto *list : {&fromA, &fromB})
            for (const auto &r : *list)
                if (r.offset >= fromOffset)
                    seen.insert({r.tp, r.offset});
        return seen.size();
    };
    std::optional<GroupView> group;
    QVERIFY(eventually(
        [&] {
            pollBoth();
            group = groupView(*m_wire.cluster, "sharing");
            return distinct(0) == 100 && group && group->group.state == GroupState::Stable &&
                   group->group.members.size() == 2;
        },
        std::chrono::seconds(60)));
    for (const auto *list : {&fromA, &fromB})
        for (const auto &r : *list) {
            QCOMPARE(stringOf(r.key), "k" + std::to_string(r.offset));
            QCOMPARE(stringOf(r.value), "v" + std::to_string(r.offset));
            QVERIFY(r.timestamp > 0);
            QVERIFY(r.sizeBytes >= 4);
        }

    // The group gave each its half of the partitions.
    QCOMPARE(group->group.protocol, std::string("range")); // the first of Java's default assignors
    const GroupMemberSnapshot *ma = memberOf(*group, "member-a");
    const GroupMemberSnapshot *mb = memberOf(*group, "member-b");
    QVERIFY(ma && mb);
    const auto ownedByA = assignmentOf(*ma);
    const auto ownedByB = assignmentOf(*mb);
    QCOMPARE(ownedByA.size(), std::size_t{2});
    QCOMPARE(ownedByB.size(), std::size_t{2});
    std::set<TopicPartition> all = ownedByA;
    all.insert(ownedByB.begin(), ownedByB.end());
    QCOMPARE(all.size(), std::size_t{4});

    // What is written now, each reads from its own partitions only.
    const std::int32_t generation = group->group.generation;
    produce(*m_wire.cluster, "shared", 4, 25);
    QVERIFY(eventually(
        [&] {
            pollBoth();
            return distinct(25) == 100;
        },
        std::chrono::seconds(60)));
    QCOMPARE(groupView(*m_wire.cluster, "sharing")->group.generation, generation);
    for (const auto &r : fromA)
        if (r.offset >= 25)
            QVERIFY2(ownedByA.count(r.tp), r.tp.toString().c_str());
    for (const auto &r : fromB)
        if (r.offset >= 25)
            QVERIFY2(ownedByB.count(r.tp), r.tp.toString().c_str());
    a->close();
    b->close();
}

void TestRemoteGroupConsumer::commitSyncCommitsThePositions()
{
    ConsumerConfig config = memberConfig("committing", "committer");
    config.enableAutoCommit = false;
    config.maxPollRecords = 7;
    auto member = openMember(m_wire, config);
    member->subscribe({"commits"});
    std::size_t polled = 0;
    std::size_t largest = 0;
    QVERIFY(eventually(
        [&] {
            const auto records = member->poll(std::chrono::milliseconds(100));
            polled += records.size();
            largest = std::max(largest, records.size());
            return polled >= 60;
        },
        std::chrono::seconds(60)));
    QCOMPARE(polled, std::size_t{60});
    QVERIFY(largest <= 7);
    QVERIFY(largest > 1); // it does take more than one record when more are there

    QCOMPARE(member->commitSync(std::chrono::seconds(10)), ErrorCode::None);
    const auto committed = [&] { return committedOffsets(*m_wire.cluster, "committing"); };
    const std::map<std::int32_t, std::int64_t> expected{{0, 30}, {1, 30}};
    QVERIFY(eventually([&] { return committed() == expected; }));
    // Nothing read since: nothing to commit, and no error for it.
    QCOMPARE(member->commitSync(std::chrono::seconds(10)), ErrorCode::None);
    member->close();
    QCOMPARE(committed(), expected); // no auto commit on close
}

void TestRemoteGroupConsumer::closeLeavesTheGroupAtOnce()
{
    MemberEvents events(*m_wire.cluster);
    ConsumerConfig config = memberConfig("leaving", "leaver");
    config.sessionTimeoutMs = 120'000; // the group would not notice it gone for two minutes
    auto member = openMember(m_wire, config);
    member->subscribe({"commits"});
    std::size_t polled = 0;
    const std::string memberId = joined(*member, "leaving", "leaver", &polled);
    QVERIFY(!memberId.empty());
    QVERIFY(eventually([&] { return (polled += member->poll(std::chrono::milliseconds(100)).size()) >= 60; },
                       std::chrono::seconds(60)));

    member->close();
    QVERIFY(eventually(
        [&] {
            const auto group = groupView(*m_wire.cluster, "leaving");
            return group && group->group.members.empty();
        },
        std::chrono::seconds(30)));
    QVERIFY(eventually([&] { return events.saw(EventForm::MemberLeft, memberId); }));
    QVERIFY(!events.saw(EventForm::MemberSessionExpired, memberId));
    // Auto commit is on: what it read is committed as it leaves.
    const std::map<std::int32_t, std::int64_t> expected{{0, 30}, {1, 30}};
    QVERIFY(eventually([&] { return committedOffsets(*m_wire.cluster, "leaving") == expected; }));
}

void TestRemoteGroupConsumer::crashLeavesTheMemberUntilItsSessionTimesOut()
{
    MemberEvents events(*m_wire.cluster);
    ConsumerConfig config = memberConfig("crashing", "crasher");
    config.sessionTimeoutMs = 3000;
    auto member = openMember(m_wire, config);
    member->subscribe({"commits"});
    const std::string memberId = joined(*member, "crashing", "crasher");
    QVERIFY(!memberId.empty());

    member->crash();
    // Dead: it neither polls nor commits any more.
    QVERIFY(member->poll(std::chrono::milliseconds(10)).empty());
    QVERIFY(member->commitSync(std::chrono::seconds(1)) != ErrorCode::None);
    // The group finds out only when the session times out.
    QVERIFY(eventually(
        [&] {
            const auto group = groupView(*m_wire.cluster, "crashing");
            return group && group->group.members.empty();
        },
        std::chrono::seconds(60)));
    QVERIFY(eventually([&] { return events.saw(EventForm::MemberSessionExpired, memberId); }));
    QVERIFY(!events.saw(EventForm::MemberLeft, memberId));
}

void TestRemoteGroupConsumer::assignorsOfOneProtocolAreChosenByTheFirst()
{
    // librdkafka cannot run eager and cooperative assignors together: the first decides.
    MemberEvents events(*m_wire.cluster);
    ConsumerConfig config = memberConfig("cooperating", "cooperator");
    config.assignors = {"cooperative-sticky", "range"};
    config.sessionTimeoutMs = 120'000;
    auto member = openMember(m_wire, config);
    member->subscribe({"commits"});
    const std::string memberId = joined(*member, "cooperating", "cooperator");
    QVERIFY(!memberId.empty());
    QCOMPARE(groupView(*m_wire.cluster, "cooperating")->group.protocol, std::string("cooperative-sticky"));
    // A cooperative member leaves on close too.
    member->close();
    QVERIFY(
        eventually([&] { return events.saw(EventForm::MemberLeft, memberId); }, std::chrono::seconds(30)));

    ConsumerConfig unknown = memberConfig("sticking", "sticker");
    unknown.assignors = {"sticky"};
    auto refused = openRemoteGroupConsumer(remoteSettingsFor(m_wire), unknown);
    QVERIFY(!refused);
    QCOMPARE(refused.status().code(), StatusCode::InvalidArgument);

    auto groupless = openRemoteGroupConsumer(remoteSettingsFor(m_wire), memberConfig("", "nobody"));
    QVERIFY(!groupless);
    QCOMPARE(groupless.status().code(), StatusCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestRemoteGroupConsumer)
#include "test_remote_group_consumer.moc"
