// Message-browsing benchmark: how fast RecordSearch scans a topic with each kind of filter,
// how fast the Messages view's pages read it, and how fast RecordExport writes it to JSON
// Lines and CSV (and RecordFileReader reads it back); then the scans and the browse again
// through a RemoteConnection (librdkafka) to the same cluster over loopback TCP. Not a test
// (CTest does not run it): run it on demand, e.g. after changing engine/browse, the fetch
// path or engine/remote, on a Release-like build.
//
//   bench_browse [--dir DIR] [--records N] [--threads N] [--figures all|embedded|remote]
//
// One cluster of 3 brokers (default ClusterConfig) listening on loopback ports, a topic of 6
// partitions with replication factor 3, filled with N records (default 2,000,000) of
// 100-byte JSON values (browse_figures.h) through several producers with big batches. Each
// scan reads the whole topic (from the log start to the high watermark) with RecordSearch
// on --threads reader threads (default: the search's own default, 4 for 6 partitions).

#include "bench_table.h"
#include "bench_workspace.h"
#include "browse/record_export.h"
#include "browse/record_file.h"
#include "browse_figures.h"
#include "common/logging.h"
#include "connection/embedded_connection.h"
#include "loopback_ports.h"
#include "remote/remote_connection.h"
#include "server/listeners.h"

#include <librdkafka/rdkafka.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>

namespace fs = std::filesystem;
using es::Cluster;

