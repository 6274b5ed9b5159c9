// The embedded cluster as a Connection: what the views do through it (admin commands,
// the timeline, the metrics and lag history, broker control, replica moves) reaches the
// cluster and comes back.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "catalog/metric_series.h"
#include "connection/embedded_connection.h"
#include "connection/replica_balance_plan.h"
#endif

#include <QObject>

#include <algorithm>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

class TestEmbeddedConnection : public QObject {
    Q_OBJECT

private slots:
    void commandsHistoryAndBrokerControlReachTheCluster()
    {
        QTemporaryDir dir;
        EmbeddedConnection connection(startCluster(fastConfig(dir)));
        Connection &c = connection;
        QVERIFY(c.capabilities().brokerControl);
        QVERIFY(c.capabilities().logDetails);

        // Admin commands.
        QVERIFY(c.createTopic({"orders", 2, 3, {}, false, false}).ok());
        QCOMPARE(c.createTopic({"orders", 2, 3, {}, false, false}).error, ErrorCode::TopicAlreadyExists);
        QVERIFY(c.createPartitions("orders", 4).ok());
        QVERIFY(c.alterTopicConfigs("orders", {{"retention.ms", "60000"}}).ok());
        QVERIFY(eventually([&] {
            auto snap = c.snapshot();
            if (!snap)
                return false;
            for (const TopicSnapshot &t : snap->topics)
                if (t.name == "orders")
                    return t.partitions.size() == 4;
            return false;
        }));

        // The timeline and the metrics history. The catalog writes events on its own thread,
        // a little after the snapshot that shows the change.
        EventQuery topicEvents;
        topicEvents.kinds = {EventKind::TopicCreated, EventKind::PartitionsAdded};
        QVERIFY(eventually([&] {
            auto written = c.events(topicEvents);
            return written.isOk() && written->size() == 2u;
        }));
        auto events = c.events(topicEvents);
        QVERIFY(events.isOk());
        QCOMPARE(events->size(), 2u);
        QCOMPARE(events->front().kind, EventKind::PartitionsAdded);
        QCOMPARE(events->back().subject, std::string("topic:orders"));
        MetricsRequest request;
        request.scopes = {SeriesScope::Cluster};
        request.metrics = {SeriesMetric::UnderReplicated};
        const std::int64_t now = SystemClock::instance().nowMs();
        request.fromMs = now - 60'000;
        request.toMs = now + 60'000;
        QVERIFY(eventually([&] { return !c.metrics(request).series.empty(); }, 10s, 100ms));
        QVERIFY(c.lagHistory({.groupId = "nobody", .fromMs = request.fromMs, .toMs = request.toMs}, nullptr)
                    .total.empty());

        // Broker control, seen in the next snapshots.
        BrokerControl *control = c.brokerControl();
        QVERIFY(control);
        QVERIFY(control->stopBroker(3).isOk());
        QVERIFY(eventually([&] {
            auto snap = c.snapshot();
            return snap &&
                   std::any_of(snap->brokers.begin(), snap->brokers.end(), [](const BrokerSnapshot &b) {
                       return b.id == 3 && b.state == BrokerState::Stopped;
                   });
        }));
        QVERIFY(control->restartBroker(3).isOk());
        QVERIFY(!control->crashBroker(42, false).isOk());

        QVERIFY(c.deleteTopic("orders").ok());
        connection.cluster().stop();
    }

    // The "rebalance across brokers" plan, carried out through the connection: a topic
    // crowded on two of three brokers ends with every broker holding its share.
    void aBalancePlanMovesReplicasThroughTheConnection()
    {
        QTemporaryDir dir;
        EmbeddedConnection connection(startCluster(fastConfig(dir)));
        Connection &c = connection;
        QVERIFY(c.capabilities().replicaMoves);
        CreateTopicSpec spec;
        spec.name = "crowded";
        spec.assignments = {{1, 2}, {2, 1}, {1, 2}};
        QVERIFY(c.createTopic(spec).ok());
        ClusterSnapshotPtr snap;
        QVERIFY(eventually([&] {
            snap = c.snapshot();
            return snap && std::any_of(snap->topics.begin(), snap->topics.end(),
                                       [](const TopicSnapshot &t) { return t.name == "crowded"; });
        }));
        const ReplicaBalancePlan plan = planReplicaBalance(*snap, std::string("crowded"));
        QCOMPARE(plan.copies(), 2);

        auto results = c.reassignPartitions(plan.reassignment());
        QVERIFY(results);
        QCOMPARE(results->size(), plan.moves.size());
        for (const auto &r : *results)
            QVERIFY2(r.error == ErrorCode::None, r.message.c_str());
        // Done once no partition moves and broker 3 holds two replicas.
        QVERIFY(eventually(
            [&] {
                snap = c.snapshot();
                int onThree = 0;
                for (const auto &t : snap->topics)
                    if (t.name == "crowded")
                        for (const auto &p : t.partitions) {
                            if (p.moving())
                                return false;
                            for (const auto &r : p.replicas)
                                onThree += r.broker == 3 && r.inSync ? 1 : 0;
                        }
                return onThree == 2;
            },
            20s));
        QVERIFY(planReplicaBalance(*snap, std::string("crowded")).empty());
        // The timeline says what moved: newest first, each move started, then completed.
        EventQuery moves;
        moves.kinds = {EventKind::PartitionReassigned};
        moves.subjectPrefix = "partition:crowded-0";
        QVERIFY(eventually([&] {
            auto written = c.events(moves);
            return written.isOk() && written->size() == 2u;
        }));
        auto said = c.events(moves);
        QCOMPARE(said->front().sentence.form, EventForm::ReassignmentCompleted);
        QCOMPARE(said->back().sentence.form, EventForm::ReassignmentStarted);
        QCOMPARE(said->back().message, std::string("crowded-0: moving replicas [1,2] -> [3,1]"));

        auto cancel = c.reassignPartitions({{{"crowded", 0}, std::nullopt}});
        QVERIFY(cancel);
        QCOMPARE(cancel->front().error, ErrorCode::NoReassignmentInProgress);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedConnection)
#include "test_embedded_connection.moc"
