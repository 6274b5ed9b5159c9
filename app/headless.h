#pragma once

#include "app/command_line.h"

namespace es {

// Runs the cluster described by `options` with no window: starts every broker with its
// Kafka listener, prints one line "cluster ready: host:port,..." to stdout once all of
// them listen and every partition has a leader (a line per listener and the TLS CA follow,
// then, with --control-port, "control ready: http://127.0.0.1:P" once the control API
// answers), then runs until SIGINT or SIGTERM and stops cleanly: the control API first,
// then the cluster. Returns the process exit code: 0 after a clean stop, non-zero (with the
// reason on stderr) when the cluster cannot start, for example because a port is in use.
// Call from the main thread before any other thread is started.
int runHeadless(const AppOptions &options);

} // namespace es
