// GET /metrics: the cluster in Prometheus' text exposition format, for a Prometheus server
// to scrape (with the bearer token, as every other route).

#include "connection/connection.h"
#include "control/prometheus_metrics.h"
#include "control/route_files.h"
#include "control/snapshot_watch.h"

namespace es::control {

void addMetricsRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/metrics", [&context](const ApiRequest &) {
        const ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        return ApiResponse::text(renderPrometheusMetrics(*snapshot, context.connection.requestStats()),
                                 "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace es::control
