#include "client/client_node.h"

#include "cluster/cluster.h"

namespace es {

ClientNode::ClientNode(Cluster &cluster, std::string name)
    : m_cluster(cluster), m_loop(std::move(name)), m_id(cluster.network().newClientId())
{
    m_loop.start();
    network().attach(m_id, this);
}

ClientNode::~ClientNode() { shutdown(); }

void ClientNode::shutdown()
{
    network().detach(m_id);
    m_loop.stop();
    m_calls.clear(); // the loop thread is gone: safe to touch here
    m_watchTimer.reset();
}

Network &ClientNode::network() { return m_cluster.network(); }

void ClientNode::watchConnections()
{
    if (m_watchTimer)
        return;
    m_watchTimer = std::make_unique<asio::steady_timer>(m_loop.context(), std::chrono::milliseconds(20));
    m_watchTimer->async_wait([this](const std::error_code &ec) {
        if (ec)
            return;
        m_watchTimer.reset();
        checkConnections();
    });
}

void ClientNode::checkConnections()
{
    std::vector<std::uint64_t> broken;
    for (const auto &[id, call] : m_calls)
        if (!network().attached(call.broker))
            broken.push_back(id);
    for (auto id : broken) {
        auto it = m_calls.find(id);
        if (it == m_calls.end())
            continue;
        auto onTimeout = std::move(it->second.onTimeout);
        m_calls.erase(it);
        onTimeout();
    }
    if (!m_calls.empty())
        watchConnections();
}

} // namespace es
