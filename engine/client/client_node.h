#pragma once

#include "cluster/broker.h"
#include "cluster/event_loop.h"
#include "cluster/network.h"

#include <asio/steady_timer.hpp>

#include <memory>
#include <optional>
#include <unordered_map>

namespace es {

class Cluster;

// An in-process client's presence on the cluster's network: its own event loop and node
// id. Requests go to a broker's loop; answers (or a timeout) come back on this loop.
class ClientNode final : public NetworkNode {
public:
    ClientNode(Cluster &cluster, std::string name);
    ~ClientNode() override;

    EventLoop &loop() override { return m_loop; }
    // Leaves the network and stops the loop; no callback runs afterwards. The owner calls
    // it before destroying what its callbacks touch. Not from the loop itself.
    void shutdown();
    [[nodiscard]] NodeId id() const { return m_id; }
    Cluster &cluster() { return m_cluster; }

    // Runs request(broker, reply) on broker `to`'s loop; `done` gets the answer on this
    // loop, or std::nullopt when none came within `timeoutMs` (broker down, link cut).
    template <typename R>
    void call(std::int32_t to, std::function<void(Broker &, Reply<R>)> request,
              std::function<void(std::optional<R>)> done, std::int64_t timeoutMs)
    {
        // On this loop only: the pending call, its timer and its continuation. Other loops
        // hold nothing but the call's number, so a client can go away at any time.
        const std::uint64_t callId = ++m_nextCall;
        auto &pending = m_calls[callId];
        pending.broker = to;
        pending.timer = std::make_unique<asio::steady_timer>(m_loop.context(), std::chrono::milliseconds(timeoutMs));
        pending.onTimeout = [done] { done(std::nullopt); };
        pending.timer->async_wait([this, callId](const std::error_code &ec) {
            if (ec)
                return;
            auto it = m_calls.find(callId);
            if (it == m_calls.end())
                return;
            auto onTimeout = std::move(it->second.onTimeout);
            m_calls.erase(it);
            onTimeout();
        });
        watchConnections();
        Network *net = &network();
        const NodeId self = m_id;
        net->sendTo<Broker>(self, to, [request = std::move(request), net, self, callId, done](Broker &b) {
            request(b, [net, self, callId, done, from = b.id()](R response) {
                net->sendTo<ClientNode>(from, self, [callId, done, response = std::move(response)](ClientNode &me) mutable {
                    auto it = me.m_calls.find(callId);
                    if (it == me.m_calls.end())
                        return; // timed out already
                    me.m_calls.erase(it);
                    done(std::move(response));
                });
            });
        });
    }

private:
    struct PendingCall {
        std::int32_t broker = -1;
        std::unique_ptr<asio::steady_timer> timer;
        std::function<void()> onTimeout;
    };

    Network &network();
    // A broker that went away (stopped or crashed) fails its pending calls at once, as a
    // reset connection would; a paused one keeps them waiting, as a frozen process does.
    void watchConnections();
    void checkConnections();

    Cluster &m_cluster;
    EventLoop m_loop;
    NodeId m_id;
    std::uint64_t m_nextCall = 0;                         // on the loop
    std::unordered_map<std::uint64_t, PendingCall> m_calls; // on the loop; destroyed before m_loop
    std::unique_ptr<asio::steady_timer> m_watchTimer;       // on the loop
};

} // namespace es
