#include "server/listener.h"

#include "cluster/broker.h"
#include "common/logging.h"
#include "server/broker_address.h"
#include "server/connection.h"

#include <fcntl.h>

namespace es::server {

namespace {

// Keeps a socket out of child processes (a client a test starts, a tool launched from the
// application): a listening socket a child inherited would keep the port taken after the
// broker stops, and the broker could not listen again when it restarts.
void closeOnExec(int fd)
{
    const int flags = ::fcntl(fd, F_GETFD);
    if (flags >= 0)
        ::fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
}

} // namespace

Result<std::unique_ptr<Listener>> Listener::create(Broker &broker, Cluster &cluster,
                                                   const ServerConfig &config, ListenerSecurity security)
{
    const ClusterConfig &cc = cluster.config();
    const std::string bindAddress = security.listener.host.empty() ? cc.bindAddress : security.listener.host;
    const std::int32_t port = security.listener.basePort + broker.id() - 1;
    const std::string where = hostPort(bindAddress, port);
    if (port < 1 || port > 65535)
        return Status::invalidArgument("broker " + std::to_string(broker.id()) + " would listen on " + where +
                                       ", which is not a valid port");
    std::error_code ec;
    const auto address = asio::ip::make_address(bindAddress, ec);
    if (ec)
        return Status::invalidArgument("cannot listen on \"" + bindAddress + "\": not an IP address");

    const std::string name = security.listener.name;
    auto state = std::make_shared<ServerState>(broker, cluster, config, std::move(security),
                                               advertisedHost(bindAddress), port);
    std::unique_ptr<Listener> listener(new Listener(broker, std::move(state)));
    const asio::ip::tcp::endpoint endpoint(address, static_cast<std::uint16_t>(port));
    auto &acceptor = listener->m_acceptor;
    auto fail = [&](const char *what) {
        std::string message = "broker " + std::to_string(broker.id()) + " cannot listen on " + where + ": ";
        message += ec == asio::error::address_in_use
                       ? "the port " + std::to_string(port) + " is already in use"
                       : std::string(what) + ": " + ec.message();
        return Status::ioError(message);
    };
    if (acceptor.open(endpoint.protocol(), ec); ec)
        return fail("open");
    closeOnExec(acceptor.native_handle());
    // A restarted broker rebinds at once, although its old connections linger in TIME_WAIT;
    // on Linux this still refuses a port another process listens on.
    if (acceptor.set_option(asio::ip::tcp::acceptor::reuse_address(true), ec); ec)
        return fail("set SO_REUSEADDR");
    if (acceptor.bind(endpoint, ec); ec)
        return fail("bind");
    if (acceptor.listen(asio::socket_base::max_listen_connections, ec); ec)
        return fail("listen");
    logger("server")->info("broker {} listening on {} ({})", broker.id(), where, name);
    broker.loop().post([l = listener.get(), alive = listener->m_alive] {
        if (*alive)
            l->accept();
    });
    return listener;
}

Listener::Listener(Broker &broker, std::shared_ptr<ServerState> state)
    : m_broker(broker), m_state(std::move(state)), m_acceptor(broker.loop().context())
{}

Listener::~Listener()
{
    EventLoop &loop = m_broker.loop();
    if (loop.running() && !loop.inLoopThread())
        loop.runSync([this] { closeAll(); });
    else
        closeAll();
}

void Listener::accept()
{
    if (m_closed)
        return;
    m_acceptor.async_accept([this, alive = m_alive](const std::error_code &ec, asio::ip::tcp::socket socket) {
        if (!*alive || ec == asio::error::operation_aborted)
            return;
        if (ec) {
            // Out of file descriptors and the like: keep the listener, try again.
            logger("server")->warn("broker {}: accepting a connection: {}", m_broker.id(), ec.message());
        } else {
            closeOnExec(socket.native_handle());
            auto connection = std::make_shared<Connection>(std::move(socket), m_state, [this](Connection *c) {
                if (!m_closed)
                    m_connections.erase(c);
            });
            m_connections.emplace(connection.get(), connection);
            connection->start();
        }
        accept();
    });
}

void Listener::closeAll()
{
    if (m_closed)
        return;
    m_closed = true;
    *m_alive = false;
    std::error_code ec;
    m_acceptor.close(ec);
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[raw, connection] : connections)
        connection->close("the broker stopped");
    logger("server")->info("broker {} stopped listening on port {} ({})", m_broker.id(), m_state->port(),
                           m_state->listener().name);
}

} // namespace es::server
