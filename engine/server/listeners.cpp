#include "server/listeners.h"

#include "cluster/cluster.h"
#include "server/listener.h"

namespace es::server {

void installListeners(Cluster &cluster, const ServerConfig &config)
{
    cluster.setBrokerAttachmentFactory(
        [&cluster, config](Broker &broker) -> Result<std::unique_ptr<BrokerAttachment>> {
            auto listener = Listener::create(broker, cluster, config);
            if (!listener)
                return listener.status();
            return std::unique_ptr<BrokerAttachment>(std::move(*listener));
        });
}

} // namespace es::server
