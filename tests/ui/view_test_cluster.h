#pragma once

// A ClusterBridge on a real embedded cluster in a temporary folder, started and with a
// first snapshot, for the tests of single views.
//
// With ES_TEST_CONNECTION=remote in the environment, the same tests run on the remote
// implementation: the cluster runs headless in this process with Kafka listeners on
// loopback, and the bridge reaches it over TCP through librdkafka, as it would any Kafka
// cluster. Tests that drive the cluster directly (as an outside client or a failure would)
// still get it through runAndWait().

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#include "connection/embedded_connection.h"
#include "server/listeners.h"
#endif

#include "free_ports.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <type_traits>

namespace es::test {

// Ports apart from other test processes (and from the main window's tests), free now.
inline quint16 viewTestBasePort(int attempt = 0)
{
    return freePortRun(40000 + (QCoreApplication::applicationPid() % 2000) * 10 + attempt * 20, 9);
}

// True when the view tests run on the remote implementation (see above).
inline bool testingRemote() { return qEnvironmentVariable("ES_TEST_CONNECTION") == QLatin1String("remote"); }

// The headless cluster a remote test bridge reaches; a child of that bridge, so it stops
// after the bridge has closed its connection.
class BackingCluster : public QObject {
public:
    BackingCluster(std::unique_ptr<Cluster> cluster, QObject *parent) : QObject(parent), m_cluster(std::move(cluster))
    {}
    ~BackingCluster() override { m_cluster->stop(); }
    [[nodiscard]] Cluster &cluster() const { return *m_cluster; }

private:
    std::unique_ptr<Cluster> m_cluster;
};

// A bridge to a headless cluster of `brokers` brokers reached through librdkafka; nullptr
// when the cluster cannot start. Its ports lie below Linux's ephemeral range: a client that
// keeps reconnecting to a stopped broker's ephemeral port can end up connected to itself.
inline std::unique_ptr<ClusterBridge> startRemoteBridge(const QTemporaryDir &dir, int brokers)
{
    ClusterConfig config = fastConfig(dir, brokers);
    config.dataDir = (dir.path() + QStringLiteral("/cluster")).toStdString();
    config.basePort = freePortRun(20000 + static_cast<int>(QCoreApplication::applicationPid() % 1000) * 12,
                                  brokers + 1);
    auto created = Cluster::create(config);
    if (!created)
        return nullptr;
    std::unique_ptr<Cluster> cluster = std::move(*created);
    server::installListeners(*cluster);
    if (!cluster->start().isOk() || !cluster->waitUntilReady(std::chrono::seconds(10)))
        return nullptr;
    RemoteSettings remote;
    remote.name = "test";
    remote.bootstrapServers = "127.0.0.1:" + std::to_string(config.basePort);
    remote.readOnly = false;
    remote.refreshIntervalMs = 200;
    remote.requestTimeoutMs = 3000;
    auto bridge = std::make_unique<ClusterBridge>(remote, dir.path() + QStringLiteral("/remote-catalog.sqlite"));
    new BackingCluster(std::move(cluster), bridge.get());
    return bridge;
}

// Starts the bridge and waits for its first snapshot with every broker running; nullptr
// (after a failed QVERIFY-style message) when that does not happen in time.
// A port taken between the search and the brokers' start (another process's connection)
// fails the start at once; it is tried again on other ports.
inline std::unique_ptr<ClusterBridge> startBridge(const QTemporaryDir &dir, int brokers = 3)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        ClusterSettings settings;
        settings.dataDir = dir.path();
        settings.brokerCount = brokers;
        settings.basePort = viewTestBasePort(attempt);
        auto bridge = testingRemote() ? startRemoteBridge(dir, brokers)
                                      : std::make_unique<ClusterBridge>(settings, fastConfig(dir, brokers));
        if (!bridge)
            return nullptr;
        bool failed = false;
        QObject::connect(bridge.get(), &ClusterBridge::startFailed, bridge.get(),
                         [&failed] { failed = true; });
        bridge->start();
        const bool ready = QTest::qWaitFor(
            [&] {
                if (failed)
                    return true;
                auto snap = bridge->snapshot();
                if (!snap || static_cast<int>(snap->brokers.size()) != brokers)
                    return false;
                for (const auto &b : snap->brokers)
                    if (b.state != BrokerState::Running)
                        return false;
                return true;
            },
            15000);
        if (ready && !failed)
            return bridge;
        if (!failed)
            return nullptr; // started but never ran: not a port problem
    }
    return nullptr;
}

// The cluster behind a test bridge's connection: tests drive it directly, as an outside
// client or a failure would, where no view may.
// `backing` is the remote bridge's BackingCluster, null for an embedded bridge.
inline Cluster &embeddedCluster(const BackingCluster *backing, Connection &connection)
{
    return backing ? backing->cluster() : dynamic_cast<EmbeddedConnection &>(connection).cluster();
}

template <typename Work>
auto runAndWaitOnConnection(ClusterBridge &bridge, Work work, int timeoutMs)
{
    using R = decltype(work(std::declval<Connection &>()));
    std::optional<R> result;
    QObject context;
    bridge.run(&context, std::move(work), [&result](R r) { result = std::move(r); });
    // An empty result tells the caller it timed out.
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs));
    return result;
}

// Runs `work` on the bridge's worker and waits for its result on this thread. `work` takes
// the Connection, or the embedded Cluster itself.
template <typename Work>
auto runAndWait(ClusterBridge &bridge, Work work, int timeoutMs = 15000)
{
    if constexpr (std::is_invocable_v<Work &, Cluster &>)
        return runAndWaitOnConnection(
            bridge,
            [backing = bridge.findChild<BackingCluster *>(), work = std::move(work)](Connection &c) mutable {
                return work(embeddedCluster(backing, c));
            },
            timeoutMs);
    else
        return runAndWaitOnConnection(bridge, std::move(work), timeoutMs);
}

} // namespace es::test
