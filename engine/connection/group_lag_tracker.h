#pragma once

#include "cluster/cluster_snapshot.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

enum class LagTrend { Unknown, Steady, Rising, Falling };

// The last minute of each group's lag, taken from the snapshots (at most one sample a
// second), for the groups list's trend and the detail's time-to-catch-up estimate.
// Plain values; used from one thread (the one that receives the snapshots).
class GroupLagTracker {
public:
    struct Sample {
        std::int64_t timeMs = 0;
        std::int64_t totalLag = 0;
        std::int64_t highWatermarks = 0; // sum over the group's partitions
    };

    static constexpr std::int64_t kWindowMs = 60'000;
    // Rates are taken over this much of the window: commits come in steps, so a few
    // seconds would swing.
    static constexpr std::int64_t kRateWindowMs = 20'000;

    void add(const ClusterSnapshot &snapshot);
    [[nodiscard]] std::vector<Sample> samples(const std::string &groupId) const;
    // Rising or falling when the lag moved by more than 5% (and 10 records) over the window
    // along a fitted line; Unknown with less than 5 seconds of samples.
    [[nodiscard]] LagTrend trend(const std::string &groupId) const;

    struct Rates {
        double consumePerSec = 0; // records the group committed past, per second
        double producePerSec = 0; // records appended to its partitions, per second
    };
    [[nodiscard]] std::optional<Rates> rates(const std::string &groupId) const;
    // Seconds until the lag reaches 0 at the current rates: lag / (consume - produce) when
    // draining, nullopt when not catching up (or not known yet). 0 without lag.
    [[nodiscard]] std::optional<double> secondsToCatchUp(const std::string &groupId) const;

private:
    std::map<std::string, std::deque<Sample>> m_groups;
};

} // namespace es
