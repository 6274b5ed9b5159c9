// The embedded cluster as a Connection: what the views do through it (admin commands,
// the timeline, the metrics and lag history, broker control) reaches the cluster and
// comes back.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "catalog/metric_series.h"
#include "connection/embedded_connection.h"
#endif

#include <QObject>

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
};

QTEST_GUILESS_MAIN(TestEmbeddedConnection)
#include "test_embedded_connection.moc"
