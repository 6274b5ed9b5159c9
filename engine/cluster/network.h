#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

namespace es {

class EventLoop;

// Something reachable on the network: a broker, the controller, a client. A message is
// delivered on the node's event loop, where the node is alive for as long as it runs.
class NetworkNode {
public:
    virtual ~NetworkNode() = default;
    virtual EventLoop &loop() = 0;
};

// Node ids on the in-process network: brokers are 1..n, the controller and the clients
// (in-process producers, consumers and bots, and the wire listeners' callers) have their
// own ids.
using NodeId = std::int32_t;
inline constexpr NodeId kControllerNode = 0;
inline constexpr NodeId kClientsNode = -1;

// What a link between two nodes does to messages: delay them, drop some, or drop all.
struct LinkFault {
    std::int32_t latencyMs = 0;
    double lossRate = 0; // 0..1
    bool cut = false;

    [[nodiscard]] bool healthy() const { return latencyMs == 0 && lossRate == 0 && !cut; }
    bool operator==(const LinkFault &) const = default;
};

struct LinkState {
    NodeId a = 0;
    NodeId b = 0;
    LinkFault fault;
};

// Carries messages (closures) between the nodes' event loops, applying link faults.
// Links are symmetric. Thread-safe.
class Network {
public:
    Network();

    // The node must detach() before it or its loop is destroyed.
    void attach(NodeId node, NetworkNode *handler);
    void detach(NodeId node);
    [[nodiscard]] bool attached(NodeId node) const;

    // Runs deliver(node) on `to`'s loop after the link's latency. Returns false when the
    // message is dropped (no such node, link cut, or lost); the sender then learns of it
    // only through its own timeout, as over a real network. Links from any client node
    // (ids below kClientsNode) take the faults set for kClientsNode.
    bool send(NodeId from, NodeId to, std::function<void(NetworkNode &)> deliver);

    // A fresh node id for an in-process client.
    NodeId newClientId();

    // Sends to `to` and casts: the caller knows what kind of node lives there.
    template <typename Node, typename Fn>
    bool sendTo(NodeId from, NodeId to, Fn &&fn)
    {
        return send(from, to, [f = std::forward<Fn>(fn)](NetworkNode &n) mutable { f(static_cast<Node &>(n)); });
    }

    void setLink(NodeId a, NodeId b, LinkFault fault);
    [[nodiscard]] LinkFault link(NodeId a, NodeId b) const;
    void healAll();
    // Every link with a fault.
    [[nodiscard]] std::vector<LinkState> faults() const;

private:
    static std::pair<NodeId, NodeId> key(NodeId a, NodeId b)
    {
        a = a < kClientsNode ? kClientsNode : a;
        b = b < kClientsNode ? kClientsNode : b;
        return a < b ? std::pair{a, b} : std::pair{b, a};
    }

    mutable std::mutex m_mutex;
    std::map<NodeId, NetworkNode *> m_nodes;
    NodeId m_nextClient = kClientsNode - 1;
    std::map<std::pair<NodeId, NodeId>, LinkFault> m_links;
    std::mt19937 m_rng;
};

} // namespace es
