// Remote connection at scale: how a RemoteConnection (librdkafka) copes with a large
// cluster. Not a test (CTest does not run it): run it on demand after changing
// engine/remote, and compare with the targets it prints.
//
//   bench_remote_scale [--brokers N] [--topics N] [--partitions N] [--groups N]
//                      [--replication-factor N] [--rounds N] [--idle-seconds N] [--dir DIR]
//
// An embedded cluster with Kafka listeners on loopback is built in this process and filled
// (remote_scale_cluster.h): topics of --partitions partitions, a few records in every
// partition, and groups whose committed offsets, on 20 partitions each, lie behind the high
// watermarks. Sizes the embedded cluster or the process cannot hold are shrunk, and the run
// says why. The cluster is then read over TCP as any Kafka cluster would be:
//   - from RemoteConnection::open() to the first complete snapshot (every broker, every
//     topic with watermarks, every group with its lag);
//   - one full reading (refresh()), the median of --rounds, and each piece of a reading
//     alone (remote_reader.h, through handles of our own);
//   - resident memory before and after the connection opens;
//   - CPU while a connection refreshes at its default interval, split between the threads
//     the connection started and the cluster's.
// The cluster runs in the same process and on the same cores as the connection.

#include "bench_table.h"
#include "bench_workspace.h"
#include "common/logging.h"
#include "process_cpu.h"
#include "remote/kafka_handle.h"
#include "remote/remote_connection.h"
#include "remote/remote_reader.h"
#include "remote_scale_cluster.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using namespace es;
using namespace remote_scale;
using es::bench::formatNumber;
using es::bench::printRow;
using es::bench::residentMiB;
using es::bench::Target;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// ---- The process ----

double processCpuSeconds() { return bench::cpuSecondsIn("/proc/self/stat"); }

// Each live thread's CPU seconds, by thread id.
std::map<int, double> threadCpuSeconds() { return bench::sampleCpu().byThread; }

struct CpuShare {
    double process = 0;    // % of one core
    double connection = 0; // of which threads started since `before` (and any that ended)
};

// CPU over `seconds` of waiting; `before` lists the threads that are not the connection's.
CpuShare cpuOver(int seconds, const std::map<int, double> &before)
{
    const double processStart = processCpuSeconds();
    const auto threadsStart = threadCpuSeconds();
    const auto start = SteadyClock::now();
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const double process = processCpuSeconds() - processStart;
    double old = 0;
    for (const auto &[tid, cpu] : threadCpuSeconds())
        if (before.contains(tid) && threadsStart.contains(tid))
            old += cpu - threadsStart.at(tid);
    const double elapsed = secondsSince(start);
    return {100.0 * process / elapsed, 100.0 * (process - old) / elapsed};
}

// ---- Reading the cluster ----

// Every broker, every topic with both watermarks on each partition, every group with lag.
bool complete(const ClusterSnapshot &snap, const Sizes &sizes)
{
    if (static_cast<int>(snap.brokers.size()) < sizes.brokers)
        return false;
    int topics = 0;
    for (const auto &t : snap.topics) {
        if (t.internal)
            continue;
        ++topics;
        for (const auto &p : t.partitions)
            if (p.highWatermark < 0 || p.logStartOffset < 0)
                return false;
    }
    const auto lagging = std::count_if(snap.groups.begin(), snap.groups.end(), [&](const GroupView &g) {
        return static_cast<int>(g.lag.size()) == sizes.partitionsPerGroup() && g.totalLag > 0;
    });
    return topics == sizes.topics && lagging == sizes.groups;
}

RemoteSettings settingsFor(const Cluster &cluster, std::int32_t refreshIntervalMs)
{
    RemoteSettings s;
    s.name = "bench";
    s.bootstrapServers = "127.0.0.1:" + std::to_string(cluster.config().basePort);
    s.refreshIntervalMs = refreshIntervalMs;
    return s;
}

std::unique_ptr<RemoteConnection> openConnection(const RemoteSettings &settings, const fs::path &catalog)
{
    auto opened = RemoteConnection::open(settings, catalog);
    check(opened.status(), "opening the remote connection");
    return std::move(*opened);
}

