#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QCoreApplication>
#include <QString>

namespace es {

// How healthy a cluster snapshot is, in one status-bar line.
class ClusterHealth {
    Q_DECLARE_TR_FUNCTIONS(ClusterHealth)

public:
    enum class Level {
        Healthy,     // every broker running, every partition fully replicated
        Degraded,    // a broker down or a partition under-replicated, but everything served
        Unavailable, // some partition has no leader
    };

    static Level level(const ClusterSnapshot &snapshot);
    // "healthy: 3/3 brokers, 0 offline, 0 under-replicated"
    static QString summary(const ClusterSnapshot &snapshot);
    // Explains the terms of the summary, for its tooltip.
    static QString explanation();
};

} // namespace es
