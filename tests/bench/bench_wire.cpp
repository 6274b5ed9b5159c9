// Wire benchmark: one librdkafka client (Debian's librdkafka, C API), the same code, against
// (a) Eventscope's headless cluster, spawned as a child process and reached over loopback,
// and (b) librdkafka's own in-memory mock cluster (rdkafka_mock.h), in the same run. Not
// a test (CTest does not run it): run it on demand after changing engine/server,
// engine/protocol or the produce and fetch paths.
//
//   bench_wire [--eventscope PATH] [--quick] [--records N] [--latency-seconds S] [--rounds R]
//              [--keyed-records N] [--only FIGURE]
//
// Without --eventscope the binary is looked for next to the benchmark and in the build
// tree's app/ folder. Both clusters have 3 brokers and a topic of 6 partitions with
// replication factor 3; values are 100 bytes, records have no key. The figures:
//   - produce with acks=all, as fast as the producer acknowledges (librdkafka defaults
//     otherwise): records/s from the first produce() to the end of flush();
//   - consume from the beginning: records/s from the first record polled to the last of
//     those the topic holds (default fetch settings, queued.min.messages raised: see
//     newConsumer()), and apart from it the time from
//     assign() to the first record; the mock keeps only the last few MB of a partition,
//     so it serves fewer records than were produced;
//   - end-to-end latency at 1,000 records/s with acks=all and linger.ms=0, the consumer
//     with its default fetch settings, so a fetch waiting for data must wake on append:
//     from produce() to consumer_poll(), the send time travelling in the value; the first
//     second is warm-up and not counted.
//   - keyed produce (wire_keyed.h): 1,000 keys, linger.ms 0 and 5, acks 1 and all, the
//     client on one core and the cluster on another (1,000,000 records each unless
//     --keyed-records): records/s, the cluster's CPU seconds per million records and the
//     machine's idle time.
// FIGURE for --only: produce (runs consume too, which reads what it wrote), latency or keyed.
// --quick: 200,000 records (50,000 keyed), 2 s of latency and one round, a smoke run.
//
// On a small machine the client and the cluster share the cores, and other work on the
// host moves single runs by a third either way. So the figures are measured in R rounds
// (3 unless told), each on fresh clusters, the mock first in odd rounds and eventscope
// first in even ones; the table gives the median round with every round listed below it,
// and latency percentiles over the samples of all rounds.

#include "bench_table.h"
#include "wire_clusters.h"
#include "wire_keyed.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;
using namespace es::bench::wire;

constexpr std::size_t kValueSize = 100;
constexpr int kLatencyRate = 1000;
constexpr auto kTimeout = std::chrono::seconds(60);

struct Options {
    std::optional<fs::path> eventscope;
    long long records = 2'000'000;
    int latencySeconds = 5;
    int rounds = 3;
    long long keyedRecords = 1'000'000;
    std::string only;
};

void usage()
{
    std::fprintf(stderr,
                 "usage: bench_wire [--eventscope PATH] [--quick] [--records N] [--latency-seconds S] "
                 "[--rounds R] [--keyed-records N] [--only produce|latency|keyed]\n");
    std::exit(2);
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.records = 200'000;
            o.keyedRecords = 50'000;
            o.latencySeconds = 2;
            o.rounds = 1;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        if (arg == "--eventscope") {
            o.eventscope = fs::path(argv[++i]);
        } else if (arg == "--records") {
            o.records = std::strtoll(argv[++i], nullptr, 10);
        } else if (arg == "--latency-seconds") {
            o.latencySeconds = std::atoi(argv[++i]);
        } else if (arg == "--rounds") {
            o.rounds = std::atoi(argv[++i]);
        } else if (arg == "--keyed-records") {
            o.keyedRecords = std::strtoll(argv[++i], nullptr, 10);
        } else if (arg == "--only") {
            o.only = argv[++i];
        } else {
            usage();
        }
    }
    if (o.records <= 0 || o.latencySeconds <= 0 || o.rounds <= 0 || o.keyedRecords <= 0)
        usage();
    return o;
}

