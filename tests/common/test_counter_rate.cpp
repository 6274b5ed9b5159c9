// Rates from counter readings: a counter that goes down was reset, and its new value is
// what it counted since (Prometheus' rate() rule).

#include "common/counter_rate.h"
#include "common/latency_histogram.h"

#include <QTest>

#include <limits>

using namespace es;

class TestCounterRate : public QObject {
    Q_OBJECT

private slots:
    void aGrowingCounterGivesItsDifference()
    {
        QCOMPARE(counterIncrease(1500, 1000), std::uint64_t{500});
        QCOMPARE(counterRate(1500, 1000, 2000), 250.0);
        QCOMPARE(counterRate(1000, 1000, 1000), 0.0);
    }

    void aCounterThatWentDownCountsFromZero()
    {
        // A broker restarted after counting 1,000,000 records has counted 300 since.
        QCOMPARE(counterIncrease(300, 1'000'000), std::uint64_t{300});
        QCOMPARE(counterRate(300, 1'000'000, 1000), 300.0);
        QCOMPARE(counterRate(0, 1'000'000, 160'000), 0.0);
        QCOMPARE(counterIncrease(0, std::numeric_limits<std::uint64_t>::max()), std::uint64_t{0});
    }

    void noTimeMeansNoRate()
    {
        QCOMPARE(counterRate(500, 100, 0), 0.0);
        QCOMPARE(counterRate(500, 100, -5), 0.0);
    }

    void aRestartedHistogramCountsItsNewLatencies()
    {
        LatencyHistogram before;
        for (int i = 0; i < 100; ++i)
            before.record(2000);
        LatencyHistogram after; // the restarted broker's
        after.record(500);
        const auto window = LatencyHistogram::minus(after.snapshot(), before.snapshot());
        QCOMPARE(LatencyHistogram::total(window), std::uint64_t{1});
        QVERIFY(LatencyHistogram::percentile(window, 0.5) < 1000);
    }
};

QTEST_GUILESS_MAIN(TestCounterRate)
#include "test_counter_rate.moc"
