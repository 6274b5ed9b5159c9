// The Metrics view against a real embedded cluster: with traffic, its charts receive
// points from the metrics history; while hidden it does not query at all. Zooming one chart
// zooms all of them, which then stay put while samples arrive until Back to live; the
// legends sit above the plots, and a click on an entry hides its line.

#include "view_test_cluster.h"

#include "ui/metrics/metrics_chart.h"
#include "ui/metrics/metrics_view.h"

#ifndef Q_MOC_RUN
#include "client/producer.h"
#include "cluster/cluster.h"
#endif

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QWheelEvent>

using namespace es;

namespace {

// One turn of the wheel by `steps` notches (positive: in) at the middle of the chart's plot.
void wheel(MetricsChart &chart, int steps)
{
    const QPointF at = chart.axisRect()->center();
    QWheelEvent event(at, chart.mapToGlobal(at), QPoint(), QPoint(0, 120 * steps), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&chart, &event);
}

// The charts the view shows (a remote cluster's view leaves some out).
std::vector<MetricsChart *> shownCharts(const MetricsView &view)
{
    std::vector<MetricsChart *> shown;
    for (int id = 0; id < MetricsCharts::Count; ++id)
        if (!view.chart(id)->isHidden())
            shown.push_back(view.chart(id));
    return shown;
}

// Until two more queries started: the one before the second has been drawn by then.
void waitForNewSamples(const MetricsView &view)
{
    const int queries = view.queryCount();
    QTRY_VERIFY_WITH_TIMEOUT(view.queryCount() >= queries + 2, 15000);
}

} // namespace

class TestMetricsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;

    bool produce(int records)
    {
        const auto ok = test::runAndWait(*m_bridge, [records](Cluster &c) {
            Producer producer(c);
            for (int i = 0; i < records; ++i)
                producer.send({"clicks",
                               std::nullopt,
                               test::bytesOf("k" + std::to_string(i)),
                               test::bytesOf("a click"),
                               {},
                               std::nullopt});
            return producer.flush(std::chrono::seconds(10));
        });
        return ok && *ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
    }

    void cleanupTestCase() { m_bridge.reset(); }

    void aHiddenViewDoesNotQuery()
    {
        MetricsView view(*m_bridge);
        QSignalSpy snapshots(m_bridge.get(), &ClusterBridge::snapshotChanged);
        QTRY_VERIFY(snapshots.count() >= 5);
        QTest::qWait(1500); // more than one refresh period
        QCOMPARE(view.queryCount(), 0);
    }

    void aChartReceivesPoints()
    {
        MetricsView view(*m_bridge);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The first records create the topic; the history counts what arrives after the
        // topic's first sample, so produce again once it has one.
        QVERIFY(produce(100));
        QTest::qWait(2500);
        QVERIFY(produce(500));
        MetricsChart *records = view.chart(MetricsCharts::RecordsByBroker);
        MetricsChart *topics = view.chart(MetricsCharts::RecordsByTopic);
        QTRY_VERIFY_WITH_TIMEOUT(records->pointCount() > 0 && records->graphCount() >= 3, 15000);
        // Records fetched by consumers are measured only by brokers in this process.
        if (m_bridge->capabilities().brokerMetrics)
            QTRY_VERIFY_WITH_TIMEOUT(topics->graphCount() >= 2 &&
                                         topics->graph(0)->name() == QStringLiteral("clicks in") &&
                                         topics->graph(1)->name() == QStringLiteral("clicks out"),
                                     15000);
        else
            QTRY_VERIFY_WITH_TIMEOUT(
                topics->graphCount() == 1 && topics->graph(0)->name() == QStringLiteral("clicks in"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(view.chart(MetricsCharts::UnderReplicated)->pointCount() > 0, 15000);

        // Some second of the range saw the records arrive.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < topics->graph(0)->dataCount(); ++i)
                    if (topics->graph(0)->data()->at(i)->value > 0)
                        return true;
                return false;
            }(),
            15000);
    }

    void zoomingOneChartZoomsAllUntilBackToLive()
    {
        MetricsView view(*m_bridge);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *backToLive = view.findChild<QPushButton *>(QStringLiteral("backToLive"));
        auto *status = view.findChild<QLabel *>(QStringLiteral("metricsStatus"));
        MetricsChart *chart = view.chart(MetricsCharts::RecordsByBroker);
        MetricsChart *other = view.chart(MetricsCharts::UnderReplicated);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0 && other->pointCount() > 0, 15000);
        QVERIFY(!backToLive->isVisible());

        // Live: the range follows the newest samples.
        const QCPRange live = chart->xAxis->range();
        waitForNewSamples(view);
        QTRY_VERIFY_WITH_TIMEOUT(chart->xAxis->range().upper > live.upper, 10000);

        // The wheel on one chart: every chart shows the same stretch, and the view says so.
        wheel(*chart, 3);
        QVERIFY(chart->zoomed());
        const QCPRange zoomed = chart->xAxis->range();
        QVERIFY(zoomed.size() < live.size());
        for (MetricsChart *c : shownCharts(view)) {
            QVERIFY2(c->zoomed(), qPrintable(c->objectName()));
            QCOMPARE(c->xAxis->range(), zoomed);
        }
        QVERIFY(backToLive->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Zoomed in")), qPrintable(status->text()));

        // New samples do not move a zoomed range.
        waitForNewSamples(view);
        for (MetricsChart *c : shownCharts(view))
            QCOMPARE(c->xAxis->range(), zoomed);

        // Panning another chart with the keyboard moves all of them (as far as that chart's
        // data lets it).
        other->setFocus();
        QTest::keyClick(other, Qt::Key_Right);
        const QCPRange panned = other->xAxis->range();
        for (MetricsChart *c : shownCharts(view))
            QCOMPARE(c->xAxis->range(), panned);

        // A double-click on a chart: all of them back to the whole range, following again.
        QTest::mouseDClick(other, Qt::LeftButton, Qt::NoModifier, other->axisRect()->center());
        const QCPRange whole = chart->xAxis->range();
        QVERIFY(whole.size() > zoomed.size());
        for (MetricsChart *c : shownCharts(view)) {
            QVERIFY2(!c->zoomed(), qPrintable(c->objectName()));
            QCOMPARE(c->xAxis->range(), whole);
        }
        QVERIFY(!backToLive->isVisible());
        waitForNewSamples(view);
        QTRY_VERIFY_WITH_TIMEOUT(chart->xAxis->range().upper > whole.upper, 10000);

        // Zoomed again, Back to live resets every chart.
        wheel(*other, 2);
        QVERIFY(chart->zoomed());
        backToLive->click();
        for (MetricsChart *c : shownCharts(view))
            QVERIFY2(!c->zoomed() && qAbs(c->xAxis->range().size() - live.size()) < 1e-6,
                     qPrintable(c->objectName()));
        QVERIFY(!backToLive->isVisible());
    }

    void legendsSitAboveThePlotsAndHideLines()
    {
        MetricsView view(*m_bridge);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(produce(50));
        MetricsChart *chart = view.chart(MetricsCharts::RecordsByBroker);
        QTRY_VERIFY_WITH_TIMEOUT(chart->graphCount() >= 3 && chart->pointCount() > 0, 15000);
        for (MetricsChart *c : shownCharts(view)) {
            if (c->graphCount() == 0)
                continue;
            c->replot();
            const QRect legend = c->legend->outerRect();
            // Not over the plot nor its axes, and within the chart: wrapped, not cut.
            QVERIFY2(!legend.intersects(c->axisRect()->outerRect()), qPrintable(c->objectName()));
            for (int i = 0; i < c->graphCount(); ++i) {
                const QRect entry = c->legend->itemWithPlottable(c->graph(i))->outerRect();
                QVERIFY2(c->rect().contains(entry), qPrintable(c->graph(i)->name()));
                QVERIFY2(!entry.intersects(c->axisRect()->outerRect()), qPrintable(c->graph(i)->name()));
            }
        }
        // Entries wider together than the chart wrap onto more rows (the embedded cluster's
        // six do at half of 900 pixels).
        int together = 0;
        for (int i = 0; i < chart->graphCount(); ++i)
            together += chart->legend->itemWithPlottable(chart->graph(i))->outerRect().width();
        QVERIFY2(together < chart->width() || chart->legend->rowCount() > 1,
                 qPrintable(QString::number(together)));

        // A click on an entry hides its line, through new data; another shows it again.
        const QString name = chart->graph(0)->name();
        const QPoint entry = chart->legend->itemWithPlottable(chart->graph(0))->outerRect().center();
        QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, entry);
        QVERIFY(!chart->graph(0)->visible());
        waitForNewSamples(view);
        QCOMPARE(chart->graph(0)->name(), name);
        QVERIFY(!chart->graph(0)->visible());
        QVERIFY(chart->graph(1)->visible());
        QTest::mouseClick(chart, Qt::LeftButton, Qt::NoModifier, entry);
        QVERIFY(chart->graph(0)->visible());
        QVERIFY(!chart->zoomed()); // a click on the legend is no zoom
    }

    void theRangeCanBeChanged()
    {
        MetricsView view(*m_bridge);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MetricsChart *chart = view.chart(MetricsCharts::RecordsByBroker);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, 15000);
        view.setRange(MetricsView::OneHour);
        QTRY_COMPARE_WITH_TIMEOUT(chart->xAxis->range().size(), 3600.0, 10000);
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("metricsRange"))->currentIndex(), 1);
    }
};

QTEST_MAIN(TestMetricsView)
#include "test_metrics_view.moc"
