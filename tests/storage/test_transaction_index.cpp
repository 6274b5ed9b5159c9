#include "common/byte_order.h"
#include "storage/file.h"
#include "storage/transaction_index.h"
#include "storage/transaction_index_rebuild.h"
#include "storage/transaction_tracker.h"
#include "transaction_batches.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <filesystem>

using namespace es;
using namespace es::test;

namespace {

std::filesystem::path dirOf(const QTemporaryDir &d) { return std::filesystem::path(d.path().toStdString()); }

// Appends each batch as the append path would: the tracker sees it, an abort goes to `index`.
void append(TransactionTracker &tracker, TransactionIndex &index, const std::vector<Bytes> &batches)
{
    for (const Bytes &b : batches) {
        Status s = trackTransactionBatch(tracker, index, headerOf(b), controlTypeOf(b));
        if (!s.isOk())
            qFatal("track: %s", s.toString().c_str());
    }
}

// One segment from offset 0: producer 1 aborts [0, 5], producer 2 commits [1, 3], producer 3
// aborts [4, 8] while 1 is still open at first, and a plain producer writes in between.
std::vector<Bytes> mixedSegment()
{
    return {dataBatch(1, 0, 1), dataBatch(2, 1, 2),        commitMarker(2, 3), dataBatch(3, 4),
            abortMarker(1, 5),  dataBatch(9, 6, 1, false), dataBatch(3, 7),    abortMarker(3, 8)};
}

void writeRaw(const std::filesystem::path &path, const Bytes &bytes)
{
    Status s = writeFileAtomically(path, bytes);
    if (!s.isOk())
        qFatal("write: %s", s.toString().c_str());
}

} // namespace

class TestTransactionIndex : public QObject {
    Q_OBJECT

private slots:
    void fileIsNamedLikeTheSegmentsOtherFiles()
    {
        QCOMPARE(TransactionIndex::pathFor("t-0", 1200).string(),
                 std::string("t-0/00000000000000001200.txnindex"));
    }

    // A transaction of producer 7 starts in segment 0 and is aborted in segment 1, while a
    // plain producer fills the rest: a read_committed fetch in either segment must learn of
    // it, and the entry is only in the index of the segment holding the marker.
    void abortSpanningTwoSegmentsIsReportedToFetchesInEither()
    {
        QTemporaryDir dir;
        TransactionIndex seg0(TransactionIndex::pathFor(dirOf(dir), 0));
        TransactionIndex seg1(TransactionIndex::pathFor(dirOf(dir), 10));
        TransactionTracker tracker;
        append(tracker, seg0, {dataBatch(7, 0, 3), dataBatch(9, 3, 7, false)});
        append(tracker, seg1, {dataBatch(7, 10, 2), abortMarker(7, 12), dataBatch(9, 13, 2, false)});

        const AbortedTransaction expected{7, 0, 12, 13};
        QVERIFY(seg0.entries().empty());
        QCOMPARE(seg1.entries(), std::vector{expected});

        const std::array<const TransactionIndex *, 2> fromSeg0{&seg0, &seg1};
        const std::array<const TransactionIndex *, 1> fromSeg1{&seg1};
        // Fetches that start in segment 0: its index has nothing and does not claim to be
        // complete, so the walk goes on into segment 1.
        QVERIFY(!seg0.collect(0, 10).complete);
        QCOMPARE(collectAbortedTransactions(fromSeg0, 0, 10), std::vector{expected});
        QCOMPARE(collectAbortedTransactions(fromSeg0, 3, 15), std::vector{expected});
        // A fetch in segment 1, before and at the marker.
        QCOMPARE(collectAbortedTransactions(fromSeg1, 10, 15), std::vector{expected});
        QCOMPARE(collectAbortedTransactions(fromSeg1, 12, 13), std::vector{expected});
        // Past the marker, or ending before the transaction: nothing.
        QVERIFY(collectAbortedTransactions(fromSeg1, 13, 15).empty());
        QVERIFY(collectAbortedTransactions(fromSeg0, 0, 0).empty());
        // The entry's last stable offset (13) covers fetches ending at or before it.
        QVERIFY(seg1.collect(10, 13).complete);
        QVERIFY(!seg1.collect(10, 14).complete);
    }

