#pragma once

#include "catalog/lag_history.h"
#include "ui/metrics/metrics_charts.h"

#include <vector>

namespace es {

// The lag chart's lines: the total first (without a colour: the chart draws it in its text
// colour, which reads in light and dark themes and follows a change of theme), then each
// partition in partition order (orders-2 before orders-10). Keys in seconds since the epoch.
std::vector<MetricsCharts::Line> lagChartLines(const LagHistory &history);

} // namespace es
