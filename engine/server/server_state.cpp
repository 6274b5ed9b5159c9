#include "server/server_state.h"

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "cluster/topic_name.h"
#include "cluster/txn/transaction_records.h"
#include "common/logging.h"
#include "server/broker_address.h"

namespace es::server {

ServerState::ServerState(Broker &broker, Cluster &cluster, ServerConfig config, ListenerSecurity security,
                         std::string advertisedHost, std::int32_t port)
    : m_broker(broker),
      m_cluster(cluster),
      m_config(config),
      m_security(std::move(security)),
      m_host(std::move(advertisedHost)),
      m_port(port)
{}

std::string ServerState::advertisedHostOf(const std::string &registeredHost) const
{
    return server::advertisedHost(m_security.listener.host.empty() ? registeredHost : m_security.listener.host);
}

std::int32_t ServerState::advertisedPortOf(std::int32_t id) const
{
    return m_security.listener.basePort + id - 1;
}

std::int32_t ServerState::brokerId() const { return m_broker.id(); }

bool ServerState::shouldAsk(const std::string &topic)
{
    const auto now = std::chrono::steady_clock::now();
    auto [it, inserted] = m_lastAsked.try_emplace(topic, now);
    if (!inserted && now - it->second < std::chrono::seconds(1))
        return false;
    it->second = now;
    if (m_lastAsked.size() > 10000) // names clients asked for once; forget them in bulk
        m_lastAsked.clear();
    return true;
}

void ServerState::requestTopicCreation(const std::string &topic)
{
    if (!shouldAsk(topic))
        return;
    CreateTopicSpec spec;
    spec.name = topic;
    const std::int32_t id = brokerId();
    m_cluster.network().sendTo<Controller>(id, kControllerNode, [spec, id](Controller &c) {
        const AdminResult r = c.createTopic(spec);
        if (r.ok())
            logger("server")->info("topic {} auto-created for a client of broker {}", spec.name, id);
        else if (r.error != ErrorCode::TopicAlreadyExists)
            logger("server")->warn("auto-creating topic {}: {}", spec.name, r.message);
    });
}

void ServerState::requestOffsetsTopic()
{
    requestInternalTopic(std::string(kConsumerOffsetsTopic),
                         [](const Cluster &cluster, const MetadataImage &image) { return cluster.offsetsTopicSpec(image); });
}

void ServerState::requestTransactionStateTopic()
{
    requestInternalTopic(std::string(kTransactionStateTopic), [](const Cluster &cluster, const MetadataImage &image) {
        return cluster.transactionStateTopicSpec(image);
    });
}

void ServerState::requestInternalTopic(const std::string &name,
                                       CreateTopicSpec (*spec)(const Cluster &, const MetadataImage &))
{
    if (!shouldAsk(name))
        return;
    Cluster *cluster = &m_cluster;
    m_cluster.network().sendTo<Controller>(brokerId(), kControllerNode, [cluster, name, spec](Controller &c) {
        const AdminResult r = c.createTopic(spec(*cluster, *c.image()));
        if (!r.ok() && r.error != ErrorCode::TopicAlreadyExists)
            logger("server")->warn("creating {}: {}", name, r.message);
    });
}

} // namespace es::server
