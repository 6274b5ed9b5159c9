// The timeline of a remote cluster, derived from two successive snapshots: the events, the
// sentence forms and arguments the views render, and the English made from them.

#ifndef Q_MOC_RUN
#include "catalog/event_forms.h"
#include "remote/snapshot_events.h"
#endif

#include <QTest>

namespace es {
// Lets QCOMPARE print a sentence that differs.
inline char *toString(const EventSentence &sentence)
{
    std::string s(eventFormName(sentence.form));
    for (const EventArg &a : sentence.args)
        s += " " + a.name + "=" + a.value;
    return qstrdup(s.c_str());
}
} // namespace es

using namespace es;

namespace {

PartitionSnapshot partition(std::int32_t id, std::int32_t leader, const std::vector<std::int32_t> &replicas,
                            const std::vector<std::int32_t> &isr)
{
    PartitionSnapshot p;
    p.partition = id;
    p.leader = leader;
    for (auto r : replicas)
        p.replicas.push_back({.broker = r,
                              .inSync = std::find(isr.begin(), isr.end(), r) != isr.end(),
                              .isLeader = r == leader,
                              .online = true});
    return p;
}

ClusterSnapshot cluster(std::int64_t timeMs)
{
    ClusterSnapshot s;
    s.timeMs = timeMs;
    for (std::int32_t id = 1; id <= 3; ++id)
        s.brokers.push_back({.id = id, .host = "h", .port = 9091 + id, .state = BrokerState::Running});
    TopicSnapshot t;
    t.name = "orders";
    t.replicationFactor = 3;
    t.partitions.push_back(partition(0, 1, {1, 2, 3}, {1, 2, 3}));
    t.partitions.push_back(partition(1, 2, {2, 3, 1}, {2, 3, 1}));
    s.topics.push_back(t);
    GroupView g;
    g.group.groupId = "billing";
    g.group.state = GroupState::Stable;
    s.groups.push_back(g);
    return s;
}

// Each event as its kind with "<subject> <English message>"; every event must also carry
// all the arguments of its form.
std::vector<std::pair<EventKind, std::string>> summary(const std::vector<EventRecord> &events)
{
    std::vector<std::pair<EventKind, std::string>> out;
    for (const auto &e : events) {
        out.emplace_back(e.kind, e.subject + " " + e.message);
        if (!isComplete(e.sentence))
            out.emplace_back(e.kind, "incomplete sentence: " + e.message);
    }
    return out;
}

} // namespace

class TestSnapshotEvents : public QObject {
    Q_OBJECT

private slots:
    void nothingChangedSaysNothing();
    void aBrokerGoneTakesItsLeadershipAndIsrPlaces();
    void topicsAndGroupsComeAndGo();
};

void TestSnapshotEvents::nothingChangedSaysNothing()
{
    QVERIFY(eventsBetween(cluster(1000), cluster(2000)).empty());
}

