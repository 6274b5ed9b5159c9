#pragma once

// The cluster this process runs, started the way the desktop application runs it: its
// brokers listen for real Kafka clients from the first start on, and what comes back is a
// Connection. The one place that knows both the cluster and the wire, so that callers need
// neither cluster.h nor the server's headers.

#include "cluster/cluster_config.h"
#include "cluster/cluster_snapshot.h"
#include "common/status.h"
#include "connection/connection.h"

#include <memory>

namespace es {

// Creates the cluster `config` describes, makes each broker listen on its port
// (server::installListeners), attaches `observer` so that it sees the first snapshot and
// every event, and starts the cluster. Blocks while the brokers start: call it off the GUI
// thread.
//
// `observer` may be nullptr; otherwise it must outlive the connection or be removed from it
// (Connection::removeObserver) first. On an error (a port taken, an unreadable data
// directory) nothing is left running and `observer` is detached again. The connection stops
// the cluster when it is destroyed.
Result<std::unique_ptr<Connection>> startEmbeddedCluster(ClusterConfig config, ClusterObserver *observer);

} // namespace es
