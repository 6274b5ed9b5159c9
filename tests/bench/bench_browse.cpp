// Message-browsing benchmark: how fast RecordSearch scans a topic with each kind of filter,
// and how fast RecordExport writes it to JSON Lines and CSV (and RecordFileReader reads it
// back). Not a test (CTest does not run it): run it on demand, e.g. after changing
// engine/browse or the fetch path, on a Release-like build.
//
//   bench_browse [--dir DIR] [--records N] [--threads N]
//
// One cluster of 3 brokers (default ClusterConfig), a topic of 6 partitions with replication
// factor 3, filled with N records (default 2,000,000) of 100-byte JSON values such as
//   {"order":1234567,"customer":"c-04711","status":"FAILED","amount":123.45,"pad":"xxxxxxxxx"}
// through several producers with big batches. Each figure scans the whole topic (from the log
// start to the high watermark) with RecordSearch on --threads reader threads (default: the
// search's own default, 4 for 6 partitions).

#include "bench_table.h"
#include "bench_workspace.h"
#include "browse/record_export.h"
#include "browse/record_file.h"
#include "browse/record_search.h"
#include "client/producer.h"
#include "cluster/cluster.h"
#include "common/logging.h"
#include "connection/embedded_connection.h"

#include <atomic>
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
#include <vector>

namespace fs = std::filesystem;
using es::Bytes;
using es::Cluster;

