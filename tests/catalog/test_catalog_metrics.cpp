// The catalog's metrics: 1-second samples and their 1-minute rollups, which tier answers a
// query, and how long each tier keeps a series.

#include "catalog_fixture.h"

#include "catalog/metrics_history.h"
#include "catalog/sqlite_db.h"
#include "common/clock.h"

#include <QTest>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace es;
using namespace es::test;

namespace {

// The value of the test series at second s (counted from kT0): its second within the
// minute plus its minute, so a minute m averages 29.5 + m and peaks at 59 + m.
double valueAt(std::int64_t s) { return static_cast<double>(s % 60 + s / 60); }

} // namespace

class TestCatalogMetrics : public QObject, private CatalogFiles {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Three hours of 1-second samples with the clock at their end: the last hour is
    // answered at 1-second resolution, anything older from the 1-minute rollups.
    void metricsFromBothTiers()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + 3 * kHour);
        CatalogOptions options;
        options.clock = &clock;
        // Second 9005 (2.5 h in, minute 150) gets a second sample half a second later.
        constexpr std::int64_t kDupSecond = 9005;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            for (std::int64_t hour = 0; hour < 3; ++hour) {
                std::vector<MetricSample> samples;
                for (std::int64_t s = hour * 3600; s < (hour + 1) * 3600; ++s) {
                    samples.push_back(
                        {.series = "broker:1/bytes_in", .timeMs = kT0 + s * kSecond, .value = valueAt(s)});
                    samples.push_back(
                        {.series = "broker:2/bytes_in", .timeMs = kT0 + s * kSecond, .value = 1.0});
                }
                catalog->appendMetrics(std::move(samples));
            }
            catalog->appendMetrics({{.series = "broker:1/bytes_in",
                                     .timeMs = kT0 + kDupSecond * kSecond + 500,
                                     .value = 1000.0}});
            QCOMPARE(catalog->flush(), Status::ok());
        }
        // Only the last hour was kept at 1-second resolution.
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 2 * 3600);
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 2 * 180);

        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        const std::string series = "broker:1/bytes_in";

        // Raw: one point per second, exactly the sample (or the mean of two).
        Result<std::vector<MetricPoint>> raw =
            catalog->metrics(series, kT0 + 9000 * kSecond, kT0 + 9010 * kSecond, 1000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(10));
        for (std::int64_t i = 0; i < 10; ++i) {
            const MetricPoint &p = (*raw)[static_cast<std::size_t>(i)];
            const std::int64_t s = 9000 + i;
            QCOMPARE(p.timeMs, kT0 + s * kSecond);
            if (s == kDupSecond) {
                QCOMPARE(p.value, (valueAt(s) + 1000.0) / 2);
                QCOMPARE(p.max, 1000.0);
            } else {
                QCOMPARE(p.value, valueAt(s));
                QCOMPARE(p.max, valueAt(s));
            }
        }

        // Raw at a 10-second step: the mean of ten seconds; buckets cover the whole range.
        raw = catalog->metrics(series, kT0 + 9000 * kSecond + 1, kT0 + 9030 * kSecond, 10'000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(3));
        QCOMPARE((*raw)[0].timeMs, kT0 + 9000 * kSecond);
        QCOMPARE((*raw)[0].value, (45.0 + 150 * 10 + 1000.0) / 11);
        QCOMPARE((*raw)[1].value, 150.0 + 14.5); // seconds 10..19 of minute 150
        QCOMPARE((*raw)[2].max, 150.0 + 29);

        // The whole three hours at 1 s: one-minute points from the rollups.
        Result<std::vector<MetricPoint>> rollup = catalog->metrics(series, kT0, kT0 + 3 * kHour, 1000);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(180));
        for (std::int64_t m = 0; m < 180; ++m) {
            const MetricPoint &p = (*rollup)[static_cast<std::size_t>(m)];
            QCOMPARE(p.timeMs, kT0 + m * kMinute);
            if (m == kDupSecond / 60) {
                QCOMPARE(p.value, (60 * (29.5 + static_cast<double>(m)) + 1000.0) / 61);
                QCOMPARE(p.max, 1000.0);
            } else {
                QCOMPARE(p.value, 29.5 + static_cast<double>(m));
                QCOMPARE(p.max, 59.0 + static_cast<double>(m));
            }
        }

        // Five-minute steps over the first hour (beyond the raw tier's reach).
        rollup = catalog->metrics(series, kT0, kT0 + kHour, 5 * kMinute);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(12));
        for (std::int64_t k = 0; k < 12; ++k) {
            const MetricPoint &p = (*rollup)[static_cast<std::size_t>(k)];
            QCOMPARE(p.timeMs, kT0 + k * 5 * kMinute);
            QCOMPARE(p.value, 29.5 + static_cast<double>(5 * k + 2));
            QCOMPARE(p.max, 59.0 + static_cast<double>(5 * k + 4));
        }

        // An old range not aligned to minutes: every minute it touches, whole.
        rollup = catalog->metrics(series, kT0 + 90 * kSecond, kT0 + 150 * kSecond, 1000);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(2));
        QCOMPARE((*rollup)[0].timeMs, kT0 + kMinute);
        QCOMPARE((*rollup)[1].value, 31.5);

        // A whole-minute step inside the last hour is served from the rollups too, with
        // the same figures the raw tier would give.
        rollup = catalog->metrics(series, kT0 + 150 * kMinute, kT0 + 152 * kMinute, kMinute);
        QVERIFY(rollup);
        QCOMPARE(rollup->size(), std::size_t(2));
        QCOMPARE((*rollup)[1].value, 29.5 + 151);
        raw = catalog->metrics(series, kT0 + 151 * kMinute, kT0 + 152 * kMinute, 1000);
        QVERIFY(raw);
        QCOMPARE(raw->size(), std::size_t(60));

        Result<std::vector<MetricPoint>> other =
            catalog->metrics("broker:2/bytes_in", kT0, kT0 + 3 * kHour, kHour);
        QVERIFY(other);
        QCOMPARE(other->size(), std::size_t(3));
        QCOMPARE((*other)[2].value, 1.0);

        QVERIFY(catalog->metrics("no-such-series", kT0, kT0 + kHour, 1000)->empty());
        QVERIFY(catalog->metrics(series, kT0 + kHour, kT0, 1000)->empty());

        using S = std::vector<std::string>;
        QCOMPARE(*catalog->seriesNames(""), (S{"broker:1/bytes_in", "broker:2/bytes_in"}));
        QCOMPARE(*catalog->seriesNames("broker:2"), (S{"broker:2/bytes_in"}));
        QVERIFY(catalog->seriesNames("group:")->empty());
    }

    void rawSamplesOlderThanAnHourArePruned()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        std::vector<MetricSample> samples;
        for (std::int64_t s = -600; s < 0; ++s)
            samples.push_back({.series = "broker:1/x", .timeMs = kT0 + s * kSecond, .value = 2.0});
        catalog->appendMetrics(std::move(samples));
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 600);
        Result<std::vector<MetricPoint>> points =
            catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(600));

        // Two hours on, the 1-second rows are gone and the same range comes per minute.
        clock.advance(2 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 10);
        points = catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10));
        QCOMPARE(points->front().timeMs, kT0 - 10 * kMinute);
        QCOMPARE(points->front().value, 2.0);

        // Samples already older than an hour when they arrive skip the raw tier.
        catalog->appendMetrics({{.series = "broker:1/x", .timeMs = kT0, .value = 4.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);

        // A week on, the rollups and the series have gone too.
        clock.advance(7 * kDay);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 0);
        QVERIFY(catalog->seriesNames("")->empty());

        // A series can come back after it was pruned.
        catalog->appendMetrics({{.series = "broker:1/x", .timeMs = clock.nowMs(), .value = 8.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        points = catalog->metrics("broker:1/x", clock.nowMs() - kMinute, clock.nowMs() + kSecond, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(1));
        QCOMPARE(points->front().value, 8.0);
    }

    // The consumer groups' series keep their seconds for 25 hours (the lag chart's last 24
    // hours at 1-second resolution), the others for an hour.
    void groupSeriesKeepSecondsForADay()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        std::vector<MetricSample> samples;
        for (std::int64_t s = -600; s < 0; ++s) {
            samples.push_back({.series = "broker:1/x", .timeMs = kT0 + s * kSecond, .value = 2.0});
            samples.push_back({.series = "group:billing/lag", .timeMs = kT0 + s * kSecond, .value = 3.0});
            samples.push_back(
                {.series = "group:billing/lag/orders-0", .timeMs = kT0 + s * kSecond, .value = 1.0});
        }
        catalog->appendMetrics(std::move(samples));
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1800);

        // Two hours on, only the group series' seconds are left, and they answer at 1 s.
        clock.advance(2 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1200);
        auto points = catalog->metrics("group:billing/lag", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(600));
        QCOMPARE(points->front().timeMs, kT0 - 10 * kMinute);
        QCOMPARE(points->front().value, 3.0);
        points = catalog->metrics("broker:1/x", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10)); // per minute

        // Late group samples within the day still go to the 1-second tier; others do not.
        catalog->appendMetrics({{.series = "group:billing/lag", .timeMs = kT0, .value = 5.0},
                                {.series = "broker:1/x", .timeMs = kT0, .value = 5.0}});
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 1201);

        // A day on (25 hours after the late sample), they are gone from the 1-second tier
        // too, and read per minute.
        clock.advance(24 * kHour);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_raw"), 0);
        points = catalog->metrics("group:billing/lag/orders-0", kT0 - 10 * kMinute, kT0, 1000);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(10));
        QCOMPARE(points->front().value, 1.0);

        // Rollups must be kept at least as long as the group seconds.
        CatalogOptions bad = options;
        bad.rollupMetricsRetentionMs = 12 * kHour;
        QVERIFY(!Catalog::open(newFile(), bad));
    }

    // A minute's row written part way (by a flush) takes the rest of its samples later.
    void minuteRowsAddUpAcrossFlushes()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0 + 10 * kSecond);
        CatalogOptions options;
        options.clock = &clock;
        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        for (std::int64_t s = 0; s < 60; ++s) {
            clock.set(kT0 + s * kSecond);
            catalog->appendMetrics(
                {{.series = "x", .timeMs = kT0 + s * kSecond, .value = static_cast<double>(s)}});
            if (s % 20 == 19)
                QCOMPARE(catalog->flush(), Status::ok());
        }
        clock.set(kT0 + kMinute);
        QCOMPARE(catalog->flush(), Status::ok());
        QCOMPARE(countRows(file, "SELECT sample_count FROM metrics_minute"), 60);
        Result<std::vector<MetricPoint>> points = catalog->metrics("x", kT0, kT0 + kMinute, kMinute);
        QVERIFY(points);
        QCOMPARE(points->size(), std::size_t(1));
        QCOMPARE(points->front().value, 29.5);
        QCOMPARE(points->front().max, 59.0);
    }

    // A transaction rolled back takes its samples out of the minute rows held, also of the
    // rows it wrote and let go.
    void aRollbackLeavesTheMinuteRowsAsTheyWere()
    {
        const fs::path file = newFile();
        QVERIFY(openOrFail(file)); // the schema
        auto db = SqliteDb::open(file, SqliteDb::Mode::ReadWriteCreate);
        QVERIFY(db);
        MetricsWriter writer(**db, {.rawMs = kHour, .rawGroupMs = kHour, .rollupMs = 24 * kHour});
        const auto transaction = [&](double value, bool writeAll, bool commit) {
            QCOMPARE((*db)->exec("BEGIN", "begin"), Status::ok());
            writer.begin();
            const std::vector<MetricSample> samples{{.series = "x", .timeMs = kT0 + kSecond, .value = value}};
            QCOMPARE(writer.append({&samples}, kT0 + 2 * kSecond), Status::ok());
            QCOMPARE(writer.writeMinutes(kT0 + 2 * kSecond, writeAll), Status::ok());
            QCOMPARE((*db)->exec(commit ? "COMMIT" : "ROLLBACK", "end"), Status::ok());
            if (commit)
                writer.committed();
            else
                writer.rolledBack();
        };
        transaction(1, false, true);    // held: the minute is not over
        transaction(100, false, false); // added to the held row, then taken back
        transaction(1000, true, false); // added, written, let go, then taken back
        QVERIFY(writer.holdsMinutes());
        QCOMPARE(countRows(file, "SELECT count(*) FROM metrics_minute"), 0);
        transaction(2, true, true);
        QVERIFY(!writer.holdsMinutes());
        QCOMPARE(countRows(file, "SELECT value_sum FROM metrics_minute"), 3);
        QCOMPARE(countRows(file, "SELECT sample_count FROM metrics_minute"), 2);
        QCOMPARE(countRows(file, "SELECT value_max FROM metrics_minute"), 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogMetrics)
#include "test_catalog_metrics.moc"
