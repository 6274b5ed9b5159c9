// When retention runs: as Kafka, every log.retention.check.interval.ms (300000 by
// default), the first time log.initial.task.delay.ms (30000) after a broker starts, not at
// start-up; compaction, Kafka's log cleaner, every log.cleaner.backoff.ms (15000) on its
// own. The cluster runs on a manual clock, so nothing is due until the test moves it.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"

#include "client/producer.h"
#endif

#include <QObject>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

constexpr const char *kTopic = "trimmed";

std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// One batch per segment: segment.bytes is smaller than two batches.
void produce(Cluster &cluster, int count, const std::string &topic = kTopic)
{
    Producer producer(cluster);
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.partition = 0;
        r.key = bytesOf("same key");
        r.value = bytesOf("record " + std::to_string(i));
        producer.send(std::move(r));
        QVERIFY(producer.flush(10s));
    }
}

std::int64_t logStart(const Cluster &cluster)
{
    const auto snapshot = cluster.snapshot();
    for (const auto &t : snapshot ? snapshot->topics : std::vector<TopicSnapshot>{})
        if (t.name == kTopic && !t.partitions.empty())
            return t.partitions[0].logStartOffset;
    return -1;
}

// Several of the broker's maintenance rounds (one every 250 ms) on the same clock reading.
void letMaintenanceRun() { std::this_thread::sleep_for(1s); }

} // namespace

class TestRetentionSchedule : public QObject {
    Q_OBJECT

private slots:
    void kafkasDefaults()
    {
        QCOMPARE(ClusterConfig{}.logRetentionCheckMs, std::int64_t{300000});
        QCOMPARE(ClusterConfig{}.logInitialTaskDelayMs, std::int64_t{30000});
        QCOMPARE(ClusterConfig{}.logCleanerBackoffMs, std::int64_t{15000});
    }

    void compactionRunsOnItsOwnScheduleNotRetentions()
    {
        QTemporaryDir dir;
        ManualClock clock(wallClockMs());
        ClusterConfig config = fastConfig(dir, 1);
        config.logRetentionCheckMs = ClusterConfig{}.logRetentionCheckMs;
        config.logInitialTaskDelayMs = ClusterConfig{}.logInitialTaskDelayMs;
        config.logCleanerBackoffMs = ClusterConfig{}.logCleanerBackoffMs;
        auto created = Cluster::create(config, clock);
        QVERIFY(created);
        auto cluster = std::move(*created);
        QVERIFY(cluster->start().isOk());
        QVERIFY(cluster->waitUntilReady(10s));
        const std::string topic = "latest-only";
        QVERIFY(
            cluster
                ->createTopic(
                    {topic, 1, 1, {{"segment.bytes", "100"}, {"cleanup.policy", "compact"}}, false, false})
                .ok());
        QVERIFY(eventually([&] { return !partitionsOf(*cluster, topic).empty(); }));
        produce(*cluster, 6, topic); // one key: compaction keeps the newest only
        const auto records = [&] { return consumeAll(*cluster, topic, 7, 1s).size(); };

        letMaintenanceRun();
        QCOMPARE(records(), std::size_t{6}); // not at start-up
        clock.advance(config.logCleanerBackoffMs);
        // Long before retention's first check, the closed segments are compacted.
        QVERIFY(eventually([&] { return records() < 6; }));
    }

    void retentionWaitsForTheInitialDelayThenTheInterval()
    {
        QTemporaryDir dir;
        ManualClock clock(wallClockMs());
        ClusterConfig config = fastConfig(dir, 1);
        config.logRetentionCheckMs = ClusterConfig{}.logRetentionCheckMs;
        config.logInitialTaskDelayMs = ClusterConfig{}.logInitialTaskDelayMs;
        auto created = Cluster::create(config, clock);
        QVERIFY(created);
        auto cluster = std::move(*created);
        QVERIFY(cluster->start().isOk());
        QVERIFY(cluster->waitUntilReady(10s));
        QVERIFY(cluster
                    ->createTopic(
                        {kTopic, 1, 1, {{"segment.bytes", "100"}, {"retention.bytes", "1"}}, false, false})
                    .ok());
        QVERIFY(eventually([&] { return logStart(*cluster) == 0; }));
        produce(*cluster, 5);

        letMaintenanceRun();
        QCOMPARE(logStart(*cluster), 0); // not at start-up
        clock.advance(config.logInitialTaskDelayMs - 1);
        letMaintenanceRun();
        QCOMPARE(logStart(*cluster), 0);
        clock.advance(1);
        QVERIFY(eventually([&] { return logStart(*cluster) == 4; })); // all but the active segment

        produce(*cluster, 3);
        clock.advance(config.logRetentionCheckMs - 1);
        letMaintenanceRun();
        QCOMPARE(logStart(*cluster), 4); // the next check is one interval after the first
        clock.advance(1);
        QVERIFY(eventually([&] { return logStart(*cluster) == 7; }));
    }
};

QTEST_GUILESS_MAIN(TestRetentionSchedule)
#include "test_retention_schedule.moc"