// ---- the client code both clusters get ----

// Counts delivered (counts[0]) and failed (counts[1]) records.
void deliveryCounter(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *counts = static_cast<std::atomic<long long> *>(opaque);
    counts[message->err == RD_KAFKA_RESP_ERR_NO_ERROR ? 0 : 1].fetch_add(1, std::memory_order_relaxed);
}

struct TopicDeleter {
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};
using Topic = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;

// One keyless record of kValueSize bytes (copied) to the partitioner's choice; waits for
// room where the producer's queue is full.
void produceOne(rd_kafka_t *rk, rd_kafka_topic_t *topic, const char *value)
{
    for (;;) {
        if (rd_kafka_produce(topic, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, const_cast<char *>(value),
                             kValueSize, nullptr, 0, nullptr) == 0)
            return;
        const rd_kafka_resp_err_t err = rd_kafka_last_error();
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            fail(std::string("produce: ") + rd_kafka_err2str(err));
        rd_kafka_poll(rk, 1);
    }
}

// Records/s of acks=all produce.
double produceThroughput(const std::string &bootstrap, const std::string &topic, long long records)
{
    std::atomic<long long> counts[2] = {0, 0};
    Kafka rk =
        newClient(RD_KAFKA_PRODUCER, bootstrap,
                  {{"acks", "all"}, {"queue.buffering.max.messages", "1000000"}}, deliveryCounter, counts);
    const Topic handle(rd_kafka_topic_new(rk.get(), topic.c_str(), nullptr));
    const std::string value(kValueSize, 'v');
    const auto start = Clock::now();
    for (long long i = 0; i < records; ++i) {
        produceOne(rk.get(), handle.get(), value.c_str());
        if ((i & 1023) == 0)
            rd_kafka_poll(rk.get(), 0);
    }
    if (rd_kafka_flush(rk.get(), static_cast<int>(std::chrono::milliseconds(kTimeout).count())) !=
        RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("flush timed out");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (counts[1] != 0 || counts[0] != records)
        fail("produce: " + std::to_string(counts[1].load()) + " records failed, " +
             std::to_string(counts[0].load()) + " delivered of " + std::to_string(records));
    return static_cast<double>(records) / seconds;
}

// librdkafka 2.0 stops fetching once queued.min.messages (100,000) records or
// queued.max.messages.kbytes (64 MiB) wait in its queue, and looks again only when its
// broker thread next wakes, up to a second later: with the defaults, a consumer of a fast
// cluster idles most of each second whatever the broker does. (The mock keeps only about
// 25 MB, under the byte limit; eventscope serves all 200 MB.) The throughput consumer
// keeps a deeper queue, as high-throughput consumers are tuned; the latency consumer
// keeps every default.
Kafka newConsumer(const std::string &bootstrap, bool deepQueue = false)
{
    std::vector<ConfigEntry> entries{
        {"group.id", "bench-wire"}, {"enable.auto.commit", "false"}, {"enable.partition.eof", "false"}};
    if (deepQueue) {
        entries.push_back({"queued.min.messages", "10000000"});
        entries.push_back({"queued.max.messages.kbytes", "1048576"});
    }
    return newClient(RD_KAFKA_CONSUMER, bootstrap, entries);
}

// Assigns every partition, partition p at offsets[p] (an offset or a logical one such as
// RD_KAFKA_OFFSET_END).
void assignAll(rd_kafka_t *rk, const std::string &topic, const std::vector<std::int64_t> &offsets)
{
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(kPartitions);
    for (int p = 0; p < kPartitions; ++p)
        rd_kafka_topic_partition_list_add(list, topic.c_str(), p)->offset = offsets[static_cast<std::size_t>(p)];
    const rd_kafka_resp_err_t err = rd_kafka_assign(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail(std::string("assign: ") + rd_kafka_err2str(err));
}

// What the topic holds now: the mock keeps only the last few MB of each partition.
struct Retained {
    std::vector<std::int64_t> logStart; // per partition
    long long records = 0;
};

Retained retainedRecords(rd_kafka_t *rk, const std::string &topic)
{
    Retained retained;
    for (int p = 0; p < kPartitions; ++p) {
        std::int64_t low = 0;
        std::int64_t high = 0;
        const rd_kafka_resp_err_t err =
            rd_kafka_query_watermark_offsets(rk, topic.c_str(), p, &low, &high, 10000);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(std::string("watermarks: ") + rd_kafka_err2str(err));
        retained.logStart.push_back(low);
        retained.records += high - low;
    }
    return retained;
}

struct ConsumeFigures {
    double rate = 0;          // records/s from the first record to the last
    double firstRecordMs = 0; // from assign() to the first record: connections, offsets
    long long records = 0;
};

// One consumer reading every partition from the beginning.
ConsumeFigures consumeThroughput(const std::string &bootstrap, const std::string &topic)
{
    Kafka rk = newConsumer(bootstrap, true);
    const Retained retained = retainedRecords(rk.get(), topic);
    const long long records = retained.records;
    if (records < 2)
        fail("consume: the topic holds too few records to time");
    const auto start = Clock::now();
    // From each partition's log start offset, as just read, rather than the logical
    // RD_KAFKA_OFFSET_BEGINNING: librdkafka 2.0 resolves that with one ListOffsets per
    // partition, and when the partition has not yet joined its broker thread (a race on a
    // busy machine) it retries only after 500 ms, and the partition's fetches wait behind
    // a long poll: the records would come from five partitions, then one alone.
    assignAll(rk.get(), topic, retained.logStart);
    long long seen = 0;
    Clock::time_point first;
    while (seen < records) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk.get(), 1000);
        if (m == nullptr) {
            if (Clock::now() - start > kTimeout)
                fail("consume: " + std::to_string(seen) + " of " + std::to_string(records) +
                     " records in time");
            continue;
        }
        if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (seen++ == 0)
                first = Clock::now();
        } else
            std::fprintf(stderr, "bench_wire: consume: %s\n", rd_kafka_message_errstr(m));
        rd_kafka_message_destroy(m);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - first).count();
    rd_kafka_consumer_close(rk.get());
    return {static_cast<double>(records - 1) / seconds,
            std::chrono::duration<double, std::milli>(first - start).count(), records};
}

