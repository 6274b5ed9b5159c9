// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"

#include "browse/record_file.h"
#include "client/partition_reader.h"
#include "connection/embedded_connection.h"
#include "produce/bulk_send.h"
#include "produce/file_record_source.h"
#include "produce/record_generator.h"
#include "produce/template_record_source.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <set>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<BulkSend> templateJob(Connection &connection, const std::string &topic, std::int64_t count,
                                      double rate = 0, std::optional<std::int32_t> partition = {},
                                      BulkSendOptions options = {})
{
    RecordTemplateSet set;
    set.key = "key-{{seq}}";
    set.value = R"({"n":{{seq}},"w":"{{words 3}}"})";
    set.headers = {{"source", "test"}};
    auto generator = RecordGenerator::create(set);
    if (!generator)
        qFatal("%s", generator.status().message().c_str());
    TemplateSourceOptions source;
    source.topic = topic;
    source.count = count;
    source.partition = partition;
    options.ratePerSecond = rate;
    return std::make_unique<BulkSend>(
        connection, std::make_unique<TemplateRecordSource>(std::move(*generator), std::move(source)),
        options);
}

std::vector<FetchedRecord> readAll(Cluster &cluster, const std::string &topic)
{
    std::vector<FetchedRecord> out;
    PartitionReader reader(cluster);
    for (const TopicPartition &tp : partitionsOf(cluster, topic)) {
        std::int64_t offset = 0;
        for (;;) {
            auto batch = reader.read(tp, offset, 1000);
            if (!batch)
                qFatal("read failed: %s", batch.status().message().c_str());
            if (batch->empty())
                break;
            offset = batch->back().offset + 1;
            out.insert(out.end(), batch->begin(), batch->end());
        }
    }
    return out;
}

std::int64_t recordsIn(Cluster &cluster, const std::string &topic)
{
    std::int64_t total = 0;
    PartitionReader reader(cluster);
    for (const TopicPartition &tp : partitionsOf(cluster, topic)) {
        auto b = reader.bounds(tp);
        if (!b)
            qFatal("bounds failed: %s", b.status().message().c_str());
        total += b->highWatermark - b->logStartOffset;
    }
    return total;
}

} // namespace

class TestBulkSend : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<EmbeddedConnection> m_connection; // goes before the cluster

    void createTopic(const std::string &name, int partitions, int replicationFactor = -1)
    {
        CreateTopicSpec spec;
        spec.name = name;
        spec.partitions = partitions;
        spec.replicationFactor = replicationFactor;
        const AdminResult r = m_cluster->createTopic(spec);
        QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY(m_cluster->waitUntilReady(10s));
    }

