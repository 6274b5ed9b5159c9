// The soak: the demo's load on a 3-broker cluster with its wire listeners, plus a fault every
// few seconds (a broker crashed and restarted, a broker paused and resumed, a slow link
// healed again), for half an hour after a warm-up, with the application's allocator
// settings. Every minute it prints the process's resident memory, the heap in use (and
// SQLite's part of it), open file descriptors and threads; at the end, each figure's
// growth from the end of the warm-up to the largest value after it, against the limit of
// +5 %. A leak of memory, files or threads shows as a figure that keeps climbing. The
// warm-up is long because the catalog's SQLite page caches fill as its tables grow: in
// runs on two cores they reached their bound (2.2 MiB) after about twelve minutes. Not a
// test: run it before a release.
//
//   bench_soak [--minutes 45] [--warmup 15] [--fault-seconds 20] [--seed N] [--dir <folder>]

#include "bench_table.h"
#include "bench_workspace.h"
#include "loopback_ports.h"

#include "bots/bot_registry.h"
#include "bots/demo_scenario.h"
#include "catalog/sqlite_db.h"
#include "common/allocator_tuning.h"
#include "common/idle_memory_return.h"
#include "common/logging.h"
#include "connection/connection.h"
#include "embedded/embedded_cluster.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <malloc.h>
#include <unistd.h>

using namespace es;
using SteadyClock = std::chrono::steady_clock;

namespace {

struct Options {
    int minutes = 45;
    int warmup = 15;
    int faultSeconds = 20;
    std::uint32_t seed = 1;
    std::optional<std::filesystem::path> dir;
};

[[noreturn]] void usage(const char *problem)
{
    std::fprintf(stderr,
                 "bench_soak: %s\nusage: bench_soak [--minutes N] [--warmup N] [--fault-seconds N] "
                 "[--seed N] [--dir <folder>]\n",
                 problem);
    std::exit(2);
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + arg).c_str());
        const std::string value = argv[++i];
        if (arg == "--dir") {
            o.dir = value;
            continue;
        }
        const long n = std::strtol(value.c_str(), nullptr, 10);
        if (n <= 0 && !(arg == "--warmup" && value == "0"))
            usage(("not a positive number: " + value).c_str());
        if (arg == "--minutes")
            o.minutes = static_cast<int>(n);
        else if (arg == "--warmup")
            o.warmup = static_cast<int>(n);
        else if (arg == "--fault-seconds")
            o.faultSeconds = static_cast<int>(n);
        else if (arg == "--seed")
            o.seed = static_cast<std::uint32_t>(n);
        else
            usage(("unknown option " + arg).c_str());
    }
    if (o.warmup >= o.minutes)
        usage("the warm-up must be shorter than the run");
    return o;
}

// What the process holds now: resident memory (MiB), open file descriptors, threads; and
// the bytes malloc has handed out and not had back (MiB), which tells a leak (both grow)
// from memory the allocator keeps for reuse (only the resident memory grows).
struct Usage {
    double rssMiB = 0;
    double anonMiB = 0; // of the resident memory: the process's own pages
    double fileMiB = 0; // and pages of mapped files (code, libraries, mapped logs and indexes)
    double heapMiB = 0;
    double sqliteMiB = 0; // of the heap in use: SQLite's (the catalog's page caches)
    double fds = 0;
    double threads = 0;
};

Usage usageNow()
{
    Usage u;
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmRSS:", 0) == 0)
            u.rssMiB = std::strtod(line.c_str() + 6, nullptr) / 1024.0;
        else if (line.rfind("RssAnon:", 0) == 0)
            u.anonMiB = std::strtod(line.c_str() + 8, nullptr) / 1024.0;
        else if (line.rfind("RssFile:", 0) == 0)
            u.fileMiB = std::strtod(line.c_str() + 8, nullptr) / 1024.0;
        else if (line.rfind("Threads:", 0) == 0)
            u.threads = std::strtod(line.c_str() + 8, nullptr);
    }
    const struct mallinfo2 heap = mallinfo2();
    u.heapMiB = static_cast<double>(heap.uordblks + heap.hblkhd) / (1024.0 * 1024.0);
    u.sqliteMiB = static_cast<double>(SqliteDb::memoryInUse()) / (1024.0 * 1024.0);
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec);
         !ec && it != std::filesystem::directory_iterator(); it.increment(ec))
        ++u.fds;
    return u;
}

// One fault at a time, undone before the next: never more than one broker away, so the
// demo's replicated topics keep their leaders and keep taking records.
class Nemesis {
public:
    Nemesis(BrokerControl &control, std::uint32_t seed) : m_control(control), m_random(seed) {}

    // Undoes the fault in place (if any), then injects the next one.
    void step()
    {
        undo();
        const std::int32_t broker = std::uniform_int_distribution<std::int32_t>(1, 3)(m_random);
        switch (std::uniform_int_distribution<int>(0, 2)(m_random)) {
        case 0:
            if (m_control.crashBroker(broker, true).isOk()) {
                m_undo = [this, broker] { (void)m_control.restartBroker(broker); };
                ++crashes;
            }
            break;
        case 1:
            if (m_control.pauseBroker(broker).isOk()) {
                m_undo = [this, broker] { (void)m_control.resumeBroker(broker); };
                ++pauses;
            }
            break;
        default: {
            const NodeId other = broker % 3 + 1;
            m_control.setLink(broker, other, LinkFault{.latencyMs = 200, .lossRate = 0, .cut = false});
            m_undo = [this] { m_control.healLinks(); };
            ++slowLinks;
            break;
        }
        }
    }
    void undo()
    {
        if (m_undo)
            m_undo();
        m_undo = nullptr;
    }

