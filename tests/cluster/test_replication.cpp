// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "client/partitioner.h"
#include "cluster/broker.h"
#endif

#include <QObject>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

using namespace es;
using namespace es::test;

class TestReplication : public QObject {
    Q_OBJECT

private:
    // Produces `count` records "key-<i % keys>" -> "<i>" and returns their reports.
    static std::vector<DeliveryReport> produce(Cluster &cluster, const std::string &topic, int count, int keys,
                                               const std::function<void(int)> &afterSend = {},
                                               std::size_t batchBytes = 64 * 1024)
    {
        ProducerConfig cfg;
        cfg.lingerMs = 2;
        cfg.batchBytes = batchBytes;
        Producer producer(cluster, cfg);
        std::vector<DeliveryReport> reports(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            ProducerRecord r;
            r.topic = topic;
            r.key = bytesOf("key-" + std::to_string(i % keys));
            r.value = bytesOf(std::to_string(i));
            producer.send(std::move(r), [&reports, i](const DeliveryReport &rep) {
                reports[static_cast<std::size_t>(i)] = rep;
            });
            if (afterSend)
                afterSend(i);
        }
        if (!producer.flush(std::chrono::seconds(60)))
            qFatal("producer did not finish in time");
        return reports;
    }

    // Every acknowledged record of `reports` (record i has value "<i>") is in `topic`
    // exactly once, at the offset it was given, and each key's records are in the order
    // they were sent.
    static void expectEachRecordOnceWhereAcknowledged(Cluster &cluster, const std::string &topic,
                                                      const std::vector<DeliveryReport> &reports)
    {
        const auto records = consumeAll(cluster, topic, reports.size(), std::chrono::seconds(60));
        QCOMPARE(records.size(), reports.size());
        std::vector<int> seen(reports.size(), 0);
        std::map<std::string, int> lastPerKey;
        for (const auto &r : records) {
            const int value = std::stoi(stringOf(r.value));
            ++seen[static_cast<std::size_t>(value)];
            QCOMPARE(r.tp, reports[static_cast<std::size_t>(value)].tp);
            QCOMPARE(r.offset, reports[static_cast<std::size_t>(value)].offset);
            const std::string key = stringOf(r.key);
            auto it = lastPerKey.find(key);
            QVERIFY(it == lastPerKey.end() || it->second < value);
            lastPerKey[key] = value;
        }
        for (std::size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], 1);
    }

    // A topic with replication factor 3 on a fresh 3-broker cluster.
    static bool createReplicatedTopic(Cluster &cluster, const std::string &name, int partitions)
    {
        CreateTopicSpec spec;
        spec.name = name;
        spec.partitions = partitions;
        spec.replicationFactor = 3;
        return cluster.createTopic(spec).ok();
    }

    // Every replica of `topic` is at its partition's high watermark (and in sync), and the
    // partitions hold `records` in all.
    static bool allReplicasCaughtUp(const Cluster &cluster, const std::string &topic, std::int64_t records)
    {
        auto snap = cluster.snapshot();
        if (!snap)
            return false;
        for (const auto &t : snap->topics) {
            if (t.name != topic)
                continue;
            std::int64_t total = 0;
            for (const auto &p : t.partitions) {
                for (const auto &r : p.replicas)
                    if (r.logEndOffset != p.highWatermark || !r.inSync)
                        return false;
                total += p.highWatermark;
            }
            return total == records;
        }
        return false;
    }