    void committedTransactionIsNeverIndexed()
    {
        QTemporaryDir dir;
        TransactionIndex index(TransactionIndex::pathFor(dirOf(dir), 0));
        TransactionTracker tracker;
        append(tracker, index, {dataBatch(4, 0, 2), dataBatch(4, 2), commitMarker(4, 3)});
        QVERIFY(index.entries().empty());
        QVERIFY(index.collect(0, 4).transactions.empty());
        QVERIFY(!tracker.firstUnstableOffset());
    }

    void interleavedAbortsAreIndexedWithTheirLastStableOffsets()
    {
        QTemporaryDir dir;
        TransactionIndex index(TransactionIndex::pathFor(dirOf(dir), 0));
        TransactionTracker tracker;
        append(tracker, index, mixedSegment());
        // Producer 1's abort at 5 leaves producer 3's transaction (from 4) open; producer 3's
        // abort at 8 leaves none.
        QCOMPARE(index.entries(), (std::vector<AbortedTransaction>{{1, 0, 5, 4}, {3, 4, 8, 9}}));
        // [1, 3) overlaps producer 1's transaction only, and the first entry's last stable
        // offset (4) already covers it; [6, 9) needs the second entry's (9).
        const AbortedTransactionSearch early = index.collect(1, 3);
        QCOMPARE(early.transactions, (std::vector<AbortedTransaction>{{1, 0, 5, 4}}));
        QVERIFY(early.complete);
        const AbortedTransactionSearch late = index.collect(6, 9);
        QCOMPARE(late.transactions, (std::vector<AbortedTransaction>{{3, 4, 8, 9}}));
        QVERIFY(late.complete);
    }

    void entriesSurviveReopen()
    {
        QTemporaryDir dir;
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        TransactionIndex index(path);
        TransactionTracker tracker;
        append(tracker, index, mixedSegment());
        QVERIFY(index.flush(true).isOk());
        QCOMPARE(std::filesystem::file_size(path), 2 * segfmt::kTransactionIndexEntrySize);
        // One more, appended to the file rather than rewriting it.
        QVERIFY(index.append({5, 20, 21, 22}).isOk());
        QVERIFY(index.flush(false).isOk());

        TransactionIndex reopened(path);
        QVERIFY(reopened.load().isOk());
        QCOMPARE(reopened.entries(), index.entries());
        QCOMPARE(reopened.entries().size(), std::size_t(3));
    }

    // Kafka's layout, byte for byte: version 0, then four big-endian int64.
    void entryLayoutIsKafkas()
    {
        QTemporaryDir dir;
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        TransactionIndex index(path);
        QVERIFY(index.append({0x0102, 3, 0x0405, 6}).isOk());
        QVERIFY(index.flush(true).isOk());
        const Bytes expected = {0, 0,                         // version
                                0, 0, 0, 0, 0, 0, 0x01, 0x02, // producer id
                                0, 0, 0, 0, 0, 0, 0,    3,    // first offset
                                0, 0, 0, 0, 0, 0, 0x04, 0x05, // last offset
                                0, 0, 0, 0, 0, 0, 0,    6};   // last stable offset
        QCOMPARE(readWholeFile(path).value(), expected);
    }

    void appendRefusesAMarkerNotAfterTheLast()
    {
        QTemporaryDir dir;
        TransactionIndex index(TransactionIndex::pathFor(dirOf(dir), 0));
        QVERIFY(index.append({1, 0, 5, 6}).isOk());
        const Status same = index.append({2, 3, 5, 6});
        QCOMPARE(same.code(), StatusCode::InvalidArgument);
        QVERIFY2(same.message().find("not after the last one") != std::string::npos, same.message().c_str());
        QCOMPARE(index.append({2, 1, 4, 6}).code(), StatusCode::InvalidArgument);
        QCOMPARE(index.append({2, 9, 8, 10}).code(), StatusCode::InvalidArgument);
        QCOMPARE(index.entries().size(), std::size_t(1));
    }

