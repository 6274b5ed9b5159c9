#pragma once

// bench_wire's keyed rounds: a librdkafka producer sending records with 1,000 distinct keys
// and 100-byte values to a topic of 6 partitions (replication factor 3) created first, with
// linger.ms 0 and 5 and acks 1 and all, the client's threads pinned to one core and the
// cluster's to another. Per setting: records/s, the cluster's CPU seconds per million
// records, and how long the machine's cores sat idle meanwhile.

#include "wire_clusters.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace es::bench::wire {

struct KeyedSetting {
    int lingerMs;
    const char *acks; // "1" or "all"
};

inline const std::vector<KeyedSetting> kKeyedSettings{{0, "1"}, {0, "all"}, {5, "1"}, {5, "all"}};

struct KeyedFigures {
    double rate = 0; // records/s, first produce() to the end of flush()
    double clusterCpuSeconds = 0;
    double wallSeconds = 0;
    double idleSeconds = 0;     // over every core of the machine
    double clusterCoreIdle = 0; // of the core the cluster was pinned to, seconds
    double clientCoreIdle = 0;
    long long records = 0;
};

// Makes a cluster; called with the calling thread pinned to the cluster's core.
using ClusterFactory = std::function<std::unique_ptr<BenchCluster>()>;

// One cluster from `make`, every setting of kKeyedSettings on a topic of its own; the
// figures in kKeyedSettings' order. With fewer than two cores nothing is pinned.
std::vector<KeyedFigures> measureKeyed(const ClusterFactory &make, long long records);

// The core the cluster runs on and the client's, or -1 each when not pinned.
struct Pinning {
    int cluster = -1;
    int client = -1;
};
Pinning keyedPinning();

} // namespace es::bench::wire
