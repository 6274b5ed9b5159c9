#pragma once

#include "server/server_config.h"

namespace es {
class Cluster;
}

namespace es::server {

// Makes every broker of `cluster` speak the Kafka protocol: broker i listens on the
// cluster's bind address at basePort + i - 1, from each start (restarts and added brokers
// too) until it stops. Call after Cluster::create() and before start(); start() then
// fails, naming the address and port, when a port is taken.
void installListeners(Cluster &cluster, const ServerConfig &config = {});

} // namespace es::server
