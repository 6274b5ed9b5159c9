#include "catalog/metrics_query.h"

#include "catalog/catalog.h"

#include <algorithm>

namespace es {

const MetricsSeries *MetricsResult::find(const SeriesName &name) const
{
    auto it =
        std::find_if(series.begin(), series.end(), [&](const MetricsSeries &s) { return s.name == name; });
    return it == series.end() ? nullptr : &*it;
}

MetricsResult queryMetrics(const Catalog &catalog, const MetricsRequest &request)
{
    MetricsResult out;
    for (SeriesScope scope : request.scopes) {
        auto names = catalog.seriesNames(std::string(scopePrefix(scope)));
        if (!names) {
            out.error = names.status().toString();
            return out;
        }
        for (const auto &name : *names) {
            const auto parsed = parseSeriesName(name);
            if (!parsed || parsed->scope != scope ||
                (!request.metrics.empty() && std::find(request.metrics.begin(), request.metrics.end(),
                                                       parsed->metric) == request.metrics.end()))
                continue;
            auto points = catalog.metrics(name, request.fromMs, request.toMs, request.stepMs);
            if (!points) {
                out.error = points.status().toString();
                return out;
            }
            if (!points->empty())
                out.series.push_back({*parsed, std::move(*points)});
        }
    }
    return out;
}

} // namespace es