struct Latency {
    std::vector<double> samplesMs; // one per record received after the warm-up
    long long sent = 0;            // records sent after the warm-up

    void add(const Latency &other)
    {
        samplesMs.insert(samplesMs.end(), other.samplesMs.begin(), other.samplesMs.end());
        sent += other.sent;
    }
};

double percentile(const std::vector<double> &sorted, double q)
{
    const auto index = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// produce() to consumer_poll() at kLatencyRate records/s, acks=all, linger.ms=0.
Latency endToEndLatency(const std::string &bootstrap, const std::string &topic, int seconds)
{
    Kafka consumer = newConsumer(bootstrap);
    assignAll(consumer.get(), topic, std::vector<std::int64_t>(kPartitions, RD_KAFKA_OFFSET_END));

    const auto origin = Clock::now();
    const auto warmUpEnd = origin + std::chrono::seconds(1);
    const auto end = warmUpEnd + std::chrono::seconds(seconds);
    std::atomic<bool> producing{true};
    std::vector<double> latenciesMs;
    latenciesMs.reserve(static_cast<std::size_t>(seconds) * kLatencyRate + 16);

    std::thread reader([&] {
        const auto deadline = end + std::chrono::seconds(10);
        while (Clock::now() < deadline) {
            rd_kafka_message_t *m = rd_kafka_consumer_poll(consumer.get(), 100);
            const auto now = Clock::now();
            if (m == nullptr) {
                if (!producing.load())
                    break; // nothing more in flight for 100 ms
                continue;
            }
            if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR && m->len == kValueSize) {
                std::int64_t sentNs = 0;
                std::memcpy(&sentNs, m->payload, sizeof sentNs);
                const auto sentAt = origin + std::chrono::nanoseconds(sentNs);
                if (sentAt >= warmUpEnd)
                    latenciesMs.push_back(std::chrono::duration<double, std::milli>(now - sentAt).count());
            }
            rd_kafka_message_destroy(m);
        }
    });

    std::atomic<long long> counts[2] = {0, 0};
    Kafka producer = newClient(RD_KAFKA_PRODUCER, bootstrap, {{"acks", "all"}, {"linger.ms", "0"}},
                               deliveryCounter, counts);
    const Topic handle(rd_kafka_topic_new(producer.get(), topic.c_str(), nullptr));
    std::string value(kValueSize, 'l');
    long long measured = 0;
    auto next = Clock::now();
    while (next < end) {
        std::this_thread::sleep_until(next);
        const auto now = Clock::now();
        const std::int64_t sentNs =
            std::chrono::duration_cast<std::chrono::nanoseconds>(now - origin).count();
        std::memcpy(value.data(), &sentNs, sizeof sentNs);
        produceOne(producer.get(), handle.get(), value.c_str());
        rd_kafka_poll(producer.get(), 0);
        if (now >= warmUpEnd)
            ++measured;
        next += std::chrono::microseconds(1'000'000 / kLatencyRate);
    }
    rd_kafka_flush(producer.get(), 10000);
    producing = false;
    reader.join();
    rd_kafka_consumer_close(consumer.get());

    return Latency{std::move(latenciesMs), measured};
}

