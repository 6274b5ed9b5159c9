#include "cluster/network.h"

#include "cluster/event_loop.h"

#include <asio/steady_timer.hpp>

namespace es {

Network::Network() : m_rng(std::random_device{}()) {}

void Network::attach(NodeId node, NetworkNode *handler)
{
    std::lock_guard lock(m_mutex);
    m_nodes[node] = handler;
}

NodeId Network::newClientId()
{
    std::lock_guard lock(m_mutex);
    return m_nextClient--;
}

void Network::detach(NodeId node)
{
    std::lock_guard lock(m_mutex);
    m_nodes.erase(node);
}

bool Network::attached(NodeId node) const
{
    std::lock_guard lock(m_mutex);
    return m_nodes.count(node) != 0;
}

bool Network::send(NodeId from, NodeId to, std::function<void(NetworkNode &)> deliver)
{
    // Posting under the lock keeps the loop alive: detach() (before a loop is destroyed)
    // takes the same lock.
    std::lock_guard lock(m_mutex);
    auto it = m_nodes.find(to);
    if (it == m_nodes.end())
        return false;
    NetworkNode *node = it->second;
    EventLoop *loop = &node->loop();
    LinkFault fault;
    auto l = m_links.find(key(from, to));
    if (l != m_links.end()) {
        fault = l->second;
        if (fault.cut)
            return false;
        if (fault.lossRate > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < fault.lossRate)
            return false;
    }
    if (fault.latencyMs <= 0) {
        loop->post([node, fn = std::move(deliver)] { fn(*node); });
        return true;
    }
    auto timer = std::make_shared<asio::steady_timer>(loop->context(), std::chrono::milliseconds(fault.latencyMs));
    timer->async_wait([timer, node, fn = std::move(deliver)](const std::error_code &ec) {
        if (!ec)
            fn(*node);
    });
    return true;
}

void Network::setLink(NodeId a, NodeId b, LinkFault fault)
{
    std::lock_guard lock(m_mutex);
    if (fault.healthy())
        m_links.erase(key(a, b));
    else
        m_links[key(a, b)] = fault;
}

LinkFault Network::link(NodeId a, NodeId b) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_links.find(key(a, b));
    return it == m_links.end() ? LinkFault{} : it->second;
}

void Network::healAll()
{
    std::lock_guard lock(m_mutex);
    m_links.clear();
}

std::vector<LinkState> Network::faults() const
{
    std::lock_guard lock(m_mutex);
    std::vector<LinkState> out;
    for (const auto &[k, f] : m_links)
        out.push_back({k.first, k.second, f});
    return out;
}

} // namespace es
