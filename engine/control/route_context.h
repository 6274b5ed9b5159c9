#pragma once

// What every route file is given: the cluster's connection, the demo, the event feed and
// the snapshots. The server owns it and keeps it alive for as long as it serves, so route
// handlers may hold a reference to it.

#include "control/api_response.h"

#include <chrono>

namespace es {
class Connection;
}

namespace es::control {

class DemoControl;
class EventFeed;
class SnapshotWatch;

struct RouteContext {
    Connection &connection;
    DemoControl *demo; // nullptr: the demo routes answer 404
    EventFeed &events;
    SnapshotWatch &snapshots;
};

// How long a route that changed the cluster waits for the snapshots to show it before it
// answers anyway (the change is made; the snapshots only lag).
inline constexpr std::chrono::milliseconds kShowChangeTimeout{3000};

// The answer while the cluster has published no snapshot yet (starting, or stopping).
inline ApiResponse noSnapshotYet()
{
    return ApiResponse::unavailable("the cluster has not published its state yet");
}

} // namespace es::control
