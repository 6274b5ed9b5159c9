#pragma once

// A ClusterBridge on a real embedded cluster in a temporary folder, started and with a
// first snapshot, for the tests of single views.

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#include "connection/embedded_connection.h"
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
        auto bridge = std::make_unique<ClusterBridge>(settings, fastConfig(dir, brokers));
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

// The cluster behind an embedded connection: tests drive it directly, as an outside client
// or a failure would, where no view may.
inline Cluster &embeddedCluster(Connection &connection)
{
    return dynamic_cast<EmbeddedConnection &>(connection).cluster();
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
            bridge, [work = std::move(work)](Connection &c) mutable { return work(embeddedCluster(c)); },
            timeoutMs);
    else
        return runAndWaitOnConnection(bridge, std::move(work), timeoutMs);
}

} // namespace es::test
