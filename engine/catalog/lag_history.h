#pragma once

#include "catalog/catalog_types.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace es {

class Catalog;

// One group's lag over [fromMs, toMs) from the metrics history: the total and per
// partition (metric_series.h), as the cluster's publisher records them each second. It
// runs off the GUI thread: a day at 1-second resolution is tens of thousands of rows per
// series.
struct LagHistoryRequest {
    std::string groupId;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
    std::int64_t stepMs = 1000;
    // Partitions charted at most, those with the largest lag at the end of the range.
    std::size_t maxPartitions = 12;
};

struct LagHistory {
    std::vector<MetricPoint> total;
    std::map<std::string, std::vector<MetricPoint>> partitions; // "orders-3" -> points
    std::string error;                                          // the first read that failed, in words
    bool cancelled = false;
};

// Folds `newer`, read from `fromMs` on, into `into`: each of into's series (total and the
// partitions it charts) loses its points at or after fromMs, and those before
// `windowStartMs`, then takes newer's. So a chart refresh reads only the last seconds (and
// a few before them, which the catalog may have committed late). Returns false when newer
// holds a partition that `into` lacks while it charts fewer than `maxPartitions`: its
// earlier seconds are missing, so the caller reads the whole range again.
bool mergeLagHistory(LagHistory &into, LagHistory newer, std::int64_t fromMs, std::int64_t windowStartMs,
                     std::size_t maxPartitions);

// Reads the history; `cancel` (may be null) is checked between series.
LagHistory readLagHistory(const Catalog &catalog, const LagHistoryRequest &request,
                          const std::atomic<bool> *cancel = nullptr);

} // namespace es
