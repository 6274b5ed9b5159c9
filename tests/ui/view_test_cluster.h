#pragma once

// A ClusterBridge on a real embedded cluster in a temporary folder, started and with a
// first snapshot, for the tests of single views.

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#endif

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace es::test {

// Ports apart from other test processes (and from the main window's tests), once the
// brokers listen on real sockets.
inline quint16 viewTestBasePort()
{
    return static_cast<quint16>(40000 + (QCoreApplication::applicationPid() % 2000) * 10);
}

// Starts the bridge and waits for its first snapshot with every broker running; nullptr
// (after a failed QVERIFY-style message) when that does not happen in time.
inline std::unique_ptr<ClusterBridge> startBridge(const QTemporaryDir &dir, int brokers = 3)
{
    ClusterSettings settings;
    settings.dataDir = dir.path();
    settings.brokerCount = brokers;
    settings.basePort = viewTestBasePort();
    auto bridge = std::make_unique<ClusterBridge>(settings, fastConfig(dir, brokers));
    bridge->start();
    const bool ready = QTest::qWaitFor(
        [&] {
            auto snap = bridge->snapshot();
            if (!snap || static_cast<int>(snap->brokers.size()) != brokers)
                return false;
            for (const auto &b : snap->brokers)
                if (b.state != BrokerState::Running)
                    return false;
            return true;
        },
        15000);
    if (!ready)
        return nullptr;
    return bridge;
}

// Runs `work` on the bridge's worker and waits for its result on this thread.
template <typename Work>
auto runAndWait(ClusterBridge &bridge, Work work, int timeoutMs = 15000)
{
    using R = decltype(work(std::declval<Cluster &>()));
    std::optional<R> result;
    QObject context;
    bridge.run(&context, std::move(work), [&result](R r) { result = std::move(r); });
    // An empty result tells the caller it timed out.
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs));
    return result;
}

} // namespace es::test
