#include "app/headless.h"

#include "bots/bot_registry.h"
#include "cluster/cluster.h"
#include "common/logging.h"
#include "connection/embedded_connection.h"
#include "control/control_server.h"
#include "control/registry_demo_control.h"
#include "security/listener_config.h"
#include "server/broker_address.h"
#include "server/listeners.h"
#include "server/server_config.h"

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <memory>
#include <mutex>
#include <string>

#include <pthread.h>

namespace es {

namespace {

// As main() documents: 3 means there is no cluster to run.
constexpr int kExitCannotStart = 3;
constexpr auto kReadyTimeout = std::chrono::seconds(60);

void printError(const std::string &message) { std::fprintf(stderr, "eventscope: %s\n", message.c_str()); }

// "127.0.0.1:9092,127.0.0.1:9093": where clients reach `listener` on the running brokers.
std::string addresses(Cluster &cluster, const security::ListenerConfig &listener)
{
    const std::string host = server::advertisedHost(listener.host);
    std::string out;
    for (auto id : cluster.brokerIds()) {
        if (cluster.brokerState(id) == BrokerState::Stopped ||
            cluster.brokerState(id) == BrokerState::Crashed)
            continue;
        out += (out.empty() ? "" : ",") + server::hostPort(host, listener.basePort + id - 1);
    }
    return out;
}

// "cluster ready: <the first listener's addresses>", as scripts read it since there was
// one listener; then each listener's "listener ready: NAME addresses" and, with TLS, the
// CA clients trust: "tls ca: FILE sha256 AB:CD:...".
std::string readyLines(Cluster &cluster)
{
    const ClusterConfig &config = cluster.config();
    const auto listeners =
        security::effectiveListeners(config.listeners, config.bindAddress, config.basePort);
    std::string lines = "cluster ready: " + addresses(cluster, listeners.front()) + "\n";
    for (const security::ListenerConfig &listener : listeners)
        lines += "listener ready: " + listener.name + " " + addresses(cluster, listener) + "\n";
    if (const auto &tls = cluster.tlsMaterial())
        lines += "tls ca: " + tls->caCertificate.string() + " sha256 " + tls->caFingerprint + "\n";
    return lines;
}

// Waits for the cluster's first snapshot: the control API's status is read from it, so a
// script that reads the "control ready" line may ask for it at once.
class FirstSnapshot final : public ClusterObserver {
public:
    void onSnapshot(const ClusterSnapshotPtr &) override
    {
        const std::lock_guard lock(m_mutex);
        m_seen = true;
        m_changed.notify_all();
    }
    void onEvent(const EventRecord &) override {}

    bool wait(Connection &connection, std::chrono::milliseconds timeout)
    {
        connection.addObserver(this);
        bool seen = connection.snapshot() != nullptr;
        if (!seen) {
            std::unique_lock lock(m_mutex);
            seen = m_changed.wait_for(lock, timeout, [this] { return m_seen; });
        }
        connection.removeObserver(this);
        return seen;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_seen = false; // guarded by m_mutex
};

// The control API over the running cluster, and what it drives: the connection it calls and
// the bots the demo runs in. Members are destroyed in reverse order: the server first, so
// that no request is served while the bots and the connection go away.
struct ControlApi {
    std::unique_ptr<EmbeddedConnection> connection;
    std::unique_ptr<BotRegistry> bots;
    std::unique_ptr<control::RegistryDemoControl> demo;
    std::unique_ptr<control::ControlServer> server;
};

Result<std::unique_ptr<ControlApi>> startControlApi(Cluster &cluster, std::uint16_t port,
                                                    const std::filesystem::path &dataDir)
{
    auto api = std::make_unique<ControlApi>();
    const server::ServerConfig listening; // the defaults installListeners() ran with
    api->connection = std::make_unique<EmbeddedConnection>(
        cluster, ListenerLimits{listening.socketRequestMaxBytes, listening.connectionsMaxIdle.count()});
    if (!FirstSnapshot().wait(*api->connection, kReadyTimeout))
        return Status::timedOut("the cluster published no status within " +
                                std::to_string(kReadyTimeout.count()) + " seconds");
    api->bots = std::make_unique<BotRegistry>(*api->connection);
    api->demo = std::make_unique<control::RegistryDemoControl>(*api->bots, *api->connection);
    control::ControlServerOptions options;
    options.port = port;
    options.dataDir = dataDir;
    auto server = control::ControlServer::start(*api->connection, api->demo.get(), std::move(options));
    if (!server)
        return server.status();
    api->server = std::move(*server);
    return api;
}

} // namespace

int runHeadless(const AppOptions &options)
{
    // Every engine thread inherits this mask, so the signals stay pending until sigwait()
    // below takes them on this thread: shutdown then runs here, not in a signal handler.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    auto log = logger("app");
    auto created = Cluster::create(options.cluster.toClusterConfig());
    if (!created) {
        printError("cannot create the cluster: " + created.status().message());
        return kExitCannotStart;
    }
    std::unique_ptr<Cluster> cluster = std::move(*created);
    server::installListeners(*cluster);
    if (Status s = cluster->start(); !s.isOk()) {
        printError("cannot start the cluster: " + s.message());
        return kExitCannotStart;
    }
    if (!cluster->waitUntilReady(kReadyTimeout)) {
        printError("the cluster did not become ready within " + std::to_string(kReadyTimeout.count()) +
                   " seconds");
        cluster->stop();
        return kExitCannotStart;
    }
    std::unique_ptr<ControlApi> controlApi;
    std::string lines = readyLines(*cluster);
    if (options.controlPort) {
        auto started = startControlApi(*cluster, *options.controlPort, cluster->config().dataDir);
        if (!started) {
            printError("cannot start the control API: " + started.status().message());
            cluster->stop();
            return kExitCannotStart;
        }
        controlApi = std::move(*started);
        lines += "control ready: " + controlApi->server->url() + "\n";
    }
    std::fputs(lines.c_str(), stdout);
    std::fflush(stdout);
    log->info("headless cluster running; stop it with Ctrl+C or SIGTERM");

    int received = 0;
    sigwait(&stopSignals, &received);
    log->info("received {}, stopping the cluster", received == SIGINT ? "SIGINT" : "SIGTERM");
    controlApi.reset(); // no request may reach a stopping cluster
    cluster->stop();
    log->info("cluster stopped");
    return 0;
}

} // namespace es
