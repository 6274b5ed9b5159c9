// A restarted broker counts its records and bytes from zero again. Its rates, in the
// snapshots (the live views) and in the metrics history (the charts), take the lower
// reading as a restart, never as a jump of about 1.8·10¹⁹ (a negative difference wrapped
// in unsigned arithmetic).

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "catalog/catalog.h"
#include "catalog/metric_series.h"
#endif

#include <QObject>

#include <algorithm>
#include <mutex>

using namespace es;
using namespace es::test;

namespace {

// The largest rates every snapshot showed for one broker.
class LargestRates : public ClusterObserver {
public:
    explicit LargestRates(std::int32_t broker) : m_broker(broker) {}

    void onSnapshot(const ClusterSnapshotPtr &snapshot) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto &b : snapshot->brokers)
            if (b.id == m_broker) {
                m_recordsIn = std::max(m_recordsIn, b.recordsInPerSec);
                m_bytesIn = std::max(m_bytesIn, b.bytesInPerSec);
                m_requests = std::max(m_requests, b.produceRequestsPerSec);
            }
    }
    void onEvent(const EventRecord &) override {}

    double recordsIn() const
    {
        std::lock_guard lock(m_mutex);
        return m_recordsIn;
    }
    double bytesIn() const
    {
        std::lock_guard lock(m_mutex);
        return m_bytesIn;
    }
    double requests() const
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    const std::int32_t m_broker;
    mutable std::mutex m_mutex;
    double m_recordsIn = 0;
    double m_bytesIn = 0;
    double m_requests = 0;
};

// The time of the newest snapshot, once there is one.
std::int64_t snapshotTime(const Cluster &cluster)
{
    eventually([&] { return cluster.snapshot() != nullptr; });
    auto snap = cluster.snapshot();
    return snap ? snap->timeMs : 0;
}

// Waits until the publisher has read the counters for a while after `sinceMs`: the live
// rates every snapshot, the history's rates at least twice.
bool publishedFor(const Cluster &cluster, std::int64_t sinceMs)
{
    return eventually([&] { return snapshotTime(cluster) > sinceMs + 2500; });
}

} // namespace

class TestCounterResets : public QObject {
    Q_OBJECT

private slots:
    void aRestartedBrokerShowsNoJumpInItsRates()
    {
        QTemporaryDir dir;
        const ClusterConfig config = fastConfig(dir);
        auto cluster = startCluster(config);
        CreateTopicSpec spec{"counted", 1, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));
        const std::int32_t leader = cluster->metadata()->partition({"counted", 0})->leader;
        LargestRates largest(leader);
        cluster->addObserver(&largest);

        // Records counted by the leader, read by the publisher before and after they came.
        QVERIFY(snapshotTime(*cluster) > 0);
        constexpr int kRecords = 2000;
        constexpr std::size_t kValueBytes = 100;
        {
            Producer producer(*cluster);
            for (int i = 0; i < kRecords; ++i) {
                ProducerRecord r;
                r.topic = "counted";
                r.value = Bytes(kValueBytes, 'v');
                producer.send(std::move(r));
            }
            QVERIFY(producer.flush(std::chrono::seconds(30)));
        }
        const std::int64_t producedMs = snapshotTime(*cluster);
        QVERIFY(producedMs > 0);
        QVERIFY(publishedFor(*cluster, producedMs));
        QVERIFY(largest.recordsIn() > 0);

        QVERIFY(cluster->restartBroker(leader).isOk());
        const std::int64_t restartedMs = snapshotTime(*cluster);
        QVERIFY(publishedFor(*cluster, restartedMs));
        cluster->removeObserver(&largest);

        // Nothing can come in faster than all the test produced within one snapshot interval.
        const double perInterval = 1000.0 / static_cast<double>(config.snapshotIntervalMs);
        const double mostRecords = kRecords * perInterval;
        const double mostBytes = kRecords * static_cast<double>(kValueBytes + 100) * perInterval;
        QVERIFY2(largest.recordsIn() <= mostRecords, QByteArray::number(largest.recordsIn()));
        QVERIFY2(largest.bytesIn() <= mostBytes, QByteArray::number(largest.bytesIn()));
        QVERIFY2(largest.requests() <= mostRecords, QByteArray::number(largest.requests()));

        // The history the Metrics charts read, second by second and minute by minute.
        Catalog &catalog = *cluster->catalog();
        QVERIFY(catalog.flush().isOk());
        const std::int64_t toMs = snapshotTime(*cluster) + 1000;
        const std::int64_t fromMs = producedMs - 60'000;
        for (const auto &[metric, most] : {std::pair{SeriesMetric::RecordsInPerSec, mostRecords},
                                           std::pair{SeriesMetric::BytesInPerSec, mostBytes}}) {
            const std::string series = brokerSeries(leader, metric);
            for (const std::int64_t stepMs : {std::int64_t{1000}, std::int64_t{60'000}}) {
                auto points = catalog.metrics(series, fromMs, toMs, stepMs);
                QVERIFY(points.isOk());
                QVERIFY(std::any_of(points->begin(), points->end(),
                                    [&](const MetricPoint &p) { return p.timeMs >= restartedMs - stepMs; }));
                for (const MetricPoint &p : *points)
                    QVERIFY2(p.max <= most, (series + " " + std::to_string(p.max)).c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCounterResets)
#include "test_counter_resets.moc"
