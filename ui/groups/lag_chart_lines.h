#pragma once

#include "catalog/lag_history.h"
#include "ui/metrics/metrics_charts.h"

#include <QColor>

#include <vector>

namespace es {

// The lag chart's lines: the total first (in `totalColor`, the palette's text colour so it
// reads in light and dark themes), then each partition in partition order (orders-2
// before orders-10). Keys in seconds since the epoch.
std::vector<MetricsCharts::Line> lagChartLines(const LagHistory &history, const QColor &totalColor);

} // namespace es