// Waits for a complete snapshot, reading again whenever one falls short. Returns the
// readings it took.
std::int64_t awaitComplete(RemoteConnection &connection, const Sizes &sizes)
{
    const auto start = SteadyClock::now();
    for (;;) {
        const ClusterSnapshotPtr snap = connection.snapshot();
        if (snap && complete(*snap, sizes))
            return snap->metadataVersion;
        if (secondsSince(start) > 300)
            die("no complete snapshot after 300 s; last problem: " + connection.problem());
        if (snap)
            connection.refresh();
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
}

struct PieceTimes {
    double metadata = 0;
    double watermarks = 0;
    double groups = 0;
    double lag = 0;
    double configs = 0;
    int incomplete = 0; // readings that fell short of the complete picture
};

// One reading piece by piece, as RemoteConnection makes it: how long each piece took, and
// whether together they read everything.
PieceTimes readPieces(rd_kafka_t *admin, rd_kafka_t *consumer, const Sizes &sizes, int timeoutMs)
{
    PieceTimes times;
    const auto timed = [](double &into, const std::function<void()> &fn) {
        const auto start = SteadyClock::now();
        fn();
        into = secondsSince(start);
    };
    ClusterSnapshot snap;
    std::vector<RemoteGroup> groups;
    timed(times.metadata, [&] {
        auto r = readMetadata(admin, timeoutMs);
        check(r.status(), "reading metadata");
        snap = std::move(*r);
    });
    bool read = true;
    timed(times.watermarks, [&] { read = readWatermarks(consumer, snap, timeoutMs).isOk() && read; });
    timed(times.groups, [&] {
        auto r = readGroups(admin, timeoutMs);
        read = r.isOk() && read;
        if (r)
            groups = std::move(*r);
    });
    timed(times.lag, [&] { snap.groups = groupViews(std::move(groups), snap); });
    std::vector<std::string> names;
    for (const auto &t : snap.topics)
        names.push_back(t.name);
    std::size_t configured = 0;
    timed(times.configs, [&] {
        auto r = readTopicConfigs(admin, names, timeoutMs);
        read = r.isOk() && read;
        configured = r ? r->size() : 0;
    });
    read = read && complete(snap, sizes) && configured >= static_cast<std::size_t>(sizes.topics);
    times.incomplete = read ? 0 : 1;
    return times;
}

// Each piece of a reading alone, through handles of our own, the median of `rounds`.
PieceTimes timePieces(const RemoteSettings &settings, const Sizes &sizes, int rounds)
{
    auto admin = KafkaHandle::create(settings, KafkaHandle::Kind::Producer);
    check(admin.status(), "creating an admin handle");
    auto consumer =
        KafkaHandle::create(settings, KafkaHandle::Kind::Consumer,
                            {{"isolation.level", "read_uncommitted"}, {"enable.auto.commit", "false"}});
    check(consumer.status(), "creating a consumer handle");
    // The first round connects to every broker; it is not counted.
    (void)readPieces((*admin)->get(), (*consumer)->get(), sizes, settings.requestTimeoutMs);
    std::vector<double> metadata, watermarks, groups, lag, configs;
    int incomplete = 0;
    for (int round = 0; round < rounds; ++round) {
        const PieceTimes t =
            readPieces((*admin)->get(), (*consumer)->get(), sizes, settings.requestTimeoutMs);
        metadata.push_back(t.metadata);
        watermarks.push_back(t.watermarks);
        groups.push_back(t.groups);
        lag.push_back(t.lag);
        configs.push_back(t.configs);
        incomplete += t.incomplete;
    }
    return {median(metadata), median(watermarks), median(groups), median(lag), median(configs), incomplete};
}

// ---- The run ----

struct Figures {
    double firstSnapshotSeconds = 0;
    std::int64_t firstSnapshotReadings = 0;
    std::vector<double> rounds;
    int incompleteRounds = 0;
    PieceTimes pieces;
    double rssBeforeMiB = 0;
    double rssAfterMiB = 0;
    CpuShare idle;
    std::int64_t idleReadings = 0;
};

Figures measure(Cluster &cluster, const Sizes &sizes, const Options &options, bench::Workspace &workspace)
{
    Figures f;
    const fs::path remoteDir = workspace.folder("remote");
    // Refreshed by hand only, so that each reading is timed alone.
    const RemoteSettings manual = settingsFor(cluster, 3'600'000);
    f.rssBeforeMiB = residentMiB();
    {
        progress("opening a connection and waiting for its first complete snapshot");
        const auto start = SteadyClock::now();
        auto connection = openConnection(manual, remoteDir / "first.db");
        f.firstSnapshotReadings = awaitComplete(*connection, sizes);
        f.firstSnapshotSeconds = secondsSince(start);
        f.rssAfterMiB = residentMiB();
        progress("timing " + std::to_string(options.rounds) + " full readings");
        for (int i = 0; i < options.rounds; ++i) {
            const auto round = SteadyClock::now();
            connection->refresh();
            f.rounds.push_back(secondsSince(round));
            if (const auto snap = connection->snapshot(); !snap || !complete(*snap, sizes))
                ++f.incompleteRounds;
        }
    }
    progress("timing each piece of a reading alone");
    f.pieces = timePieces(manual, sizes, options.rounds);

    progress("a connection refreshing every 2 s, for " + std::to_string(options.idleSeconds) + " s");
    const auto clusterThreads = threadCpuSeconds();
    auto connection =
        openConnection(settingsFor(cluster, RemoteSettings{}.refreshIntervalMs), remoteDir / "idle.db");
    (void)awaitComplete(*connection, sizes);
    const std::int64_t readingsBefore = connection->snapshot()->metadataVersion;
    f.idle = cpuOver(options.idleSeconds, clusterThreads);
    f.idleReadings = connection->snapshot()->metadataVersion - readingsBefore;
    return f;
}

std::string secondsRange(const std::vector<double> &seconds)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.2f / %.2f s", *std::min_element(seconds.begin(), seconds.end()),
                  *std::max_element(seconds.begin(), seconds.end()));
    return text;
}

