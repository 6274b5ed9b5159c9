#pragma once

// A cluster on free loopback ports with its Kafka listeners, for tests that talk to it over
// real sockets.

#include "cluster/cluster_fixture.h"
#include "server/listeners.h"
#include "server/wire_client.h"

namespace es::test {

struct WireCluster {
    std::unique_ptr<Cluster> cluster;
    int basePort = 0;

    [[nodiscard]] int port(std::int32_t broker) const { return basePort + broker - 1; }
};

// `basePort` 0 takes free ports from the kernel.
inline WireCluster startWireCluster(const QTemporaryDir &dir, int brokers = 3,
                                    server::ServerConfig server = {}, int basePort = 0)
{
    WireCluster w;
    ClusterConfig config = fastConfig(dir, brokers);
    w.basePort = basePort > 0 ? basePort : freeBasePort(brokers + 1); // one spare for an added broker
    config.basePort = w.basePort;
    auto cluster = Cluster::create(config);
    if (!cluster)
        qFatal("cannot create cluster: %s", cluster.status().toString().c_str());
    server::installListeners(**cluster, server);
    Status s = (*cluster)->start();
    if (!s.isOk())
        qFatal("cannot start cluster: %s", s.toString().c_str());
    if (!(*cluster)->waitUntilReady(std::chrono::seconds(10)))
        qFatal("cluster did not become ready");
    w.cluster = std::move(*cluster);
    return w;
}

} // namespace es::test