private slots:
    void replicatesAndServesEveryRecord()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(createReplicatedTopic(*cluster, "orders", 6));

        const auto reports = produce(*cluster, "orders", 10000, 100);
        for (const auto &r : reports)
            QVERIFY2(r.ok(), r.message.c_str());

        // Keys land where Kafka's Java client would put them.
        for (int i = 0; i < 100; ++i) {
            const auto key = bytesOf("key-" + std::to_string(i));
            QCOMPARE(reports[static_cast<std::size_t>(i)].tp.partition, partitionForKey(key, 6));
        }

        // Every replica catches up to the same log end.
        QVERIFY(eventually([&] { return allReplicasCaughtUp(*cluster, "orders", 10000); }));

        const auto records = consumeAll(*cluster, "orders", 10000);
        QCOMPARE(records.size(), 10000u);
        std::map<std::string, int> lastPerKey;
        for (const auto &r : records) {
            const int value = std::stoi(stringOf(r.value));
            const std::string key = stringOf(r.key);
            QCOMPARE(r.tp, reports[static_cast<std::size_t>(value)].tp);
            QCOMPARE(r.offset, reports[static_cast<std::size_t>(value)].offset);
            auto it = lastPerKey.find(key);
            QVERIFY(it == lastPerKey.end() || it->second < value); // per-key order
            lastPerKey[key] = value;
        }
    }

    // Followers copy the leader's batches as they are: every replica's log file holds the
    // same bytes, whether a follower got them from the leader's memory or from its file.
    void replicasHoldIdenticalLogs()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(createReplicatedTopic(*cluster, "copies", 3));
        for (const auto &r : produce(*cluster, "copies", 30000, 50, {}, 16 * 1024))
            QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(eventually([&] { return allReplicasCaughtUp(*cluster, "copies", 30000); }));
        const auto read = [](const std::filesystem::path &file) {
            std::ifstream in(file, std::ios::binary);
            return std::string(std::istreambuf_iterator<char>(in), {});
        };
        const std::filesystem::path data = dir.path().toStdString();
        std::size_t bytes = 0;
        for (int p = 0; p < 3; ++p) {
            const std::string segment = "copies-" + std::to_string(p) + "/00000000000000000000.log";
            const std::string first = read(data / "broker-1" / segment);
            bytes += first.size();
            QVERIFY2(read(data / "broker-2" / segment) == first, segment.c_str());
            QVERIFY2(read(data / "broker-3" / segment) == first, segment.c_str());
        }
        QVERIFY(bytes > 30000 * 10); // the records are all there
    }

    void leaderCrashLosesNoAcknowledgedRecord()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(createReplicatedTopic(*cluster, "payments", 6));
        const std::int32_t victim = cluster->metadata()->partition({"payments", 0})->leader;

        constexpr int kCount = 100000;
        std::atomic<bool> crashed{false};
        const auto reports = produce(*cluster, "payments", kCount, 500, [&](int i) {
            if (i == kCount / 3 && !crashed.exchange(true))
                QVERIFY(cluster->crashBroker(victim, false).isOk());
        });
        int acked = 0;
        for (const auto &r : reports)
            acked += r.ok() ? 1 : 0;
        QCOMPARE(acked, kCount); // retries carry every record across the leader change
        QVERIFY(cluster->metadata()->partition({"payments", 0})->leader != victim);

        expectEachRecordOnceWhereAcknowledged(*cluster, "payments", reports);
    }

    void leaderRestartedBeforeItsSessionExpiredLosesNoAcknowledgedRecord()
    {
        // The leader crashes, losing what it had not flushed, and is back before the
        // controller notices. Were it to lead again, its followers would truncate to its
        // shorter log and drop acknowledged records.
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(createReplicatedTopic(*cluster, "payments", 6));
        const std::int32_t victim = cluster->metadata()->partition({"payments", 0})->leader;

        constexpr int kCount = 100000;
        const auto reports = produce(*cluster, "payments", kCount, 500, [&](int i) {
            if (i == kCount / 3) {
                QVERIFY(cluster->crashBroker(victim, true).isOk());
                QVERIFY(cluster->restartBroker(victim).isOk());
            }
        });
        for (const auto &r : reports)
            QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(eventually([&] { return allReplicasCaughtUp(*cluster, "payments", kCount); }, std::chrono::seconds(30)));
        expectEachRecordOnceWhereAcknowledged(*cluster, "payments", reports);
    }

    void isrShrinksAndGrowsAndMinInsyncIsEnforced()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec;
        spec.name = "audit";
        spec.partitions = 1;
        spec.replicationFactor = 3;
        spec.configs = {{"min.insync.replicas", "2"}};
        QVERIFY(cluster->createTopic(spec).ok());
        const PartitionInfo p = *cluster->metadata()->partition({"audit", 0});
        const std::int32_t f1 = p.replicas[1], f2 = p.replicas[2];

        QVERIFY(cluster->pauseBroker(f1).isOk());
        QVERIFY(eventually([&] { return !cluster->metadata()->partition({"audit", 0})->inIsr(f1); }));
        QCOMPARE(cluster->metadata()->partition({"audit", 0})->isr.size(), 2u);
        {
            Producer producer(*cluster);
            ProducerRecord r;
            r.topic = "audit";
            r.value = bytesOf("with two in sync");
            QVERIFY(producer.send(std::move(r), nullptr).get().ok());
        }
        QVERIFY(cluster->resumeBroker(f1).isOk());
        QVERIFY(eventually([&] { return cluster->metadata()->partition({"audit", 0})->isr.size() == 3; }));

        // With only the leader left in sync, acks=all is refused.
        QVERIFY(cluster->pauseBroker(f1).isOk());
        QVERIFY(cluster->pauseBroker(f2).isOk());
        QVERIFY(eventually([&] { return cluster->metadata()->partition({"audit", 0})->isr.size() == 1; }));
        ProducerConfig cfg;
        cfg.deliveryTimeoutMs = 1000;
        Producer producer(*cluster, cfg);
        ProducerRecord r;
        r.topic = "audit";
        r.value = bytesOf("alone");
        const auto report = producer.send(std::move(r), nullptr).get();
        QCOMPARE(report.error, ErrorCode::NotEnoughReplicas);
        QVERIFY(cluster->resumeBroker(f1).isOk());
        QVERIFY(cluster->resumeBroker(f2).isOk());
    }

    void restartBringsBackTopicsDataAndConfigs()
    {
        QTemporaryDir dir;
        const auto config = fastConfig(dir);
        {
            auto cluster = startCluster(config);
            CreateTopicSpec spec;
            spec.name = "ledger";
            spec.partitions = 3;
            spec.configs = {{"retention.ms", "3600000"}};
            QVERIFY(cluster->createTopic(spec).ok());
            for (const auto &r : produce(*cluster, "ledger", 3000, 30))
                QVERIFY(r.ok());
            cluster->stop();
        }
        auto cluster = startCluster(config);
        const TopicInfo *t = cluster->metadata()->topic("ledger");
        QVERIFY(t);
        QCOMPARE(t->partitions.size(), 3u);
        QCOMPARE(t->config.overrides().at("retention.ms"), std::string("3600000"));
        const auto records = consumeAll(*cluster, "ledger", 3000);
        QCOMPARE(records.size(), 3000u);
    }

    void retentionMovesTheLogStartOnALiveTopic()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec;
        spec.name = "metrics";
        spec.partitions = 1;
        spec.configs = {{"segment.bytes", "4096"}, {"retention.bytes", "8192"}};
        QVERIFY(cluster->createTopic(spec).ok());
        // Small batches, so the records spread over several segments.
        for (const auto &r : produce(*cluster, "metrics", 2000, 10, {}, 1024))
            QVERIFY(r.ok());
        const TopicPartition tp{"metrics", 0};
        QVERIFY(eventually([&] {
            auto snap = cluster->snapshot();
            for (const auto &t : snap ? snap->topics : std::vector<TopicSnapshot>{})
                if (t.name == "metrics")
                    return t.partitions[0].logStartOffset > 0;
            return false;
        }));
        // A reader below the log start is out of range: with auto.offset.reset=earliest
        // it moves to the new log start.
        ConsumerConfig cfg;
        cfg.autoOffsetReset = OffsetReset::Earliest;
        Consumer consumer(*cluster, cfg);
        consumer.assign({tp});
        consumer.seek(tp, 0);
        std::vector<FetchedRecord> got;
        QVERIFY(eventually([&] {
            for (auto &r : consumer.poll(std::chrono::milliseconds(50)))
                got.push_back(std::move(r));
            return !got.empty();
        }));
        QVERIFY(got.front().offset > 0);
    }
};

QTEST_GUILESS_MAIN(TestReplication)
#include "test_replication.moc"
