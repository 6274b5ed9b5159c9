#pragma once

// A main window on a real embedded cluster in a temporary folder, tuned so that failures
// are noticed well within the GUI tests' deadlines.

#include "ui/cluster_bridge.h"
#include "ui/cluster_settings.h"
#include "ui/main_window.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#endif

#include "free_ports.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace es::test {

// A base port for this test process's brokers, with nine free ports from it.
inline quint16 testBasePort()
{
    return freePortRun(30000 + (QCoreApplication::applicationPid() % 2000) * 10, 9);
}

inline ClusterConfig guiConfig(const QTemporaryDir &dir)
{
    ClusterConfig c = fastConfig(dir);
    // A crashed broker is fenced, and its partitions led elsewhere, well within a second.
    c.brokerSessionTimeoutMs = 600;
    return c;
}

inline std::unique_ptr<MainWindow> makeWindow(const QTemporaryDir &dir, int brokers = 3)
{
    ClusterSettings settings;
    settings.dataDir = dir.path();
    settings.brokerCount = brokers;
    settings.basePort = testBasePort();
    return std::make_unique<MainWindow>(std::make_unique<ClusterBridge>(settings, guiConfig(dir)));
}

} // namespace es::test
