// RecordSearch and RecordExport against a real cluster: a search over 100,000 records finds
// exactly the matching records (count and offsets), hands them out incrementally, keeps at
// most the cap, honours start offsets and chosen partitions, cancels promptly (even while a
// leader is paused) and goes on past a partition whose leader is down; an export streams a
// topic to both file formats and re-imports identically.

#ifndef Q_MOC_RUN
#include "browse/record_export.h"
#include "browse/record_search.h"
#include "cluster/cluster_fixture.h"
#include "connection/embedded_connection.h"
#endif

#include <QFile>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace es;
using namespace es::test;

namespace {

constexpr int kRecords = 100'000;
constexpr int kPartitions = 3;

// Recent enough that retention keeps the records.
const std::int64_t kBaseTimestamp =
    std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count() -
    3'600'000;

// Record i goes to partition i % 3 at offset i / 3; every 7th holds "match-me".
bool isMatch(int i) { return i % 7 == 0; }

ProducerRecord recordFor(int i)
{
    ProducerRecord r;
    r.topic = "big";
    r.partition = i % kPartitions;
    if (i % 5 == 0)
        r.key = Bytes{0x00, 0xFF, static_cast<std::uint8_t>(i & 0xFF)}; // binary key
    else if (i % 5 != 1)
        r.key = bytesOf("key-" + std::to_string(i));
    r.value = bytesOf("value " + std::to_string(i) + (isMatch(i) ? " match-me, \"quoted\"\n" : " plain"));
    if (i % 11 == 0)
        r.value = std::nullopt;
    if (i % 2 == 0)
        r.headers = {{"seq", bytesOf(std::to_string(i))}, {"nothing", std::nullopt}};
    r.timestamp = kBaseTimestamp + i;
    return r;
}

FileRecord asFileRecord(const FetchedRecord &r)
{
    return {r.tp.topic, r.tp.partition, r.offset, r.timestamp, r.key, r.value, r.headers};
}

RecordFilter containsFilter(const std::string &text)
{
    RecordFilter f;
    FilterCondition c;
    c.target = FilterTarget::Value;
    c.kind = MatchKind::Contains;
    c.pattern = text;
    f.conditions.push_back(c);
    return f;
}

} // namespace

class TestRecordSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cluster = startCluster(fastConfig(*m_dir));
        m_connection = std::make_unique<EmbeddedConnection>(*m_cluster);
        CreateTopicSpec spec;
        spec.name = "big";
        spec.partitions = kPartitions;
        spec.replicationFactor = 3;
        QVERIFY(m_cluster->createTopic(spec).ok());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(10)));
        ProducerConfig config;
        config.lingerMs = 5;
        config.batchBytes = 1 << 20;
        Producer producer(*m_cluster, config);
        std::atomic<int> failed{0};
        for (int i = 0; i < kRecords; ++i)
            producer.send(recordFor(i), [&](const DeliveryReport &report) {
                if (!report.ok())
                    ++failed;
            });
        QVERIFY(producer.flush(std::chrono::seconds(60)));
        QCOMPARE(failed.load(), 0);
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_cluster.reset();
        m_dir.reset();
    }

    void findsExactlyTheMatchingRecords()
    {
        RecordSearchSpec spec;
        spec.topic = "big";
        spec.filter = containsFilter("match-me");
        spec.maxKeptMatches = kRecords;
        auto search = RecordSearch::start(*m_connection, spec);
        QVERIFY2(search.isOk(), search.status().toString().c_str());
        std::vector<FetchedRecord> incremental;
        while (!(*search)->progress().done) {
            for (auto &r : (*search)->takeNewMatches())
                incremental.push_back(std::move(r));
            QTest::qWait(5);
        }
        for (auto &r : (*search)->takeNewMatches())
            incremental.push_back(std::move(r));

        const RecordSearchProgress p = (*search)->progress();
        QVERIFY(p.error.isOk());
        QVERIFY(!p.cancelled);
        QCOMPARE(p.totalRecords, std::uint64_t(kRecords));
        QCOMPARE(p.scannedRecords, std::uint64_t(kRecords));
        std::set<std::pair<int, std::int64_t>> expected;
        for (int i = 0; i < kRecords; ++i)
            if (isMatch(i) && recordFor(i).value)
                expected.insert({i % kPartitions, i / kPartitions});
        QCOMPARE(p.matchedRecords, std::uint64_t(expected.size()));
        QCOMPARE(p.keptMatches, std::uint64_t(expected.size()));
        QVERIFY(!p.capped);
        QCOMPARE(p.partitions.size(), std::size_t(kPartitions));
        for (const auto &part : p.partitions) {
            QVERIFY(part.done);
            QVERIFY(part.error.empty());
            QCOMPARE(part.nextOffset, part.endOffset);
        }

        const auto all = (*search)->matches();
        QCOMPARE(all.size(), expected.size());
        auto it = expected.begin();
        for (const FetchedRecord &r : all) {
            QCOMPARE(std::make_pair(r.tp.partition, r.offset), *it++);
            const int i = static_cast<int>(r.offset) * kPartitions + r.tp.partition;
            const ProducerRecord original = recordFor(i);
            QVERIFY(r.value == original.value);
            QVERIFY(r.key == original.key);
            QCOMPARE(r.headers, original.headers);
            QCOMPARE(r.timestamp, *original.timestamp);
        }
        // Incremental matches: the same records, each partition's in offset order.
        QCOMPARE(incremental.size(), all.size());
        std::map<int, std::int64_t> last;
        for (const FetchedRecord &r : incremental) {
            QVERIFY(!last.contains(r.tp.partition) || last[r.tp.partition] < r.offset);
            last[r.tp.partition] = r.offset;
        }
    }

    void keepsAtMostTheCap()
    {
        RecordSearchSpec spec;
        spec.topic = "big";
        spec.filter = containsFilter("match-me");
        spec.maxKeptMatches = 100;
        auto search = RecordSearch::start(*m_connection, spec);
        QVERIFY(search.isOk());
        QVERIFY((*search)->waitUntilDone(std::chrono::seconds(60)));
        const auto p = (*search)->progress();
        QCOMPARE(p.keptMatches, std::uint64_t(100));
        QVERIFY(p.capped);
        QVERIFY(p.matchedRecords > 10'000);
        QCOMPARE((*search)->matches().size(), std::size_t(100));
    }

    void honoursPartitionsStartOffsetsAndTime()
    {
        const std::int64_t end = (kRecords - 1 - 1) / kPartitions + 1; // partition 1's record count
        RecordSearchSpec spec;
        spec.topic = "big";
        spec.partitions = {1};
        spec.startOffsets[1] = 30'000;
        spec.filter = containsFilter("match-me");
        spec.threads = 1;
        auto fromOffset = RecordSearch::start(*m_connection, spec);
        QVERIFY(fromOffset.isOk());
        QVERIFY((*fromOffset)->waitUntilDone(std::chrono::seconds(60)));
        auto p = (*fromOffset)->progress();
        QCOMPARE(p.totalRecords, std::uint64_t(end - 30'000));
        QCOMPARE(p.scannedRecords, p.totalRecords);
        for (const FetchedRecord &r : (*fromOffset)->matches()) {
            QCOMPARE(r.tp.partition, 1);
            QVERIFY(r.offset >= 30'000);
        }

        // A time range's start moves the scan's start to the first record at or after it.
        spec.filter = {};
        spec.filter.fromTimestampMs = kBaseTimestamp + 95'000;
        auto fromTime = RecordSearch::start(*m_connection, spec);
        QVERIFY(fromTime.isOk());
        QVERIFY((*fromTime)->waitUntilDone(std::chrono::seconds(60)));
        p = (*fromTime)->progress();
        const std::int64_t first = (95'000 + 2) / 3; // i = 95002 is the first i % 3 == 1
        QCOMPARE(p.partitions[0].startOffset, first);
        QCOMPARE(p.totalRecords, std::uint64_t(end - first));
        QCOMPARE(p.scannedRecords, p.totalRecords);
        const auto all = (*fromTime)->matches();
        QCOMPARE(all.size(), std::size_t(end - first));
        QCOMPARE(all.front().offset, first);
        for (const FetchedRecord &r : all)
            QVERIFY(r.timestamp >= kBaseTimestamp + 95'000);
    }

    void rejectsBadSpecsAtOnce()
    {
        RecordSearchSpec spec;
        spec.topic = "nope";
        QCOMPARE(RecordSearch::start(*m_connection, spec).status().code(), StatusCode::NotFound);
        spec.topic = "big";
        spec.partitions = {7};
        QCOMPARE(RecordSearch::start(*m_connection, spec).status().code(), StatusCode::NotFound);
        spec.partitions = {};
        spec.filter.conditions.push_back({FilterTarget::Value, {}, MatchKind::Regex, "(", {}, false});
        auto bad = RecordSearch::start(*m_connection, spec);
        QCOMPARE(bad.status().code(), StatusCode::InvalidArgument);
        QVERIFY(bad.status().message().find("regular expression") != std::string::npos);
    }

    void cancelsPromptly()
    {
        RecordSearchSpec spec;
        spec.topic = "big";
        // No literal to prefilter on: std::regex runs on every record, the slowest scan.
        spec.filter.conditions.push_back(
            {FilterTarget::Value, {}, MatchKind::Regex, "(a|e)[^x]*9$", {}, false});
        // The scan takes a few tens of milliseconds: cancel as soon as it has started, and
        // start again in the rare run where it finished first.
        bool cancelledOne = false;
        for (int attempt = 0; attempt < 5 && !cancelledOne; ++attempt) {
            auto search = RecordSearch::start(*m_connection, spec);
            QVERIFY(search.isOk());
            QVERIFY(eventually([&] { return (*search)->progress().scannedRecords > 0; },
                               std::chrono::seconds(10), std::chrono::milliseconds(1)));
            if ((*search)->progress().done)
                continue;
            const auto before = std::chrono::steady_clock::now();
            (*search)->cancel();
            QVERIFY((*search)->waitUntilDone(std::chrono::seconds(2)));
            QVERIFY(std::chrono::steady_clock::now() - before < std::chrono::milliseconds(500));
            const auto p = (*search)->progress();
            QVERIFY(p.done);
            QVERIFY(p.cancelled || p.scannedRecords == p.totalRecords);
            cancelledOne = p.cancelled;
        }
        QVERIFY2(cancelledOne, "every search finished before it could be cancelled");
        // Destroying a running search cancels and joins.
        auto again = RecordSearch::start(*m_connection, spec);
        QVERIFY(again.isOk());
        const auto start = std::chrono::steady_clock::now();
        again->reset();
        QVERIFY(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500));
    }

    void exportsAndReimportsBothFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json lines") << int(RecordFileFormat::JsonLines);
        QTest::newRow("csv") << int(RecordFileFormat::Csv);
    }
    void exportsAndReimportsBothFormats()
    {
        QFETCH(int, format);
        const auto f = static_cast<RecordFileFormat>(format);
        QTemporaryDir dir;
        RecordExportSpec spec;
        spec.topic = "big";
        spec.path = dir.filePath("export").toStdString();
        spec.format = f;
        auto job = RecordExport::start(*m_connection, spec);
        QVERIFY2(job.isOk(), job.status().toString().c_str());
        QVERIFY((*job)->waitUntilDone(std::chrono::seconds(120)));
        const auto p = (*job)->progress();
        QVERIFY2(p.error.isOk(), p.error.toString().c_str());
        QVERIFY(p.partitionErrors.empty());
        QCOMPARE(p.writtenRecords, std::uint64_t(kRecords));
        QCOMPARE(p.totalRecords, std::uint64_t(kRecords));

        auto reader = RecordFileReader::open(spec.path, f);
        QVERIFY(reader.isOk());
        FileRecord r;
        int n = 0;
        while ((*reader)->next(r)) {
            const int i = static_cast<int>(*r.offset) * kPartitions + *r.partition;
            const ProducerRecord original = recordFor(i);
            if (!(r.topic == "big" && r.key == original.key && r.value == original.value &&
                  r.headers == original.headers && r.timestamp == original.timestamp))
                QFAIL(("record " + std::to_string(i) + " differs after the round trip").c_str());
            ++n;
        }
        QVERIFY2((*reader)->status().isOk(), (*reader)->status().toString().c_str());
        QCOMPARE(n, kRecords);
    }

    void exportsAFilteredRangeAndSearchResults()
    {
        QTemporaryDir dir;
        RecordExportSpec spec;
        spec.topic = "big";
        spec.partitions = {0, 2};
        spec.ranges[2] = {100, 200};
        spec.filter = containsFilter("match-me");
        spec.path = dir.filePath("part.jsonl").toStdString();
        auto job = RecordExport::start(*m_connection, spec);
        QVERIFY(job.isOk());
        QVERIFY((*job)->waitUntilDone(std::chrono::seconds(60)));
        QVERIFY((*job)->progress().error.isOk());

        RecordSearchSpec search;
        search.topic = "big";
        search.partitions = {0, 2};
        search.filter = spec.filter;
        search.maxKeptMatches = kRecords;
        auto s = RecordSearch::start(*m_connection, search);
        QVERIFY(s.isOk());
        QVERIFY((*s)->waitUntilDone(std::chrono::seconds(60)));
        std::vector<FileRecord> expected;
        for (const FetchedRecord &r : (*s)->matches())
            if (r.tp.partition == 0 || (r.offset >= 100 && r.offset < 200))
                expected.push_back(asFileRecord(r));
        QCOMPARE((*job)->progress().writtenRecords, std::uint64_t(expected.size()));

        auto reader = RecordFileReader::open(spec.path, RecordFileFormat::JsonLines);
        QVERIFY(reader.isOk());
        std::vector<FileRecord> back;
        FileRecord r;
        while ((*reader)->next(r))
            back.push_back(r);
        QVERIFY(back == expected);

        // The search's kept matches written straight to a file read back the same.
        const std::string csv = dir.filePath("matches.csv").toStdString();
        QVERIFY(writeRecordsToFile((*s)->matches(), csv, RecordFileFormat::Csv).isOk());
        auto csvReader = RecordFileReader::open(csv, RecordFileFormat::Csv);
        QVERIFY(csvReader.isOk());
        std::size_t count = 0;
        while ((*csvReader)->next(r))
            ++count;
        QVERIFY((*csvReader)->status().isOk());
        QCOMPARE(count, (*s)->matches().size());
    }

    void exportFailsOnAFullDiskAndCancels()
    {
        if (QFile::exists("/dev/full")) {
            RecordExportSpec full;
            full.topic = "big";
            full.path = "/dev/full";
            auto job = RecordExport::start(*m_connection, full);
            QVERIFY(job.isOk());
            QVERIFY((*job)->waitUntilDone(std::chrono::seconds(60)));
            const auto p = (*job)->progress();
            QCOMPARE(p.error.code(), StatusCode::IOError);
            QVERIFY(p.writtenRecords < std::uint64_t(kRecords));
        }
        QTemporaryDir dir;
        RecordExportSpec spec;
        spec.topic = "big";
        spec.path = dir.filePath("cancelled.csv").toStdString();
        spec.format = RecordFileFormat::Csv;
        auto job = RecordExport::start(*m_connection, spec);
        QVERIFY(job.isOk());
        (*job)->cancel();
        QVERIFY((*job)->waitUntilDone(std::chrono::seconds(2)));
        QVERIFY((*job)->progress().cancelled);
        QVERIFY((*job)->progress().error.isOk());
        // What was written before the cancel is a valid file.
        auto reader = RecordFileReader::open(spec.path, RecordFileFormat::Csv);
        QVERIFY(reader.isOk());
        FileRecord r;
        while ((*reader)->next(r)) {}
        QVERIFY((*reader)->status().isOk());
        QCOMPARE(
            RecordExport::start(*m_connection, {"big", {}, {}, {}, "/nonexistent/x.jsonl"}).status().code(),
            StatusCode::IOError);
    }

    void endsAtOnceWhileALeaderIsPaused()
    {
        // A paused leader answers nothing: a read waits for the request timeout (10 s)
        // unless cancelling the search or export ends it.
        QVERIFY(createFilled("paused", 1, 3, 100));
        const std::int32_t leader = m_cluster->metadata()->partition({"paused", 0})->leader;
        QVERIFY(m_cluster->pauseBroker(leader).isOk());

        RecordSearchSpec search;
        search.topic = "paused";
        auto cancelled = RecordSearch::start(*m_connection, search);
        auto destroyed = RecordSearch::start(*m_connection, search);
        QTemporaryDir dir;
        RecordExportSpec exportSpec;
        exportSpec.topic = "paused";
        exportSpec.path = dir.filePath("paused.jsonl").toStdString();
        auto exported = RecordExport::start(*m_connection, exportSpec);
        QVERIFY(cancelled.isOk() && destroyed.isOk() && exported.isOk());
        std::this_thread::sleep_for(std::chrono::milliseconds(300)); // their reads wait
        (*cancelled)->cancel();
        (*exported)->cancel();
        const bool searchEnded = (*cancelled)->waitUntilDone(std::chrono::seconds(2));
        const bool exportEnded = (*exported)->waitUntilDone(std::chrono::seconds(2));
        const bool destroyedQuickly = finishesWithin([&] { destroyed->reset(); }, std::chrono::seconds(2));
        QVERIFY(m_cluster->resumeBroker(leader).isOk());
        QVERIFY(searchEnded);
        QVERIFY(exportEnded);
        QVERIFY(destroyedQuickly);
        const RecordSearchProgress p = (*cancelled)->progress();
        QVERIFY(p.cancelled);
        QVERIFY(p.error.isOk());
        QVERIFY2(p.partitions.front().error.empty(), p.partitions.front().error.c_str());
        QVERIFY((*exported)->progress().cancelled);
        QVERIFY((*exported)->progress().error.isOk());
        QVERIFY((*exported)->progress().partitionErrors.empty());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
    }

    void goesOnPastAPartitionWithoutLeader()
    {
        QVERIFY(createFilled("fragile", 3, 1, 300));
        const auto image = m_cluster->metadata();
        const std::int32_t downBroker = image->partition({"fragile", 0})->leader;
        std::set<std::int32_t> downPartitions;
        for (int p = 0; p < 3; ++p)
            if (image->partition({"fragile", p})->leader == downBroker)
                downPartitions.insert(p);
        QVERIFY(downPartitions.size() < 3);
        QVERIFY(m_cluster->crashBroker(downBroker, false).isOk());
        QVERIFY(eventually([&] { return m_cluster->metadata()->partition({"fragile", 0})->leader < 0; }));

        RecordSearchSpec search;
        search.topic = "fragile";
        auto s = RecordSearch::start(*m_connection, search);
        QVERIFY(s.isOk());
        QVERIFY((*s)->waitUntilDone(std::chrono::seconds(60)));
        const auto p = (*s)->progress();
        QVERIFY(p.error.isOk());
        for (const auto &part : p.partitions) {
            if (downPartitions.contains(part.partition)) {
                QVERIFY2(!part.error.empty(), "a partition without leader reports an error");
            } else {
                QVERIFY2(part.error.empty(), part.error.c_str());
                QCOMPARE(part.scannedRecords, std::uint64_t(100));
            }
        }
        QCOMPARE(p.matchedRecords, std::uint64_t(100 * (3 - downPartitions.size())));
        QVERIFY(m_cluster->restartBroker(downBroker).isOk());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
    }

private:
    // A topic whose partitions get `records` small records in turn, all acknowledged.
    bool createFilled(const std::string &name, int partitions, int replicationFactor, int records)
    {
        CreateTopicSpec spec;
        spec.name = name;
        spec.partitions = partitions;
        spec.replicationFactor = replicationFactor;
        if (!m_cluster->createTopic(spec).ok() || !m_cluster->waitUntilReady(std::chrono::seconds(10)))
            return false;
        Producer producer(*m_cluster);
        for (int i = 0; i < records; ++i)
            producer.send(
                {name, i % partitions, std::nullopt, bytesOf("v" + std::to_string(i)), {}, std::nullopt});
        return producer.flush(std::chrono::seconds(20));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cluster> m_cluster;
    std::unique_ptr<EmbeddedConnection> m_connection; // borrows m_cluster
};

QTEST_GUILESS_MAIN(TestRecordSearch)
#include "test_record_search.moc"