namespace {

using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;
using es::bench::browse::check;
using es::bench::browse::die;
using es::bench::browse::kTopic;
using es::bench::browse::progress;
using es::bench::browse::secondsSince;
using es::bench::browse::SteadyClock;
using es::bench::browse::valueCondition;

constexpr int kBrokers = 3;
constexpr int kReplicationFactor = 3;
// Below Linux's ephemeral range, and apart from bench_remote_scale's brokers.
constexpr int kFirstPort = 22000;

struct Options {
    std::optional<fs::path> dir;
    std::int64_t records = 2'000'000;
    std::size_t threads = 0;
    bool embedded = true; // the figures through the embedded connection
    bool remote = true;   // the figures through a remote connection
};

void printUsage()
{
    std::printf(
        "usage: bench_browse [--dir DIR] [--records N] [--threads N] [--figures all|embedded|remote]\n"
        "  --dir DIR      put the cluster's data and the export files in DIR (default: a fresh\n"
        "                 temporary folder, removed at the end)\n"
        "  --records N    records in the topic (default 2000000)\n"
        "  --threads N    reader threads of each search (default: the search's default)\n"
        "  --figures F    read through the embedded connection, a remote one (librdkafka over\n"
        "                 loopback TCP), or both (default all)\n");
}

std::int64_t positiveArg(const char *text, const char *name)
{
    char *end = nullptr;
    const long long n = std::strtoll(text, &end, 10);
    if (*end != '\0' || n < 1) {
        std::fprintf(stderr, "bench_browse: %s needs a positive number\n", name);
        std::exit(2);
    }
    return n;
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--dir" && i + 1 < argc) {
            o.dir = fs::path(argv[++i]);
        } else if (arg == "--records" && i + 1 < argc) {
            o.records = positiveArg(argv[++i], "--records");
        } else if (arg == "--threads" && i + 1 < argc) {
            o.threads = static_cast<std::size_t>(positiveArg(argv[++i], "--threads"));
        } else if (arg == "--figures" && i + 1 < argc) {
            const std::string_view figures = argv[++i];
            if (figures != "all" && figures != "embedded" && figures != "remote") {
                printUsage();
                std::exit(2);
            }
            o.embedded = figures != "remote";
            o.remote = figures != "embedded";
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

void exportFigure(es::Connection &connection, const Options &options, es::bench::Workspace &workspace,
                  es::RecordFileFormat format)
{
    const bool csv = format == es::RecordFileFormat::Csv;
    const fs::path folder = workspace.folder(csv ? "export-csv" : "export-jsonl");
    fs::create_directories(folder);
    es::RecordExportSpec spec;
    spec.topic = std::string(kTopic);
    spec.path = (folder / (csv ? "orders.csv" : "orders.jsonl")).string();
    spec.format = format;
    progress(std::string("exporting to ") + (csv ? "CSV" : "JSON Lines"));
    const auto start = SteadyClock::now();
    auto job = es::RecordExport::start(connection, spec);
    check(job.status(), "starting an export");
    if (!(*job)->waitUntilDone(std::chrono::minutes(10)))
        die("an export did not finish within 10 minutes");
    const double seconds = secondsSince(start);
    const auto p = (*job)->progress();
    check(p.error, "exporting");
    if (p.writtenRecords != static_cast<std::uint64_t>(options.records))
        die("exported " + std::to_string(p.writtenRecords) + " of " + std::to_string(options.records));
    const double rate = static_cast<double>(p.writtenRecords) / seconds;
    const std::string name = csv ? "export to CSV" : "export to JSON Lines";
    if (csv)
        printRow(name, formatRate(rate));
    else
        printRow(name, formatRate(rate), rate, Target{Target::Kind::AtLeast, 200'000}, ">= 0.20 M/s");
    printRow("  file size", formatNumber(static_cast<double>(p.bytesWritten) / 1e6, "MB", 0) + " in " +
                                formatNumber(seconds, "s", 2));

    progress(std::string("importing the ") + (csv ? "CSV" : "JSON Lines") + " file");
    const auto readStart = SteadyClock::now();
    auto reader = es::RecordFileReader::open(spec.path, format);
    check(reader.status(), "opening the export");
    es::FileRecord record;
    std::int64_t n = 0;
    while ((*reader)->next(record))
        ++n;
    check((*reader)->status(), "reading the export");
    if (n != options.records)
        die("read back " + std::to_string(n) + " of " + std::to_string(options.records));
    printRow(csv ? "import from CSV" : "import from JSON Lines",
             formatRate(static_cast<double>(n) / secondsSince(readStart)));
    fs::remove(spec.path);
}

void embeddedFigures(Cluster &cluster, const Options &options, es::bench::Workspace &workspace)
{
    using es::MatchKind;
    using es::bench::browse::scanFigure;
    es::EmbeddedConnection connection(cluster);
    const es::bench::browse::Run run{connection, options.records};
    const std::size_t t = options.threads;
    scanFigure(run, "scan, substring \"{\" (every value matches)", valueCondition(MatchKind::Contains, "{"),
               std::nullopt, t);
    scanFigure(run, "scan, substring \"c-04711\"", valueCondition(MatchKind::Contains, "c-04711"), 1e6, t);
    scanFigure(run, "scan, substring, case-insensitive",
               valueCondition(MatchKind::Contains, "\"STATUS\":\"failed\"", true), std::nullopt, t);
    scanFigure(run, R"(scan, regex "c-047\d\d","status":"FAILED")",
               valueCondition(MatchKind::Regex, R"(c-047\d\d","status":"FAILED")"), 1e6, t);
    scanFigure(run, R"(scan, regex, 1 thread)",
               valueCondition(MatchKind::Regex, R"(c-047\d\d","status":"FAILED")"), std::nullopt, 1);
    scanFigure(run, R"(scan, regex "amount":9\d\.\d+ (literal prefilter))",
               valueCondition(MatchKind::Regex, R"("amount":9\d\.\d+)"), std::nullopt, t);
    scanFigure(run, R"(scan, regex [A-Z]{6}" (std::regex on every value))",
               valueCondition(MatchKind::Regex, R"([A-Z]{6}")"), std::nullopt, t);
    scanFigure(run, "scan, JSON path customer == c-04711",
               valueCondition(MatchKind::JsonEquals, "c-04711", false, "customer"), std::nullopt, t);
    es::bench::browse::browseFigure(run, "browse in pages (2 loader threads)", std::nullopt);
    exportFigure(connection, options, workspace, es::RecordFileFormat::JsonLines);
    exportFigure(connection, options, workspace, es::RecordFileFormat::Csv);
}

// A remote connection to `cluster` through its first broker's listener, once it knows kTopic.
std::unique_ptr<es::RemoteConnection> openRemote(const Cluster &cluster, const fs::path &catalog)
{
    es::RemoteSettings settings;
    settings.name = "bench";
    settings.bootstrapServers = "127.0.0.1:" + std::to_string(cluster.config().basePort);
    auto opened = es::RemoteConnection::open(settings, catalog);
    check(opened.status(), "opening the remote connection");
    std::unique_ptr<es::RemoteConnection> connection = std::move(*opened);
    const auto start = SteadyClock::now();
    while (!connection->partitionCount(std::string(kTopic))) {
        if (secondsSince(start) > 30)
            die("the remote connection did not see the topic within 30 s: " + connection->problem());
        connection->refresh();
    }
    return connection;
}

// The issue's figure: browsing and searching through librdkafka from loopback, at least
// 1 million records/s.
void remoteFigures(Cluster &cluster, const Options &options, es::bench::Workspace &workspace)
{
    using es::MatchKind;
    using es::bench::browse::scanFigure;
    progress("opening a remote connection (librdkafka " + std::string(rd_kafka_version_str()) + ")");
    const std::unique_ptr<es::RemoteConnection> connection =
        openRemote(cluster, workspace.folder("remote") / "catalog.db");
    const es::bench::browse::Run run{*connection, options.records};
    const std::size_t t = options.threads;
    scanFigure(run, "remote scan, substring \"{\" (every value matches)",
               valueCondition(MatchKind::Contains, "{"), std::nullopt, t);
    scanFigure(run, "remote scan, substring \"c-04711\"", valueCondition(MatchKind::Contains, "c-04711"), 1e6,
               t);
    scanFigure(run, "remote scan, JSON path customer == c-04711",
               valueCondition(MatchKind::JsonEquals, "c-04711", false, "customer"), std::nullopt, t);
    es::bench::browse::browseFigure(run, "remote browse in pages (2 loader threads)", 1e6);
}

std::unique_ptr<Cluster> startCluster(es::bench::Workspace &workspace)
{
    es::ClusterConfig config;
    config.dataDir = workspace.folder("cluster");
    config.brokers = kBrokers;
    const std::optional<int> port = es::bench::freeLoopbackPortRun(kFirstPort, kBrokers);
    if (!port)
        die("no " + std::to_string(kBrokers) + " consecutive loopback ports are free below 32768");
    config.basePort = *port;
    auto created = Cluster::create(config);
    check(created.status(), "creating a cluster");
    std::unique_ptr<Cluster> cluster = std::move(*created);
    es::server::installListeners(*cluster);
    check(cluster->start(), "starting the cluster");
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the cluster did not become ready within 20 s");
    es::CreateTopicSpec topic;
    topic.name = std::string(kTopic);
    topic.partitions = es::bench::browse::kPartitions;
    topic.replicationFactor = kReplicationFactor;
    const es::AdminResult made = cluster->createTopic(topic);
    if (!made.ok())
        die("creating the topic: " + made.message);
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the topic's partitions got no leader within 20 s");
    return cluster;
}

int benchmark(const Options &options)
{
    es::setLogLevel("warn");
    es::bench::Workspace workspace(options.dir);
    std::printf("Eventscope browse benchmark: %d brokers in-process, %d partitions, replication factor %d, "
                "%lld records of %zu-byte JSON values\n",
                kBrokers, es::bench::browse::kPartitions, kReplicationFactor,
                static_cast<long long>(options.records), es::bench::browse::kValueSize);
    std::printf("  CPUs %u, search threads %s, folder %s\n", std::thread::hardware_concurrency(),
                options.threads ? std::to_string(options.threads).c_str() : "default (4)",
                workspace.root().string().c_str());

    std::unique_ptr<Cluster> cluster = startCluster(workspace);
    if (options.remote)
        std::printf("  remote: librdkafka %s, bootstrap 127.0.0.1:%d\n", rd_kafka_version_str(),
                    cluster->config().basePort);
    progress("filling the topic");
    const auto fillStart = SteadyClock::now();
    es::bench::browse::fill(*cluster, options.records);
    const double fillSeconds = secondsSince(fillStart);

    printHeader();
    printRow("fill (3 producers, acks=all, 1 MiB batches)",
             formatRate(static_cast<double>(options.records) / fillSeconds));
    if (options.embedded)
        embeddedFigures(*cluster, options, workspace);
    if (options.remote)
        remoteFigures(*cluster, options, workspace);
    cluster->stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    try {
        return benchmark(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_browse: %s\n", e.what());
        return 1;
    }
}
