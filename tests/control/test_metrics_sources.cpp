// What GET /metrics reads from a real cluster: each wire request timed under its API, ISR
// changes counted on the leader, and traffic counters that never go back when leadership
// moves to another broker.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#include "connection/embedded_connection.h"
#include "control/prometheus_metrics.h"
#include "server/wire_fixture.h"
#endif

#include <QtTest>

using namespace es;
using namespace es::test;

namespace {

const BrokerRequestStats::Api *apiStats(const std::vector<BrokerRequestStats> &stats, std::int32_t broker,
                                        const std::string &name)
{
    for (const auto &b : stats)
        if (b.broker == broker)
            for (const auto &api : b.apis)
                if (api.name == name)
                    return &api;
    return nullptr;
}

const TopicSnapshot *topicOf(const ClusterSnapshotPtr &snap, const std::string &name)
{
    if (snap)
        for (const auto &t : snap->topics)
            if (t.name == name)
                return &t;
    return nullptr;
}

BrokerSnapshot brokerOf(const ClusterSnapshotPtr &snap, std::int32_t id)
{
    if (snap)
        for (const auto &b : snap->brokers)
            if (b.id == id)
                return b;
    return {};
}

// The partition's leader once every replica is in sync, -1 if that does not happen.
std::int32_t leaderWithFullIsr(const Cluster &cluster, const std::string &topic)
{
    std::int32_t leader = -1;
    eventually([&] {
        const TopicSnapshot *t = topicOf(cluster.snapshot(), topic);
        if (!t || t->partitions.empty() || t->partitions[0].underReplicated() || t->partitions[0].leader < 0)
            return false;
        leader = t->partitions[0].leader;
        return true;
    });
    return leader;
}

void produce(Cluster &cluster, const std::string &topic, int count)
{
    Producer producer(cluster);
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.value = bytesOf("record " + std::to_string(i));
        producer.send(std::move(r));
    }
    QVERIFY(producer.flush(std::chrono::seconds(30)));
}

} // namespace

class TestMetricsSources : public QObject {
    Q_OBJECT

private slots:
    void wireRequestsAreTimedUnderTheirApi()
    {
        QTemporaryDir dir;
        WireCluster w = startWireCluster(dir, 1);
        EmbeddedConnection connection(*w.cluster);
        WireClient client(w.port(1));
        QVERIFY(client.connected());
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QVERIFY(client.call(protocol::MetadataRequest{}, 1));

        // Recorded when the answer is ready, before it is written: no wait needed.
        const auto stats = connection.requestStats();
        const auto *versions = apiStats(stats, 1, "ApiVersions");
        const auto *metadata = apiStats(stats, 1, "Metadata");
        QVERIFY(versions && metadata);
        QCOMPARE(versions->count, std::uint64_t{2});
        QCOMPARE(versions->apiKey, std::int16_t{18});
        QCOMPARE(metadata->count, std::uint64_t{1});
        QCOMPARE(LatencyHistogram::total(metadata->latency), std::uint64_t{1});
        QVERIFY(metadata->sumSeconds > 0 && metadata->sumSeconds < 10);
        QVERIFY(!apiStats(stats, 1, "Produce"));

        QVERIFY(eventually([&] { return w.cluster->snapshot() != nullptr; }));
        const std::string text = control::renderPrometheusMetrics(*w.cluster->snapshot(), stats);
        QVERIFY(text.find("kafka_network_requestmetrics_totaltime_seconds_count{broker=\"1\",request="
                          "\"ApiVersions\"} 2\n") != std::string::npos);
    }

    void isrChangesAreCountedOnTheLeader()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir, 3));
        QVERIFY(cluster->createTopic(CreateTopicSpec{"isr", 1, 3, {}, false, false}).ok());
        const std::int32_t leader = leaderWithFullIsr(*cluster, "isr");
        QVERIFY(leader > 0);
        QCOMPARE(brokerOf(cluster->snapshot(), leader).isrShrinks, std::uint64_t{0});
        QCOMPARE(brokerOf(cluster->snapshot(), leader).isrExpands, std::uint64_t{0});
        const std::int32_t follower = leader == 1 ? 2 : 1;

        QVERIFY(cluster->stopBroker(follower).isOk());
        QVERIFY(eventually([&] { return brokerOf(cluster->snapshot(), leader).isrShrinks >= 1; }));
        QVERIFY(cluster->restartBroker(follower).isOk());
        QVERIFY(eventually([&] { return brokerOf(cluster->snapshot(), leader).isrExpands >= 1; }));
        QCOMPARE(leaderWithFullIsr(*cluster, "isr"), leader);
    }

    void trafficCountersOutliveALeaderChange()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir, 3));
        QVERIFY(cluster->createTopic(CreateTopicSpec{"moves", 1, 3, {}, false, false}).ok());
        const std::int32_t leader = leaderWithFullIsr(*cluster, "moves");
        QVERIFY(leader > 0);
        produce(*cluster, "moves", 100);
        QCOMPARE(consumeAll(*cluster, "moves", 100).size(), std::size_t{100});
        QVERIFY(eventually([&] {
            const TopicSnapshot *t = topicOf(cluster->snapshot(), "moves");
            return t && t->recordsInTotal == 100 && t->recordsOutTotal >= 100 && t->bytesInTotal > 0;
        }));
        const TopicSnapshot before = *topicOf(cluster->snapshot(), "moves");
        QCOMPARE(brokerOf(cluster->snapshot(), leader).recordsInTotal, std::uint64_t{100});

        QVERIFY(cluster->stopBroker(leader).isOk());
        produce(*cluster, "moves", 50);
        // Every snapshot on the way: nothing counted goes back.
        QVERIFY(eventually([&] {
            const TopicSnapshot *t = topicOf(cluster->snapshot(), "moves");
            if (!t)
                return false;
            if (t->bytesInTotal < before.bytesInTotal || t->recordsOutTotal < before.recordsOutTotal ||
                t->bytesOutTotal < before.bytesOutTotal || t->recordsInTotal < before.recordsInTotal)
                qFatal("a counter went back");
            return t->recordsInTotal == 150 && t->bytesInTotal > before.bytesInTotal;
        }));
        const TopicSnapshot after = *topicOf(cluster->snapshot(), "moves");
        QVERIFY(after.partitions[0].leader != leader);
        QCOMPARE(after.recordsOutTotal, before.recordsOutTotal);
    }
};

QTEST_GUILESS_MAIN(TestMetricsSources)
#include "test_metrics_sources.moc"
