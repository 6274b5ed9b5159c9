// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "client/admin.h"
#endif

#include <QObject>

#include <future>
#include <map>

using namespace es;
using namespace es::test;

namespace {

std::vector<DeliveryReport> produce(Cluster &cluster, const std::string &topic, int count,
                                    const std::function<std::string(int)> &key, std::size_t batchBytes = 64 * 1024)
{
    ProducerConfig cfg;
    cfg.batchBytes = batchBytes;
    Producer producer(cluster, cfg);
    std::vector<DeliveryReport> reports(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.key = bytesOf(key(i));
        r.value = bytesOf(std::to_string(i));
        producer.send(std::move(r), [&reports, i](const DeliveryReport &d) { reports[static_cast<std::size_t>(i)] = d; });
    }
    producer.flush(std::chrono::seconds(30));
    return reports;
}

const PartitionSnapshot *partitionSnapshot(const ClusterSnapshotPtr &snap, const std::string &topic, int partition)
{
    if (snap)
        for (const auto &t : snap->topics)
            if (t.name == topic)
                return &t.partitions[static_cast<std::size_t>(partition)];
    return nullptr;
}

} // namespace

class TestAdminAndFaults : public QObject {
    Q_OBJECT

private slots:
    void deleteRecordsMovesTheLogStartOnEveryReplica()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"clicks", 1, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        produce(*cluster, "clicks", 500, [](int i) { return "k" + std::to_string(i); });
        Admin admin(*cluster);
        auto low = admin.deleteRecords({"clicks", 0}, 200);
        QVERIFY2(low.isOk(), low.status().toString().c_str());
        QCOMPARE(*low, 200);
        QVERIFY(!admin.deleteRecords({"clicks", 0}, 10'000).isOk()); // beyond the high watermark
        const auto records = consumeAll(*cluster, "clicks", 300);
        QCOMPARE(records.size(), 300u);
        QCOMPARE(records.front().offset, 200);
    }

    void deleteRecordsFollowsKafkasRulesForOffsetsAndPolicies()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(cluster->createTopic({"clicks", 1, 3, {}, false, false}).ok());
        QVERIFY(cluster->createTopic({"profiles", 1, 3, {{"cleanup.policy", "compact"}}, false, false}).ok());
        produce(*cluster, "clicks", 100, [](int i) { return "k" + std::to_string(i); });
        produce(*cluster, "profiles", 100, [](int i) { return "k" + std::to_string(i % 10); });
        Admin admin(*cluster);

        // Only -1 means "up to the high watermark"; -2 (a raw client's mistake) deletes nothing.
        auto refused = admin.deleteRecords({"clicks", 0}, -2);
        QVERIFY(!refused.isOk());
        QCOMPARE(consumeAll(*cluster, "clicks", 100).size(), 100u);

        // A compacted topic keeps its records: Kafka refuses deletion by policy.
        auto compacted = admin.deleteRecords({"profiles", 0}, 50);
        QVERIFY(!compacted.isOk());
        QCOMPARE(compacted.status().message(), std::string(errorMessage(ErrorCode::PolicyViolation)));
        QCOMPARE(consumeAll(*cluster, "profiles", 100).front().offset, 0);

        auto all = admin.deleteRecords({"clicks", 0}, -1);
        QVERIFY2(all.isOk(), all.status().toString().c_str());
        QCOMPARE(*all, 100);
    }

    void groupOffsetsResetOnlyWhenTheGroupIsEmpty()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"orders", 2, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        produce(*cluster, "orders", 400, [](int i) { return "k" + std::to_string(i); });
        Admin admin(*cluster);