private slots:
    void initTestCase()
    {
        ClusterConfig config = fastConfig(m_dir);
        config.autoCreateTopics = false; // so an unknown topic is an error, not a new topic
        m_cluster = startCluster(config);
        m_connection = std::make_unique<EmbeddedConnection>(*m_cluster);
    }

    void cleanupTestCase()
    {
        m_cluster->stop();
        m_connection.reset();
        m_cluster.reset();
    }

    void countModeDeliversEveryRecord()
    {
        createTopic("bulk-count", 3);
        auto job = templateJob(*m_connection, "bulk-count", 5000);
        QVERIFY(job->wait(60s));
        QVERIFY2(job->outcome().isOk(), job->outcome().message().c_str());
        const BulkSendProgress p = job->progress();
        QCOMPARE(p.sent, 5000);
        QCOMPARE(p.delivered, 5000);
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.fraction, 1.0);
        QCOMPARE(recordsIn(*m_cluster, "bulk-count"), 5000);
        // Keyed records go to their key's partition, and every sequence number is there once.
        const auto records = readAll(*m_cluster, "bulk-count");
        std::set<std::string> keys;
        for (const auto &r : records)
            keys.insert(stringOf(r.key));
        QCOMPARE(keys.size(), std::size_t{5000});
        QVERIFY(keys.count("key-0") == 1 && keys.count("key-4999") == 1);
    }

    void rateModePaces()
    {
        createTopic("bulk-rate", 1);
        // 100 records at 100/s: the last is due after 0.99 s. Pacing must keep the run from
        // finishing much sooner; a loaded machine may make it later, which is not checked.
        auto job = templateJob(*m_connection, "bulk-rate", 100, 100.0);
        QVERIFY(eventually([&] { return job->progress().elapsedMs >= 300; }, 10s));
        // Never ahead of the schedule: what was sent is at most what was due when it was
        // read (sent is read first, so a slow test thread only loosens this).
        const std::int64_t sentEarly = job->progress().sent;
        const std::int64_t elapsedMs = job->progress().elapsedMs;
        QVERIFY2(sentEarly <= elapsedMs / 10 + 2,
                 (std::to_string(sentEarly) + " by " + std::to_string(elapsedMs)).c_str());
        QVERIFY(job->wait(60s));
        QVERIFY(job->outcome().isOk());
        const BulkSendProgress p = job->progress();
        QCOMPARE(p.delivered, 100);
        QVERIFY2(p.elapsedMs >= 600, std::to_string(p.elapsedMs).c_str());
    }

    void cancelStopsEarly()
    {
        createTopic("bulk-cancel", 2);
        auto job = templateJob(*m_connection, "bulk-cancel", 1'000'000, 200.0);
        QVERIFY(eventually([&] { return job->progress().delivered >= 10; }, 10s));
        job->cancel();
        QVERIFY(job->wait(30s));
        const BulkSendProgress p = job->progress();
        QCOMPARE(job->outcome().code(), StatusCode::Cancelled);
        QVERIFY(p.delivered >= 10 && p.delivered < 1'000'000);
        QCOMPARE(p.delivered + p.failed, p.sent); // what was sent was waited for
        QCOMPARE(recordsIn(*m_cluster, "bulk-cancel"), p.delivered);

        // The destructor cancels and joins a job still running.
        auto running = templateJob(*m_connection, "bulk-cancel", 1'000'000, 200.0);
        QVERIFY(eventually([&] { return running->progress().sent > 0; }, 10s));
        running.reset();
    }

    void unknownTopicIsReportedInWords()
    {
        auto job = templateJob(*m_connection, "no-such-topic", 3);
        QVERIFY(job->wait(30s));
        QCOMPARE(job->progress().failed, 3);
        const std::string error = job->firstError();
        QVERIFY2(error.find("no-such-topic") != std::string::npos, error.c_str());
        QVERIFY2(job->outcome().message().find("3 of 3 records failed") != std::string::npos,
                 job->outcome().message().c_str());
    }

    void recordTooLargeIsReportedInWords()
    {
        CreateTopicSpec spec;
        spec.name = "bulk-small";
        spec.partitions = 1;
        spec.configs = {{"max.message.bytes", "1024"}};
        QVERIFY(m_cluster->createTopic(spec).ok());
        QVERIFY(m_cluster->waitUntilReady(10s));
        RecordTemplateSet set;
        set.value = "{{words 2000}}"; // well over 1 KiB
        auto generator = RecordGenerator::create(set);
        QVERIFY(generator);
        TemplateSourceOptions source;
        source.topic = "bulk-small";
        BulkSend job(*m_connection, std::make_unique<TemplateRecordSource>(std::move(*generator), source));
        QVERIFY(job.wait(30s));
        QCOMPARE(job.progress().failed, 1);
        QVERIFY2(job.firstError().find("max.message.bytes") != std::string::npos, job.firstError().c_str());
    }

    void fixedPartition()
    {
        createTopic("bulk-fixed", 3);
        auto job = templateJob(*m_connection, "bulk-fixed", 50, 0, 2);
        QVERIFY(job->wait(30s));
        QVERIFY(job->outcome().isOk());
        QCOMPARE(job->progress().lastPartition, 2);
        for (const auto &r : readAll(*m_cluster, "bulk-fixed"))
            QCOMPARE(r.tp.partition, 2);
    }

    void importJsonLinesProducesIdenticalRecords()
    {
        createTopic("import-source", 3);
        createTopic("import-target", 3);
        const std::int64_t base =
            std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch() - std::chrono::hours(1))
                .count();
        {
            Producer producer(*m_cluster);
            for (int i = 0; i < 60; ++i) {
                ProducerRecord r;
                r.topic = "import-source";
                if (i % 5 != 0)
                    r.key = bytesOf("k" + std::to_string(i));
                r.value = i % 7 == 0 ? Bytes{0x00, 0xff, 0x10, static_cast<std::uint8_t>(i)}
                                     : bytesOf("{\"i\":" + std::to_string(i) + "}");
                r.headers = {{"h", bytesOf("v" + std::to_string(i))}, {"empty", std::nullopt}};
                r.timestamp = base + i * 1000; // recent, so retention leaves them alone
                r.partition = i % 3;
                producer.send(std::move(r));
            }
            QVERIFY(producer.flush(30s));
        }
        const auto original = readAll(*m_cluster, "import-source");
        QCOMPARE(original.size(), std::size_t{60});
        const std::string path = m_dir.filePath("export.jsonl").toStdString();
        {
            auto writer = RecordFileWriter::create(path, RecordFileFormat::JsonLines);
            QVERIFY(writer);
            for (const auto &r : original)
                QVERIFY((*writer)->write(r).isOk());
            QVERIFY((*writer)->close().isOk());
        }

        auto source = FileRecordSource::open(path, recordFileFormatForPath(path), "import-target", 3);
        QVERIFY2(source, source.status().message().c_str());
        BulkSend job(*m_connection, std::move(*source));
        QVERIFY(job.wait(60s));
        QVERIFY2(job.outcome().isOk(), job.outcome().message().c_str());
        QCOMPARE(job.progress().delivered, 60);
        QCOMPARE(job.progress().fraction, 1.0);

        const auto imported = readAll(*m_cluster, "import-target");
        QCOMPARE(imported.size(), original.size());
        // Same partitions, and within each the same records in the same order.
        for (std::size_t i = 0; i < original.size(); ++i) {
            QCOMPARE(imported[i].tp.partition, original[i].tp.partition);
            QCOMPARE(imported[i].offset, original[i].offset);
            QCOMPARE(imported[i].timestamp, original[i].timestamp);
            QCOMPARE(imported[i].key, original[i].key);
            QCOMPARE(imported[i].value, original[i].value);
            QCOMPARE(imported[i].headers, original[i].headers);
        }
    }

    void importIntoFewerPartitionsGoesByKey()
    {
        createTopic("import-narrow", 1);
        const std::string path = m_dir.filePath("partitioned.jsonl").toStdString();
        {
            auto writer = RecordFileWriter::create(path, RecordFileFormat::JsonLines);
            QVERIFY(writer);
            FileRecord r;
            r.partition = 4; // the target has no partition 4
            r.key = bytesOf("a");
            r.value = bytesOf("b");
            QVERIFY((*writer)->write(r).isOk());
            QVERIFY((*writer)->close().isOk());
        }
        auto source = FileRecordSource::open(path, RecordFileFormat::JsonLines, "import-narrow", 1);
        QVERIFY(source);
        BulkSend job(*m_connection, std::move(*source));
        QVERIFY(job.wait(30s));
        QVERIFY2(job.outcome().isOk(), job.outcome().message().c_str());
        QCOMPARE(job.progress().lastPartition, 0);
    }

    void malformedLineStopsWithItsNumber()
    {
        createTopic("import-bad", 1);
        const std::string path = m_dir.filePath("bad.jsonl").toStdString();
        {
            std::ofstream out(path);
            out << R"({"key":"a","value":"1"})" << '\n'
                << R"({"key":"b","value":"2"})" << '\n'
                << "this is not json\n"
                << R"({"key":"c","value":"3"})" << '\n';
        }
        auto source = FileRecordSource::open(path, RecordFileFormat::JsonLines, "import-bad", 1);
        QVERIFY(source);
        BulkSend job(*m_connection, std::move(*source));
        QVERIFY(job.wait(30s));
        const Status outcome = job.outcome();
        QVERIFY(!outcome.isOk());
        QVERIFY2(outcome.message().find("line 3") != std::string::npos, outcome.message().c_str());
        QCOMPARE(job.progress().delivered, 2);
    }

    void destroyingAJobDoesNotWaitForAPausedLeader()
    {
        // A view closing while its job's records wait on a paused broker destroys the job
        // on the GUI thread: that must not wait out the delivery timeout (30 s here).
        createTopic("bulk-paused", 1, 1);
        const std::int32_t leader = m_cluster->metadata()->partition({"bulk-paused", 0})->leader;
        QVERIFY(m_cluster->pauseBroker(leader).isOk());

        auto job = templateJob(*m_connection, "bulk-paused", 100);
        QVERIFY(eventually([&] { return job->progress().sent == 100; }));
        QCOMPARE(job->progress().delivered, 0);

        const bool quick = finishesWithin([&] { job.reset(); }, 5s);
        QVERIFY(m_cluster->resumeBroker(leader).isOk());
        QVERIFY(quick);
    }

    // Last: it stops a broker.
    void offlinePartitionIsReportedInWords()
    {
        createTopic("bulk-offline", 1, 1);
        const std::int32_t leader = m_cluster->metadata()->partition({"bulk-offline", 0})->leader;
        QVERIFY(m_cluster->stopBroker(leader).isOk());
        QVERIFY(eventually([&] {
            return m_cluster->metadata()->partition({"bulk-offline", 0})->leader < 0;
        }));

        BulkSendOptions options;
        options.producer.deliveryTimeoutMs = 1500;
        auto job = templateJob(*m_connection, "bulk-offline", 1, 0, {}, options);
        QVERIFY(job->wait(30s));
        QCOMPARE(job->progress().failed, 1);
        QVERIFY2(job->firstError().find("delivery timeout") != std::string::npos, job->firstError().c_str());
    }
};

QTEST_GUILESS_MAIN(TestBulkSend)
#include "test_bulk_send.moc"
