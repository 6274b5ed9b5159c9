#include "ui/metrics/metrics_view.h"

#include "ui/cluster_bridge.h"
#include "ui/metrics/metrics_chart.h"
#include "ui/metrics/metrics_zoom_sync.h"

#include "connection/connection.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace es {

namespace {

struct RangeSpec {
    std::int64_t spanMs;
    std::int64_t stepMs;    // one point per step: a few hundred points per line
    int refreshMs;          // how often to look for new data
    const char *timeFormat; // QDateTime format of the time axis
};

RangeSpec rangeSpec(int range)
{
    switch (range) {
    case MetricsView::OneHour: return {60LL * 60 * 1000, 10'000, 5'000, "hh:mm"};
    case MetricsView::OneDay: return {24LL * 60 * 60 * 1000, 60'000, 30'000, "ddd hh:mm"};
    default: return {5LL * 60 * 1000, 1'000, 1'000, "hh:mm:ss"};
    }
}

} // namespace

MetricsView::MetricsView(ClusterBridge &bridge, QWidget *parent) : QWidget(parent), m_bridge(bridge)
{
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("metricsRange"));
    m_range->addItem(tr("Last 5 minutes"), FiveMinutes);
    m_range->addItem(tr("Last hour"), OneHour);
    m_range->addItem(tr("Last 24 hours"), OneDay);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);

    // Shown only while zoomed, next to the words that say so.
    m_backToLive = new QPushButton(tr("Back to &live"), this);
    m_backToLive->setObjectName(QStringLiteral("backToLive"));
    m_backToLive->setToolTip(
        tr("Show the whole range again and follow new data (double-click or 0 on a chart)"));
    m_backToLive->hide();
    connect(m_backToLive, &QPushButton::clicked, this, &MetricsView::resetZoom);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("metricsStatus"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    top->addWidget(m_backToLive);

    auto *grid = new QGridLayout;
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    m_zoomSync = new MetricsZoomSync(this);
    connect(m_zoomSync, &MetricsZoomSync::changed, this, &MetricsView::updateStatus);
    QWidget *previous = m_backToLive;
    // Byte rates and produce latency are measured inside the embedded brokers; a cluster
    // reached over the network does not tell them, so their charts are left out there.
    const auto shown = [&](int id) {
        return bridge.capabilities().brokerMetrics ||
               (id != MetricsCharts::BytesByBroker && id != MetricsCharts::BytesByTopic &&
                id != MetricsCharts::ProduceLatency);
    };
    int place = 0;
    for (int id = 0; id < MetricsCharts::Count; ++id) {
        auto *chart = new MetricsChart(MetricsCharts::spec(static_cast<MetricsCharts::Id>(id)), charts);
        // Room for a plot below a legend of two or three rows.
        chart->setMinimumHeight(260);
        m_charts.push_back(chart);
        m_zoomSync->add(chart);
        if (!shown(id)) {
            chart->hide();
            continue;
        }
        grid->addWidget(chart, place / 2, place % 2);
        ++place;
        setTabOrder(previous, chart);
        previous = chart;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    setTabOrder(m_range, m_backToLive);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &MetricsView::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setRange(static_cast<Range>(m_range->currentData().toInt())); });
    connect(&m_bridge, &ClusterBridge::snapshotChanged, this, &MetricsView::onSnapshot);
    if (m_bridge.snapshot())
        onSnapshot(m_bridge.snapshot());
    setRange(FiveMinutes);
    updateStatus();
}

void MetricsView::setRange(Range range)
{
    if (m_range->currentData().toInt() != range)
        m_range->setCurrentIndex(m_range->findData(range)); // comes back here through the signal
    m_timer->start(rangeSpec(range).refreshMs);
    m_dirty = true;
    m_zoomSync->reset();
    refresh();
}

void MetricsView::resetZoom() { m_zoomSync->reset(); }

void MetricsView::updateStatus()
{
    m_backToLive->setVisible(m_zoomSync->zoomed());
    if (!m_error.isEmpty()) {
        m_status->setText(tr("Could not read the metrics history: %1").arg(m_error));
    } else if (m_zoomSync->zoomed()) {
        const bool day = m_range->currentData().toInt() == OneDay;
        const QString format = day ? QStringLiteral("ddd hh:mm:ss") : QStringLiteral("hh:mm:ss");
        const auto at = [&](double seconds) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(seconds * 1000.0)),
                                      format);
        };
        m_status->setText(tr("Zoomed in: %1 to %2. The charts stay on this stretch while new samples "
                             "arrive.")
                              .arg(at(m_zoomSync->range().lower), at(m_zoomSync->range().upper)));
    } else {
        m_status->setText(tr("Drag to pan and use the wheel to zoom, on all charts at once; with the "
                             "keyboard: arrows, + and −. Click a name in a legend to hide or show its "
                             "line."));
    }
}

void MetricsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Whatever happened while hidden was not queried; catch up at once.
    QTimer::singleShot(0, this, &MetricsView::refresh);
}

void MetricsView::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    if (snapshot)
        m_newestSnapshotMs = std::max(m_newestSnapshotMs, snapshot->timeMs);
}

void MetricsView::refresh()
{
    if (!isVisible() || m_inFlight || m_newestSnapshotMs == 0)
        return;
    if (!m_dirty && m_newestSnapshotMs <= m_queriedUpToMs)
        return; // no snapshot since the last query, so no new samples either
    const RangeSpec spec = rangeSpec(m_range->currentData().toInt());
    // Up to the end of the newest snapshot's step, so the last bucket is included.
    const std::int64_t to = (m_newestSnapshotMs / spec.stepMs + 1) * spec.stepMs;
    const std::int64_t from = to - spec.spanMs;
    m_inFlight = true;
    m_dirty = false;
    m_queriedUpToMs = m_newestSnapshotMs;
    ++m_queries;
    const MetricsRequest request = MetricsCharts::request(from, to, spec.stepMs);
    m_bridge.run(
        this, [request](Connection &c) { return c.metrics(request); },
        [this, from, to](const MetricsResult &result) {
            m_inFlight = false;
            apply(result, from, to);
        });
}

void MetricsView::apply(const MetricsResult &result, std::int64_t fromMs, std::int64_t toMs)
{
    m_error = QString::fromStdString(result.error);
    updateStatus();
    if (!m_error.isEmpty())
        return;
    const QString format = QString::fromLatin1(rangeSpec(m_range->currentData().toInt()).timeFormat);
    for (int id = 0; id < MetricsCharts::Count; ++id) {
        MetricsChart *chart = m_charts[static_cast<std::size_t>(id)];
        const bool moved = chart->setWindow(static_cast<double>(fromMs) / 1000.0,
                                            static_cast<double>(toMs) / 1000.0, format);
        const bool changed =
            chart->setLines(MetricsCharts::lines(static_cast<MetricsCharts::Id>(id), result));
        if (moved || changed)
            chart->replot();
    }
}

} // namespace es
