#pragma once

// What bench_cluster's figures share: the cluster's shape, the run's options and sizes,
// stopping on failure, the clock, the records' keys and stamped values, and a started
// cluster of 3 brokers. Failures are thrown as std::runtime_error.

#include "bench_table.h"
#include "bench_workspace.h"
#include "client/consumer.h"
#include "cluster/cluster.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bench_cluster {

namespace fs = std::filesystem;
using es::Bytes;
using es::Cluster;
using es::ClusterConfig;

using SteadyClock = std::chrono::steady_clock;

inline constexpr int kBrokers = 3;
inline constexpr int kPartitions = 6;
inline constexpr int kReplicationFactor = 3;
inline constexpr std::size_t kValueSize = 100;
inline constexpr int kKeySpace = 10000000;

struct Options {
    std::optional<fs::path> dir;
    bool quick = false;
    std::optional<std::int64_t> records;
    std::string only; // one figure's name, or "" for all
};

// How long each figure runs; --quick shrinks everything for a smoke run.
struct Sizes {
    double throughputSeconds = 8.0;
    double latencySeconds = 10.0;
    double latencyWarmupSeconds = 0.5;
    double failoverSteadySeconds = 1.0;
    bool fastTimeouts = false;
    int restartPartitions = 2000;
};

// Stops the run; main() reports it after the workspace has been cleaned up.
[[noreturn]] void die(const std::string &what);

void check(const es::Status &s, std::string_view what);

double secondsSince(SteadyClock::time_point start);
double msBetween(SteadyClock::time_point from, SteadyClock::time_point to);
std::int64_t nanosNow();

// ---- The table ----

using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;

void progress(const char *what);

// ---- Data ----

// "key" and 7 digits, written by hand: the throughput figure makes millions of them.
Bytes keyFor(std::int64_t n);

// A 100-byte value whose first 8 bytes carry `stamp` (the consumer reads it back).
Bytes valueWithStamp(std::int64_t stamp);

std::optional<std::int64_t> stampOf(const es::FetchedRecord &r);

// ---- Clusters ----

using es::bench::Workspace;

ClusterConfig defaultConfig(const fs::path &dir);

// The test fixture's timeouts (tests/cluster/cluster_fixture.h), for --quick.
void useFastTimeouts(ClusterConfig &c);

// A started cluster with every partition led, stopped (cleanly) when it goes away.
class RunningCluster {
public:
    explicit RunningCluster(const ClusterConfig &config);
    ~RunningCluster();
    RunningCluster(const RunningCluster &) = delete;
    RunningCluster &operator=(const RunningCluster &) = delete;

    Cluster &operator*() { return *m_cluster; }
    Cluster *operator->() { return m_cluster.get(); }

    void waitUntilReady();

    // Waits until every broker has opened its replicas of `topic` (a coordinator serves the
    // groups of an offsets partition only once its broker has it), as the snapshots show.
    void waitUntilHosted(const std::string &topic);

    // Creates the topic and waits until every partition has a leader.
    std::vector<es::TopicPartition> createTopic(const std::string &name);

private:
    std::unique_ptr<Cluster> m_cluster;
};

} // namespace bench_cluster
