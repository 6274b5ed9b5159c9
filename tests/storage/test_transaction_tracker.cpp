#include "storage/transaction_tracker.h"
#include "transaction_batches.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

// Appends `batch` and checks the last stable offset that follows, with the high watermark
// at the log end: never past the first offset of the earliest ongoing transaction, the
// log end when there is none.
std::optional<CompletedTransaction> appendAndCheck(TransactionTracker &tracker, const Bytes &batch,
                                                   std::int64_t expectedLso)
{
    auto done = observe(tracker, batch);
    const std::int64_t logEnd = headerOf(batch).nextOffset();
    const std::int64_t lso = tracker.lastStableOffset(logEnd);
    if (lso != expectedLso)
        qFatal("after the batch at %lld: last stable offset %lld, expected %lld",
               static_cast<long long>(headerOf(batch).baseOffset), static_cast<long long>(lso),
               static_cast<long long>(expectedLso));
    for (const OngoingTransaction &t : tracker.ongoing())
        if (lso > t.firstOffset)
            qFatal("last stable offset %lld passes a transaction starting at %lld",
                   static_cast<long long>(lso), static_cast<long long>(t.firstOffset));
    return done;
}

} // namespace

class TestTransactionTracker : public QObject {
    Q_OBJECT

private slots:
    void readControlTypeReadsTheMarkersRecord()
    {
        QCOMPARE(readControlType(abortMarker(1, 0)).value(),
                 std::optional<std::int16_t>(batch::kControlTypeAbort));
        QCOMPARE(readControlType(commitMarker(1, 0)).value(),
                 std::optional<std::int16_t>(batch::kControlTypeCommit));
        QCOMPARE(readControlType(dataBatch(1, 0)).value(), std::optional<std::int16_t>());
        Bytes damaged = abortMarker(1, 0);
        damaged.back() ^= 0xff;
        QCOMPARE(readControlType(damaged).status().code(), StatusCode::Corruption);
    }

    // Producers 1, 2 and 3 interleave their transactions with a plain producer's records.
    void interleavedTransactionsOfThreeProducers()
    {
        TransactionTracker tracker;
        QVERIFY(!appendAndCheck(tracker, dataBatch(9, 0, 1, false), 1));
        QVERIFY(!appendAndCheck(tracker, dataBatch(1, 1, 2), 1));
        QVERIFY(!appendAndCheck(tracker, dataBatch(2, 3), 1));
        QVERIFY(!appendAndCheck(tracker, dataBatch(3, 4, 3), 1));
        QVERIFY(!appendAndCheck(tracker, dataBatch(1, 7), 1));
        QCOMPARE(tracker.ongoing(),
                 (std::vector<OngoingTransaction>{{1, 0, 1, 7}, {2, 0, 3, 3}, {3, 0, 4, 6}}));

        // Producer 1 commits: the next open transaction (2's, from 3) holds the offset back.
        QCOMPARE(appendAndCheck(tracker, commitMarker(1, 8), 3), (CompletedTransaction{1, 1, 8, false, 3}));
        QVERIFY(!appendAndCheck(tracker, dataBatch(9, 9, 1, false), 3));
        QCOMPARE(appendAndCheck(tracker, abortMarker(3, 10), 3), (CompletedTransaction{3, 4, 10, true, 3}));
        // Producer 1 starts again, after producer 2.
        QVERIFY(!appendAndCheck(tracker, dataBatch(1, 11), 3));
        QCOMPARE(appendAndCheck(tracker, abortMarker(2, 12), 11), (CompletedTransaction{2, 3, 12, true, 11}));
        QCOMPARE(appendAndCheck(tracker, commitMarker(1, 13), 14),
                 (CompletedTransaction{1, 11, 13, false, 14}));
        QVERIFY(tracker.ongoing().empty());
        QVERIFY(!tracker.firstUnstableOffset());
        // With nothing open, the high watermark alone decides.
        QCOMPARE(tracker.lastStableOffset(12), std::int64_t(12));
    }

    void highWatermarkBelowTheFirstOngoingTransactionWins()
    {
        TransactionTracker tracker;
        observe(tracker, dataBatch(9, 0, 5, false));
        observe(tracker, dataBatch(1, 5));
        QCOMPARE(tracker.lastStableOffset(3), std::int64_t(3));
        QCOMPARE(tracker.lastStableOffset(6), std::int64_t(5));
    }

