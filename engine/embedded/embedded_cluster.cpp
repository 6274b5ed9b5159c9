#include "embedded/embedded_cluster.h"

#include "cluster/cluster.h"
#include "connection/embedded_connection.h"
#include "server/listeners.h"

namespace es {

Result<std::unique_ptr<Connection>> startEmbeddedCluster(ClusterConfig config, ClusterObserver *observer)
{
    auto created = Cluster::create(std::move(config));
    if (!created)
        return created.status();
    std::unique_ptr<Cluster> cluster = std::move(*created);
    const server::ServerConfig listening;
    server::installListeners(*cluster, listening);
    if (observer)
        cluster->addObserver(observer);
    if (Status status = cluster->start(); !status.isOk()) {
        if (observer)
            cluster->removeObserver(observer);
        return status;
    }
    const ListenerLimits limits{listening.socketRequestMaxBytes, listening.connectionsMaxIdle.count()};
    return std::unique_ptr<Connection>(std::make_unique<EmbeddedConnection>(std::move(cluster), limits));
}

} // namespace es
