#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <deque>
#include <map>
#include <string>

namespace es {

// How fast consumer groups get through each topic: the growth per second of the sum of
// their committed offsets on its partitions, over the last `windowMs`. Snapshots carry
// no per-topic fetch counters, and groups commit in steps (every few seconds with auto
// commit), so a window several commit intervals long gives a steady figure. Consumers
// outside groups commit nothing and are not counted. GUI thread only.
class ConsumptionRates {
public:
    explicit ConsumptionRates(std::int64_t windowMs = 15'000) : m_windowMs(windowMs) {}

    void add(const ClusterSnapshot &snapshot);
    // Records per second committed on `topic`, 0 when unknown.
    [[nodiscard]] double perSecond(const std::string &topic) const;

private:
    struct Sample {
        std::int64_t timeMs;
        std::int64_t committed; // over all groups and partitions
    };
    std::int64_t m_windowMs;
    std::map<std::string, std::deque<Sample>> m_samples;
};

} // namespace es
