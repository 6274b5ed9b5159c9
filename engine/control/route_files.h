#pragma once

// One function per route file, each adding its routes; all_routes.cpp calls them all. A new
// route file declares its function here and adds one line there.

#include "control/route_context.h"
#include "control/routes.h"

namespace es::control {

void addStatusRoutes(Routes &routes, RouteContext &context);  // routes_status.cpp
void addBrokerRoutes(Routes &routes, RouteContext &context);  // routes_brokers.cpp
void addLinkRoutes(Routes &routes, RouteContext &context);    // routes_links.cpp
void addTopicRoutes(Routes &routes, RouteContext &context);   // routes_topics.cpp
void addDemoRoutes(Routes &routes, RouteContext &context);    // routes_demo.cpp
void addEventRoutes(Routes &routes, RouteContext &context);   // routes_events.cpp
void addMetricsRoutes(Routes &routes, RouteContext &context); // routes_metrics.cpp
void addReplicaRoutes(Routes &routes, RouteContext &context); // routes_replicas.cpp

// Every route of the API.
void addAllRoutes(Routes &routes, RouteContext &context);

} // namespace es::control
