#include "app/headless.h"

#include "cluster/cluster.h"
#include "common/logging.h"
#include "security/listener_config.h"
#include "server/broker_address.h"
#include "server/listeners.h"

#include <csignal>
#include <cstdio>
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
    std::fputs(readyLines(*cluster).c_str(), stdout);
    std::fflush(stdout);
    log->info("headless cluster running; stop it with Ctrl+C or SIGTERM");

    int received = 0;
    sigwait(&stopSignals, &received);
    log->info("received {}, stopping the cluster", received == SIGINT ? "SIGINT" : "SIGTERM");
    cluster->stop();
    log->info("cluster stopped");
    return 0;
}

} // namespace es
