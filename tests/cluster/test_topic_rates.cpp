// The snapshot's per-topic and per-partition rates: records in from the leaders' logs,
// records out from what consumers fetch (followers' fetches are not consumption).

#ifndef Q_MOC_RUN
#include "cluster_fixture.h"
#endif

#include <QTest>

#include <atomic>

using namespace es;
using namespace es::test;

class TestTopicRates : public QObject {
    Q_OBJECT

private slots:
    void consumersMakeOutRatesAndFollowersDoNot()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        CreateTopicSpec spec;
        spec.name = "rates";
        spec.partitions = 2;
        spec.replicationFactor = 3;
        QVERIFY(cluster->createTopic(spec).ok());
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));

        // Produce steadily with no consumer: in > 0 while out stays 0, replication running.
        std::atomic<bool> stop{false};
        std::thread producing([&] {
            Producer producer(*cluster);
            for (int i = 0; !stop; ++i) {
                ProducerRecord r;
                r.topic = "rates";
                r.value = bytesOf("value " + std::to_string(i));
                producer.send(std::move(r));
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            producer.flush(std::chrono::seconds(10));
        });
        auto topic = [&]() -> std::optional<TopicSnapshot> {
            auto snap = cluster->snapshot();
            if (!snap)
                return std::nullopt;
            for (const auto &t : snap->topics)
                if (t.name == "rates")
                    return t;
            return std::nullopt;
        };
        QVERIFY(eventually([&] { return topic() && topic()->recordsInPerSec > 0; }));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(topic()->recordsOutPerSec, 0.0);
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
        }

        // A consumer reading along makes out rates on the topic and its partitions.
        ConsumerConfig cfg;
        cfg.autoOffsetReset = OffsetReset::Earliest;
        Consumer consumer(*cluster, cfg);
        consumer.assign(partitionsOf(*cluster, "rates"));
        bool seen = false;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!seen && std::chrono::steady_clock::now() < deadline) {
            consumer.poll(std::chrono::milliseconds(20));
            auto t = topic();
            if (t && t->recordsOutPerSec > 0 && t->bytesOutPerSec > 0) {
                double partitions = 0;
                for (const auto &p : t->partitions)
                    partitions += p.recordsOutPerSec;
                QCOMPARE(partitions, t->recordsOutPerSec);
                seen = true;
            }
        }
        stop = true;
        producing.join();
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TestTopicRates)
#include "test_topic_rates.moc"
