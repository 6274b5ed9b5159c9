// What security costs on the wire: one headless cluster with a PLAINTEXT and a SASL_SSL
// listener, driven by librdkafka over loopback.
//
//   - produce with acks=all, 100-byte values, as fast as the producer is acknowledged:
//     records/s over PLAINTEXT and over SASL_SSL with SCRAM-SHA-512, and their ratio
//     (target: SASL_SSL at least 0.7 times PLAINTEXT);
//   - connect to authenticated: a new producer's time to its first metadata answer from one
//     broker, over SASL_SSL (TCP connect, ApiVersions, TLS handshake, SaslHandshake and the
//     two SCRAM round trips, Metadata) and over PLAINTEXT (TCP connect, ApiVersions,
//     Metadata). The difference is what TLS and SCRAM add (target: at most 20 ms). Timed
//     with librdkafka rather than a hand-made client, so the figure is the one an
//     application sees, the client's TLS and PBKDF2 work included. The clock starts
//     before rd_kafka_new(), which may connect at once; the client's setup that both
//     listeners share cancels in the difference, loading the CA counts as TLS.
//
// Usage: bench_wire_security [--eventscope PATH] [--records N] [--rounds R]
//                            [--connections C] [--mechanism SCRAM-SHA-512|SCRAM-SHA-256|PLAIN]
// Rounds alternate which listener is measured first; the table gives the median round.

#include "bench_table.h"
#include "wire_clusters.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace {

using namespace es::bench;
using namespace es::bench::wire;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kValueSize = 100;
constexpr auto kTimeout = std::chrono::seconds(60);
const std::string kUser = "bench";
const std::string kPassword = "bench-secret";

struct Options {
    std::optional<fs::path> eventscope;
    long long records = 300'000;
    int rounds = 3;
    int connections = 50;
    std::string mechanism = "SCRAM-SHA-512";
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: bench_wire_security [--eventscope PATH] [--records N] [--rounds R] "
                         "[--connections C] [--mechanism SCRAM-SHA-512|SCRAM-SHA-256|PLAIN]\n");
    std::exit(2);
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage();
        if (arg == "--eventscope")
            o.eventscope = fs::path(argv[++i]);
        else if (arg == "--records")
            o.records = std::strtoll(argv[++i], nullptr, 10);
        else if (arg == "--rounds")
            o.rounds = std::atoi(argv[++i]);
        else if (arg == "--connections")
            o.connections = std::atoi(argv[++i]);
        else if (arg == "--mechanism")
            o.mechanism = argv[++i];
        else
            usage();
    }
    if (o.records <= 0 || o.rounds <= 0 || o.connections <= 0)
        usage();
    return o;
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

// A client's way to one listener: its bootstrap list and settings.
struct Endpoint {
    const char *name;
    std::string bootstrap;
    std::vector<ConfigEntry> settings;
};

Endpoint plaintext(const HeadlessCluster &cluster)
{
    return {"PLAINTEXT", cluster.listenerBootstrap("PLAINTEXT"), {}};
}

Endpoint saslSsl(const HeadlessCluster &cluster, const std::string &mechanism)
{
    return {"SASL_SSL",
            cluster.listenerBootstrap("SASL_SSL"),
            {{"security.protocol", "SASL_SSL"},
             {"sasl.mechanisms", mechanism},
             {"sasl.username", kUser},
             {"sasl.password", kPassword},
             {"ssl.ca.location", cluster.caFile()}}};
}

void deliveryCounter(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *counts = static_cast<std::atomic<long long> *>(opaque);
    counts[message->err == RD_KAFKA_RESP_ERR_NO_ERROR ? 0 : 1].fetch_add(1, std::memory_order_relaxed);
}

struct TopicDeleter {
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};
using Topic = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;

// Records/s of acks=all produce of `records` keyless 100-byte values, from the first
// produce() to the end of flush(), as bench_wire measures it.
double produceThroughput(const Endpoint &endpoint, const std::string &topic, long long records)
{
    std::atomic<long long> counts[2] = {0, 0};
    std::vector<ConfigEntry> settings = endpoint.settings;
    settings.push_back({"acks", "all"});
    settings.push_back({"queue.buffering.max.messages", "1000000"});
    Kafka rk = newClient(RD_KAFKA_PRODUCER, endpoint.bootstrap, settings, deliveryCounter, counts);
    waitForTopic(rk.get(), topic); // connected and authenticated before the clock starts
    const Topic handle(rd_kafka_topic_new(rk.get(), topic.c_str(), nullptr));
    const std::string value(kValueSize, 'v');
    const auto start = Clock::now();
    for (long long i = 0; i < records; ++i) {
        while (rd_kafka_produce(handle.get(), RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY,
                                const_cast<char *>(value.data()), kValueSize, nullptr, 0, nullptr) != 0) {
            if (rd_kafka_last_error() != RD_KAFKA_RESP_ERR__QUEUE_FULL)
                fail(std::string("produce: ") + rd_kafka_err2str(rd_kafka_last_error()));
            rd_kafka_poll(rk.get(), 1);
        }
        if ((i & 1023) == 0)
            rd_kafka_poll(rk.get(), 0);
    }
    if (rd_kafka_flush(rk.get(), static_cast<int>(std::chrono::milliseconds(kTimeout).count())) !=
        RD_KAFKA_RESP_ERR_NO_ERROR)
        fail("flush timed out");
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (counts[1] != 0 || counts[0] != records)
        fail(std::string(endpoint.name) + " produce: " + std::to_string(counts[1].load()) +
             " records failed, " + std::to_string(counts[0].load()) + " delivered of " +
             std::to_string(records));
    return static_cast<double>(records) / seconds;
}

