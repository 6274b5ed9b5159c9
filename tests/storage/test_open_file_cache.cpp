// Bounded open files: a log keeps its active segment's file open and leaves the others to
// the OpenFileCache, which closes the least recently used beyond its capacity and reopens
// them when read. However many segments, the files open stay within the bound, and every
// record still reads back: after reopening, retention, compaction and truncation.

#include "log_fixture.h"
#include "storage/open_file_cache.h"
#include "storage/segment_format.h"

#include <QObject>
#include <QTest>

#include <map>

using namespace es;
using namespace es::test;

namespace {

constexpr std::size_t kCapacity = 4;

// How many of the process's open files lie in `dir`.
int openFilesIn(const std::filesystem::path &dir)
{
    int n = 0;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/proc/self/fd", ec)) {
        const auto target = std::filesystem::read_symlink(entry.path(), ec);
        if (!ec && target.parent_path() == dir)
            ++n;
    }
    return n;
}

LogConfig smallSegments()
{
    LogConfig c;
    c.segmentBytes = 1024; // two or three batches each
    c.indexIntervalBytes = 256;
    return c;
}

// Appends `batches` batches of 10 records; returns what the log holds.
std::vector<LoggedRecord> fill(PartitionLog &log, int batches, std::uint64_t seed = 1)
{
    std::vector<LoggedRecord> all;
    for (int i = 0; i < batches; ++i) {
        auto appended =
            appendBatch(log, {seed + static_cast<std::uint64_t>(i), 10, kBaseTimestamp + i * 100, 32});
        if (!appended)
            qFatal("append: %s", appended.status().toString().c_str());
        all.insert(all.end(), appended->begin(), appended->end());
    }
    return all;
}

} // namespace

class TestOpenFileCache : public QObject {
    Q_OBJECT

private slots:
    void init() { OpenFileCache::instance().setCapacity(kCapacity); }
    void cleanup() { OpenFileCache::instance().setCapacity(0); }

    void capacityFollowsTheOpenFilesLimit()
    {
        QCOMPARE(OpenFileCache::capacityFor(1024), std::size_t{128});
        QCOMPARE(OpenFileCache::capacityFor(256), std::size_t{32});
        QCOMPARE(OpenFileCache::capacityFor(64), std::size_t{16});
        QCOMPARE(OpenFileCache::capacityFor(1 << 20), std::size_t{1024});
    }

    void manySegmentsKeepFewFilesOpen()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments());
        QVERIFY(log);
        const auto written = fill(**log, 120);
        QVERIFY((*log)->segments().size() > 30);
        // The active segment, and at most the cache's capacity of the others.
        QVERIFY2(openFilesIn(dir.partition()) <= static_cast<int>(1 + kCapacity),
                 std::to_string(openFilesIn(dir.partition())).c_str());

        // Reading everything reopens every old segment, and stays within the bound.
        auto read = readAll(**log);
        QVERIFY2(read, read.status().toString().c_str());
        QVERIFY2(firstDifference(*read, written).empty(), firstDifference(*read, written).c_str());
        QVERIFY(openFilesIn(dir.partition()) <= static_cast<int>(1 + kCapacity));
        auto byTime = (*log)->offsetForTimestamp(kBaseTimestamp + 50 * 100);
        QVERIFY(byTime);
        QVERIFY(byTime->offset.value() >= 490 && byTime->offset.value() <= 510);
    }

    void aReopenedLogKeepsFewFilesOpen()
    {
        TempDir dir;
        std::vector<LoggedRecord> written;
        {
            auto log = PartitionLog::open(dir.partition(), smallSegments());
            QVERIFY(log);
            written = fill(**log, 120);
            QVERIFY((*log)->close().isOk());
        }
        QCOMPARE(openFilesIn(dir.partition()), 0);
        {
            // As after a crash: every segment is checked, one file open at a time.
            std::filesystem::remove(dir.partition() / segfmt::kCleanShutdownFile);
            auto log = PartitionLog::open(dir.partition(), smallSegments());
            QVERIFY2(log, log.status().toString().c_str());
            QVERIFY(openFilesIn(dir.partition()) <= static_cast<int>(1 + kCapacity));
            auto read = readAll(**log);
            QVERIFY(read);
            QVERIFY(firstDifference(*read, written).empty());
            // Appends go on in the active segment, the last one.
            const auto more = fill(**log, 5, 1000);
            QCOMPARE(more.front().offset, written.back().offset + 1);
        }
    }

    void truncationAndRetentionReopenWhatTheyNeed()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments());
        QVERIFY(log);
        auto written = fill(**log, 120);

        // Back into an old segment: it becomes the active one and takes appends.
        QVERIFY((*log)->truncateTo(Offset(555)).isOk());
        const std::int64_t end = (*log)->logEndOffset().value();
        QVERIFY(end <= 555);
        std::erase_if(written, [&](const LoggedRecord &r) { return r.offset >= end; });
        const auto more = fill(**log, 20, 5000);
        written.insert(written.end(), more.begin(), more.end());
        auto read = readAll(**log);
        QVERIFY(read);
        QVERIFY2(firstDifference(*read, written).empty(), firstDifference(*read, written).c_str());

        QVERIFY((*log)->advanceLogStartOffset(Offset(300)).isOk());
        std::erase_if(written, [&](const LoggedRecord &r) { return r.offset < 300; });
        read = readAll(**log, Offset(300));
        QVERIFY(read);
        QVERIFY(firstDifference(*read, written).empty());
        QVERIFY(openFilesIn(dir.partition()) <= static_cast<int>(1 + kCapacity));
    }

    void compactionSwapsFilesReadersMayHold()
    {
        TempDir dir;
        LogConfig config = smallSegments();
        config.cleanupPolicy = CleanupPolicy::Compact;
        auto log = PartitionLog::open(dir.partition(), config);
        QVERIFY(log);
        for (int i = 0; i < 100; ++i) {
            std::vector<Record> records(10);
            for (int j = 0; j < 10; ++j) {
                const std::string key = "k" + std::to_string((i * 10 + j) % 25);
                records[static_cast<std::size_t>(j)].key = Bytes(key.begin(), key.end());
                records[static_cast<std::size_t>(j)].value = Bytes(16, static_cast<std::uint8_t>(i));
                records[static_cast<std::size_t>(j)].timestamp = kBaseTimestamp + i;
            }
            QVERIFY((*log)->append(makeBatch(records), LeaderEpoch(1)));
        }
        auto compacted = (*log)->compact((*log)->logEndOffset());
        QVERIFY2(compacted, compacted.status().toString().c_str());
        QVERIFY(compacted->segmentsCleaned > 0);
        auto read = readAll(**log);
        QVERIFY2(read, read.status().toString().c_str());
        // The latest value of every key survives.
        std::map<std::string, std::int64_t> latest;
        for (const auto &r : *read)
            latest[std::string(r.record.key->begin(), r.record.key->end())] = r.offset;
        QCOMPARE(latest.size(), std::size_t{25});
        QCOMPARE(latest["k24"], std::int64_t{999});
        QVERIFY(openFilesIn(dir.partition()) <= static_cast<int>(1 + kCapacity));
    }
};

QTEST_GUILESS_MAIN(TestOpenFileCache)
#include "test_open_file_cache.moc"
