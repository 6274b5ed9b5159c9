// A partition log's aborted-transaction indexes survive what its segments survive: a clean
// close or a crash with a torn or lost .txnindex leaves correct indexes after reopening,
// a crash that loses markers loses their entries and reopens their transactions, and
// segments deleted by retention or DeleteRecords take their index with them.

#include "log_fixture.h"
#include "storage/segment_format.h"
#include "transaction_log_fixture.h"

#include <QTest>

using namespace es;
using namespace es::test;

class TestPartitionLogTransactionsRecovery : public QObject {
    Q_OBJECT

private slots:
    void damagedIndexIsRebuiltOnOpen_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::addColumn<QString>("damage");
        for (bool crash : {false, true})
            for (const char *damage : {"none", "torn", "missing"})
                QTest::addRow("%s, %s", crash ? "crash" : "clean close", damage) << crash << QString(damage);
    }
    void damagedIndexIsRebuiltOnOpen()
    {
        QFETCH(bool, crash);
        QFETCH(QString, damage);
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log);
        leaderAppend(*log, dataBatch(kP1, 0)); // 11: left open
        const auto expectedFiles = expectedIndexFiles(*log);
        if (crash) {
            // Everything flushed, then killed: the segments below the recovery point are
            // trusted, the last one is recovered.
            QVERIFY(log->flush().isOk());
            QVERIFY(log->abandon(true).isOk());
        } else {
            QVERIFY(log->close().isOk());
        }
        log.reset();
        QCOMPARE(txnIndexFiles(dir.partition()), expectedFiles);
        for (const auto &[base, size] : expectedFiles) {
            const auto path = TransactionIndex::pathFor(dir.partition(), base);
            if (damage == "torn") // an odd length: a torn write
                std::filesystem::resize_file(path, size - 1);
            else if (damage == "missing")
                std::filesystem::remove(path);
        }

        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QCOMPARE(log->collectAbortedTransactions(0, 12),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(11));
        // The rebuilt files are on disk: another reopen reads them as they are.
        QCOMPARE(txnIndexFiles(dir.partition()), expectedFiles);
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QCOMPARE(log->collectAbortedTransactions(0, 12),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
    }

    // A power cut loses C's abort marker, written after the last flush, while its entry
    // may already be in a .txnindex (written when its segment rolled): after recovery the
    // entry is gone and C is open again.
    void crashThatLosesAMarkerLosesItsEntry()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log, 8); // up to B's abort at 7
        QVERIFY(log->flush().isOk());
        const std::vector<Step> steps = interleaved();
        for (std::size_t i = 8; i < steps.size(); ++i)
            leaderAppend(*log, steps[i].batch);
        leaderAppend(*log, dataBatch(9, 0, 3, false)); // 11-13: rolls past C's segment
        QVERIFY(log->abandon(true).isOk());
        log.reset();

        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        // The segments that lost their data may remain, empty, so the log end is not known.
        const std::int64_t end = log->logEndOffset().value();
        QVERIFY(end >= 8);
        QCOMPARE(log->collectAbortedTransactions(0, end), (std::vector<AbortedTransaction>{kAbortedB}));
        QCOMPARE(log->ongoingTransactions(), (std::vector<OngoingTransaction>{{kP1, 0, 6, 6}}));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(6));
        // Only B's entry is on disk.
        std::map<std::int64_t, std::uintmax_t> onlyB;
        onlyB[segmentOf(*log, 7)] = segfmt::kTransactionIndexEntrySize;
        QCOMPARE(txnIndexFiles(dir.partition()), onlyB);
        // The coordinator writes C's marker again.
        QCOMPARE(leaderAppend(*log, steps[8].batch), end);
        QCOMPARE(log->collectAbortedTransactions(0, end + 1),
                 (std::vector<AbortedTransaction>{kAbortedB, {kP1, 6, end, end + 1}}));
    }

    // A damaged marker in a segment trusted after a clean close: the segment is recovered
    // (cut before the marker) rather than the log refused, and the transaction the marker
    // ended is open again.
    void damagedMarkerInATrustedSegmentIsRecovered()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log);
        const BatchPosition marker = log->locate(Offset(7)).value();
        QVERIFY(log->close().isOk());
        log.reset();
        {
            auto file = File::open(LogSegment::fileName(dir.partition(), marker.segmentBase.value(),
                                                        segfmt::kLogSuffix),
                                   File::Mode::ReadWrite)
                            .value();
            Bytes byte(1);
            const std::uint64_t at = marker.position + batch::kHeaderSize + 4; // in its control record
            QCOMPARE(file.readAt(at, byte).value(), std::size_t(1));
            byte[0] ^= 0xff;
            QVERIFY(file.writeAt(at, byte).isOk());
        }

        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QCOMPARE(log->logEndOffset(), Offset(7));
        QVERIFY(log->collectAbortedTransactions(0, 7).empty());
        QCOMPARE(log->ongoingTransactions(),
                 (std::vector<OngoingTransaction>{{kP2, 0, 1, 5}, {kP1, 0, 6, 6}}));
        // The recovered segment's file, if it had one, now holds no entry.
        for (const auto &[base, size] : txnIndexFiles(dir.partition()))
            QCOMPARE(size, std::uintmax_t(0));
    }

    // A .txnindex left where a new segment starts (a crash before it was deleted) is not
    // taken for the new segment's.
    void leftoverIndexOfANewSegmentIsDeleted()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QVERIFY(log->close().isOk());
        {
            TransactionIndex stale(TransactionIndex::pathFor(dir.partition(), 50));
            QVERIFY(stale.append(kAbortedB).isOk());
            QVERIFY(stale.flush(true).isOk());
        }
        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QVERIFY(log->truncateFullyAndStartAt(Offset(50)).isOk());
        leaderAppend(*log, dataBatch(9, 0, 1, false));
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QVERIFY(log->collectAbortedTransactions(50, 51).empty());
        QVERIFY(txnIndexFiles(dir.partition()).empty());
    }

    void retentionDeletesSegmentsWithTheirIndex()
    {
        TempDir dir;
        ManualClock clock(1700000000000 + 3'600'000);
        LogConfig config = smallSegments();
        config.retentionMs = 24LL * 3'600'000;
        auto log = PartitionLog::open(dir.partition(), config, clock).value();
        appendSteps(*log);
        QVERIFY(log->flush().isOk());
        QCOMPARE(txnIndexFiles(dir.partition()), expectedIndexFiles(*log));

        // DeleteRecords up to the segment of B's marker: the segments before it go.
        const std::int64_t segmentOfB = segmentOf(*log, 7);
        QVERIFY(log->advanceLogStartOffset(Offset(segmentOfB)).isOk());
        QCOMPARE(log->segments().front().baseOffset, Offset(segmentOfB));
        QCOMPARE(txnIndexFiles(dir.partition()), expectedIndexFiles(*log));
        QCOMPARE(log->collectAbortedTransactions(segmentOfB, 11),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));

        // Two days on, retention.ms deletes every segment, with its index.
        clock.advance(2 * 24LL * 3'600'000);
        auto outcome = log->enforceRetention(Offset(11));
        QVERIFY(outcome.isOk());
        QVERIFY(outcome->segmentsDeleted > 0);
        QVERIFY(txnIndexFiles(dir.partition()).empty());
        QVERIFY(log->collectAbortedTransactions(11, 12).empty());
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(dir.partition(), config, clock).value();
        QVERIFY(log->collectAbortedTransactions(11, 12).empty());
        QVERIFY(!log->firstUnstableOffset());
    }
};

QTEST_GUILESS_MAIN(TestPartitionLogTransactionsRecovery)
#include "test_partition_log_transactions_recovery.moc"
