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
//     assignment.
// --quick shortens every run and, for the last two figures, uses the test fixture's short
// timeouts (the targets follow the timeouts, so they still mean the same).

#include "bench_table.h"
#include "bench_workspace.h"
#include "client/consumer.h"
#include "client/producer.h"
#include "cluster/cluster.h"
#include "cluster/topic_name.h"
#include "common/logging.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <limits>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using es::Bytes;
using es::Cluster;
using es::ClusterConfig;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr int kBrokers = 3;
constexpr int kPartitions = 6;
constexpr int kReplicationFactor = 3;
constexpr std::size_t kValueSize = 100;
constexpr int kKeySpace = 10000000;

struct Options {
    std::optional<fs::path> dir;
    bool quick = false;
    std::optional<std::int64_t> records;
    std::string only; // one figure's name, or "" for all
};

constexpr std::array<std::string_view, 4> kFigures{"throughput", "latency", "failover", "group"};

// How long each figure runs; --quick shrinks everything for a smoke run.
struct Sizes {
    double throughputSeconds = 8.0;
    double latencySeconds = 10.0;
    double latencyWarmupSeconds = 0.5;
    double failoverSteadySeconds = 1.0;
    bool fastTimeouts = false;
};

// Stops the run; main() reports it after the workspace has been cleaned up.
[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

void check(const es::Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
}

void printUsage()
{
    std::printf("usage: bench_cluster [--dir DIR] [--quick] [--records N] [--only FIGURE]\n"
                "  --dir DIR      put the clusters' data in DIR (default: a fresh temporary folder,\n"
                "                 removed at the end)\n"
                "  --quick        short runs and short timeouts for a smoke run (a few seconds)\n"
                "  --records N    records for the throughput figure (default: as many as 8 s allow)\n"
                "  --only FIGURE  run one figure: throughput, latency, failover or group\n");
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
                std::fprintf(stderr, "bench_cluster: --only takes throughput, latency, failover or group\n");
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

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

std::int64_t nanosNow() { return SteadyClock::now().time_since_epoch().count(); }

// ---- The table ----

using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;

void progress(const char *what) { std::fprintf(stderr, "... %s\n", what); }

// ---- Data ----

// "key" and 7 digits, written by hand: the throughput figure makes millions of them.
Bytes keyFor(std::int64_t n)
{
    Bytes key{'k', 'e', 'y', '0', '0', '0', '0', '0', '0', '0'};
    for (std::int64_t i = 9, v = n % kKeySpace; v > 0; --i, v /= 10)
        key[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>('0' + v % 10);
    return key;
}

// A 100-byte value whose first 8 bytes carry `stamp` (the consumer reads it back).
Bytes valueWithStamp(std::int64_t stamp)
{
    Bytes value(kValueSize, 0x5a);
    std::memcpy(value.data(), &stamp, sizeof stamp);
    return value;
}

std::optional<std::int64_t> stampOf(const es::ConsumerRecord &r)
{
    std::int64_t stamp = 0;
    if (!r.value || r.value->size() < sizeof stamp)
        return std::nullopt;
    std::memcpy(&stamp, r.value->data(), sizeof stamp);
    return stamp;
}

// ---- Clusters ----

using es::bench::Workspace;

ClusterConfig defaultConfig(const fs::path &dir)
{
    ClusterConfig c;
    c.dataDir = dir;
    c.brokers = kBrokers;
    return c;
}

// The test fixture's timeouts (tests/cluster/cluster_fixture.h), for --quick.
void useFastTimeouts(ClusterConfig &c)
{
    c.brokerHeartbeatMs = 50;
    c.brokerSessionTimeoutMs = 600;
    c.replicaLagTimeMaxMs = 800;
    c.replicaFetchWaitMaxMs = 200;
    c.groupInitialRebalanceDelayMs = 300;
    c.groupMinSessionTimeoutMs = 100;
}

// A started cluster with every partition led, stopped (cleanly) when it goes away.
class RunningCluster {
public:
    explicit RunningCluster(const ClusterConfig &config)
    {
        auto created = Cluster::create(config);
        check(created.status(), "creating a cluster");
        m_cluster = std::move(*created);
        check(m_cluster->start(), "starting the cluster");
        waitUntilReady();
    }
    ~RunningCluster() { m_cluster->stop(); }
    RunningCluster(const RunningCluster &) = delete;
    RunningCluster &operator=(const RunningCluster &) = delete;

    Cluster &operator*() { return *m_cluster; }
    Cluster *operator->() { return m_cluster.get(); }

    void waitUntilReady()
    {
        if (!m_cluster->waitUntilReady(std::chrono::seconds(20)))
            die("the cluster did not become ready within 20 s");
    }

    // Waits until every broker has opened its replicas of `topic` (a coordinator serves the
    // groups of an offsets partition only once its broker has it), as the snapshots show.
    void waitUntilHosted(const std::string &topic)
    {
        const auto start = SteadyClock::now();
        const auto hosted = [&] {
            const auto snap = m_cluster->snapshot();
            for (const auto &t : snap ? snap->topics : std::vector<es::TopicSnapshot>{})
                if (t.name == topic)
                    return std::all_of(t.partitions.begin(), t.partitions.end(), [](const auto &p) {
                        return std::all_of(p.replicas.begin(), p.replicas.end(),
                                           [](const auto &r) { return r.logEndOffset >= 0; });
                    });
            return false;
        };
        while (!hosted()) {
            if (secondsSince(start) > 20)
                die("the brokers did not open " + topic + " within 20 s");
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    }

    // Creates the topic and waits until every partition has a leader.
    std::vector<es::TopicPartition> createTopic(const std::string &name)
    {
        es::CreateTopicSpec spec;
        spec.name = name;
        spec.partitions = kPartitions;
        spec.replicationFactor = kReplicationFactor;
        const es::AdminResult r = m_cluster->createTopic(spec);
        if (!r.ok())
            die("creating topic " + name + ": " + r.message);
        waitUntilReady();
        std::vector<es::TopicPartition> out;
        for (int p = 0; p < kPartitions; ++p)
            out.push_back({name, p});
        return out;
    }

private:
    std::unique_ptr<Cluster> m_cluster;
};

// ---- Figures ----

// 1. acks=all throughput: one producer, keyed records, as many in flight as the window
// allows (the producer itself has no memory bound, so the benchmark keeps one).
void benchmarkThroughput(Workspace &workspace, const Options &options, const Sizes &sizes)
{
    progress("throughput: starting a cluster");
    RunningCluster cluster(defaultConfig(workspace.folder("throughput")));
    const std::string topic = "throughput";
    cluster.createTopic(topic);

    // Declared before the producer: its callbacks use it until the producer is gone.
    struct Counters {
        std::atomic<std::int64_t> acked{0};
        std::atomic<std::int64_t> failed{0};
    } counters;

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.batchBytes = 256 * 1024;
    pc.lingerMs = 5;
    es::Producer producer(*cluster, pc);
    auto *c = &counters;
    const es::Producer::Callback onAck = [c](const es::DeliveryReport &r) {
        if (!r.ok())
            c->failed.fetch_add(1, std::memory_order_relaxed);
        c->acked.fetch_add(1, std::memory_order_release);
    };
    constexpr std::int64_t kWindow = 200000; // records sent but not yet acknowledged

    const Bytes value = valueWithStamp(0);
    const std::int64_t limit = options.records.value_or(std::numeric_limits<std::int64_t>::max());
    progress("throughput: producing");
    const auto start = SteadyClock::now();
    std::int64_t sent = 0;
    while (sent < limit) {
        if ((sent & 1023) == 0 && !options.records && secondsSince(start) > sizes.throughputSeconds)
            break;
        while (sent - counters.acked.load(std::memory_order_acquire) >= kWindow)
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        es::ProducerRecord record;
        record.topic = topic;
        record.key = keyFor(sent);
        record.value = value;
        producer.send(std::move(record), onAck);
        ++sent;
    }
    if (!producer.flush(std::chrono::seconds(60)))
        die("the producer did not finish within 60 s of the last send");
    const double seconds = secondsSince(start);
    if (counters.failed.load() > 0)
        die(std::to_string(counters.failed.load()) + " of " + std::to_string(sent) + " records failed");

    const double rate = static_cast<double>(sent) / seconds;
    char label[80];
    std::snprintf(label, sizeof label, "acks=all produce (batch %zu KiB, linger %d ms)", pc.batchBytes / 1024,
                  pc.lingerMs);
    printRow(label, formatRate(rate), rate, Target{Target::Kind::AtLeast, 1e6}, ">= 1.00 M/s");
    printRow("acks=all produce, values", formatNumber(rate * kValueSize / 1e6, "MB/s", 0));
    printRow("acks=all produce, records and seconds",
             std::to_string(sent) + " in " + formatNumber(seconds, "s", 2));
}

struct LatencySummary {
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

LatencySummary summarise(std::vector<double> &samplesMs)
{
    if (samplesMs.empty())
        die("no latency samples");
    std::sort(samplesMs.begin(), samplesMs.end());
    const auto at = [&](double q) {
        return samplesMs[std::min(samplesMs.size() - 1, static_cast<std::size_t>(q * samplesMs.size()))];
    };
    return {at(0.5), at(0.99), samplesMs.back()};
}

// 2. produce-to-consume latency: a paced producer and a consumer of every partition with
// the default fetch settings (long polls that the append must wake).
void benchmarkLatency(Workspace &workspace, const Sizes &sizes)
{
    progress("latency: starting a cluster");
    RunningCluster cluster(defaultConfig(workspace.folder("latency")));
    const std::string topic = "latency";
    const auto partitions = cluster.createTopic(topic);

    es::Consumer consumer(*cluster);
    consumer.assign(partitions);
    const auto positioned = SteadyClock::now();
    while (std::any_of(partitions.begin(), partitions.end(),
                       [&](const es::TopicPartition &tp) { return !consumer.position(tp); })) {
        if (secondsSince(positioned) > 10)
            die("the consumer found no positions within 10 s");
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.lingerMs = 0;
    es::Producer producer(*cluster, pc);

    constexpr double kRate = 10000;
    const auto start = SteadyClock::now();
    const std::int64_t warmupEnd = nanosNow() + static_cast<std::int64_t>(sizes.latencyWarmupSeconds * 1e9);
    std::atomic<std::int64_t> sent{0};
    std::atomic<bool> sending{true};
    std::vector<double> samplesMs;
    std::int64_t received = 0;
    std::int64_t unstamped = 0;
    // Joined below; an exception on this thread's way out stops it through its token.
    std::jthread reader([&](const std::stop_token &stop) {
        const auto idleLimit = std::chrono::seconds(5);
        auto lastRecord = SteadyClock::now();
        while (!stop.stop_requested() && (sending.load() || received < sent.load())) {
            auto records = consumer.poll(std::chrono::milliseconds(100));
            const std::int64_t now = nanosNow();
            for (const auto &r : records) {
                const std::optional<std::int64_t> stamp = stampOf(r);
                if (!stamp)
                    ++unstamped;
                else if (*stamp >= warmupEnd)
                    samplesMs.push_back(static_cast<double>(now - *stamp) / 1e6);
            }
            received += static_cast<std::int64_t>(records.size());
            if (!records.empty())
                lastRecord = SteadyClock::now();
            else if (!sending.load() && SteadyClock::now() - lastRecord > idleLimit)
                break;
        }
    });

    progress("latency: producing at 10,000 records/s");
    std::int64_t n = 0;
    const double runSeconds = sizes.latencyWarmupSeconds + sizes.latencySeconds;
    for (;;) {
        const double elapsed = secondsSince(start);
        if (elapsed >= runSeconds)
            break;
        const auto due = static_cast<std::int64_t>(elapsed * kRate) + 1;
        for (; n < due; ++n) {
            es::ProducerRecord record;
            record.topic = topic;
            record.key = keyFor(n);
            record.value = valueWithStamp(nanosNow());
            producer.send(std::move(record));
            sent.fetch_add(1);
        }
        std::this_thread::sleep_until(start + std::chrono::duration<double>(static_cast<double>(n) / kRate));
    }
    sending = false;
    if (!producer.flush(std::chrono::seconds(30)))
        die("the latency producer did not finish within 30 s");
    reader.join();
    if (unstamped > 0)
        die(std::to_string(unstamped) + " records arrived without their send time");
    if (received != n)
        die("the consumer received " + std::to_string(received) + " of " + std::to_string(n) + " records");

    const LatencySummary s = summarise(samplesMs);
    printRow("produce -> consume at 10k/s, p50", formatNumber(s.p50Ms, "ms", 2), s.p50Ms,
             Target{Target::Kind::AtMost, 1}, "<= 1 ms");
    printRow("produce -> consume at 10k/s, p99", formatNumber(s.p99Ms, "ms", 2), s.p99Ms,
             Target{Target::Kind::AtMost, 5}, "<= 5 ms");
    printRow("produce -> consume at 10k/s, max", formatNumber(s.maxMs, "ms", 2));
    printRow("produce -> consume, records measured",
             std::to_string(samplesMs.size()) + " in " + formatNumber(sizes.latencySeconds, "s", 0));
}

// 3. failover: a steady producer to every partition; crash the leader of partition 0 and
// time how long until a record sent after the crash to that partition is acknowledged.
void benchmarkFailover(Workspace &workspace, const Sizes &sizes)
{
    progress("failover: starting a cluster");
    ClusterConfig config = defaultConfig(workspace.folder("failover"));
    if (sizes.fastTimeouts)
        useFastTimeouts(config);
    RunningCluster cluster(config);
    const std::string topic = "failover";
    cluster.createTopic(topic);

    // Per partition: when the first record sent after the crash was acknowledged (ns on
    // the steady clock, 0 until then). Written on the producer's thread only; declared
    // before the producer, whose callbacks use it until the producer is gone.
    struct State {
        std::atomic<std::int64_t> crashedAt{std::numeric_limits<std::int64_t>::max()};
        std::array<std::atomic<std::int64_t>, kPartitions> resumedAt{};
        std::atomic<std::int64_t> failed{0};
    } state;

    es::ProducerConfig pc;
    pc.acks = -1;
    pc.lingerMs = 0;
    es::Producer producer(*cluster, pc);

    constexpr double kRate = 3000; // records/s over all partitions, 500/s each
    // Stopped and joined when it goes out of scope, on an exception too.
    std::jthread sender([&](const std::stop_token &stop) {
        const auto start = SteadyClock::now();
        std::int64_t n = 0;
        while (!stop.stop_requested()) {
            const auto due = static_cast<std::int64_t>(secondsSince(start) * kRate) + 1;
            for (; n < due; ++n) {
                const auto partition = static_cast<std::int32_t>(n % kPartitions);
                const std::int64_t sentAt = nanosNow();
                es::ProducerRecord record;
                record.topic = topic;
                record.partition = partition;
                record.key = keyFor(n);
                record.value = valueWithStamp(sentAt);
                State *s = &state;
                producer.send(std::move(record), [s, sentAt, partition](const es::DeliveryReport &r) {
                    if (!r.ok()) {
                        s->failed.fetch_add(1);
                        return;
                    }
                    auto &resumed = s->resumedAt[static_cast<std::size_t>(partition)];
                    if (sentAt >= s->crashedAt.load() && resumed.load() == 0)
                        resumed.store(nanosNow());
                });
            }
            std::this_thread::sleep_until(start +
                                          std::chrono::duration<double>(static_cast<double>(n) / kRate));
        }
    });

    progress("failover: producing steadily");
    std::this_thread::sleep_for(std::chrono::duration<double>(sizes.failoverSteadySeconds));
    const es::TopicPartition victim{topic, 0};
    const std::int32_t leader = cluster->metadata()->partition(victim)->leader;
    std::vector<std::size_t> ledByVictim;
    {
        const auto image = cluster->metadata();
        for (int p = 0; p < kPartitions; ++p)
            if (image->partition({topic, p})->leader == leader)
                ledByVictim.push_back(static_cast<std::size_t>(p));
    }

    progress("failover: crashing the leader of partition 0");
    const auto crashed = SteadyClock::now();
    state.crashedAt = crashed.time_since_epoch().count();
    check(cluster->crashBroker(leader, false), "crashing the leader");

    // Watch the controller's metadata for the new leader while waiting for the producer.
    std::optional<SteadyClock::time_point> newLeaderAt;
    const double give = static_cast<double>(config.brokerSessionTimeoutMs) / 1000 + 10;
    while (secondsSince(crashed) < give) {
        if (!newLeaderAt) {
            const auto info = cluster->metadata()->partition(victim);
            if (info->leader >= 0 && info->leader != leader)
                newLeaderAt = SteadyClock::now();
        }
        const bool allResumed = std::all_of(ledByVictim.begin(), ledByVictim.end(),
                                            [&](std::size_t p) { return state.resumedAt[p].load() != 0; });
        if (allResumed && newLeaderAt)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    sender.request_stop();
    sender.join();
    if (!producer.flush(std::chrono::seconds(30)))
        die("the failover producer did not finish within 30 s");
    if (state.failed.load() > 0)
        die(std::to_string(state.failed.load()) + " records failed during the failover");

    const std::int64_t crashNs = crashed.time_since_epoch().count();
    const auto resumedMs = [&](std::size_t p) {
        const std::int64_t at = state.resumedAt[p].load();
        return at == 0 ? -1.0 : static_cast<double>(at - crashNs) / 1e6;
    };
    const double resumed = resumedMs(0);
    if (resumed < 0)
        die("producing to partition 0 did not resume within " + formatNumber(give, "s", 0));
    const double target = static_cast<double>(config.brokerSessionTimeoutMs) + 300;
    char label[80];
    std::snprintf(label, sizeof label, "failover: crash -> first ack (session %lld ms)",
                  static_cast<long long>(config.brokerSessionTimeoutMs));
    printRow(label, formatNumber(resumed, "ms", 0), resumed, Target{Target::Kind::AtMost, target},
             "<= " + formatNumber(target, "ms", 0));
    if (newLeaderAt)
        printRow("failover: crash -> new leader in metadata",
                 formatNumber(msBetween(crashed, *newLeaderAt), "ms", 0));
    double slowest = 0;
    for (std::size_t p : ledByVictim)
        slowest = std::max(slowest, resumedMs(p));
    printRow("failover: crash -> every partition it led resumed",
             formatNumber(slowest, "ms", 0) + " (" + std::to_string(ledByVictim.size()) + ")");
}

// 4. a consumer group of three: from the first subscribe() until all three members hold
// the same generation's assignment. The offsets topic exists beforehand and every broker
// has opened it, as on a cluster that has seen any group.
void benchmarkGroup(Workspace &workspace, const Sizes &sizes)
{
    progress("group: starting a cluster");
    ClusterConfig config = defaultConfig(workspace.folder("group"));
    if (sizes.fastTimeouts)
        useFastTimeouts(config);
    RunningCluster cluster(config);
    const std::string topic = "group-input";
    cluster.createTopic(topic);
    const es::AdminResult offsets = cluster->ensureOffsetsTopic();
    if (!offsets.ok())
        die("creating the offsets topic: " + offsets.message);
    cluster.waitUntilHosted(std::string(es::kConsumerOffsetsTopic));

    const std::string groupId = "bench-group";
    es::ConsumerConfig cc;
    cc.groupId = groupId;
    std::vector<std::unique_ptr<es::Consumer>> members;
    for (int i = 0; i < 3; ++i) {
        cc.clientId = "bench-member-" + std::to_string(i + 1);
        members.push_back(std::make_unique<es::Consumer>(*cluster, cc));
    }

    progress("group: three members subscribe");
    const auto start = SteadyClock::now();
    for (auto &m : members)
        m->subscribe({topic});
    const auto allSubscribed = SteadyClock::now();

    const double give = static_cast<double>(config.groupInitialRebalanceDelayMs) / 1000 + 20;
    std::optional<SteadyClock::time_point> stableAt;
    std::size_t assigned = 0;
    while (!stableAt && secondsSince(start) < give) {
        const std::int32_t generation = members.front()->generation();
        assigned = 0;
        bool same = generation > 0;
        for (auto &m : members) {
            same = same && m->generation() == generation;
            assigned += m->assignment().size();
        }
        if (same && assigned == static_cast<std::size_t>(kPartitions))
            stableAt = SteadyClock::now();
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!stableAt)
        die("the group did not settle within " + formatNumber(give, "s", 0) + " (" +
            std::to_string(assigned) + " partitions assigned)");
    const double ms = msBetween(start, *stableAt);
    const double target = static_cast<double>(config.groupInitialRebalanceDelayMs) + 200;
    char label[80];
    std::snprintf(label, sizeof label, "group of 3 stable (initial delay %lld ms)",
                  static_cast<long long>(config.groupInitialRebalanceDelayMs));
    printRow(label, formatNumber(ms, "ms", 0), ms, Target{Target::Kind::AtMost, target},
             "<= " + formatNumber(target, "ms", 0));
    // The coordinator completes the first join one initial delay after the last member
    // arrived; what is beyond that is the coordinator's and the clients' own time.
    printRow("group: beyond the initial delay",
             formatNumber(ms - static_cast<double>(config.groupInitialRebalanceDelayMs), "ms", 0));
    printRow("group: the three subscribe() calls took",
             formatNumber(msBetween(start, allSubscribed), "ms", 1));

    // The coordinator's own view, as the next snapshots show it.
    const auto seen = SteadyClock::now();
    std::string coordinatorView = "not within 2 s";
    while (secondsSince(seen) < 2) {
        const auto snap = cluster->snapshot();
        const es::GroupView *view = nullptr;
        if (snap)
            for (const auto &g : snap->groups)
                if (g.group.groupId == groupId)
                    view = &g;
        if (view && view->group.state == es::GroupState::Stable &&
            view->group.members.size() == members.size()) {
            coordinatorView = "generation " + std::to_string(view->group.generation);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    printRow("group: snapshot shows Stable with 3 members", coordinatorView);
    for (auto &m : members)
        m->close();
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = Sizes{1.5, 2.0, 0.2, 0.5, true};
    es::setLogLevel("warn");

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
