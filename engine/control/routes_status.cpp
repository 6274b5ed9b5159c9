// GET /v1/status: the whole cluster in one answer.

#include "control/route_files.h"
#include "control/snapshot_watch.h"
#include "control/status_json.h"

namespace es::control {

void addStatusRoutes(Routes &routes, RouteContext &context)
{
    routes.add(Method::Get, "/v1/status", [&context](const ApiRequest &) {
        ClusterSnapshotPtr snapshot = context.snapshots.latest();
        if (!snapshot)
            return noSnapshotYet();
        return ApiResponse::json(statusJson(*snapshot));
    });
}

} // namespace es::control
