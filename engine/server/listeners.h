#pragma once

#include "server/server_config.h"

namespace es {
class Cluster;
}

namespace es::server {

// Makes every broker of `cluster` speak the Kafka protocol on each of the cluster's
// listeners (ClusterConfig::listeners; none: one PLAINTEXT listener on the bind address at
// basePort): broker i listens at each listener's basePort + i - 1, from each start
// (restarts and added brokers too) until it stops. TLS listeners share one server context,
// made here from cluster.tlsMaterial(). Call after Cluster::create() and before start();
// start() then fails, naming the address and port, when a port is taken (or the TLS
// context could not be made).
void installListeners(Cluster &cluster, const ServerConfig &config = {});

} // namespace es::server
