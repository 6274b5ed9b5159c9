// Retention and compaction keep what Kafka keeps: records without timestamps live by their
// segment's file time, segments compaction emptied do not stop retention, tombstones live
// delete.retention.ms from their first compaction, and segments written before leaders set
// MaxTimestamp are repaired when the log opens.

#include "produced_batch.h"

#include "storage/segment_format.h"

#include <QTest>

#include <filesystem>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 60 * kMinute;

std::vector<std::filesystem::path> filesEndingWith(const std::filesystem::path &dir, std::string_view suffix)
{
    std::vector<std::filesystem::path> out;
    for (const auto &e : std::filesystem::directory_iterator(dir))
        if (e.path().string().ends_with(suffix))
            out.push_back(e.path());
    return out;
}

// Appends one record with key `key` per batch, `count` times, at `timestamp`.
void appendKeyed(PartitionLog &log, const std::string &key, int count, std::int64_t timestamp)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append(producedBatch({{key, key + "-" + std::to_string(i), timestamp}}), LeaderEpoch(0))
                    .isOk());
}

} // namespace

class TestLogRetention : public QObject {
    Q_OBJECT

private slots:
    // Kafka's LogSegment.largestTimestamp: with no record timestamp, the file's last change.
    void recordsWithoutTimestampsLiveByTheirFileTime()
    {
        QTemporaryDir tmp;
        ManualClock clock(wallClockMs());
        LogConfig config;
        config.retentionMs = kHour;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        QVERIFY(log->append(producedBatch({{"a", "1", -1}, {"b", "2", -1}, {"c", "3", -1}}), LeaderEpoch(0))
                    .isOk());
        QCOMPARE(log->segments().back().maxTimestamp, -1);
        for (int pass = 0; pass < 6; ++pass) {
            QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
            clock.advance(10 * kMinute - 1000);
        }
        QCOMPARE(log->logStartOffset(), Offset(0));
        QCOMPARE(storedIn(*log).offsetAndTimestamp.size(), 3u);

        // An hour after the file last changed, they go like any other expired records.
        clock.advance(2 * kMinute);
        QCOMPARE(log->enforceRetention(log->logEndOffset())->segmentsDeleted, 1);
        QCOMPARE(log->logStartOffset(), Offset(3));
    }

    // cleanup.policy=compact,delete: compaction leaves old segments empty; time and size
    // retention still delete them and everything expired after them, across a restart.
    void segmentsCompactionEmptiedDoNotStopRetention()
    {
        QTemporaryDir tmp;
        const std::int64_t start = wallClockMs();
        ManualClock clock(start);
        LogConfig config;
        config.cleanupPolicy = CleanupPolicy::CompactAndDelete;
        config.segmentBytes = 200;
        config.retentionMs = kHour;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        appendKeyed(*log, "a", 12, start - 2 * kHour); // old updates of one key
        appendKeyed(*log, "b", 6, start - 2 * kHour);
        appendKeyed(*log, "c", 1, start + kHour); // and a fresh record, in the active segment
        QVERIFY(log->segments().size() > 6);
        QVERIFY(log->compact(log->logEndOffset()).isOk());
        std::size_t empty = 0;
        for (const SegmentInfo &s : log->segments())
            empty += s.sizeBytes == 0 ? 1 : 0;
        QVERIFY2(empty >= 2, "compaction was expected to empty the oldest segments");

        // The empty segments keep their files' times: deleted once those are old.
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
        clock.advance(kHour + kMinute);
        auto outcome = log->enforceRetention(log->logEndOffset());
        QVERIFY(outcome.isOk());
        QVERIFY(outcome->segmentsDeleted > 0);
        // Only the fresh record's segment is left; nothing at or after it was lost.
        const Stored stored = storedIn(*log);
        QCOMPARE(stored.values.back(), std::optional<std::string>("c-0"));
        QCOMPARE(log->segments().size(), 1u);
        QCOMPARE(log->logStartOffset(), log->segments().front().baseOffset);

        // Size retention passes empty segments too.
        QTemporaryDir bySize;
        config.retentionMs = -1;
        config.retentionBytes = 150;
        log = PartitionLog::open(partitionDir(bySize), config, clock).value();
        appendKeyed(*log, "a", 12, start);
        appendKeyed(*log, "b", 6, start);
        QVERIFY(log->compact(log->logEndOffset()).isOk());
        QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
        QVERIFY(log->segments().front().sizeBytes > 0);
        QVERIFY(log->sizeInBytes() <= 150 + 200);
    }

