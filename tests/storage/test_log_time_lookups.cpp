// Lookups by time as ListOffsets serves them: the first record at or after a time, searched
// on from the log start after DeleteRecords, and the record with the largest timestamp
// (KIP-734), also when it is not in the last batch. Producers' timestamps are not ordered.

#include "produced_batch.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kT = 1'800'000'000'000;

// Offsets 0..3 at kT + [0, 50, 20, 30], offsets 4..6 at kT + [40, 45, 41].
void appendOutOfOrder(PartitionLog &log)
{
    QVERIFY(log.append(producedBatch(
                           {{"a", "0", kT}, {"b", "1", kT + 50}, {"c", "2", kT + 20}, {"d", "3", kT + 30}}),
                       LeaderEpoch(0))
                .isOk());
    QVERIFY(log.append(producedBatch({{"e", "4", kT + 40}, {"f", "5", kT + 45}, {"g", "6", kT + 41}}),
                       LeaderEpoch(0))
                .isOk());
}

std::pair<std::int64_t, std::int64_t> answer(const Result<OffsetAndTimestamp> &r)
{
    return r ? std::make_pair(r->offset.value(), r->timestamp)
             : std::make_pair(std::int64_t{-1}, std::int64_t{-1});
}

} // namespace

class TestLogTimeLookups : public QObject {
    Q_OBJECT

private slots:
    void offsetsForTimesSearchOnFromTheLogStart()
    {
        QTemporaryDir tmp;
        auto log = PartitionLog::open(partitionDir(tmp), {}).value();
        appendOutOfOrder(*log);
        QCOMPARE(answer(log->offsetForTimestamp(kT + 35)), std::make_pair(std::int64_t{1}, kT + 50));

        // DeleteRecords up to 2: offset 1 is gone, and the first batch after the log start
        // holds nothing as recent; the answer lies in the next batch.
        QVERIFY(log->advanceLogStartOffset(Offset(2)).isOk());
        QCOMPARE(answer(log->offsetForTimestamp(kT + 35)), std::make_pair(std::int64_t{4}, kT + 40));
        QCOMPARE(answer(log->offsetForTimestamp(kT + 10)), std::make_pair(std::int64_t{2}, kT + 20));
        QCOMPARE(answer(log->offsetForTimestamp(kT + 46)),
                 std::make_pair(std::int64_t{-1}, std::int64_t{-1}));

        // The same from persisted indexes.
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(partitionDir(tmp), {}).value();
        QCOMPARE(answer(log->offsetForTimestamp(kT + 35)), std::make_pair(std::int64_t{4}, kT + 40));
    }

    void maxTimestampIsTheRecordsOwnOffset()
    {
        QTemporaryDir tmp;
        LogConfig config;
        config.segmentBytes = 150; // each batch in a segment of its own
        auto log = PartitionLog::open(partitionDir(tmp), config).value();
        appendOutOfOrder(*log);
        QCOMPARE(log->segments().size(), 2u);
        QCOMPARE(answer(log->offsetOfMaxTimestamp(log->logEndOffset())),
                 std::make_pair(std::int64_t{1}, kT + 50));
        // Only below the high watermark.
        QCOMPARE(answer(log->offsetOfMaxTimestamp(Offset(1))), std::make_pair(std::int64_t{0}, kT));
        // Only from the log start.
        QVERIFY(log->advanceLogStartOffset(Offset(2)).isOk());
        QCOMPARE(answer(log->offsetOfMaxTimestamp(log->logEndOffset())),
                 std::make_pair(std::int64_t{5}, kT + 45));
        // The first of equal timestamps.
        QVERIFY(log->append(producedBatch({{"h", "7", kT + 45}}), LeaderEpoch(0)).isOk());
        QCOMPARE(answer(log->offsetOfMaxTimestamp(log->logEndOffset())),
                 std::make_pair(std::int64_t{5}, kT + 45));
        QVERIFY(log->append(producedBatch({{"i", "8", kT + 46}}), LeaderEpoch(0)).isOk());
        QCOMPARE(answer(log->offsetOfMaxTimestamp(log->logEndOffset())),
                 std::make_pair(std::int64_t{8}, kT + 46));
        // Nothing visible: no answer.
        QCOMPARE(answer(log->offsetOfMaxTimestamp(Offset(2))),
                 std::make_pair(std::int64_t{-1}, std::int64_t{-1}));
    }
};

QTEST_GUILESS_MAIN(TestLogTimeLookups)
#include "test_log_time_lookups.moc"
