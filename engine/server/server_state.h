#pragma once

#include "security/listener_config.h"
#include "server/server_config.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

namespace es {
class Broker;
class Cluster;
struct CreateTopicSpec;
struct MetadataImage;
} // namespace es

namespace asio {
class thread_pool;
namespace ssl {
class context;
}
} // namespace asio

namespace es::server {

class AuthFailureThrottle;

// The listener a ServerState serves and what its connections need for security. The
// pointers belong to the broker's listeners (BrokerListeners) and outlive every open
// connection.
struct ListenerSecurity {
    security::ListenerConfig listener;
    std::shared_ptr<asio::ssl::context> tls;  // TLS listeners only
    AuthFailureThrottle *throttle = nullptr;  // shared by the broker's listeners
    asio::thread_pool *saslWorkers = nullptr; // where SASL tokens are checked, off the loop
};

// What every connection of one broker's listener shares: the broker it serves, the cluster
// around it, the listener (name, protocol, TLS), the limits, and the topic creations it has
// asked the controller for.
//
// Thread-safety: on the broker's loop only. It lives as long as the listener; the broker
// reference is valid while any of the listener's connections is open.
class ServerState {
public:
    ServerState(Broker &broker, Cluster &cluster, ServerConfig config, ListenerSecurity security,
                std::string advertisedHost, std::int32_t port);

    Broker &broker() { return m_broker; }
    Cluster &cluster() { return m_cluster; }
    [[nodiscard]] const ServerConfig &config() const { return m_config; }
    [[nodiscard]] std::int32_t brokerId() const;
    [[nodiscard]] const std::string &advertisedHost() const { return m_host; }
    [[nodiscard]] std::int32_t port() const { return m_port; }
    [[nodiscard]] const security::ListenerConfig &listener() const { return m_security.listener; }
    [[nodiscard]] const ListenerSecurity &security() const { return m_security; }
    // Where clients reach broker `id` on this listener, as Kafka advertises each listener's
    // own endpoints: `registeredHost` is the host the broker registered.
    [[nodiscard]] std::string advertisedHostOf(const std::string &registeredHost) const;
    [[nodiscard]] std::int32_t advertisedPortOf(std::int32_t id) const;

    // Asks the controller to create `topic` with the cluster's defaults (auto.create.topics),
    // without waiting. Clients poll metadata while a topic is being created, so a name is
    // sent at most once a second.
    void requestTopicCreation(const std::string &topic);
    // Likewise for __consumer_offsets, created on the first FindCoordinator for a group,
    // and __transaction_state, on the first for a transactional id.
    void requestOffsetsTopic();
    void requestTransactionStateTopic();

private:
    bool shouldAsk(const std::string &topic);
    void requestInternalTopic(const std::string &name,
                              CreateTopicSpec (*spec)(const Cluster &, const MetadataImage &));

    Broker &m_broker;
    Cluster &m_cluster;
    const ServerConfig m_config;
    const ListenerSecurity m_security;
    const std::string m_host;
    const std::int32_t m_port;
    std::unordered_map<std::string, std::chrono::steady_clock::time_point> m_lastAsked;
};

} // namespace es::server