void TestSnapshotEvents::aBrokerGoneTakesItsLeadershipAndIsrPlaces()
{
    const ClusterSnapshot before = cluster(1000);
    ClusterSnapshot after = cluster(2000);
    after.brokers[1].state = BrokerState::Stopped;
    after.topics[0].partitions[0] = partition(0, 1, {1, 2, 3}, {1, 3});
    after.topics[0].partitions[1] = partition(1, 3, {2, 3, 1}, {3, 1});
    const auto events = eventsBetween(before, after);
    for (const auto &e : events)
        QCOMPARE(e.timeMs, 2000);
    const decltype(summary(events)) expected{
        {EventKind::BrokerStopped, "broker:2 broker 2 is gone from the cluster's metadata"},
        {EventKind::IsrShrunk, "partition:orders-0 ISR of orders-0 shrank from [1,2,3] to [1,3]"},
        {EventKind::LeaderElected, "partition:orders-1 orders-1: leader 2 -> 3"},
        {EventKind::IsrShrunk, "partition:orders-1 ISR of orders-1 shrank from [2,3,1] to [3,1]"},
    };
    QCOMPARE(summary(events), expected);
    QCOMPARE(events[0].sentence, (EventSentence{EventForm::BrokerGoneFromMetadata, {{"broker", 2}}}));
    // A leader seen moving: the snapshots do not tell the epoch.
    QCOMPARE(events[2].sentence, (EventSentence{EventForm::LeaderMovedInMetadata,
                                                {{"partition", "orders-1"}, {"from", 2}, {"to", 3}}}));
    QCOMPARE(
        events[3].sentence,
        (EventSentence{EventForm::IsrShrunk, {{"partition", "orders-1"}, {"from", "2,3,1"}, {"to", "3,1"}}}));

    // And back.
    const auto back = eventsBetween(after, before);
    QCOMPARE(back.front().kind, EventKind::BrokerStarted);
    QCOMPARE(back.front().sentence, (EventSentence{EventForm::BrokerBackInMetadata, {{"broker", 2}}}));
    QCOMPARE(back.front().message, std::string("broker 2 is back in the cluster's metadata"));
    QCOMPARE(back[1].kind, EventKind::IsrExpanded);
    QCOMPARE(back[1].message, std::string("ISR of orders-0 grew from [1,3] to [1,2,3]"));
}

void TestSnapshotEvents::topicsAndGroupsComeAndGo()
{
    const ClusterSnapshot before = cluster(1000);
    ClusterSnapshot after = cluster(2000);
    after.topics[0].partitions.push_back(partition(2, 3, {3, 1, 2}, {3, 1, 2}));
    TopicSnapshot payments;
    payments.name = "payments";
    payments.replicationFactor = 1;
    payments.partitions.push_back(partition(0, 1, {1}, {1}));
    after.topics.push_back(payments);
    after.groups[0].group.state = GroupState::PreparingRebalance;
    GroupView shipping;
    shipping.group.groupId = "shipping";
    shipping.group.state = GroupState::Empty;
    after.groups.push_back(shipping);
    const decltype(summary({})) expected{
        {EventKind::PartitionsAdded, "topic:orders topic orders grew from 2 to 3 partitions"},
        {EventKind::TopicCreated,
         "topic:payments topic payments created with 1 partition(s), replication factor 1"},
        {EventKind::GroupStateChanged, "group:billing state Stable -> PreparingRebalance"},
        {EventKind::GroupStateChanged, "group:shipping appeared, Empty"},
    };
    const auto events = eventsBetween(before, after);
    QCOMPARE(summary(events), expected);
    QCOMPARE(events[1].sentence,
             (EventSentence{EventForm::TopicCreated,
                            {{"topic", "payments"}, {"partitions", 1}, {"replicationFactor", 1}}}));
    QCOMPARE(events[2].sentence, (EventSentence{EventForm::GroupStateChanged,
                                                {{"previous", "Stable"}, {"state", "PreparingRebalance"}}}));
    QCOMPARE(events[3].sentence, (EventSentence{EventForm::GroupAppeared, {{"state", "Empty"}}}));

    const auto back = summary(eventsBetween(after, before));
    QVERIFY(std::find(back.begin(), back.end(),
                      std::pair{EventKind::TopicDeleted,
                                std::string("topic:payments topic payments deleted")}) != back.end());
    QVERIFY(std::find(back.begin(), back.end(),
                      std::pair{EventKind::GroupRebalanced,
                                std::string("group:billing state PreparingRebalance -> Stable")}) !=
            back.end());
    QVERIFY(std::find(back.begin(), back.end(),
                      std::pair{EventKind::GroupStateChanged,
                                std::string("group:shipping gone from the cluster's list of groups")}) !=
            back.end());
}

QTEST_GUILESS_MAIN(TestSnapshotEvents)
#include "test_snapshot_events.moc"