        ConsumerConfig cfg;
        cfg.groupId = "shipping";
        cfg.autoOffsetReset = OffsetReset::Earliest;
        cfg.sessionTimeoutMs = 1000;
        cfg.heartbeatIntervalMs = 100;
        auto consumer = std::make_unique<Consumer>(*cluster, cfg);
        consumer->subscribe({"orders"});
        std::size_t got = 0;
        QVERIFY(eventually([&] {
            got += consumer->poll(std::chrono::milliseconds(50)).size();
            return got >= 400;
        }));
        QCOMPARE(consumer->commitSync(), ErrorCode::None);

        const auto refused = admin.resetGroupOffsets("shipping", {{{"orders", 0}, 0}, {{"orders", 1}, 0}});
        QCOMPARE(refused.error, ErrorCode::NonEmptyGroup);
        QVERIFY2(refused.message.find("member") != std::string::npos, refused.message.c_str());

        consumer.reset(); // leaves the group
        QVERIFY(eventually([&] {
            return admin.resetGroupOffsets("shipping", {{{"orders", 0}, 10}, {{"orders", 1}, 20}}).ok();
        }));
        // A member joining now starts from the reset offsets.
        Consumer again(*cluster, cfg);
        again.subscribe({"orders"});
        std::map<int, std::int64_t> first;
        QVERIFY(eventually([&] {
            for (const auto &r : again.poll(std::chrono::milliseconds(50)))
                if (!first.count(r.tp.partition))
                    first[r.tp.partition] = r.offset;
            return first.size() == 2;
        }));
        QCOMPARE(first[0], 10);
        QCOMPARE(first[1], 20);
    }

    void cutLinkDropsTheFollowerFromTheIsrUntilHealed()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"telemetry", 1, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        const PartitionInfo p = *cluster->metadata()->partition({"telemetry", 0});
        const std::int32_t leader = p.leader, follower = p.replicas[1] == leader ? p.replicas[0] : p.replicas[1];
        LinkFault cut;
        cut.cut = true;
        cluster->setLink(leader, follower, cut);
        produce(*cluster, "telemetry", 100, [](int i) { return "k" + std::to_string(i); });
        QVERIFY(eventually([&] { return !cluster->metadata()->partition({"telemetry", 0})->inIsr(follower); }));
        cluster->setLink(leader, follower, LinkFault{});
        QVERIFY(eventually([&] { return cluster->metadata()->partition({"telemetry", 0})->inIsr(follower); }));
    }

    void clientLinkLatencySlowsProducing()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"slow", 1, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        const std::int32_t leader = cluster->metadata()->partition({"slow", 0})->leader;
        LinkFault slow;
        slow.latencyMs = 150;
        cluster->setLink(kClientsNode, leader, slow);
        Producer producer(*cluster);
        ProducerRecord r;
        r.topic = "slow";
        r.value = bytesOf("x");
        const auto start = std::chrono::steady_clock::now();
        QVERIFY(producer.send(std::move(r), nullptr).get().ok());
        QVERIFY(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(300)); // there and back
    }

    void closingAProducerFailsWhatAPausedLeaderHolds()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"held", 1, 1, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        const std::int32_t leader = cluster->metadata()->partition({"held", 0})->leader;
        QVERIFY(cluster->pauseBroker(leader).isOk());

        std::vector<std::future<DeliveryReport>> reports;
        {
            Producer producer(*cluster); // a delivery timeout of a minute
            for (int i = 0; i < 3; ++i) {
                ProducerRecord r;
                r.topic = "held";
                r.value = bytesOf(std::to_string(i));
                reports.push_back(producer.send(std::move(r), nullptr));
            }
            QVERIFY(!producer.close(std::chrono::milliseconds(300)));
        }
        // Every record has its answer: none is left waiting on the paused broker.
        for (auto &f : reports) {
            QCOMPARE(f.wait_for(std::chrono::seconds(0)), std::future_status::ready);
            const DeliveryReport report = f.get();
            QCOMPARE(report.error, ErrorCode::RequestTimedOut);
            QVERIFY2(report.message.find("closed") != std::string::npos, report.message.c_str());
        }
        QVERIFY(cluster->resumeBroker(leader).isOk());
    }

    // A demo pauses a broker, then stops or crashes it: neither waits on its frozen thread,
    // and each comes back with every acknowledged record.
    void aPausedBrokerCanBeStoppedOrCrashed()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"frozen", 3, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));
        const auto reports = produce(*cluster, "frozen", 300, [](int i) { return "k" + std::to_string(i); });
        for (const std::int32_t id : {2, 3}) {
            QVERIFY(cluster->pauseBroker(id).isOk());
            const auto begun = std::chrono::steady_clock::now();
            QVERIFY(id == 2 ? cluster->stopBroker(id).isOk() : cluster->crashBroker(id, true).isOk());
            const auto took = std::chrono::steady_clock::now() - begun;
            QVERIFY2(
                took < std::chrono::seconds(3),
                std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()).c_str());
            QVERIFY(cluster->restartBroker(id).isOk());
        }
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(20)));
        const auto records = consumeAll(*cluster, "frozen", 300);
        QCOMPARE(records.size(), 300u);
        for (const auto &rec : records) {
            const auto &sent = reports[static_cast<std::size_t>(std::stoi(stringOf(rec.value)))];
            QCOMPARE(rec.tp.partition, sent.tp.partition);
            QCOMPARE(rec.offset, sent.offset);
        }
    }

    void crashLosingUnflushedDataHealsFromTheLeader()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"ledger", 1, 3, {}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        const auto reports = produce(*cluster, "ledger", 1000, [](int i) { return "k" + std::to_string(i); });
        const std::int32_t follower = cluster->metadata()->partition({"ledger", 0})->replicas[1];
        QVERIFY(cluster->crashBroker(follower, true).isOk());
        QVERIFY(cluster->restartBroker(follower).isOk());
        QVERIFY(eventually([&] {
            const auto *p = partitionSnapshot(cluster->snapshot(), "ledger", 0);
            if (!p)
                return false;
            for (const auto &r : p->replicas)
                if (r.logEndOffset != 1000 || !r.inSync)
                    return false;
            return true;
        }));
        // The restarted follower can lead and still serve every acknowledged record.
        const std::int32_t leader = cluster->metadata()->partition({"ledger", 0})->leader;
        if (leader != follower) {
            QVERIFY(cluster->stopBroker(leader).isOk());
            QVERIFY(eventually([&] { return cluster->metadata()->partition({"ledger", 0})->leader != leader; }));
        }
        const auto records = consumeAll(*cluster, "ledger", 1000);
        QCOMPARE(records.size(), 1000u);
        for (const auto &rec : records)
            QCOMPARE(rec.offset, reports[static_cast<std::size_t>(std::stoi(stringOf(rec.value)))].offset);
    }

    void compactionRunsOnALiveTopic()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec{"profiles", 1, 3, {{"cleanup.policy", "compact"}, {"segment.bytes", "2048"}}, false, false};
        QVERIFY(cluster->createTopic(spec).ok());
        // Small batches, so the records spread over many segments the cleaner may rewrite.
        produce(*cluster, "profiles", 2000, [](int i) { return "user-" + std::to_string(i % 10); }, 300);
        // Eventually the older values of each key are gone and the latest ones are all there.
        QVERIFY(eventually([&] {
            const auto records = consumeAll(*cluster, "profiles", 2000, std::chrono::milliseconds(300));
            std::map<std::string, int> latest;
            for (const auto &r : records)
                latest[stringOf(r.key)] = std::stoi(stringOf(r.value));
            bool allLatest = latest.size() == 10;
            for (const auto &[k, v] : latest)
                allLatest = allLatest && v >= 1990;
            return allLatest && records.size() < 1000;
        }, std::chrono::seconds(15)));
    }
};

QTEST_GUILESS_MAIN(TestAdminAndFaults)
#include "test_admin_and_faults.moc"