    int crashes = 0;
    int pauses = 0;
    int slowLinks = 0;

private:
    BrokerControl &m_control;
    std::mt19937 m_random;
    std::function<void()> m_undo;
};

double growthPercent(double reference, double largest)
{
    return reference > 0 ? (largest - reference) / reference * 100.0 : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parse(argc, argv);
    keepFreedMemoryForReuse(); // the allocator's settings of the application
    const IdleMemoryReturn idleMemoryReturn;
    setLogLevel("warn");
    try {
        bench::Workspace workspace(options.dir);
        const auto port = bench::freeLoopbackPortRun(19092, 3);
        if (!port)
            throw std::runtime_error("no three free loopback ports below 32768");
        ClusterConfig config;
        config.dataDir = workspace.folder("soak");
        config.brokers = 3;
        config.basePort = *port;
        auto started = startEmbeddedCluster(config, nullptr);
        if (!started)
            throw std::runtime_error("cannot start the cluster: " + started.status().toString());
        std::unique_ptr<Connection> connection = std::move(*started);
        BotRegistry bots(*connection);
        if (auto demo = startDemo(*connection, bots); !demo)
            throw std::runtime_error("cannot start the demo: " + demo.status().toString());
        Nemesis nemesis(*connection->brokerControl(), options.seed);

        std::printf("soak: %d minutes of the demo on 3 brokers (ports %d-%d), a fault every %d s, seed %u\n",
                    options.minutes, *port, *port + 2, options.faultSeconds, options.seed);
        std::printf("%6s %9s %9s %9s %9s %7s %6s %8s %7s\n", "minute", "rss MiB", "anon", "file", "heap MiB",
                    "sqlite", "fds", "threads", "faults");
        std::fflush(stdout);

        std::vector<Usage> minutes;
        const auto start = SteadyClock::now();
        auto nextFault = start + std::chrono::seconds(options.faultSeconds);
        for (int minute = 1; minute <= options.minutes; ++minute) {
            const auto end = start + std::chrono::minutes(minute);
            while (SteadyClock::now() < end) {
                if (SteadyClock::now() >= nextFault) {
                    nemesis.step();
                    nextFault += std::chrono::seconds(options.faultSeconds);
                }
                std::this_thread::sleep_until(std::min(end, nextFault));
            }
            const Usage u = usageNow();
            minutes.push_back(u);
            std::printf("%6d %9.1f %9.1f %9.1f %9.1f %7.1f %6.0f %8.0f %7d\n", minute, u.rssMiB, u.anonMiB,
                        u.fileMiB, u.heapMiB, u.sqliteMiB, u.fds, u.threads,
                        nemesis.crashes + nemesis.pauses + nemesis.slowLinks);
            std::fflush(stdout);
        }
        nemesis.undo();

        // The first minute after the warm-up.
        const Usage &reference = minutes[static_cast<std::size_t>(options.warmup)];
        Usage largest = reference;
        for (std::size_t i = static_cast<std::size_t>(options.warmup); i < minutes.size(); ++i) {
            largest.rssMiB = std::max(largest.rssMiB, minutes[i].rssMiB);
            largest.heapMiB = std::max(largest.heapMiB, minutes[i].heapMiB);
            largest.sqliteMiB = std::max(largest.sqliteMiB, minutes[i].sqliteMiB);
            largest.fds = std::max(largest.fds, minutes[i].fds);
            largest.threads = std::max(largest.threads, minutes[i].threads);
        }
        bench::printHeader();
        bench::printRow("faults: crashes, pauses, slow links", std::to_string(nemesis.crashes) + ", " +
                                                                   std::to_string(nemesis.pauses) + ", " +
                                                                   std::to_string(nemesis.slowLinks));
        const auto row = [&](const char *figure, double ref, double big, const char *unit, int decimals) {
            const double growth = growthPercent(ref, big);
            bench::printRow(std::string(figure) + " after warm-up, then largest",
                            bench::formatNumber(ref, unit, decimals) + " -> " +
                                bench::formatNumber(big, "", decimals));
            bench::printRow(std::string(figure) + " growth", bench::formatNumber(growth, "%", 1), growth,
                            bench::Target{bench::Target::Kind::AtMost, 5.0}, "<= +5 %");
        };
        row("resident memory", reference.rssMiB, largest.rssMiB, "MiB", 1);
        bench::printRow("heap in use after warm-up, then largest",
                        bench::formatNumber(reference.heapMiB, "MiB", 1) + " -> " +
                            bench::formatNumber(largest.heapMiB, "", 1));
        bench::printRow("SQLite's part after warm-up, then largest",
                        bench::formatNumber(reference.sqliteMiB, "MiB", 1) + " -> " +
                            bench::formatNumber(largest.sqliteMiB, "", 1));
        row("open file descriptors", reference.fds, largest.fds, "", 0);
        row("threads", reference.threads, largest.threads, "", 0);
        bots.stopAll();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_soak: %s\n", e.what());
        return 1;
    }
    return 0;
}