void printFigures(const Sizes &sizes, const Options &options, const Figures &f)
{
    bench::printHeader();
    printRow("connect to first complete snapshot", formatNumber(f.firstSnapshotSeconds, "s", 2),
             f.firstSnapshotSeconds, Target{Target::Kind::AtMost, 2.0}, "<= 2 s");
    printRow("  readings it took", std::to_string(f.firstSnapshotReadings));
    const double round = median(f.rounds);
    printRow("full refresh round (median of " + std::to_string(options.rounds) + ")",
             formatNumber(round, "s", 2), round, Target{Target::Kind::AtMost, 2.0}, "<= 2 s");
    printRow("  fastest / slowest round", secondsRange(f.rounds));
    const std::string ofRounds = " of " + std::to_string(options.rounds);
    printRow("  rounds short of the complete picture", std::to_string(f.incompleteRounds) + ofRounds);
    printRow("  readMetadata alone", formatNumber(f.pieces.metadata, "s", 3));
    printRow("  readWatermarks alone", formatNumber(f.pieces.watermarks, "s", 3));
    printRow("  readGroups alone (" + std::to_string(sizes.groups) + " groups x " +
                 std::to_string(sizes.partitionsPerGroup()) + " partitions)",
             formatNumber(f.pieces.groups, "s", 3));
    printRow("  groupViews (lag) alone", formatNumber(f.pieces.lag, "s", 3));
    printRow("  readTopicConfigs alone (every 30 s)", formatNumber(f.pieces.configs, "s", 3));
    printRow("  piece-by-piece readings short of it", std::to_string(f.pieces.incomplete) + ofRounds);
    printRow("resident memory before the connection", formatNumber(f.rssBeforeMiB, "MiB", 0));
    printRow("resident memory after its first snapshot", formatNumber(f.rssAfterMiB, "MiB", 0));
    const double connectionMiB = f.rssAfterMiB - f.rssBeforeMiB;
    printRow("  the connection's share (after - before)", formatNumber(connectionMiB, "MiB", 0),
             connectionMiB, Target{Target::Kind::AtMost, 500}, "<= 500 MiB");
    printRow("CPU while refreshing every 2 s (" + std::to_string(options.idleSeconds) + " s)",
             formatNumber(f.idle.process, "% of a core", 1));
    printRow("  the connection's threads", formatNumber(f.idle.connection, "% of a core", 1));
    printRow("  the cluster's threads", formatNumber(f.idle.process - f.idle.connection, "% of a core", 1));
    printRow("  readings meanwhile", std::to_string(f.idleReadings));
}

int run(const Options &options)
{
    setLogLevel("warn");
    std::vector<std::string> why;
    const Sizes sizes = fit(options.sizes, why);
    bench::Workspace workspace(options.dir);
    std::printf(
        "Eventscope remote connection at scale: an embedded cluster read over TCP through librdkafka %s\n",
        rd_kafka_version_str());
    std::printf("  CPUs %u; asked %d brokers, %d topics x %d partitions (RF %d), %d groups\n",
                std::thread::hardware_concurrency(), options.sizes.brokers, options.sizes.topics,
                options.sizes.partitions, options.sizes.replicationFactor, options.sizes.groups);
    for (const auto &line : why)
        std::printf("  shrunk: %s\n", line.c_str());
    std::printf("  held: %d brokers, %d topics x %d partitions = %d partitions (RF %d), %d groups x %d "
                "committed partitions, %d records per partition\n",
                sizes.brokers, sizes.topics, sizes.partitions, sizes.totalPartitions(),
                sizes.replicationFactor, sizes.groups, sizes.partitionsPerGroup(), kRecordsPerPartition);
    std::fflush(stdout);

    const auto start = SteadyClock::now();
    std::unique_ptr<Cluster> cluster = buildCluster(workspace.folder("cluster"), sizes);
    std::printf(
        "  building the cluster took %.0f s; the connection shares this process and its cores with it\n",
        secondsSince(start));
    std::fflush(stdout);

    const Figures figures = measure(*cluster, sizes, options, workspace);
    printFigures(sizes, options, figures);
    cluster->stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseOptions(argc, argv,
                                         {.program = "bench_remote_scale",
                                          .rounds = "readings timed for each median",
                                          .idleSeconds = "how long CPU is measured while idle"});
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_remote_scale: %s\n", e.what());
        return 1;
    }
}
