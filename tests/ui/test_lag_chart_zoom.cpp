// The consumer group's lag chart over 24 hours, of which only the last three hold lag:
// the wheel zooms around the cursor without leaving the data, panning stops at its ends,
// zooming out ends at the whole day, and a double-click (as the hint says) shows the
// whole day again. Its legend sits above the plot, and its total line takes the dark
// theme's text colour as soon as the theme changes.

#include "view_test_cluster.h"

#include "catalog/metric_series.h"
#include "connection/group_lag_tracker.h"
#include "ui/groups/group_detail.h"
#include "ui/metrics/metrics_chart.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "catalog/catalog.h"
#include "cluster/cluster.h"
#endif

#include <QDateTime>
#include <QLabel>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace es;

namespace {

constexpr std::int64_t kHistorySeconds = 3 * 3600;

// One turn of the wheel by `steps` notches at `x` pixels on the chart's middle line.
void wheel(MetricsChart &chart, double x, int steps)
{
    const QPointF at(x, chart.axisRect()->center().y());
    QWheelEvent event(at, chart.mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&chart, &event);
}

// Whether any point of the chart lies within its x range.
bool showsData(const MetricsChart &chart)
{
    const QCPRange x = chart.xAxis->range();
    for (int i = 0; i < chart.graphCount(); ++i) {
        const auto data = chart.graph(i)->data();
        if (data->findBegin(x.lower, false) != data->findEnd(x.upper, false))
            return true;
    }
    return false;
}

// Writes `seconds` of lag of `group` (total and orders-0, orders-1) up to now.
bool writeLag(ClusterBridge &bridge, const std::string &group, std::int64_t seconds)
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const auto written = test::runAndWait(bridge, [now, group, seconds](Cluster &c) {
        std::vector<MetricSample> samples;
        for (std::int64_t s = seconds; s > 0; --s) {
            const std::int64_t t = now - s * 1000;
            samples.push_back({groupLagSeries(group), t, static_cast<double>(s % 300)});
            for (int p = 0; p < 2; ++p)
                samples.push_back(
                    {groupPartitionLagSeries(group, "orders", p), t, static_cast<double>(s % 150)});
        }
        c.catalog()->appendMetrics(std::move(samples));
        return c.catalog()->flush().isOk();
    });
    return written && *written;
}

} // namespace

