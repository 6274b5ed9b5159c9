#include "catalog/lag_history.h"

#include "catalog/catalog.h"
#include "catalog/metric_series.h"

#include <algorithm>

namespace es {

namespace {

void mergePoints(std::vector<MetricPoint> &into, std::vector<MetricPoint> newer, std::int64_t fromMs,
                 std::int64_t windowStartMs)
{
    std::erase_if(into, [&](const MetricPoint &p) { return p.timeMs >= fromMs || p.timeMs < windowStartMs; });
    into.insert(into.end(), newer.begin(), newer.end());
}

} // namespace

bool mergeLagHistory(LagHistory &into, LagHistory newer, std::int64_t fromMs, std::int64_t windowStartMs,
                     std::size_t maxPartitions)
{
    if (into.partitions.size() < maxPartitions)
        for (const auto &[name, points] : newer.partitions)
            if (!into.partitions.contains(name))
                return false;
    mergePoints(into.total, std::move(newer.total), fromMs, windowStartMs);
    for (auto &[name, points] : into.partitions) {
        auto it = newer.partitions.find(name);
        mergePoints(points, it == newer.partitions.end() ? std::vector<MetricPoint>{} : std::move(it->second),
                    fromMs, windowStartMs);
    }
    return true;
}

LagHistory readLagHistory(const Catalog &catalog, const LagHistoryRequest &request,
                          const std::atomic<bool> *cancel)
{
    LagHistory out;
    auto total =
        catalog.metrics(groupLagSeries(request.groupId), request.fromMs, request.toMs, request.stepMs);
    if (!total) {
        out.error = total.status().toString();
        return out;
    }
    out.total = std::move(*total);
    auto names = catalog.seriesNames(groupPartitionLagPrefix(request.groupId));
    if (!names) {
        out.error = names.status().toString();
        return out;
    }
    for (const auto &name : *names) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return out;
        }
        auto points = catalog.metrics(name, request.fromMs, request.toMs, request.stepMs);
        if (!points) {
            out.error = points.status().toString();
            return out;
        }
        const auto series = parseSeriesName(name);
        if (!points->empty() && series && series->scope == SeriesScope::GroupPartition &&
            series->group == request.groupId)
            out.partitions[series->topic + "-" + std::to_string(series->partition)] = std::move(*points);
    }
    if (out.partitions.size() > request.maxPartitions) {
        std::vector<std::pair<double, std::string>> byLag;
        for (const auto &[name, points] : out.partitions)
            byLag.emplace_back(points.back().value, name);
        std::sort(byLag.begin(), byLag.end(), std::greater<>());
        for (std::size_t i = request.maxPartitions; i < byLag.size(); ++i)
            out.partitions.erase(byLag[i].second);
    }
    return out;
}

} // namespace es
