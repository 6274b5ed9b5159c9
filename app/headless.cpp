#include "app/headless.h"

#include "cluster/cluster.h"
#include "common/logging.h"
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

ClusterConfig clusterConfig(const ClusterSettings &settings)
{
    ClusterConfig config;
    config.dataDir = settings.dataDir.toStdString();
    config.brokers = settings.brokerCount;
    config.bindAddress = settings.bindAddress.toStdString();
    config.basePort = settings.basePort;
    for (auto it = settings.brokerConfigs.begin(); it != settings.brokerConfigs.end(); ++it)
        config.brokerConfigs[it.key().toStdString()] = it.value().toStdString();
    return config;
}

std::string readyLine(Cluster &cluster)
{
    const ClusterConfig &config = cluster.config();
    const std::string host = server::advertisedHost(config.bindAddress);
    std::string line = "cluster ready: ";
    bool first = true;
    for (auto id : cluster.brokerIds()) {
        if (cluster.brokerState(id) == BrokerState::Stopped ||
            cluster.brokerState(id) == BrokerState::Crashed)
            continue;
        line += (first ? "" : ",") + server::hostPort(host, config.basePort + id - 1);
        first = false;
    }
    return line;
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
    auto created = Cluster::create(clusterConfig(options.cluster));
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
    std::printf("%s\n", readyLine(*cluster).c_str());
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
