#pragma once

#include "cluster/cluster.h"
#include "server/server_config.h"
#include "server/server_state.h"

#include <asio/ip/tcp.hpp>

#include <memory>
#include <unordered_map>

namespace es::server {

class Connection;

// One of a broker's Kafka listeners (one per ClusterConfig listener): a TCP acceptor on the
// broker's own event loop and the connections it accepted, plain or TLS as the listener's
// security protocol says. Built (and its port bound) before the broker starts, so a port
// in use fails the start; accepting begins once the broker's loop runs. Destroying it
// closes the acceptor and every connection.
//
// Thread-safety: after create(), everything happens on the broker's loop; the destructor
// runs there too (through the loop) or, once the loop has stopped, in the caller's thread.
class Listener final {
public:
    static Result<std::unique_ptr<Listener>> create(Broker &broker, Cluster &cluster,
                                                    const ServerConfig &config, ListenerSecurity security);
    ~Listener();
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;

private:
    Listener(Broker &broker, std::shared_ptr<ServerState> state);
    void accept();
    void closeAll();

    Broker &m_broker;
    std::shared_ptr<ServerState> m_state;
    asio::ip::tcp::acceptor m_acceptor;
    std::unordered_map<Connection *, std::shared_ptr<Connection>> m_connections;
    bool m_closed = false;
    // Pending accept handlers outlive the listener; they check this before touching it.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace es::server
