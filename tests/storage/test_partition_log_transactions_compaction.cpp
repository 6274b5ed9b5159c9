// Compaction and transactions: a record of an aborted transaction never supersedes a
// committed one with the same key, an ongoing transaction is never cleaned, and
// read_committed consumers read exactly the committed records after compaction.

#include "log_fixture.h"
#include "transaction_log_fixture.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

LogConfig compacted()
{
    LogConfig config = smallSegments();
    config.cleanupPolicy = CleanupPolicy::Compact;
    return config;
}

Bytes plain(const std::string &key, const std::string &value) { return keyedBatch(9, {{key, value}}, false); }

// Plain records of other keys until the log has rolled past everything before: compaction
// leaves the active segment alone.
void rollPast(PartitionLog &log)
{
    const std::int64_t before = log.logEndOffset().value();
    for (int i = 0; segmentOf(log, log.logEndOffset().value()) <= before || i < 2; ++i)
        leaderAppend(log, plain("filler" + std::to_string(i), "x"));
}

bool holds(const std::vector<Consumed> &records, const Consumed &record)
{
    return std::find(records.begin(), records.end(), record) != records.end();
}

} // namespace

class TestPartitionLogTransactionsCompaction : public QObject {
    Q_OBJECT

private slots:
    void committedValueSurvivesALaterAbortedOne()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), compacted()).value();
        leaderAppend(*log, keyedBatch(kP1, {{"a", "a1"}})); // 0
        leaderAppend(*log, commitMarker(kP1, 0));           // 1
        leaderAppend(*log, keyedBatch(kP2, {{"a", "a2"}})); // 2: aborted below
        leaderAppend(*log, plain("b", "b1"));               // 3: superseded by 5
        leaderAppend(*log, abortMarker(kP2, 0));            // 4
        leaderAppend(*log, plain("b", "b2"));               // 5
        rollPast(*log);
        const std::int64_t end = log->logEndOffset().value();
        const std::vector<Consumed> committedBefore = consume(*log, end, true);
        QCOMPARE(latestByKey(committedBefore)["a"], std::string("a1"));

        auto outcome = log->compact(Offset(end));
        QVERIFY(outcome.isOk());
        QVERIFY(outcome->segmentsCleaned > 0);

        const std::vector<Consumed> committed = consume(*log, end, true);
        const std::vector<Consumed> uncommitted = consume(*log, end, false);
        QVERIFY(holds(committed, {0, "a", "a1"}));
        QCOMPARE(latestByKey(committed), latestByKey(committedBefore));
        // b1 went (a plain superseded record), and so did the aborted a2.
        QVERIFY(!holds(uncommitted, {3, "b", "b1"}));
        QVERIFY(!holds(uncommitted, {2, "a", "a2"}));
        // Every record read_committed sees now, it saw before.
        for (const Consumed &c : committed)
            QVERIFY(holds(committedBefore, c));
        // The markers and the abort's entry stay, on disk too.
        QCOMPARE(log->collectAbortedTransactions(0, end), (std::vector<AbortedTransaction>{{kP2, 2, 4, 5}}));
        QVERIFY(log->close().isOk());
        log = PartitionLog::open(dir.partition(), compacted()).value();
        QCOMPARE(log->collectAbortedTransactions(0, end), (std::vector<AbortedTransaction>{{kP2, 2, 4, 5}}));
        QCOMPARE(consume(*log, end, true), committed);
    }

    void ongoingTransactionIsNotCleaned()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), compacted()).value();
        leaderAppend(*log, plain("a", "a1"));  // 0: superseded by 1
        leaderAppend(*log, plain("a", "a1'")); // 1
        const std::int64_t txnStart = leaderAppend(*log, keyedBatch(kP2, {{"a", "a2"}}));
        leaderAppend(*log, plain("b", "b1")); // superseded by b2, but after the open transaction
        leaderAppend(*log, plain("b", "b2"));
        rollPast(*log);
        const std::int64_t end = log->logEndOffset().value();
        QCOMPARE(log->lastStableOffset(end), txnStart);
        const std::vector<Consumed> before = consume(*log, end, false);

        QVERIFY(log->compact(Offset(end)).isOk());
        const std::vector<Consumed> after = consume(*log, end, false);
        // a2 may still commit: a1' stays, and nothing from the transaction's start on changed.
        QVERIFY(holds(after, {1, "a", "a1'"}));
        std::vector<Consumed> fromTxn;
        for (const Consumed &c : after)
            if (c.offset >= txnStart)
                fromTxn.push_back(c);
        std::vector<Consumed> fromTxnBefore;
        for (const Consumed &c : before)
            if (c.offset >= txnStart)
                fromTxnBefore.push_back(c);
        QCOMPARE(fromTxn, fromTxnBefore);
        QCOMPARE(consume(*log, log->lastStableOffset(end), true), (std::vector<Consumed>{{1, "a", "a1'"}}));

        // It aborts: the next compaction drops a2 and keeps a1'.
        leaderAppend(*log, abortMarker(kP2, 0));
        rollPast(*log);
        const std::int64_t end2 = log->logEndOffset().value();
        QVERIFY(!log->firstUnstableOffset());
        const std::vector<Consumed> committedBefore = consume(*log, end2, true);
        QVERIFY(log->compact(Offset(end2)).isOk());
        const std::vector<Consumed> committed = consume(*log, end2, true);
        QCOMPARE(latestByKey(committed), latestByKey(committedBefore));
        QCOMPARE(latestByKey(committed)["a"], std::string("a1'"));
        QVERIFY(!holds(consume(*log, end2, false), {txnStart, "a", "a2"}));
        QVERIFY(!holds(consume(*log, end2, false), {txnStart + 1, "b", "b1"}));
        for (const Consumed &c : committed)
            QVERIFY(holds(committedBefore, c));
    }

    // A committed transaction's record supersedes earlier ones as any record does.
    void committedTransactionSupersedes()
    {
        TempDir dir;
        auto log = PartitionLog::open(dir.partition(), compacted()).value();
        leaderAppend(*log, plain("a", "a1"));               // 0
        leaderAppend(*log, keyedBatch(kP1, {{"a", "a2"}})); // 1
        leaderAppend(*log, commitMarker(kP1, 0));           // 2
        rollPast(*log);
        const std::int64_t end = log->logEndOffset().value();
        QVERIFY(log->compact(Offset(end)).isOk());
        const std::vector<Consumed> committed = consume(*log, end, true);
        QVERIFY(!holds(committed, {0, "a", "a1"}));
        QVERIFY(holds(committed, {1, "a", "a2"}));
    }
};

QTEST_GUILESS_MAIN(TestPartitionLogTransactionsCompaction)
#include "test_partition_log_transactions_compaction.moc"
