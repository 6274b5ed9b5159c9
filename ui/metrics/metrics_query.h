#pragma once

#include "catalog/catalog_types.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace es {

class Catalog;

// What the Metrics view asks the metrics history for: every stored series whose name
// starts with one of `prefixes` and ends with one of `suffixes` (empty: any), over
// [fromMs, toMs) in steps of stepMs. Plain C++ with no Qt, run on the bridge's worker
// thread because SQLite reads must not block the GUI.
struct MetricsRequest {
    std::vector<std::string> prefixes;
    std::vector<std::string> suffixes;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::int64_t stepMs = 1000;
};

struct MetricsResult {
    std::map<std::string, std::vector<MetricPoint>> series; // only series with points
    std::string error;                                      // the first read that failed, in words
};

MetricsResult queryMetrics(const Catalog &catalog, const MetricsRequest &request);

} // namespace es