namespace {

using SteadyClock = std::chrono::steady_clock;
using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;

constexpr int kBrokers = 3;
constexpr int kPartitions = 6;
constexpr int kReplicationFactor = 3;
constexpr std::size_t kValueSize = 100;
constexpr int kProducers = 3;
const std::string kTopic = "orders";

struct Options {
    std::optional<fs::path> dir;
    std::int64_t records = 2'000'000;
    std::size_t threads = 0;
};

[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

void check(const es::Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
}

void printUsage()
{
    std::printf("usage: bench_browse [--dir DIR] [--records N] [--threads N]\n"
                "  --dir DIR      put the cluster's data and the export files in DIR (default: a fresh\n"
                "                 temporary folder, removed at the end)\n"
                "  --records N    records in the topic (default 2000000)\n"
                "  --threads N    reader threads of each search (default: the search's default)\n");
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

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

void progress(const std::string &what) { std::fprintf(stderr, "... %s\n", what.c_str()); }

// ---- Data ----

constexpr std::string_view kStatuses[] = {"NEW", "PAID", "SHIPPED", "FAILED"};

// A JSON value of exactly kValueSize bytes; record n has customer c-(n*7919 % 100000) and
// status n % 4, so a filter's matches are spread over the whole topic.
Bytes valueFor(std::int64_t n)
{
    char buf[160];
    const int len = std::snprintf(
        buf, sizeof buf, R"({"order":%lld,"customer":"c-%05lld","status":"%s","amount":%lld.%02lld,"pad":")",
        static_cast<long long>(1'000'000 + n % 9'000'000), static_cast<long long>(n * 7919 % 100'000),
        kStatuses[n % 4].data(), static_cast<long long>(n % 997), static_cast<long long>(n % 100));
    std::string value(buf, static_cast<std::size_t>(len));
    value.append(kValueSize - value.size() - 2, 'x');
    value += "\"}";
    return Bytes(value.begin(), value.end());
}

void fill(Cluster &cluster, std::int64_t records)
{
    std::atomic<std::int64_t> failed{0};
    std::vector<std::thread> producers;
    for (int p = 0; p < kProducers; ++p) {
        producers.emplace_back([&, p] {
            es::ProducerConfig config;
            config.acks = -1;
            config.batchBytes = 1 << 20;
            config.lingerMs = 10;
            es::Producer producer(cluster, config);
            std::atomic<std::int64_t> acked{0};
            std::int64_t sent = 0;
            for (std::int64_t n = p; n < records; n += kProducers) {
                // A window keeps memory bounded: the producer itself has no limit.
                while (sent - acked.load(std::memory_order_acquire) >= 200'000)
                    std::this_thread::sleep_for(std::chrono::microseconds(200));
                es::ProducerRecord record;
                record.topic = kTopic;
                record.partition = static_cast<std::int32_t>(n % kPartitions);
                const std::string key = "c-" + std::to_string(n * 7919 % 100'000);
                record.key = Bytes(key.begin(), key.end());
                record.value = valueFor(n);
                producer.send(std::move(record), [&](const es::DeliveryReport &r) {
                    if (!r.ok())
                        failed.fetch_add(1);
                    acked.fetch_add(1, std::memory_order_release);
                });
                ++sent;
            }
            if (!producer.flush(std::chrono::seconds(120)))
                failed.fetch_add(1);
        });
    }
    for (auto &t : producers)
        t.join();
    if (failed.load() > 0)
        die(std::to_string(failed.load()) + " records failed to produce");
}

// ---- Figures ----

struct ScanResult {
    double seconds = 0;
    std::uint64_t scanned = 0;
    std::uint64_t matched = 0;
};

ScanResult scan(Cluster &cluster, const es::RecordFilter &filter, std::size_t threads)
{
    es::RecordSearchSpec spec;
    spec.topic = kTopic;
    spec.filter = filter;
    spec.threads = threads;
    const auto start = SteadyClock::now();
    es::EmbeddedConnection connection(cluster);
    auto search = es::RecordSearch::start(connection, spec);
    check(search.status(), "starting a search");
    if (!(*search)->waitUntilDone(std::chrono::minutes(10)))
        die("a search did not finish within 10 minutes");
    ScanResult r;
    r.seconds = secondsSince(start);
    const auto p = (*search)->progress();
    check(p.error, "searching");
    for (const auto &part : p.partitions)
        if (!part.error.empty())
            die("searching partition " + std::to_string(part.partition) + ": " + part.error);
    r.scanned = p.scannedRecords;
    r.matched = p.matchedRecords;
    return r;
}

es::FilterCondition valueCondition(es::MatchKind kind, std::string pattern, bool icase = false,
                                   std::string path = {})
{
    es::FilterCondition c;
    c.target = es::FilterTarget::Value;
    c.kind = kind;
    c.pattern = std::move(pattern);
    c.caseInsensitive = icase;
    c.jsonPath = std::move(path);
    return c;
}

void scanFigure(Cluster &cluster, const Options &options, const std::string &label,
                es::FilterCondition condition, std::optional<double> target, std::size_t threads)
{
    es::RecordFilter filter;
    filter.conditions.push_back(std::move(condition));
    progress("scanning: " + label);
    const ScanResult r = scan(cluster, filter, threads);
    if (r.scanned != static_cast<std::uint64_t>(options.records))
        die(label + ": scanned " + std::to_string(r.scanned) + " of " + std::to_string(options.records));
    const double rate = static_cast<double>(r.scanned) / r.seconds;
    const std::string measured = formatRate(rate);
    if (target)
        printRow(label, measured, rate, Target{Target::Kind::AtLeast, *target},
                 ">= " + formatNumber(*target / 1e6, "M/s", 2));
    else
        printRow(label, measured);
    printRow("  matched", std::to_string(r.matched) + " in " + formatNumber(r.seconds, "s", 2));
}

void exportFigure(Cluster &cluster, const Options &options, es::bench::Workspace &workspace,
                  es::RecordFileFormat format)
{
    const bool csv = format == es::RecordFileFormat::Csv;
    const fs::path folder = workspace.folder(csv ? "export-csv" : "export-jsonl");
    fs::create_directories(folder);
    es::RecordExportSpec spec;
    spec.topic = kTopic;
    spec.path = (folder / (csv ? "orders.csv" : "orders.jsonl")).string();
    spec.format = format;
    progress(std::string("exporting to ") + (csv ? "CSV" : "JSON Lines"));
    const auto start = SteadyClock::now();
    es::EmbeddedConnection connection(cluster);
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

int run(const Options &options)
{
    es::setLogLevel("warn");
    es::bench::Workspace workspace(options.dir);
    std::printf("Eventscope browse benchmark: %d brokers in-process, %d partitions, replication factor %d, "
                "%lld records of %zu-byte JSON values\n",
                kBrokers, kPartitions, kReplicationFactor, static_cast<long long>(options.records),
                kValueSize);
    std::printf("  CPUs %u, search threads %s, folder %s\n", std::thread::hardware_concurrency(),
                options.threads ? std::to_string(options.threads).c_str() : "default (4)",
                workspace.root().string().c_str());

    es::ClusterConfig config;
    config.dataDir = workspace.folder("cluster");
    config.brokers = kBrokers;
    auto created = Cluster::create(config);
    check(created.status(), "creating a cluster");
    std::unique_ptr<Cluster> cluster = std::move(*created);
    check(cluster->start(), "starting the cluster");
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the cluster did not become ready within 20 s");
    es::CreateTopicSpec topic;
    topic.name = kTopic;
    topic.partitions = kPartitions;
    topic.replicationFactor = kReplicationFactor;
    const es::AdminResult made = cluster->createTopic(topic);
    if (!made.ok())
        die("creating the topic: " + made.message);
    if (!cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the topic's partitions got no leader within 20 s");

    progress("filling the topic");
    const auto fillStart = SteadyClock::now();
    fill(*cluster, options.records);
    const double fillSeconds = secondsSince(fillStart);

    printHeader();
    printRow("fill (3 producers, acks=all, 1 MiB batches)",
             formatRate(static_cast<double>(options.records) / fillSeconds));
    const std::size_t t = options.threads;
    scanFigure(*cluster, options, "scan, substring \"{\" (every value matches)",
               valueCondition(es::MatchKind::Contains, "{"), std::nullopt, t);
    scanFigure(*cluster, options, "scan, substring \"c-04711\"",
               valueCondition(es::MatchKind::Contains, "c-04711"), 1e6, t);
    scanFigure(*cluster, options, "scan, substring, case-insensitive",
               valueCondition(es::MatchKind::Contains, "\"STATUS\":\"failed\"", true), std::nullopt, t);
    scanFigure(*cluster, options, R"(scan, regex "c-047\d\d","status":"FAILED")",
               valueCondition(es::MatchKind::Regex, R"(c-047\d\d","status":"FAILED")"), 1e6, t);
    scanFigure(*cluster, options, R"(scan, regex, 1 thread)",
               valueCondition(es::MatchKind::Regex, R"(c-047\d\d","status":"FAILED")"), std::nullopt, 1);
    scanFigure(*cluster, options, R"(scan, regex "amount":9\d\.\d+ (literal prefilter))",
               valueCondition(es::MatchKind::Regex, R"("amount":9\d\.\d+)"), std::nullopt, t);
    scanFigure(*cluster, options, R"(scan, regex [A-Z]{6}" (std::regex on every value))",
               valueCondition(es::MatchKind::Regex, R"([A-Z]{6}")"), std::nullopt, t);
    scanFigure(*cluster, options, "scan, JSON path customer == c-04711",
               valueCondition(es::MatchKind::JsonEquals, "c-04711", false, "customer"), std::nullopt, t);
    exportFigure(*cluster, options, workspace, es::RecordFileFormat::JsonLines);
    exportFigure(*cluster, options, workspace, es::RecordFileFormat::Csv);
    cluster->stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_browse: %s\n", e.what());
        return 1;
    }
}
