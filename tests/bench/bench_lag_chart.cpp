// The Consumer groups view's lag chart over 24 hours at 1-second resolution: 86,400 points
// for the total and each of 4 partitions (432,000 points), written straight into a catalog
// (with 50 other series for the last hour, as a running cluster has), then
//   - the query: readLagHistory() as the view's job runs it, off the GUI thread;
//   - the replot: the chart's setLines() and replot() on the GUI thread (QCustomPlot's
//     adaptive sampling draws a few points per pixel column; the lines are 1-pixel
//     cosmetic pens as the groups view sets them: MetricsChart's 1.6-pixel pens make Qt
//     stroke every segment, about 100 times slower for a day of seconds);
//   - both together; the first chart the view draws for a day, from minute averages, while
//     it reads every second; and a refresh as the view does it after its first load (the
//     last 35 seconds read and merged, then replotted). Target: <= 50 ms for the draw.
//     Medians of 5 runs.
//
//   bench_lag_chart (under QT_QPA_PLATFORM=offscreen or xvfb-run)

#include "bench_table.h"

#ifndef Q_MOC_RUN
#include "catalog/catalog.h"
#include "common/clock.h"
#include "common/logging.h"
#endif
#include "catalog/lag_history.h"
#include "catalog/metric_series.h"
#include "ui/groups/lag_chart_pens.h"
#include "ui/metrics/metrics_chart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

namespace {

using es::bench::formatNumber;
using es::bench::printRow;
using es::bench::Target;

constexpr std::int64_t kDaySeconds = 24 * 60 * 60;
constexpr int kPartitions = 4;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

es::MetricsCharts::Line lineOf(const std::vector<es::MetricPoint> &points, const QString &label, QColor color)
{
    es::MetricsCharts::Line line{label, color, Qt::SolidLine, {}, {}};
    line.keys.reserve(static_cast<qsizetype>(points.size()));
    line.values.reserve(static_cast<qsizetype>(points.size()));
    for (const auto &p : points) {
        line.keys.push_back(static_cast<double>(p.timeMs) / 1000.0);
        line.values.push_back(p.value);
    }
    return line;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    auto opened = es::Catalog::open(dir.filePath(QStringLiteral("catalog.db")).toStdString());
    if (!opened) {
        std::fprintf(stderr, "bench_lag_chart: %s\n", opened.status().toString().c_str());
        return 1;
    }
    es::Catalog &catalog = **opened;

    std::fprintf(stderr, "... writing 24 h of lag for the total and %d partitions\n", kPartitions);
    const std::int64_t now = es::SystemClock::instance().nowMs() / 1000 * 1000;
    const std::int64_t from = now - kDaySeconds * 1000;
    QElapsedTimer writing;
    writing.start();
    for (std::int64_t chunk = 0; chunk < kDaySeconds; chunk += 3600) {
        std::vector<es::MetricSample> samples;
        for (std::int64_t s = chunk; s < std::min(chunk + 3600, kDaySeconds); ++s) {
            const std::int64_t t = from + s * 1000;
            double total = 0;
            for (int p = 0; p < kPartitions; ++p) {
                const double lag =
                    500 + 400 * std::sin(static_cast<double>(s) / (600.0 + 90 * p)) + 37 * (s % 7);
                total += lag;
                samples.push_back({es::groupPartitionLagSeries("billing", "orders", p), t, lag});
            }
            samples.push_back({es::groupLagSeries("billing"), t, total});
            if (s >= kDaySeconds - 3600)
                for (int o = 0; o < 50; ++o)
                    samples.push_back({"broker:1/other_" + std::to_string(o), t, static_cast<double>(o)});
        }
        catalog.appendMetrics(std::move(samples));
    }
    if (auto flushed = catalog.flush(); !flushed.isOk()) {
        std::fprintf(stderr, "bench_lag_chart: %s\n", flushed.toString().c_str());
        return 1;
    }
    std::fprintf(stderr, "... written in %.1f s\n", static_cast<double>(writing.elapsed()) / 1000.0);

    es::MetricsChart chart(
        {QStringLiteral("lag"), QStringLiteral("Lag"), QString(), es::MetricsCharts::Unit::PerSecond});
    chart.resize(1000, 420);
    chart.show();
    app.processEvents();

    es::LagHistoryRequest request;
    request.groupId = "billing";
    request.fromMs = from;
    request.toMs = now;
    request.stepMs = 1000;

    std::vector<double> queries, draws, totals, sets, redraws;
    std::size_t points = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const es::LagHistory history = es::readLagHistory(catalog, request);
        const double queryMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (!history.error.empty()) {
            std::fprintf(stderr, "bench_lag_chart: %s\n", history.error.c_str());
            return 1;
        }
        std::vector<es::MetricsCharts::Line> lines;
        lines.push_back(lineOf(history.total, QStringLiteral("total"), Qt::black));
        int i = 0;
        for (const auto &[name, p] : history.partitions)
            lines.push_back(lineOf(p, QString::fromStdString(name), QColor::fromHsv(60 * i++, 200, 200)));
        points = 0;
        for (const auto &l : lines)
            points += static_cast<std::size_t>(l.keys.size());
        // A slightly different window each run, so that each replot draws afresh.
        chart.setLines({});
        QElapsedTimer d;
        d.start();
        chart.setWindow(static_cast<double>(from) / 1000.0 + run, static_cast<double>(now) / 1000.0 + run,
                        QStringLiteral("ddd hh:mm"));
        chart.setLines(lines);
        es::useHairlines(chart);
        const double setMs = static_cast<double>(d.nsecsElapsed()) / 1e6;
        chart.replot(QCustomPlot::rpImmediateRefresh);
        app.processEvents();
        const double drawMs = static_cast<double>(d.nsecsElapsed()) / 1e6;
        sets.push_back(setMs);
        QElapsedTimer again;
        again.start();
        chart.replot(QCustomPlot::rpImmediateRefresh);
        redraws.push_back(static_cast<double>(again.nsecsElapsed()) / 1e6);
        queries.push_back(queryMs);
        draws.push_back(drawMs);
        totals.push_back(queryMs + drawMs);
    }
    if (points != static_cast<std::size_t>(kDaySeconds) * (kPartitions + 1)) {
        std::fprintf(stderr, "bench_lag_chart: %zu points charted, expected %lld\n", points,
                     static_cast<long long>(kDaySeconds) * (kPartitions + 1));
        return 1;
    }

