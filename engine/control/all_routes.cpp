#include "control/route_files.h"

namespace es::control {

void addAllRoutes(Routes &routes, RouteContext &context)
{
    addStatusRoutes(routes, context);
    addBrokerRoutes(routes, context);
    addLinkRoutes(routes, context);
    addTopicRoutes(routes, context);
    addDemoRoutes(routes, context);
    addEventRoutes(routes, context);
    addMetricsRoutes(routes, context);
    addReplicaRoutes(routes, context);
}

} // namespace es::control
