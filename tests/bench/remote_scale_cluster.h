#pragma once

// The embedded cluster bench_remote_scale and bench_remote_gui read: its sizes, asked on the
// command line and shrunk to what the embedded cluster and this process can hold, and the
// cluster itself, started with Kafka listeners on loopback and filled with topics, records
// and groups' committed offsets. Failures are thrown as std::runtime_error.

#include "cluster/cluster.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace remote_scale {

using SteadyClock = std::chrono::steady_clock;

// Each group commits offsets on this many partitions (fewer when there are fewer).
inline constexpr int kPartitionsPerGroup = 20;
inline constexpr int kRecordsPerPartition = 10;
// What every group commits: each committed partition lags by the rest of its records.
inline constexpr std::int64_t kCommittedOffset = 4;

struct Sizes {
    int brokers = 20;
    int topics = 500;
    int partitions = 20; // per topic
    int groups = 500;
    int replicationFactor = 3;

    [[nodiscard]] int totalPartitions() const { return topics * partitions; }
    [[nodiscard]] int partitionsPerGroup() const { return std::min(kPartitionsPerGroup, totalPartitions()); }
};

// What both benchmarks are asked on the command line.
struct Options {
    Sizes sizes;
    int rounds = 5;
    int idleSeconds = 20;
    std::optional<std::filesystem::path> dir;
};

// How a benchmark describes its options in its usage text.
struct OptionsHelp {
    const char *program;     // "bench_remote_gui"
    const char *rounds;      // what --rounds counts
    const char *idleSeconds; // what --idle-seconds measures
    const char *footer = ""; // a last line, "" for none
};

// The options of argv; prints the usage text and exits on --help (0) and on anything it does
// not understand (2).
Options parseOptions(int argc, char **argv, const OptionsHelp &help);

[[noreturn]] void die(const std::string &what);
void check(const es::Status &s, std::string_view what);
void progress(const std::string &what);
double secondsSince(SteadyClock::time_point start);

// `asked` shrunk to what fits: the embedded cluster's broker limit, one replica per broker,
// and one open log file per replica within this process's open-file limit (raised to its
// hard limit first). Each line of `why` says what was shrunk and why.
Sizes fit(const Sizes &asked, std::vector<std::string> &why);

// A started cluster of sizes.brokers brokers listening on consecutive loopback ports,
// with every topic created, kRecordsPerPartition records in every partition and every
// group's offsets committed.
std::unique_ptr<es::Cluster> buildCluster(const std::filesystem::path &dir, const Sizes &sizes);

// The cluster buildCluster() makes, built and served by a child process so that the process
// measuring holds none of it: the child serves it until this object is destroyed, or until
// this process ends (the child sees its pipe close). Construct it before this process starts
// any thread: only the forking thread survives a fork.
class ClusterProcess {
public:
    // Returns once the cluster is ready; throws when the child could not build it.
    ClusterProcess(const std::filesystem::path &dir, const Sizes &sizes);
    // Stops the cluster and waits for the child to end.
    ~ClusterProcess();
    ClusterProcess(const ClusterProcess &) = delete;
    ClusterProcess &operator=(const ClusterProcess &) = delete;

    // The first broker's port on loopback; the others follow it.
    [[nodiscard]] int basePort() const { return m_basePort; }

private:
    int m_pid = -1;
    int m_hold = -1; // the child serves until this end of its pipe closes
    int m_basePort = 0;
};

} // namespace remote_scale