    // What the view draws first for a day: minute averages (the catalog's 1-minute rows),
    // while it reads every second.
    std::vector<double> coarseTotals;
    std::size_t coarsePoints = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        es::LagHistoryRequest minutes = request;
        minutes.stepMs = 60'000;
        const es::LagHistory history = es::readLagHistory(catalog, minutes);
        std::vector<es::MetricsCharts::Line> lines;
        lines.push_back(lineOf(history.total, QStringLiteral("total"), Qt::black));
        for (const auto &[name, p] : history.partitions)
            lines.push_back(lineOf(p, QString::fromStdString(name), Qt::blue));
        coarsePoints = 0;
        for (const auto &l : lines)
            coarsePoints += static_cast<std::size_t>(l.keys.size());
        chart.setLines({});
        chart.setWindow(static_cast<double>(from) / 1000.0 - run, static_cast<double>(now) / 1000.0 - run,
                        QStringLiteral("ddd hh:mm"));
        chart.setLines(lines);
        es::useHairlines(chart);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        app.processEvents();
        coarseTotals.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }

    // What the view does after its first load: every 30 s it reads the last 35 seconds
    // and folds them into what it shows, then redraws.
    std::vector<double> refreshes;
    es::LagHistory shown = es::readLagHistory(catalog, request);
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        es::LagHistoryRequest recent = request;
        recent.fromMs = now - 35'000;
        recent.maxPartitions = std::numeric_limits<std::size_t>::max();
        es::mergeLagHistory(shown, es::readLagHistory(catalog, recent), recent.fromMs, from,
                            request.maxPartitions);
        std::vector<es::MetricsCharts::Line> lines;
        lines.push_back(lineOf(shown.total, QStringLiteral("total"), Qt::black));
        for (const auto &[name, p] : shown.partitions)
            lines.push_back(lineOf(p, QString::fromStdString(name), Qt::blue));
        chart.setLines({});
        chart.setLines(lines);
        es::useHairlines(chart);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        refreshes.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }

    es::bench::printHeader();
    printRow("points charted (24 h at 1 s, total + 4 partitions)",
             formatNumber(static_cast<double>(points), "", 0));
    const double q = median(queries), d = median(draws), all = median(totals);
    printRow("query: 5 series from the catalog (off GUI thread)", formatNumber(q, "ms", 1));
    printRow("replot: setLines + replot (GUI thread)", formatNumber(d, "ms", 1), d,
             Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("  of which setLines (data into the graphs)", formatNumber(median(sets), "ms", 1));
    printRow("replot of the same data (pan, zoom, resize)", formatNumber(median(redraws), "ms", 1),
             median(redraws), Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("every second: query + replot", formatNumber(all, "ms", 1), all,
             Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("first chart: minute averages, query + replot", formatNumber(median(coarseTotals), "ms", 1),
             median(coarseTotals), Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    printRow("  points in it", formatNumber(static_cast<double>(coarsePoints), "", 0));
    printRow("refresh: last 35 s read, merged, replotted", formatNumber(median(refreshes), "ms", 1),
             median(refreshes), Target{Target::Kind::AtMost, 50}, "<= 50 ms");
    return 0;
}
