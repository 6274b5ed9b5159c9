#include "ui/metrics/metrics_zoom_sync.h"

#include "ui/metrics/metrics_chart.h"

namespace es {

MetricsZoomSync::MetricsZoomSync(QObject *parent) : QObject(parent) {}

void MetricsZoomSync::add(MetricsChart *chart)
{
    m_charts.emplace_back(chart);
    connect(chart, &MetricsChart::userChangedTimeRange, this, [this, chart] { follow(chart); });
}

void MetricsZoomSync::reset()
{
    m_busy = true;
    for (const auto &chart : m_charts)
        if (chart)
            chart->resetZoom();
    m_busy = false;
    const bool was = m_zoomed;
    m_zoomed = false;
    if (was)
        emit changed();
}

void MetricsZoomSync::follow(MetricsChart *leader)
{
    if (m_busy)
        return;
    m_busy = true;
    const bool zoomed = leader->zoomed();
    const QCPRange range = leader->xAxis->range();
    for (const auto &chart : m_charts) {
        if (!chart || chart == leader)
            continue;
        if (zoomed)
            chart->showRange(range);
        else
            chart->resetZoom();
    }
    m_busy = false;
    const bool differs = zoomed != m_zoomed || (zoomed && range != m_range);
    m_zoomed = zoomed;
    m_range = range;
    if (differs)
        emit changed();
}

} // namespace es