    // As Kafka, a marker with no transaction behind it (its data was removed, or the
    // coordinator aborts a transaction that never wrote here) still completes one.
    void markerForAnUnknownProducer()
    {
        TransactionTracker tracker;
        QCOMPARE(observe(tracker, abortMarker(77, 5)), (CompletedTransaction{77, 5, 5, true, 6}));
        observe(tracker, dataBatch(1, 6));
        QCOMPARE(observe(tracker, commitMarker(78, 7)), (CompletedTransaction{78, 7, 7, false, 6}));
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{1, 0, 6, 6}}));
    }

    void batchesOutsideTransactionsChangeNothing()
    {
        TransactionTracker tracker;
        QVERIFY(!observe(tracker, dataBatch(1, 0, 2, false)));  // idempotent, not transactional
        QVERIFY(!observe(tracker, dataBatch(-1, 2, 1, false))); // no producer id
        QVERIFY(!observe(tracker, markerBatch(1, 3, 3)));       // a control batch of another kind
        QVERIFY(!tracker.firstUnstableOffset());
        observe(tracker, dataBatch(1, 4));
        // A later non-transactional batch of the same producer is the leader's to refuse.
        QVERIFY(!observe(tracker, dataBatch(1, 5, 1, false)));
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{1, 0, 4, 4}}));
        // A compacted-away control batch (no record) ends nothing.
        QVERIFY(!tracker.observe(headerOf(abortMarker(1, 6)), std::nullopt));
        QCOMPARE(tracker.firstUnstableOffset(), std::optional<std::int64_t>(4));
    }

    void epochOfTheLatestBatchIsShown()
    {
        TransactionTracker tracker;
        observe(tracker, dataBatch(1, 0, 1, true, 3));
        observe(tracker, dataBatch(1, 1, 2, true, 4));
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{1, 4, 0, 2}}));
    }

    // A follower truncates its divergent tail and replicates the leader's version of it.
    void truncateFromThenObserveAgain()
    {
        TransactionTracker tracker;
        observe(tracker, dataBatch(1, 0, 2)); // [0, 1]
        observe(tracker, dataBatch(2, 2));    // [2]
        observe(tracker, commitMarker(1, 3));
        observe(tracker, dataBatch(2, 4, 2)); // [4, 5]
        observe(tracker, dataBatch(3, 6));
        QCOMPARE(tracker.firstUnstableOffset(), std::optional<std::int64_t>(2));

        // The commit at 3 is gone: producer 1's transaction is open again; producer 3's,
        // from 6, is forgotten; producer 2's keeps its start, its last data offset capped.
        tracker.truncateFrom(3);
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{1, 0, 0, 1}, {2, 0, 2, 2}}));
        QCOMPARE(tracker.lastStableOffset(3), std::int64_t(0));

        // The leader's log says producer 1 aborted.
        QCOMPARE(observe(tracker, abortMarker(1, 3)), (CompletedTransaction{1, 0, 3, true, 2}));
        QCOMPARE(observe(tracker, dataBatch(3, 4)), std::optional<CompletedTransaction>());
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{2, 0, 2, 2}, {3, 0, 4, 4}}));

        tracker.truncateFrom(2);
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{1, 0, 0, 1}}));
        tracker.truncateFrom(0);
        QVERIFY(tracker.ongoing().empty());
        QCOMPARE(tracker.lastStableOffset(0), std::int64_t(0));
    }

    // Completions below the high watermark are forgotten; truncations above it still reopen.
    void forgottenCompletionsAreThoseBelowTheGivenOffset()
    {
        TransactionTracker tracker;
        observe(tracker, dataBatch(1, 0));
        observe(tracker, commitMarker(1, 1));
        observe(tracker, dataBatch(2, 2));
        observe(tracker, commitMarker(2, 3));
        // The marker at 1 goes: a truncation at or below it would need the log read again.
        QCOMPARE(tracker.forgetCompletedBefore(2), std::optional<std::int64_t>(1));
        QCOMPARE(tracker.forgetCompletedBefore(2), std::optional<std::int64_t>());
        tracker.truncateFrom(3);
        QCOMPARE(tracker.ongoing(), (std::vector<OngoingTransaction>{{2, 0, 2, 2}}));
    }
};

QTEST_GUILESS_MAIN(TestTransactionTracker)
#include "test_transaction_tracker.moc"