    void missingFileIsNotFoundAndEmpty()
    {
        QTemporaryDir dir;
        TransactionIndex index(TransactionIndex::pathFor(dirOf(dir), 0));
        QCOMPARE(index.load().code(), StatusCode::NotFound);
        QVERIFY(index.entries().empty());
    }

    // A crash while the file was being appended to leaves it torn: Corruption, and the
    // rebuild from the segment's batches gives back exactly what was indexed.
    void tornFileIsCorruptionAndRebuildsFromTheLog()
    {
        QTemporaryDir dir;
        const auto logPath = dirOf(dir) / "00000000000000000000.log";
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        const std::vector<Bytes> batches = mixedSegment();
        writeLog(logPath, batches);
        std::vector<AbortedTransaction> written;
        {
            TransactionIndex index(path);
            TransactionTracker tracker;
            append(tracker, index, batches);
            QVERIFY(index.flush(true).isOk());
            written = index.entries();
        }
        std::filesystem::resize_file(path, 2 * segfmt::kTransactionIndexEntrySize - 5);

        TransactionIndex index(path);
        const Status loaded = index.load();
        QCOMPARE(loaded.code(), StatusCode::Corruption);
        QVERIFY(index.entries().empty());

        auto log = File::open(logPath, File::Mode::ReadOnly);
        QVERIFY(log.isOk());
        TransactionTracker tracker;
        const Status rebuilt = rebuildTransactionIndex(*log, log->size().value(), 0, tracker, index);
        QVERIFY2(rebuilt.isOk(), rebuilt.toString().c_str());
        QCOMPARE(index.entries(), written);
        QVERIFY(!tracker.firstUnstableOffset());

        QVERIFY(index.flush(true).isOk());
        TransactionIndex reopened(path);
        QVERIFY(reopened.load().isOk());
        QCOMPARE(reopened.entries(), written);
    }

    // The rebuild of a later segment needs the transactions still open at its start.
    void rebuildOfALaterSegmentKnowsWhereItsTransactionsStarted()
    {
        QTemporaryDir dir;
        const std::vector<Bytes> first = {dataBatch(7, 0, 3), dataBatch(9, 3, 2, false)};
        const std::vector<Bytes> second = {dataBatch(7, 5), abortMarker(7, 6)};
        writeLog(dirOf(dir) / "0.log", first);
        writeLog(dirOf(dir) / "5.log", second);
        auto log0 = File::open(dirOf(dir) / "0.log", File::Mode::ReadOnly);
        auto log5 = File::open(dirOf(dir) / "5.log", File::Mode::ReadOnly);
        QVERIFY(log0.isOk() && log5.isOk());

        TransactionTracker tracker;
        TransactionIndex index0(TransactionIndex::pathFor(dirOf(dir), 0));
        TransactionIndex index5(TransactionIndex::pathFor(dirOf(dir), 5));
        QVERIFY(rebuildTransactionIndex(*log0, log0->size().value(), 0, tracker, index0).isOk());
        QVERIFY(rebuildTransactionIndex(*log5, log5->size().value(), 5, tracker, index5).isOk());
        QVERIFY(index0.entries().empty());
        QCOMPARE(index5.entries(), (std::vector<AbortedTransaction>{{7, 0, 6, 7}}));
    }

