#include "ui/metrics/metrics_query.h"

#include "catalog/catalog.h"

#include <algorithm>

namespace es {

namespace {

bool endsWithAny(const std::string &name, const std::vector<std::string> &suffixes)
{
    if (suffixes.empty())
        return true;
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const std::string &s) {
        return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    });
}

} // namespace

MetricsResult queryMetrics(const Catalog &catalog, const MetricsRequest &request)
{
    MetricsResult out;
    for (const auto &prefix : request.prefixes) {
        auto names = catalog.seriesNames(prefix);
        if (!names) {
            out.error = names.status().toString();
            return out;
        }
        for (const auto &name : *names) {
            if (!endsWithAny(name, request.suffixes))
                continue;
            auto points = catalog.metrics(name, request.fromMs, request.toMs, request.stepMs);
            if (!points) {
                out.error = points.status().toString();
                return out;
            }
            if (!points->empty())
                out.series[name] = std::move(*points);
        }
    }
    return out;
}

} // namespace es
