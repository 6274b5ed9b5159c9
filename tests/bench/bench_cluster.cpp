// Cluster benchmark: how fast and how quickly an in-process cluster of 3 brokers serves
// the in-process clients. Not a test (CTest does not run it): run it on demand, e.g.
// after changing engine/cluster or engine/client, and compare with the targets it prints.
//
//   bench_cluster [--dir DIR] [--quick] [--records N] [--only FIGURE]
//
// Every figure gets a fresh cluster (3 brokers, default ClusterConfig) in its own folder
// and a topic of 6 partitions with replication factor 3; records carry ~10-byte keys and
// 100-byte values. The figures:
//   - acks=all throughput of one Producer, sending as fast as it acknowledges;
//   - produce-to-consume latency at 10,000 records/s: send() to poll(), the send time
//     travelling in the value;
//   - failover: from crashing a partition's leader until a record sent after the crash
//     to that partition is acknowledged;
//   - a 3-member consumer group: from the first subscribe() until every member holds its
//     assignment;
//   - restart: a topic of 2,000 partitions (200 with --quick): how long broker 1's
//     controlled shutdown takes (leadership moved, every log closed), then from its start,
//     and from the whole cluster's start, until every ISR is full and every partition is
//     led by its preferred replica.
// --quick shortens every run and, for the last two figures, uses the test fixture's short
// timeouts (the targets follow the timeouts, so they still mean the same).

#include "bench_cluster_figures.h"
#include "bench_cluster_setup.h"
#include "common/logging.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <thread>

using namespace bench_cluster;

namespace {

constexpr std::array<std::string_view, 5> kFigures{"throughput", "latency", "failover", "group", "restart"};

void printUsage()
{
    std::printf("usage: bench_cluster [--dir DIR] [--quick] [--records N] [--only FIGURE]\n"
                "  --dir DIR      put the clusters' data in DIR (default: a fresh temporary folder,\n"
                "                 removed at the end)\n"
                "  --quick        short runs and short timeouts for a smoke run (a few seconds)\n"
                "  --records N    records for the throughput figure (default: as many as 8 s allow)\n"
                "  --only FIGURE  run one figure: throughput, latency, failover, group or restart\n");
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.quick = true;
        } else if (arg == "--dir" && i + 1 < argc) {
            o.dir = fs::path(argv[++i]);
        } else if (arg == "--records" && i + 1 < argc) {
            char *end = nullptr;
            const long long n = std::strtoll(argv[++i], &end, 10);
            if (*end != '\0' || n < 1) {
                std::fprintf(stderr, "bench_cluster: --records needs a positive number\n");
                std::exit(2);
            }
            o.records = n;
        } else if (arg == "--only" && i + 1 < argc) {
            o.only = argv[++i];
            if (std::find(kFigures.begin(), kFigures.end(), o.only) == kFigures.end()) {
                std::fprintf(stderr,
                             "bench_cluster: --only takes throughput, latency, failover, group or restart\n");
                std::exit(2);
            }
        } else if (arg == "--help" || arg == "-h") {
            printUsage();
            std::exit(0);
        } else {
            printUsage();
            std::exit(2);
        }
    }
    return o;
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = Sizes{1.5, 2.0, 0.2, 0.5, true, 200};
    es::setLogLevel(std::getenv("ES_BENCH_LOG") ? std::getenv("ES_BENCH_LOG") : "warn");

    Workspace workspace(options.dir);
    std::printf("Eventscope cluster benchmark: %d brokers in-process, %d partitions, replication factor %d, "
                "%zu-byte values\n",
                kBrokers, kPartitions, kReplicationFactor, kValueSize);
    std::printf("  CPUs %u, folder %s%s\n", std::thread::hardware_concurrency(),
                workspace.root().string().c_str(),
                options.quick ? ", --quick (short runs, the test fixture's timeouts)" : "");
    printHeader();

    const auto wanted = [&](std::string_view figure) {
        return options.only.empty() || options.only == figure;
    };
    if (wanted("throughput"))
        benchmarkThroughput(workspace, options, sizes);
    if (wanted("latency"))
        benchmarkLatency(workspace, sizes);
    if (wanted("failover"))
        benchmarkFailover(workspace, sizes);
    if (wanted("group"))
        benchmarkGroup(workspace, sizes);
    if (wanted("restart"))
        benchmarkRestart(workspace, sizes);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_cluster: %s\n", e.what());
        return 1;
    }
}
