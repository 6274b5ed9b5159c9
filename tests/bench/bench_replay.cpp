// Replay benchmark: how fast a Republisher copies a topic at full speed on an in-process
// cluster of 3 brokers, and how long an offset reset plan takes. Not a test (CTest does not
// run it): run it on demand after changing engine/replay, engine/client or the brokers.
//
//   bench_replay [--dir DIR] [--records N] [--quick]
//
// The cluster uses the default ClusterConfig; source and target topics have 6 partitions
// with replication factor 3; records carry ~10-byte keys, one header and 100-byte values.
// The source is filled first (N records, default 1,000,000), then copied into the target
// as fast as possible (acks=all), and the copy's records per second are compared with the
// target. --quick copies 100,000 records for a smoke run.

#include "bench_table.h"
#include "bench_workspace.h"
#include "client/partition_reader.h"
#include "client/producer.h"
#include "cluster/cluster.h"
#include "connection/embedded_connection.h"
#include "replay/offset_reset_plan.h"
#include "replay/republisher.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>

namespace fs = std::filesystem;
using es::Bytes;
using es::Cluster;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr int kPartitions = 6;
constexpr std::size_t kValueSize = 100;

struct Options {
    std::optional<fs::path> dir;
    std::int64_t records = 1'000'000;
};

[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

void progress(const char *what) { std::fprintf(stderr, "... %s\n", what); }

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.records = 100'000;
        } else if (arg == "--dir" && i + 1 < argc) {
            o.dir = fs::path(argv[++i]);
        } else if (arg == "--records" && i + 1 < argc) {
            char *end = nullptr;
            o.records = std::strtoll(argv[++i], &end, 10);
            if (*end != '\0' || o.records < 1) {
                std::fprintf(stderr, "bench_replay: --records needs a positive number\n");
                std::exit(2);
            }
        } else {
            std::printf("usage: bench_replay [--dir DIR] [--records N] [--quick]\n"
                        "  --dir DIR    put the cluster's data in DIR (default: a fresh temporary folder)\n"
                        "  --records N  records to copy (default 1,000,000)\n"
                        "  --quick      copy 100,000 records, for a smoke run\n");
            std::exit(arg == "--help" || arg == "-h" ? 0 : 2);
        }
    }
    return o;
}

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

void createTopic(Cluster &cluster, const std::string &name)
{
    es::CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = kPartitions;
    spec.replicationFactor = 3;
    if (const es::AdminResult r = cluster.createTopic(spec); !r.ok())
        die("creating topic " + name + ": " + r.message);
    if (!cluster.waitUntilReady(std::chrono::seconds(20)))
        die(name + " has no leaders after 20 s");
}

Bytes keyFor(std::int64_t n)
{
    const std::string s = "key" + std::to_string(n % 10'000'000);
    return Bytes(s.begin(), s.end());
}

// Fills `topic` with `count` records as fast as acks=all allows; returns records/s.
double fill(Cluster &cluster, const std::string &topic, std::int64_t count)
{
    es::ProducerConfig config;
    config.lingerMs = 5;
    config.batchBytes = 256 * 1024;
    es::Producer producer(cluster, config);
    std::atomic<std::int64_t> acked{0};
    std::atomic<std::int64_t> failed{0};
    const Bytes value(kValueSize, 0x5a);
    const auto start = SteadyClock::now();
    for (std::int64_t i = 0; i < count; ++i) {
        while (i - acked.load(std::memory_order_acquire) >= 200'000)
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        es::ProducerRecord r;
        r.topic = topic;
        r.key = keyFor(i);
        r.value = value;
        r.headers.push_back({"source", Bytes{'b', 'e', 'n', 'c', 'h'}});
        producer.send(std::move(r), [&acked, &failed](const es::DeliveryReport &report) {
            if (!report.ok())
                failed.fetch_add(1);
            acked.fetch_add(1, std::memory_order_release);
        });
    }
    if (!producer.flush(std::chrono::seconds(120)))
        die("filling " + topic + " did not finish");
    if (failed.load() > 0)
        die(std::to_string(failed.load()) + " records failed while filling " + topic);
    return static_cast<double>(count) / secondsSince(start);
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    int status = 0;
    try {
        es::bench::Workspace workspace(options.dir);
        es::ClusterConfig config;
        config.dataDir = workspace.folder("replay");
        config.brokers = 3;
        progress("starting a cluster of 3 brokers");
        auto created = Cluster::create(config);
        if (!created)
            die("creating the cluster: " + created.status().toString());
        std::unique_ptr<Cluster> cluster = std::move(*created);
        if (const es::Status s = cluster->start(); !s.isOk())
            die("starting the cluster: " + s.toString());
        if (!cluster->waitUntilReady(std::chrono::seconds(20)))
            die("the cluster did not become ready within 20 s");
        createTopic(*cluster, "source");
        createTopic(*cluster, "target");

        progress("filling the source topic");
        const double fillRate = fill(*cluster, "source", options.records);

        progress("re-publishing at full speed");
        es::RepublishRequest request;
        request.sourceTopic = "source";
        request.targetTopic = "target";
        const auto start = SteadyClock::now();
        es::EmbeddedConnection connection(*cluster);
        auto job = es::Republisher::start(connection, request);
        if (!job)
            die("starting the copy: " + job.status().message());
        while (!(*job)->progress().finished())
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const double seconds = secondsSince(start);
        const es::RepublishProgress done = (*job)->progress();
        if (done.state != es::RepublishState::Done)
            die("the copy stopped: " + done.error);
        if (done.copied != options.records)
            die("the copy wrote " + std::to_string(done.copied) + " of " + std::to_string(options.records) +
                " records");
        const double rate = static_cast<double>(done.copied) / seconds;

        progress("planning an offset reset");
        const auto planStart = SteadyClock::now();
        es::PartitionReader reader(*cluster);
        auto plan = es::planOffsetReset(connection, reader,
                                        {"bench-group", es::OffsetResetMode::ToTimestamp, 0, "target", {}});
        const double planMs = secondsSince(planStart) * 1000;
        if (!plan)
            die("planning a reset: " + plan.status().message());

        using es::bench::Target;
        es::bench::printHeader();
        char label[96];
        std::snprintf(label, sizeof label, "re-publish at full speed (%lld records)",
                      static_cast<long long>(done.copied));
        es::bench::printRow(label, es::bench::formatRate(rate), rate, Target{Target::Kind::AtLeast, 300'000},
                            ">= 0.30 M/s");
        es::bench::printRow("re-publish, seconds to the last acknowledgement",
                            es::bench::formatNumber(seconds, "s", 2));
        es::bench::printRow("filling the source first (acks=all produce)", es::bench::formatRate(fillRate));
        es::bench::printRow("offset reset plan to a timestamp (6 partitions)",
                            es::bench::formatNumber(planMs, "ms", 1), planMs,
                            Target{Target::Kind::AtMost, 1000}, "<= 1000 ms");
        job->reset();
        cluster->stop();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_replay: %s\n", e.what());
        status = 1;
    }
    return status;
}