    // The deadline of a tombstone counts from the compaction that first kept it (KIP-534's
    // delete horizon), not from its CreateTime: a slow consumer still sees it.
    void tombstonesLiveDeleteRetentionFromTheirFirstCompaction()
    {
        QTemporaryDir tmp;
        const std::int64_t now = 1'800'000'000'000;
        const std::int64_t old = now - 48 * kHour;
        ManualClock clock(now);
        LogConfig config;
        config.cleanupPolicy = CleanupPolicy::Compact;
        config.segmentBytes = 300;
        config.deleteRetentionMs = 10'000;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        QVERIFY(log->append(producedBatch({{"k", "v", old}}), LeaderEpoch(0)).isOk());
        QVERIFY(log->append(producedBatch({{"k", std::nullopt, old + 5}, {"other", "x", old + 7}},
                                          Compression::Lz4),
                            LeaderEpoch(0))
                    .isOk());
        appendKeyed(*log, "filler", 8, now);
        QVERIFY(log->compact(log->logEndOffset()).isOk());

        auto tombstoneStays = [&] {
            const Stored stored = storedIn(*log);
            for (std::size_t i = 0; i < stored.values.size(); ++i)
                if (stored.offsetAndTimestamp[i].first == 1)
                    return !stored.values[i] && stored.offsetAndTimestamp[i].second == old + 5;
            return false;
        };
        QVERIFY2(tombstoneStays(), "a tombstone with an old CreateTime went at its first compaction");
        // Its batch carries the horizon; every record keeps its own timestamp.
        Stored stored = storedIn(*log);
        QVERIFY(stored.batches[0].hasDeleteHorizon());
        QCOMPARE(stored.batches[0].baseTimestamp, now + 10'000);
        QCOMPARE(stored.offsetAndTimestamp[0], std::make_pair(std::int64_t{1}, old + 5));
        QCOMPARE(stored.offsetAndTimestamp[1], std::make_pair(std::int64_t{2}, old + 7));
        QVERIFY(stored.crcsValid);

        // Still there before the horizon, across a restart; gone after it.
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        clock.advance(5'000);
        appendKeyed(*log, "filler", 1, clock.nowMs());
        QVERIFY(log->compact(log->logEndOffset()).isOk());
        QVERIFY(tombstoneStays());
        clock.advance(6'000);
        appendKeyed(*log, "filler", 1, clock.nowMs());
        auto outcome = log->compact(log->logEndOffset());
        QVERIFY(outcome.isOk());
        QCOMPARE(outcome->tombstonesRemoved, 1u);
        QVERIFY(!tombstoneStays());
        stored = storedIn(*log);
        QCOMPARE(stored.offsetAndTimestamp.front(), std::make_pair(std::int64_t{2}, old + 7));
    }

    // A data folder written before leaders set MaxTimestamp: a follower stored the -1 as the
    // leader sent it, and the time index holds no entry for it. Opening repairs the
    // segment's largest timestamp from its records, so retention and lookups by time see it.
    void segmentsWithoutMaxTimestampAreRepairedOnOpen()
    {
        QTemporaryDir tmp;
        const std::int64_t now = wallClockMs();
        ManualClock clock(now);
        auto log = PartitionLog::open(partitionDir(tmp), {}, clock).value();
        Bytes sent = withoutMaxTimestamp(producedBatch({{"a", "1", now - 30}, {"b", "2", now - 10}}));
        QVERIFY(log->appendAsFollower(sent).isOk());
        QVERIFY(log->close().isOk());
        // As the old version left it: no time index entry.
        for (const auto &index : filesEndingWith(partitionDir(tmp), segfmt::kTimeIndexSuffix))
            std::filesystem::resize_file(index, 0);

        log = PartitionLog::open(partitionDir(tmp), {}, clock).value();
        QCOMPARE(log->segments().front().maxTimestamp, now - 10);
        for (int pass = 0; pass < 3; ++pass)
            QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
        QCOMPARE(log->logStartOffset(), Offset(0));
        auto found = log->offsetForTimestamp(now - 20);
        QVERIFY(found.isOk());
        QCOMPARE(found->offset, Offset(1));
        // The stored bytes stay as they were replicated.
        QCOMPARE(storedIn(*log).batches.front().maxTimestamp, -1);
    }
};

QTEST_GUILESS_MAIN(TestLogRetention)
#include "test_log_retention.moc"
