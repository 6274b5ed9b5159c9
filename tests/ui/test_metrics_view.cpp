// The Metrics view against a real embedded cluster: with traffic, its charts receive
// points from the metrics history; while hidden it does not query at all.

#include "view_test_cluster.h"

#include "ui/metrics/metrics_chart.h"
#include "ui/metrics/metrics_view.h"

#ifndef Q_MOC_RUN
#include "client/producer.h"
#include "cluster/cluster.h"
#endif

#include <QComboBox>
#include <QTest>
#include <QWheelEvent>

using namespace es;

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

    void zoomingStopsFollowingUntilReset()
    {
        MetricsView view(*m_bridge);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        MetricsChart *chart = view.chart(MetricsCharts::RecordsByBroker);
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0, 15000);
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Plus);
        QVERIFY(chart->zoomed());
        const QCPRange zoomedRange = chart->xAxis->range();
        QTest::qWait(2500); // refreshes arrive; the zoomed range stays
        QCOMPARE(chart->xAxis->range().lower, zoomedRange.lower);
        view.resetZoom();
        QVERIFY(!chart->zoomed());
        QVERIFY(chart->xAxis->range().size() > zoomedRange.size());
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
