// The "rebalance across brokers" plan: replicas and preferred leaders spread evenly over
// the running brokers, with as few replica copies as possible, replicas on stopped brokers
// moved off them, and partitions already moving left alone.

#include "connection/replica_balance_plan.h"

#include <QObject>
#include <QTest>

#include <map>

using namespace es;

namespace {

using Ids = std::vector<std::int32_t>;

BrokerSnapshot broker(std::int32_t id, BrokerState state = BrokerState::Running)
{
    BrokerSnapshot b;
    b.id = id;
    b.state = state;
    return b;
}

PartitionSnapshot partition(std::int32_t index, const Ids &replicas)
{
    PartitionSnapshot p;
    p.partition = index;
    p.leader = replicas.front();
    for (std::int32_t r : replicas)
        p.replicas.push_back({r, true, r == p.leader, true, 0});
    return p;
}

TopicSnapshot topic(const std::string &name, const std::vector<Ids> &assignment)
{
    TopicSnapshot t;
    t.name = name;
    for (std::size_t i = 0; i < assignment.size(); ++i)
        t.partitions.push_back(partition(static_cast<std::int32_t>(i), assignment[i]));
    return t;
}

// Replica and preferred-leader counts per broker once `plan` is applied to `topic`.
std::pair<std::map<std::int32_t, int>, std::map<std::int32_t, int>>
countsAfter(const TopicSnapshot &t, const ReplicaBalancePlan &plan)
{
    std::map<std::int32_t, int> replicas, leaders;
    for (const auto &p : t.partitions) {
        Ids list;
        for (const auto &r : p.replicas)
            list.push_back(r.broker);
        for (const auto &m : plan.moves)
            if (m.tp == TopicPartition{t.name, p.partition})
                list = m.to;
        for (std::int32_t r : list)
            ++replicas[r];
        ++leaders[list.front()];
    }
    return {replicas, leaders};
}

} // namespace

class TestReplicaBalancePlan : public QObject {
    Q_OBJECT

private slots:
    void aNewBrokerGetsItsShareWithTheFewestCopies()
    {
        ClusterSnapshot snap;
        snap.brokers = {broker(1), broker(2), broker(3)};
        snap.topics = {topic("orders", {{1, 2}, {2, 1}, {1, 2}, {2, 1}, {1, 2}, {2, 1}})};
        const ReplicaBalancePlan plan = planReplicaBalance(snap, std::string("orders"));
        // 12 replicas over 3 brokers: 4 each, so 4 copies to broker 3 and no more.
        QCOMPARE(plan.copies(), 4);
        const auto [replicas, leaders] = countsAfter(snap.topics[0], plan);
        QCOMPARE(replicas, (std::map<std::int32_t, int>{{1, 4}, {2, 4}, {3, 4}}));
        QCOMPARE(leaders, (std::map<std::int32_t, int>{{1, 2}, {2, 2}, {3, 2}}));
        for (const auto &m : plan.moves) {
            QCOMPARE(m.to.size(), std::size_t{2});
            QVERIFY(m.to[0] != m.to[1]);
        }
        QCOMPARE(plan.reassignment().size(), plan.moves.size());
    }

    void aBalancedTopicNeedsNoMoves()
    {
        ClusterSnapshot snap;
        snap.brokers = {broker(1), broker(2), broker(3)};
        snap.topics = {topic("orders", {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}})};
        QVERIFY(planReplicaBalance(snap).empty());
    }

    void replicasLeaveStoppedBrokers()
    {
        ClusterSnapshot snap;
        snap.brokers = {broker(1), broker(2), broker(3), broker(4, BrokerState::Stopped)};
        snap.topics = {topic("orders", {{4, 1}, {1, 2}, {2, 3}, {3, 4}})};
        const ReplicaBalancePlan plan = planReplicaBalance(snap);
        QCOMPARE(plan.copies(), 2);
        const auto [replicas, leaders] = countsAfter(snap.topics[0], plan);
        QVERIFY(!replicas.contains(4));
        QVERIFY(!leaders.contains(4));
        for (const auto &[id, n] : replicas)
            QVERIFY(n == 2 || n == 3);
    }

    void partitionsAlreadyMovingAndTooWideTopicsAreLeftAlone()
    {
        ClusterSnapshot snap;
        snap.brokers = {broker(1), broker(2), broker(3)};
        TopicSnapshot moving = topic("orders", {{1, 2}, {1, 2}, {1, 2}});
        moving.partitions[0].addingReplicas = {2};
        snap.topics = {moving, topic("wide", {{1, 2, 3, 4}})};
        const ReplicaBalancePlan plan = planReplicaBalance(snap);
        for (const auto &m : plan.moves)
            QVERIFY(!(m.tp == TopicPartition{"orders", 0}));
        QVERIFY(!plan.empty());
        QCOMPARE(plan.skippedTopics, (std::vector<std::string>{"wide"}));
    }
};

QTEST_GUILESS_MAIN(TestReplicaBalancePlan)
#include "test_replica_balance_plan.moc"
