#pragma once

#include "catalog/catalog_types.h"
#include "catalog/metric_series.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es {

class Catalog;

// Several series of the metrics history at once, as a chart wants them: every stored
// series of one of `scopes` whose metric is one of `metrics` (empty: any), over
// [fromMs, toMs) in steps of stepMs. SQLite reads take time: run it off the GUI thread.
struct MetricsRequest {
    std::vector<SeriesScope> scopes;
    std::vector<SeriesMetric> metrics;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::int64_t stepMs = 1000;
};

struct MetricsSeries {
    SeriesName name;
    std::vector<MetricPoint> points;
};

struct MetricsResult {
    std::vector<MetricsSeries> series; // only series with points, in name order per scope
    std::string error;                 // the first read that failed, in words

    // The series named so, or null.
    [[nodiscard]] const MetricsSeries *find(const SeriesName &name) const;
};

MetricsResult queryMetrics(const Catalog &catalog, const MetricsRequest &request);

} // namespace es