// Milliseconds from creating a new producer to the metadata answer of one broker
// (the first of the listener's), each on a fresh connection.
std::vector<double> connectTimes(const Endpoint &endpoint, int connections)
{
    const std::string first = endpoint.bootstrap.substr(0, endpoint.bootstrap.find(','));
    std::vector<double> ms;
    for (int i = 0; i < connections; ++i) {
        const auto start = Clock::now();
        Kafka rk = newClient(RD_KAFKA_PRODUCER, first, endpoint.settings);
        const rd_kafka_metadata_t *md = nullptr;
        const rd_kafka_resp_err_t err = rd_kafka_metadata(rk.get(), 0, nullptr, &md, 10000);
        const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (md != nullptr)
            rd_kafka_metadata_destroy(md);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
            fail(std::string(endpoint.name) + " metadata: " + rd_kafka_err2str(err));
        ms.push_back(elapsed);
    }
    return ms;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

double median(std::vector<double> values) { return percentile(std::move(values), 0.5); }

std::string listRates(const std::vector<double> &rates)
{
    std::string out;
    for (double r : rates) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.3f", out.empty() ? "" : " ", r / 1e6);
        out += buf;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseArgs(argc, argv);
    const std::optional<fs::path> binary = o.eventscope ? o.eventscope : findEventscope(argv[0]);
    if (!binary) {
        std::fprintf(stderr, "bench_wire_security: eventscope not found next to the benchmark; give "
                             "--eventscope PATH\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);

    try {
        std::printf(
            "Wire security benchmark: librdkafka %s, %d brokers, %d partitions, replication factor %d, "
            "%zu-byte values, %lld records, %d round(s), SASL_SSL with %s, %d connections\n",
            rd_kafka_version_str(), kBrokers, kPartitions, kReplicationFactor, kValueSize, o.records,
            o.rounds, o.mechanism.c_str(), o.connections);
        std::fflush(stdout);
        // No ACLs and everyone allowed, so both listeners pass the same authorizer checks.
        HeadlessCluster cluster(
            *binary, {{"PLAINTEXT", "SASL_SSL"},
                      {"--scram-user", kUser + ":" + kPassword, "--allow-everyone-if-no-acl", "true"}});
        const Endpoint plain = plaintext(cluster);
        const Endpoint secure = saslSsl(cluster, o.mechanism);

        std::vector<double> plainRates;
        std::vector<double> secureRates;
        std::vector<double> ratios;
        for (int round = 0; round < o.rounds; ++round) {
            const std::string suffix = std::to_string(round);
            cluster.createTopic("bench-plain-" + suffix);
            cluster.createTopic("bench-secure-" + suffix);
            double p = 0;
            double s = 0;
            if (round % 2 == 0) {
                p = produceThroughput(plain, "bench-plain-" + suffix, o.records);
                s = produceThroughput(secure, "bench-secure-" + suffix, o.records);
            } else {
                s = produceThroughput(secure, "bench-secure-" + suffix, o.records);
                p = produceThroughput(plain, "bench-plain-" + suffix, o.records);
            }
            std::fprintf(stderr, "bench_wire_security: round %d: PLAINTEXT %.3f, SASL_SSL %.3f M records/s\n",
                         round + 1, p / 1e6, s / 1e6);
            plainRates.push_back(p);
            secureRates.push_back(s);
            ratios.push_back(s / p);
        }

        // Connections alternate between the listeners in blocks, so drift hits both alike.
        std::vector<double> plainMs;
        std::vector<double> secureMs;
        for (int done = 0; done < o.connections; done += 10) {
            const int block = std::min(10, o.connections - done);
            for (double ms : connectTimes(plain, block))
                plainMs.push_back(ms);
            for (double ms : connectTimes(secure, block))
                secureMs.push_back(ms);
        }
        const double plainMedian = median(plainMs);
        const double secureMedian = median(secureMs);
        const double secureP99 = percentile(secureMs, 0.99);

        printHeader();
        printRow("produce acks=all, PLAINTEXT", formatRate(median(plainRates)));
        printRow("  rounds (M records/s)", listRates(plainRates));
        printRow("produce acks=all, SASL_SSL " + o.mechanism, formatRate(median(secureRates)));
        printRow("  rounds (M records/s)", listRates(secureRates));
        printRow("SASL_SSL / PLAINTEXT produce (median round)", formatNumber(median(ratios), "x", 2),
                 median(ratios), Target{Target::Kind::AtLeast, 0.7}, ">= 0.70 x");
        printRow("connect to metadata, PLAINTEXT, median", formatNumber(plainMedian, "ms", 2));
        printRow("connect to metadata, PLAINTEXT, p99", formatNumber(percentile(plainMs, 0.99), "ms", 2));
        printRow("connect to metadata, SASL_SSL, median", formatNumber(secureMedian, "ms", 2));
        printRow("connect to metadata, SASL_SSL, p99", formatNumber(secureP99, "ms", 2));
        printRow("TLS handshake + " + o.mechanism + ", median",
                 formatNumber(secureMedian - plainMedian, "ms", 2), secureMedian - plainMedian,
                 Target{Target::Kind::AtMost, 20}, "<= 20 ms");
        printRow("TLS handshake + " + o.mechanism + ", p99", formatNumber(secureP99 - plainMedian, "ms", 2),
                 secureP99 - plainMedian, Target{Target::Kind::AtMost, 20}, "<= 20 ms");
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_wire_security: %s\n", e.what());
        return 1;
    }
    return 0;
}
