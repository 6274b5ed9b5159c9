// The leader's cache of recent appends, which followers in the process replicate from
// without reading the log file: what it serves, and when it lets go.

#include "cluster/recent_appends.h"

#include <QTest>

#include <memory>

using namespace es;

namespace {

std::shared_ptr<const Bytes> chunk(std::size_t size, std::uint8_t fill)
{
    return std::make_shared<const Bytes>(size, fill);
}

} // namespace

class TestRecentAppends : public QObject {
    Q_OBJECT

private slots:
    void servesAChunkOnlyFromItsFirstOffset()
    {
        RecentAppends cache;
        const auto first = chunk(100, 1);
        const auto second = chunk(200, 2);
        cache.add(0, 10, first);
        cache.add(10, 25, second);
        QCOMPARE(cache.startingAt(0, 1000), first);
        QCOMPARE(cache.startingAt(10, 1000), second);
        // A follower in the middle of a chunk, or past the end, reads the log.
        QVERIFY(!cache.startingAt(5, 1000));
        QVERIFY(!cache.startingAt(25, 1000));
        QVERIFY(!cache.startingAt(-1, 1000));
    }

    void aChunkLargerThanTheFetchAllowsIsNotServed()
    {
        RecentAppends cache;
        cache.add(0, 10, chunk(300, 1));
        QVERIFY(!cache.startingAt(0, 299));
        QVERIFY(cache.startingAt(0, 300));
    }

    void theHighWatermarkReleasesWhatEveryFollowerHas()
    {
        RecentAppends cache;
        cache.add(0, 10, chunk(100, 1));
        cache.add(10, 20, chunk(100, 2));
        cache.dropBelow(15); // the second chunk is not wholly replicated yet
        QCOMPARE(cache.chunks(), std::size_t(1));
        QCOMPARE(cache.bytes(), std::size_t(100));
        QVERIFY(!cache.startingAt(0, 1000));
        QVERIFY(cache.startingAt(10, 1000));
        cache.dropBelow(20);
        QCOMPARE(cache.chunks(), std::size_t(0));
        QCOMPARE(cache.bytes(), std::size_t(0));
    }

    void theBudgetDropsTheOldestFirst()
    {
        RecentAppends cache(250);
        cache.add(0, 10, chunk(100, 1));
        cache.add(10, 20, chunk(100, 2));
        cache.add(20, 30, chunk(100, 3));
        QCOMPARE(cache.bytes(), std::size_t(200));
        QVERIFY(!cache.startingAt(0, 1000)); // a lagging follower reads the file
        QVERIFY(cache.startingAt(10, 1000));
        QVERIFY(cache.startingAt(20, 1000));
        cache.add(30, 40, chunk(251, 4)); // larger than the whole budget: not kept
        QVERIFY(!cache.startingAt(30, 1000));
    }

    void theBrokersCachesShareOneBudget()
    {
        RecentAppendsBudget budget;
        budget.limit = 300;
        {
            RecentAppends a(1000, &budget);
            RecentAppends b(1000, &budget);
            a.add(0, 10, chunk(200, 1));
            b.add(0, 10, chunk(100, 2));
            QCOMPARE(budget.used, std::size_t(300));
            // b may give up its own oldest to make room, never a's.
            b.add(10, 20, chunk(100, 3));
            QVERIFY(a.startingAt(0, 1000));
            QVERIFY(!b.startingAt(0, 1000));
            QVERIFY(b.startingAt(10, 1000));
            // With nothing of its own left to give up, a chunk that does not fit is not kept.
            b.dropBelow(20);
            b.add(20, 30, chunk(150, 4));
            QVERIFY(!b.startingAt(20, 1000));
            QCOMPARE(budget.used, std::size_t(200));
            a.dropBelow(10);
            QCOMPARE(budget.used, std::size_t(0));
            b.add(30, 40, chunk(150, 5));
            QCOMPARE(budget.used, std::size_t(150));
        }
        QCOMPARE(budget.used, std::size_t(0)); // a replica that goes gives its bytes back
    }

    void aGapStartsOver()
    {
        // Offsets appended some other way leave a hole: nothing before it is trusted.
        RecentAppends cache;
        cache.add(0, 10, chunk(100, 1));
        cache.add(15, 20, chunk(100, 2));
        QVERIFY(!cache.startingAt(0, 1000));
        QVERIFY(cache.startingAt(15, 1000));
        QCOMPARE(cache.chunks(), std::size_t(1));
    }

    void emptyOrBackwardChunksAreIgnored()
    {
        RecentAppends cache;
        cache.add(0, 10, chunk(0, 1));
        cache.add(0, 0, chunk(10, 1));
        cache.add(0, 10, nullptr);
        QCOMPARE(cache.chunks(), std::size_t(0));
        cache.add(0, 10, chunk(10, 1));
        cache.clear();
        QCOMPARE(cache.chunks(), std::size_t(0));
        QCOMPARE(cache.bytes(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestRecentAppends)
#include "test_recent_appends.moc"
