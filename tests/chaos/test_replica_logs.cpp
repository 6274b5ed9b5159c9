// Cluster::replicaLogDigests, what the control API's replicas route and the chaos checker
// compare replicas with: every running broker's copy of a partition, batch by batch.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#endif

#include <QObject>

#include <algorithm>

using namespace es;
using namespace es::test;

class TestReplicaLogs : public QObject {
    Q_OBJECT

private:
    static void produce(Cluster &cluster, const std::string &topic, int count)
    {
        ProducerConfig cfg;
        cfg.lingerMs = 2;
        Producer producer(cluster, cfg);
        std::atomic<int> failed{0};
        for (int i = 0; i < count; ++i) {
            ProducerRecord r;
            r.topic = topic;
            r.key = bytesOf("key-" + std::to_string(i % 7));
            r.value = bytesOf(std::to_string(i));
            producer.send(std::move(r), [&failed](const DeliveryReport &rep) {
                if (!rep.ok())
                    ++failed;
            });
        }
        QVERIFY(producer.flush(std::chrono::seconds(30)));
        QCOMPARE(failed.load(), 0);
    }

    static std::unique_ptr<Cluster> clusterWithTopic(const QTemporaryDir &dir)
    {
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec;
        spec.name = "digests";
        spec.partitions = 1;
        spec.replicationFactor = 3;
        if (!cluster->createTopic(spec).ok())
            qFatal("cannot create the topic");
        return cluster;
    }

    static std::vector<ReplicaLogDigest> digests(Cluster &cluster)
    {
        auto answer = cluster.replicaLogDigests({"digests", 0}, std::chrono::seconds(5));
        if (!answer.isOk())
            qFatal("replicaLogDigests: %s", answer.status().toString().c_str());
        return std::move(answer).value();
    }

    static std::vector<std::int32_t> brokersOf(const std::vector<ReplicaLogDigest> &d)
    {
        std::vector<std::int32_t> ids;
        for (const auto &r : d)
            ids.push_back(r.broker);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    static bool allEndAt(Cluster &cluster, std::int64_t end)
    {
        const auto d = digests(cluster);
        return d.size() == 3 && std::all_of(d.begin(), d.end(), [end](const ReplicaLogDigest &r) {
                   return r.logEndOffset == end && r.highWatermark == end;
               });
    }

private slots:
    // The replicas of a healthy partition hold the same batches, which cover the log from
    // its start to its end without a gap; one of them leads.
    void replicasOfAHealthyPartitionAgree()
    {
        QTemporaryDir dir;
        auto cluster = clusterWithTopic(dir);
        produce(*cluster, "digests", 500);
        QVERIFY(eventually([&] { return allEndAt(*cluster, 500); }));

        const auto d = digests(*cluster);
        QCOMPARE(brokersOf(d), (std::vector<std::int32_t>{1, 2, 3}));
        QCOMPARE(std::count_if(d.begin(), d.end(), [](const auto &r) { return r.leader; }),
                 std::ptrdiff_t{1});
        QVERIFY(!d[0].batches.empty());
        for (const auto &r : d) {
            QCOMPARE(r.logStartOffset, std::int64_t{0});
            QCOMPARE(r.batches, d[0].batches);
            std::int64_t next = 0;
            for (const auto &b : r.batches) {
                QCOMPARE(b.baseOffset, next);
                QVERIFY(b.crc != 0);
                next = b.lastOffset + 1;
            }
            QCOMPARE(next, std::int64_t{500});
        }
    }

    // A crashed or paused broker is left out rather than waited for; once it runs again its
    // replica is back, caught up and equal to the others.
    void brokersNotRunningAreLeftOut()
    {
        QTemporaryDir dir;
        auto cluster = clusterWithTopic(dir);
        produce(*cluster, "digests", 100);
        QVERIFY(eventually([&] { return allEndAt(*cluster, 100); }));

        QVERIFY(cluster->crashBroker(2, true).isOk());
        QCOMPARE(brokersOf(digests(*cluster)), (std::vector<std::int32_t>{1, 3}));
        QVERIFY(cluster->pauseBroker(3).isOk());
        QCOMPARE(brokersOf(digests(*cluster)), (std::vector<std::int32_t>{1}));
        QVERIFY(cluster->resumeBroker(3).isOk());
        QVERIFY(cluster->restartBroker(2).isOk());

        QVERIFY(eventually([&] { return allEndAt(*cluster, 100); }, std::chrono::seconds(20)));
        const auto d = digests(*cluster);
        for (const auto &r : d)
            QCOMPARE(r.batches, d[0].batches);
    }

    void anUnknownPartitionIsNotFound()
    {
        QTemporaryDir dir;
        auto cluster = clusterWithTopic(dir);
        for (const TopicPartition &tp : {TopicPartition{"digests", 1}, TopicPartition{"nothing", 0}}) {
            auto answer = cluster->replicaLogDigests(tp, std::chrono::seconds(5));
            QVERIFY(!answer.isOk());
            QCOMPARE(answer.status().code(), StatusCode::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestReplicaLogs)
#include "test_replica_logs.moc"