    void damagedEntriesAreCorruption_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        auto entry = [](std::int16_t version, std::int64_t first, std::int64_t last) {
            Bytes b(segfmt::kTransactionIndexEntrySize);
            storeBigEndian<std::int16_t>(b.data(), version);
            storeBigEndian<std::int64_t>(b.data() + 2, 1);
            storeBigEndian<std::int64_t>(b.data() + 10, first);
            storeBigEndian<std::int64_t>(b.data() + 18, last);
            storeBigEndian<std::int64_t>(b.data() + 26, last + 1);
            return QByteArray(asChars(b).data(), static_cast<qsizetype>(b.size()));
        };
        auto concat = [](const QByteArray &a, const QByteArray &b) -> QByteArray { return a + b; };
        QTest::newRow("unknown version")
            << concat(entry(0, 0, 5), entry(1, 6, 9)) << QString("unknown version 1");
        QTest::newRow("last offset goes back")
            << concat(entry(0, 0, 5), entry(0, 1, 4)) << QString("not after");
        QTest::newRow("same last offset") << concat(entry(0, 0, 5), entry(0, 1, 5)) << QString("not after");
        QTest::newRow("ends before it starts") << entry(0, 7, 5) << QString("before it starts");
        QTest::newRow("torn") << QByteArray(static_cast<qsizetype>(segfmt::kTransactionIndexEntrySize + 1),
                                            '\0')
                              << QString("whole number");
    }
    void damagedEntriesAreCorruption()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        writeRaw(path, Bytes(bytes.begin(), bytes.end()));
        TransactionIndex index(path);
        const Status s = index.load();
        QCOMPARE(s.code(), StatusCode::Corruption);
        QVERIFY2(s.message().find(reason.toStdString()) != std::string::npos, s.message().c_str());
        QVERIFY(index.entries().empty());
        // The next flush replaces the damaged file whole.
        QVERIFY(index.flush(true).isOk());
        QCOMPARE(std::filesystem::file_size(path), std::uintmax_t(0));
    }

    void truncateToDropsEntriesFromTheOffsetAndSurvivesReopen()
    {
        QTemporaryDir dir;
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        TransactionIndex index(path);
        QVERIFY(index.append({1, 0, 5, 6}).isOk());
        QVERIFY(index.append({2, 3, 9, 10}).isOk());
        QVERIFY(index.append({3, 10, 14, 15}).isOk());
        QVERIFY(index.flush(true).isOk());

        QVERIFY(index.truncateTo(100).isOk());
        QCOMPARE(index.entries().size(), std::size_t(3));
        // The markers at 9 and 14 are gone with the log from 9 on; the one at 5 stays.
        QVERIFY(index.truncateTo(9).isOk());
        const std::vector<AbortedTransaction> kept = {{1, 0, 5, 6}};
        QCOMPARE(index.entries(), kept);
        {
            TransactionIndex reopened(path);
            QVERIFY(reopened.load().isOk());
            QCOMPARE(reopened.entries(), kept);
        }
        // Appends continue after the truncation point, in the file too.
        QVERIFY(index.append({4, 8, 9, 10}).isOk());
        QVERIFY(index.flush(false).isOk());
        TransactionIndex reopened(path);
        QVERIFY(reopened.load().isOk());
        QCOMPARE(reopened.entries(), (std::vector<AbortedTransaction>{{1, 0, 5, 6}, {4, 8, 9, 10}}));
    }

    void removeAndRename()
    {
        QTemporaryDir dir;
        const auto path = TransactionIndex::pathFor(dirOf(dir), 0);
        TransactionIndex index(path);
        QVERIFY(index.append({1, 0, 5, 6}).isOk());
        QVERIFY(index.flush(true).isOk());
        const auto moved = dirOf(dir) / "00000000000000000000.txnindex.deleted";
        QVERIFY(index.renameTo(moved).isOk());
        QVERIFY(!std::filesystem::exists(path));
        QCOMPARE(index.path(), moved);
        QVERIFY(index.remove().isOk());
        QVERIFY(!std::filesystem::exists(moved));
    }
};

QTEST_GUILESS_MAIN(TestTransactionIndex)
#include "test_transaction_index.moc"