struct Figures {
    double produce = 0;
    ConsumeFigures consume;
    std::optional<Latency> latency;
    std::vector<KeyedFigures> keyed; // in kKeyedSettings' order
};

Figures measure(const char *name, BenchCluster &cluster, const Options &o)
{
    Figures f;
    const std::string bootstrap = cluster.bootstrap();
    std::fprintf(stderr, "bench_wire: %s at %s\n", name, bootstrap.c_str());
    if (o.only.empty() || o.only == "produce") {
        cluster.createTopic("bench-throughput");
        std::fprintf(stderr, "bench_wire: %s: produce %lld records\n", name, o.records);
        f.produce = produceThroughput(bootstrap, "bench-throughput", o.records);
        std::fprintf(stderr, "bench_wire: %s: consume them\n", name);
        f.consume = consumeThroughput(bootstrap, "bench-throughput");
    }
    if (o.only.empty() || o.only == "latency") {
        cluster.createTopic("bench-latency");
        std::fprintf(stderr, "bench_wire: %s: latency for %d s\n", name, o.latencySeconds + 1);
        f.latency = endToEndLatency(bootstrap, "bench-latency", o.latencySeconds);
    }
    return f;
}

std::optional<fs::path> findEventscope(const char *argv0)
{
    std::error_code ec;
    const fs::path self = fs::canonical("/proc/self/exe", ec);
    const fs::path dir = ec ? fs::path(argv0).parent_path() : self.parent_path();
    for (const fs::path &candidate : {dir / "eventscope", dir / ".." / ".." / "app" / "eventscope"}) {
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return std::nullopt;
}

std::string formatMs(double ms) { return formatNumber(ms, "ms", 3); }

void printLatency(const char *clusterName, Latency l, bool withTargets)
{
    const std::string prefix = std::string("e2e latency 1k rec/s, ") + clusterName;
    if (l.samplesMs.empty()) {
        printRow(prefix, "no record received", 0, withTargets ? std::optional(Target{Target::Kind::AtMost, 1.0})
                                                              : std::nullopt,
                 withTargets ? "<= 1 ms" : "-");
        return;
    }
    std::sort(l.samplesMs.begin(), l.samplesMs.end());
    const double p50 = percentile(l.samplesMs, 0.50);
    const double p99 = percentile(l.samplesMs, 0.99);
    if (withTargets) {
        printRow(prefix + ", p50", formatMs(p50), p50, Target{Target::Kind::AtMost, 1.0}, "<= 1 ms");
        printRow(prefix + ", p99", formatMs(p99), p99, Target{Target::Kind::AtMost, 5.0}, "<= 5 ms");
    } else {
        printRow(prefix + ", p50", formatMs(p50));
        printRow(prefix + ", p99", formatMs(p99));
    }
    printRow(prefix + ", max", formatMs(l.samplesMs.back()));
    printRow(prefix + ", received", std::to_string(l.samplesMs.size()) + " of " + std::to_string(l.sent));
}

// The median of the rounds' figures (the lower middle one of an even count).
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[(values.size() - 1) / 2];
}

