// PartitionReader against a real cluster: pages of decoded records at any offset, the
// bounds, lookups by timestamp, compressed batches, and a leader that moves or is gone.

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "cluster_fixture.h"
#endif

#include <QTest>

using namespace es;
using namespace es::test;

class TestPartitionReader : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = startCluster(fastConfig(*m_dir));
        CreateTopicSpec spec;
        spec.name = "t";
        spec.partitions = 2;
        spec.replicationFactor = 3;
        QVERIFY(m_cluster->createTopic(spec).ok());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(10)));
    }
    void cleanup()
    {
        m_cluster.reset();
        m_dir.reset();
    }

    void readsPagesAtAnyOffset()
    {
        produce(1000, Compression::None, 1000);
        PartitionReader reader(*m_cluster);
        const TopicPartition tp{"t", 0};
        auto b = reader.bounds(tp);
        QVERIFY2(b.isOk(), b.status().toString().c_str());
        QCOMPARE(b->logStartOffset, 0);
        QCOMPARE(b->highWatermark, 1000);

        auto page = reader.read(tp, 537, 20);
        QVERIFY2(page.isOk(), page.status().toString().c_str());
        QCOMPARE(page->size(), std::size_t(20));
        for (std::size_t i = 0; i < page->size(); ++i) {
            const FetchedRecord &r = (*page)[i];
            QCOMPARE(r.offset, std::int64_t(537 + i));
            QCOMPARE(stringOf(r.key), "k" + std::to_string(r.offset));
            QCOMPARE(stringOf(r.value), "v" + std::to_string(r.offset));
            QCOMPARE(r.headers.size(), std::size_t(1));
            QCOMPARE(r.headers[0].key, std::string("h"));
            QCOMPARE(r.timestamp, 1000 + r.offset);
            QVERIFY(r.sizeBytes > 0);
        }
        auto tail = reader.read(tp, 995, 100);
        QVERIFY(tail.isOk());
        QCOMPARE(tail->size(), std::size_t(5));
        auto atEnd = reader.read(tp, 1000, 100);
        QVERIFY(atEnd.isOk());
        QVERIFY(atEnd->empty());
        QCOMPARE(reader.read(tp, 5000, 10).status().code(), StatusCode::OutOfRange);
    }

    void decodesCompressedBatches()
    {
        produce(300, Compression::Zstd, 0);
        PartitionReader reader(*m_cluster);
        auto page = reader.read({"t", 0}, 250, 100);
        QVERIFY2(page.isOk(), page.status().toString().c_str());
        QCOMPARE(page->size(), std::size_t(50));
        QCOMPARE(stringOf(page->front().value), std::string("v250"));
    }

    void findsOffsetsByTimestamp()
    {
        produce(100, Compression::None, 10'000); // timestamps 10000 + offset
        PartitionReader reader(*m_cluster);
        const TopicPartition tp{"t", 0};
        QCOMPARE(*reader.offsetForTimestamp(tp, 10'042), std::int64_t(42));
        QCOMPARE(*reader.offsetForTimestamp(tp, 0), std::int64_t(0));
        QCOMPARE(*reader.offsetForTimestamp(tp, 99'999), std::int64_t(100)); // none that recent: the end
    }

    void followsALeaderThatMoves()
    {
        produce(50, Compression::None, 0);
        const TopicPartition tp{"t", 0};
        const std::int32_t leader = m_cluster->metadata()->partition(tp)->leader;
        QVERIFY(m_cluster->stopBroker(leader).isOk());
        PartitionReader reader(*m_cluster);
        QVERIFY(eventually([&] {
            auto page = reader.read(tp, 0, 10);
            return page.isOk() && page->size() == 10;
        }));
    }

    void namesAMissingPartition()
    {
        PartitionReader reader(*m_cluster);
        auto r = reader.read({"nope", 0}, 0, 10);
        QCOMPARE(r.status().code(), StatusCode::NotFound);
        QVERIFY(r.status().toString().find("nope-0") != std::string::npos);
    }

private:
    // `count` records into partition 0: key k<offset>, value v<offset>, one header, and the
    // timestamp base + offset (base 0: now).
    void produce(int count, Compression compression, std::int64_t timestampBase)
    {
        ProducerConfig cfg;
        cfg.compression = compression;
        cfg.lingerMs = 5;
        Producer producer(*m_cluster, cfg);
        for (int i = 0; i < count; ++i) {
            ProducerRecord r;
            r.topic = "t";
            r.partition = 0;
            r.key = bytesOf("k" + std::to_string(i));
            r.value = bytesOf("v" + std::to_string(i));
            r.headers.push_back({"h", bytesOf("x")});
            if (timestampBase > 0)
                r.timestamp = timestampBase + i;
            producer.send(std::move(r));
        }
        QVERIFY(producer.flush(std::chrono::seconds(20)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cluster> m_cluster;
};

QTEST_GUILESS_MAIN(TestPartitionReader)
#include "test_partition_reader.moc"