class TestLagChartZoom : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
    }

    void cleanupTestCase() { m_bridge.reset(); }

    void zoomStaysOnTheDataAndADoubleClickResetsIt()
    {
        // Three hours of one group's lag, a sample a second, as the cluster would have kept it.
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const auto written = test::runAndWait(*m_bridge, [now](Cluster &c) {
            std::vector<MetricSample> samples;
            for (std::int64_t s = kHistorySeconds; s > 0; --s) {
                const std::int64_t t = now - s * 1000;
                samples.push_back({groupLagSeries("zoomed"), t, static_cast<double>(s % 300)});
                samples.push_back(
                    {groupPartitionLagSeries("zoomed", "orders", 0), t, static_cast<double>(s % 300)});
            }
            c.catalog()->appendMetrics(std::move(samples));
            return c.catalog()->flush().isOk();
        });
        QVERIFY(written && *written);

        GroupLagTracker tracker;
        GroupDetail detail(*m_bridge, tracker);
        detail.resize(1000, 700);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        detail.setSnapshot(m_bridge->snapshot());
        detail.setRange(GroupDetail::OneDay);
        detail.setGroup(QStringLiteral("zoomed"));
        auto *status = detail.findChild<QLabel *>(QStringLiteral("chartStatus"));
        MetricsChart &chart = *detail.chart();
        // Every second is shown (not the minute averages first read).
        QTRY_VERIFY_WITH_TIMEOUT(chart.pointCount() >= 2 * (kHistorySeconds - 120), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Drag to pan")), 10000);
        // The hint says how to reset the zoom, not "0 resets." (a count, to a reader).
        QVERIFY2(status->text().contains(QStringLiteral("Double-click or press 0 to reset the zoom")),
                 qPrintable(status->text()));
        const QCPRange day = chart.xAxis->range();
        QVERIFY(day.size() >= 24 * 3600 - 1);
        const double dataFrom = static_cast<double>(now) / 1000.0 - kHistorySeconds;
        QVERIFY(day.lower < dataFrom - 20 * 3600);

        // The wheel over the empty middle of the day: the lag stays in view.
        wheel(chart, chart.axisRect()->center().x(), 2);
        QVERIFY(chart.zoomed());
        QVERIFY(chart.xAxis->range().size() < day.size());
        QVERIFY2(showsData(chart), qPrintable(QStringLiteral("%1 to %2")
                                                  .arg(chart.xAxis->range().lower, 0, 'f', 0)
                                                  .arg(chart.xAxis->range().upper, 0, 'f', 0)));
        QVERIFY(chart.xAxis->range().lower >= day.lower && chart.xAxis->range().upper <= day.upper);

        // Zooming further in over the data keeps the time under the cursor where it is.
        const double cursorX = chart.xAxis->coordToPixel(dataFrom + 2 * 3600);
        const double underCursor = chart.xAxis->pixelToCoord(cursorX);
        wheel(chart, cursorX, 15);
        const QCPRange close = chart.xAxis->range();
        QVERIFY(close.size() < kHistorySeconds);
        QVERIFY2(std::abs(chart.xAxis->pixelToCoord(cursorX) - underCursor) < close.size() / 100,
                 qPrintable(QString::number(chart.xAxis->pixelToCoord(cursorX) - underCursor)));

        // Panning back in time stops where the lag starts.
        chart.setFocus();
        for (int i = 0; i < 40; ++i)
            QTest::keyClick(&chart, Qt::Key_Left);
        QVERIFY(showsData(chart));
        QVERIFY(chart.xAxis->range().lower >= dataFrom - 1);
        QCOMPARE(chart.xAxis->range().size(), close.size());

        // A double-click shows the whole day again and follows it.
        QTest::mouseDClick(&chart, Qt::LeftButton, Qt::NoModifier, chart.axisRect()->center());
        QVERIFY(!chart.zoomed());
        QCOMPARE(chart.xAxis->range().lower, day.lower);

        // Zooming out past the whole day is the whole day, following.
        wheel(chart, cursorX, 3);
        QVERIFY(chart.zoomed());
        wheel(chart, cursorX, -20);
        QVERIFY(!chart.zoomed());
        QCOMPARE(chart.xAxis->range().lower, day.lower);
        QCOMPARE(chart.xAxis->range().upper, day.upper);
    }

    void theLegendIsAboveThePlotAndTheTotalFollowsTheTheme()
    {
        QVERIFY(writeLag(*m_bridge, "themed", 120));
        Theme::apply(ThemeChoice::Light);
        GroupLagTracker tracker;
        GroupDetail detail(*m_bridge, tracker);
        detail.resize(900, 600);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        detail.setSnapshot(m_bridge->snapshot());
        // A day's range reads again only every 30 seconds: no new lines come in meanwhile.
        detail.setRange(GroupDetail::OneDay);
        detail.setGroup(QStringLiteral("themed"));
        MetricsChart &chart = *detail.chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart.graphCount() == 3 && chart.pointCount() >= 3 * 100, 30000);
        chart.replot();

        const QRect legend = chart.legend->outerRect();
        QVERIFY(!legend.isEmpty());
        QVERIFY(!legend.intersects(chart.axisRect()->outerRect()));
        QVERIFY(chart.rect().contains(legend));

        QCOMPARE(chart.graph(0)->name(), QStringLiteral("total"));
        const QColor light = chart.palette().color(QPalette::Text);
        QCOMPARE(chart.graph(0)->pen().color(), light);
        const int updates = detail.chartUpdates();
        Theme::apply(ThemeChoice::Dark);
        QTRY_VERIFY(chart.palette().color(QPalette::Text) != light); // the change reaches the chart
        const QColor dark = chart.palette().color(QPalette::Text);
        QCOMPARE(detail.chartUpdates(), updates); // recoloured without new data
        QCOMPARE(chart.graph(0)->pen().color(), dark);
        QCOMPARE(chart.graph(0)->pen().widthF(), 1.0); // still the hairline the group detail drew
        Theme::apply(ThemeChoice::Light);
        QTRY_COMPARE(chart.graph(0)->pen().color(), light);
    }
};

QTEST_MAIN(TestLagChartZoom)
#include "test_lag_chart_zoom.moc"