std::string listRates(const std::vector<double> &values)
{
    std::string out;
    for (double v : values) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.2f", out.empty() ? "" : " ", v / 1e6);
        out += buf;
    }
    return out;
}

// A median figure and, under it, each round's value (in M records/s).
void printRates(const std::string &figure, const std::vector<double> &rounds,
                std::optional<Target> target = std::nullopt, const std::string &targetText = "-")
{
    const double m = median(rounds);
    printRow(figure, formatRate(m), m, target, targetText);
    if (rounds.size() > 1)
        printRow("  rounds (M records/s)", listRates(rounds));
}

bool wantsKeyed(const Options &o) { return o.only.empty() || o.only == "keyed"; }

// One cluster's keyed rounds: the settings with the mean of the rounds' cluster CPU
// seconds per million records and idle time.
void printKeyed(const char *clusterName, const std::vector<Figures> &rounds, const Pinning &pinning)
{
    for (std::size_t i = 0; i < kKeyedSettings.size(); ++i) {
        const KeyedSetting &s = kKeyedSettings[i];
        std::vector<double> rates;
        double cpu = 0, records = 0, idle = 0, wall = 0, clusterIdle = 0, clientIdle = 0;
        for (const Figures &f : rounds) {
            const KeyedFigures &k = f.keyed[i];
            rates.push_back(k.rate);
            cpu += k.clusterCpuSeconds;
            records += static_cast<double>(k.records);
            idle += k.idleSeconds;
            wall += k.wallSeconds;
            clusterIdle += k.clusterCoreIdle;
            clientIdle += k.clientCoreIdle;
        }
        char figure[96];
        std::snprintf(figure, sizeof figure, "keyed linger %d acks=%s, %s", s.lingerMs, s.acks, clusterName);
        printRates(figure, rates);
        printRow("  cluster CPU per M records", formatNumber(cpu / records * 1e6, "s", 2));
        char idleText[96];
        if (pinning.cluster >= 0)
            std::snprintf(idleText, sizeof idleText, "%.2f of %.2f s (cluster core %.2f, client core %.2f)",
                          idle, wall, clusterIdle, clientIdle);
        else
            std::snprintf(idleText, sizeof idleText, "%.2f s in %.2f s", idle, wall);
        printRow("  machine idle (all cores)", idleText);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseArgs(argc, argv);
    const std::optional<fs::path> binary = o.eventscope ? o.eventscope : findEventscope(argv[0]);
    if (!binary) {
        std::fprintf(stderr,
                     "bench_wire: eventscope not found next to the benchmark; give --eventscope PATH\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);

    try {
        std::printf("Wire benchmark: librdkafka %s, %d brokers, %d partitions, replication factor %d, "
                    "%zu-byte values, %lld records, %d round(s)\n",
                    rd_kafka_version_str(), kBrokers, kPartitions, kReplicationFactor, kValueSize, o.records,
                    o.rounds);
        std::fflush(stdout);

        std::vector<Figures> mock;
        std::vector<Figures> ours;
        const auto measureMock = [&] {
            if (o.only == "keyed") {
                mock.emplace_back();
            } else {
                MockCluster cluster;
                mock.push_back(measure("librdkafka mock", cluster, o));
            }
            if (wantsKeyed(o)) {
                std::fprintf(stderr, "bench_wire: librdkafka mock: keyed, %lld records each\n",
                             o.keyedRecords);
                mock.back().keyed =
                    measureKeyed([] { return std::make_unique<MockCluster>(); }, o.keyedRecords);
            }
        };
        const auto measureOurs = [&] {
            if (o.only == "keyed") {
                ours.emplace_back();
            } else {
                HeadlessCluster cluster(*binary);
                ours.push_back(measure("eventscope", cluster, o));
            }
            if (wantsKeyed(o)) {
                std::fprintf(stderr, "bench_wire: eventscope: keyed, %lld records each\n", o.keyedRecords);
                ours.back().keyed =
                    measureKeyed([&] { return std::make_unique<HeadlessCluster>(*binary); }, o.keyedRecords);
            }
        };
        for (int round = 1; round <= o.rounds; ++round) {
            std::fprintf(stderr, "bench_wire: round %d of %d\n", round, o.rounds);
            if (round % 2 == 1) {
                measureMock();
                measureOurs();
            } else {
                measureOurs();
                measureMock();
            }
        }

        const auto figure = [](const std::vector<Figures> &rounds, auto get) {
            std::vector<double> values;
            for (const Figures &f : rounds)
                values.push_back(get(f));
            return values;
        };
        printHeader();
        if (o.only.empty() || o.only == "produce") {
            const auto mockProduce = figure(mock, [](const Figures &f) { return f.produce; });
            printRates("produce acks=all, librdkafka mock", mockProduce);
            printRates("produce acks=all, eventscope", figure(ours, [](const Figures &f) { return f.produce; }),
                       Target{Target::Kind::AtLeast, median(mockProduce)}, ">= mock's");
            printRates("consume from the beginning, librdkafka mock",
                       figure(mock, [](const Figures &f) { return f.consume.rate; }));
            printRow("  consumer queue: min messages, max kbytes", "10,000,000, 1 GiB");
            printRow("  records the mock retained and served", std::to_string(mock.front().consume.records));
            printRow("  from assign() to its first record (median)",
                     formatMs(median(figure(mock, [](const Figures &f) { return f.consume.firstRecordMs; }))));
            printRates("consume from the beginning, eventscope",
                       figure(ours, [](const Figures &f) { return f.consume.rate; }),
                       Target{Target::Kind::AtLeast, 2e6}, ">= 2.00 M/s");
            printRow("  from assign() to its first record (median)",
                     formatMs(median(figure(ours, [](const Figures &f) { return f.consume.firstRecordMs; }))));
        }
        if (o.only.empty() || o.only == "latency") {
            Latency mockLatency;
            Latency ourLatency;
            for (const Figures &f : mock)
                mockLatency.add(*f.latency);
            for (const Figures &f : ours)
                ourLatency.add(*f.latency);
            printLatency("librdkafka mock", std::move(mockLatency), false);
            printLatency("eventscope", std::move(ourLatency), true);
        }
        if (wantsKeyed(o)) {
            const Pinning pinning = keyedPinning();
            if (pinning.cluster >= 0)
                printRow("keyed: cores (cluster, client)",
                         std::to_string(pinning.cluster) + ", " + std::to_string(pinning.client));
            else
                printRow("keyed: cores", "fewer than 2: not pinned");
            printKeyed("librdkafka mock", mock, pinning);
            printKeyed("eventscope", ours, pinning);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_wire: %s\n", e.what());
        return 1;
    }
    return 0;
}
