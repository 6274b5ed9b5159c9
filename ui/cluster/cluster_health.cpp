#include "ui/cluster/cluster_health.h"

#include <algorithm>

namespace es {

namespace {

int runningBrokers(const ClusterSnapshot &s)
{
    return static_cast<int>(std::count_if(s.brokers.begin(), s.brokers.end(),
                                          [](const auto &b) { return b.state == BrokerState::Running; }));
}

} // namespace

ClusterHealth::Level ClusterHealth::level(const ClusterSnapshot &s)
{
    if (s.offlinePartitions > 0 || runningBrokers(s) == 0)
        return Level::Unavailable;
    if (runningBrokers(s) < static_cast<int>(s.brokers.size()) || s.underReplicatedPartitions > 0 ||
        !s.controllerRunning)
        return Level::Degraded;
    return Level::Healthy;
}

QString ClusterHealth::summary(const ClusterSnapshot &s)
{
    QString word;
    switch (level(s)) {
    case Level::Healthy: word = tr("healthy"); break;
    case Level::Degraded: word = tr("degraded"); break;
    case Level::Unavailable: word = tr("unavailable"); break;
    }
    if (!s.controllerRunning)
        word = tr("%1, controller crashed").arg(word);
    return tr("%1: %2 of %3 brokers running; partitions: %4 offline, %5 under-replicated")
        .arg(word)
        .arg(runningBrokers(s))
        .arg(s.brokers.size())
        .arg(s.offlinePartitions)
        .arg(s.underReplicatedPartitions);
}

QString ClusterHealth::explanation()
{
    return tr("Brokers: running out of all. Offline: partitions with no leader, which nobody can read or "
              "write. Under-replicated: partitions with fewer in-sync replicas than replicas.");
}

} // namespace es
