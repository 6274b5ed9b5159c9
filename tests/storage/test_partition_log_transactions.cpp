// A partition log follows its transactions: the last stable offset waits for ongoing ones,
// an abort marker leaves an entry in its segment's .txnindex on the leader and on
// followers alike, read_committed fetches get the aborted transactions of their range,
// and a truncation that removes a marker reopens its transaction.

#include "log_fixture.h"
#include "transaction_log_fixture.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

std::vector<std::int64_t> offsetsOf(const std::vector<Consumed> &records)
{
    std::vector<std::int64_t> out;
    for (const Consumed &c : records)
        out.push_back(c.offset);
    return out;
}

} // namespace

class TestPartitionLogTransactions : public QObject {
    Q_OBJECT

private slots:
    void interleavedTransactionsAcrossSegmentRolls()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log);
        QVERIFY2(log->segments().size() >= 4, "the transactions were meant to span segment rolls");
        QVERIFY(log->ongoingTransactions().empty());

        QCOMPARE(log->collectAbortedTransactions(0, 11),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
        // [0, 2) overlaps B only; its entry's last stable offset (6) ends the search.
        QCOMPARE(log->collectAbortedTransactions(0, 2), (std::vector<AbortedTransaction>{kAbortedB}));
        QCOMPARE(log->collectAbortedTransactions(7, 9),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
        QVERIFY(log->collectAbortedTransactions(9, 11).empty());

        // read_committed sees A, the plain record and D; read_uncommitted every data record.
        QCOMPARE(offsetsOf(consume(*log, 11, true)), (std::vector<std::int64_t>{0, 2, 3, 9}));
        QCOMPARE(offsetsOf(consume(*log, 11, false)), (std::vector<std::int64_t>{0, 1, 2, 3, 5, 6, 9}));

        // Only the segments holding an abort marker have a .txnindex.
        QVERIFY(log->flush().isOk());
        QCOMPARE(txnIndexFiles(dir.partition()), expectedIndexFiles(*log));
    }

    void lastStableOffsetWaitsForTheOngoingTransaction()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QCOMPARE(log->lastStableOffset(0), std::int64_t(0));
        leaderAppend(*log, dataBatch(9, 0, 1, false));
        leaderAppend(*log, dataBatch(kP1, 0, 2)); // offsets 1-2
        leaderAppend(*log, dataBatch(9, 0, 1, false));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(1));
        QCOMPARE(log->lastStableOffset(4), std::int64_t(1));
        // The high watermark below the transaction wins.
        QCOMPARE(log->lastStableOffset(0), std::int64_t(0));
        QCOMPARE(log->ongoingTransactions(), (std::vector<OngoingTransaction>{{kP1, 0, 1, 2}}));

        leaderAppend(*log, commitMarker(kP1, 0)); // 4
        QVERIFY(!log->firstUnstableOffset());
        // Until the high watermark passes the marker, a leader change could still take it
        // away: the transaction holds read_committed consumers back (Kafka's unreplicated
        // transactions).
        QCOMPARE(log->lastStableOffset(4), std::int64_t(1));
        QCOMPARE(log->lastStableOffset(5), std::int64_t(1));
        log->forgetCompletedTransactionsBefore(5);
        QCOMPARE(log->lastStableOffset(5), std::int64_t(5));
        QVERIFY(log->ongoingTransactions().empty());
        QVERIFY(log->collectAbortedTransactions(0, 5).empty());

        // DeleteRecords past the start of an ongoing transaction: it still holds back what
        // follows, from the log start on.
        leaderAppend(*log, dataBatch(kP2, 0)); // 5
        leaderAppend(*log, dataBatch(9, 0, 1, false));
        QCOMPARE(log->lastStableOffset(7), std::int64_t(5));
        QVERIFY(log->advanceLogStartOffset(Offset(6)).isOk());
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(6));
        QCOMPARE(log->lastStableOffset(7), std::int64_t(6));
    }

    // A follower appends the leader's batches as they are: its tracker and indexes end up
    // as the leader's, file for file.
    void followerAppendsBuildTheSameIndex()
    {
        TempDir dir;
        auto leader = PartitionLog::open(dir.partition("leader-0"), smallSegments()).value();
        appendSteps(*leader);
        auto follower = PartitionLog::open(dir.partition("follower-0"), smallSegments()).value();
        const std::vector<Bytes> batches = storedBatches(*leader);
        const std::vector<Step> steps = interleaved();
        QCOMPARE(batches.size(), steps.size());
        // One fetch of three batches, then one batch per fetch.
        Bytes firstThree;
        for (std::size_t i = 0; i < 3; ++i)
            firstThree.insert(firstThree.end(), batches[i].begin(), batches[i].end());
        QVERIFY(follower->appendAsFollower(firstThree).isOk());
        QCOMPARE(firstUnstable(*follower), std::int64_t(0));
        for (std::size_t i = 3; i < batches.size(); ++i) {
            QVERIFY(follower->appendAsFollower(batches[i], i % 2 ? CrcCheck::Skip : CrcCheck::Verify).isOk());
            QCOMPARE(firstUnstable(*follower), steps[i].firstUnstable);
        }
        QCOMPARE(follower->collectAbortedTransactions(0, 11), leader->collectAbortedTransactions(0, 11));
        QCOMPARE(follower->collectAbortedTransactions(0, 11),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));

        QVERIFY(leader->flush().isOk());
        QVERIFY(follower->flush().isOk());
        const auto files = txnIndexFiles(dir.partition("leader-0"));
        QCOMPARE(txnIndexFiles(dir.partition("follower-0")), files);
        for (const auto &[base, size] : files) {
            const auto name = TransactionIndex::pathFor({}, base).filename();
            QCOMPARE(readWholeFile(dir.partition("follower-0") / name).value(),
                     readWholeFile(dir.partition("leader-0") / name).value());
        }
    }

    void truncationReopensTheTransactionWhoseMarkerGoes_data()
    {
        QTest::addColumn<bool>("forgotten");
        QTest::newRow("completions remembered") << false;
        // The high watermark passed the markers, yet an unclean leader election truncates
        // below it: the log is read again.
        QTest::newRow("completions forgotten") << true;
    }
    void truncationReopensTheTransactionWhoseMarkerGoes()
    {
        QFETCH(bool, forgotten);
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log, 9); // up to C's abort at 8
        if (forgotten)
            log->forgetCompletedTransactionsBefore(9);
        const std::vector<Step> steps = interleaved();

        QVERIFY(log->truncateTo(Offset(8)).isOk());
        QCOMPARE(log->ongoingTransactions(), (std::vector<OngoingTransaction>{{kP1, 0, 6, 6}}));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(6));
        QCOMPARE(log->collectAbortedTransactions(0, 8), (std::vector<AbortedTransaction>{kAbortedB}));

        QVERIFY(log->truncateTo(Offset(7)).isOk());
        QCOMPARE(log->ongoingTransactions(),
                 (std::vector<OngoingTransaction>{{kP2, 0, 1, 5}, {kP1, 0, 6, 6}}));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(1));
        QVERIFY(log->collectAbortedTransactions(0, 7).empty());
        // Read from disk too: the entries went from the files, not only from memory.
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QVERIFY(log->collectAbortedTransactions(0, 7).empty());
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(1));

        // The coordinator writes the markers again: the same entries come back.
        QCOMPARE(leaderAppend(*log, steps[7].batch), std::int64_t(7));
        QCOMPARE(leaderAppend(*log, steps[8].batch), std::int64_t(8));
        QVERIFY(!log->firstUnstableOffset());
        QCOMPARE(log->collectAbortedTransactions(0, 9),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
    }

    void truncateFullyForgetsEveryTransaction()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log, 8);
        QVERIFY(log->truncateFullyAndStartAt(Offset(20)).isOk());
        QVERIFY(!log->firstUnstableOffset());
        QVERIFY(log->ongoingTransactions().empty());
        QVERIFY(log->collectAbortedTransactions(20, 21).empty());
        QVERIFY(txnIndexFiles(dir.partition()).empty());
        // A transaction ended by a marker whose start the log no longer has.
        leaderAppend(*log, abortMarker(kP2, 0));
        QCOMPARE(log->collectAbortedTransactions(20, 21),
                 (std::vector<AbortedTransaction>{{kP2, 20, 20, 21}}));
    }

    void reopenAfterCleanCloseRebuildsTheTracker()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), smallSegments()).value();
        appendSteps(*log);
        leaderAppend(*log, dataBatch(kP1, 0, 2)); // 11-12: E, left open
        QVERIFY(log->close().isOk());
        const auto files = txnIndexFiles(dir.partition());

        log = PartitionLog::open(dir.partition(), smallSegments()).value();
        QCOMPARE(log->ongoingTransactions(), (std::vector<OngoingTransaction>{{kP1, 0, 11, 12}}));
        QCOMPARE(log->firstUnstableOffset(), std::optional<std::int64_t>(11));
        // Read back, every completion is remembered until the replica tells the log where
        // its high watermark is.
        QCOMPARE(log->lastStableOffset(13), std::int64_t(0));
        log->forgetCompletedTransactionsBefore(13);
        QCOMPARE(log->lastStableOffset(13), std::int64_t(11));
        QCOMPARE(log->collectAbortedTransactions(0, 13),
                 (std::vector<AbortedTransaction>{kAbortedB, kAbortedC}));
        QCOMPARE(txnIndexFiles(dir.partition()), files);
        // E aborts after the reopen: its entry carries the offset it started at.
        QCOMPARE(leaderAppend(*log, abortMarker(kP1, 0)), std::int64_t(13));
        QCOMPARE(log->collectAbortedTransactions(11, 14),
                 (std::vector<AbortedTransaction>{{kP1, 11, 13, 14}}));
    }
};

QTEST_GUILESS_MAIN(TestPartitionLogTransactions)
#include "test_partition_log_transactions.moc"
