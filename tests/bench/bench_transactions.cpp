// Transaction benchmark: Kafka transactions on Eventscope's headless cluster (3 brokers,
// spawned as a child process, reached over loopback), driven by librdkafka's C API. Not a
// test (CTest does not run it): run it on demand after changing the transaction
// coordinator, the markers, the last stable offset or read_committed fetches.
//
//   bench_transactions [--eventscope PATH] [--quick] [--records N] [--rounds R]
//                      [--commits N] [--consume-transactions N]
//
// Topics have 6 partitions and replication factor 3, producers use acks=all, values are
// 100 bytes without a key, sent round-robin to the partitions. The figures:
//   - produce throughput in transactions of 1,000 records (begin, produce 1,000, flush,
//     commit, repeat; commit would flush first itself, timed apart it shows where the time
//     goes) against a plain idempotent producer sending the same records with the same
//     linger.ms (5) and batch.size; N records each (200,000 unless told) in R rounds (3),
//     the two alternating which goes first; the median round's figures and the median of
//     the rounds' ratios, with where the transactional run's time went;
//   - commit latency over N transactions (300) after 20 not counted, each of 10 records
//     on every partition (txn_commit_latency.h says exactly which interval each figure is);
//   - a read_committed consumer (assign(), large fetches) reading from the start a topic of
//     N transactions of 1,000 records (1,000) of which every tenth was aborted:
//     records/s delivered, which must be exactly the committed records; then a
//     read_uncommitted consumer reads the same topic for reference (all its records).
// --quick: 50,000 records, one round, 100 commits, 200 consume transactions: a smoke run.

#include "bench_table.h"
#include "process_cpu.h"
#include "txn_client.h"
#include "txn_commit_latency.h"
#include "txn_consume.h"
#include "txn_produce.h"
#include "wire_clusters.h"

#include <librdkafka/rdkafka.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;
using es::bench::wire::BenchCluster;
using namespace es::bench::txn;

constexpr int kPerTransaction = 1000;
constexpr int kWarmUpCommits = 20;

struct Options {
    std::optional<fs::path> eventscope;
    long long records = 200'000;
    int rounds = 3;
    int commits = 300;
    int consumeTransactions = 1000;
};

[[noreturn]] void usage()
{
    std::fprintf(stderr, "usage: bench_transactions [--eventscope PATH] [--quick] [--records N] [--rounds R] "
                         "[--commits N] [--consume-transactions N]\n");
    std::exit(2);
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.records = 50'000;
            o.rounds = 1;
            o.commits = 100;
            o.consumeTransactions = 200;
            continue;
        }
        if (i + 1 >= argc)
            usage();
        if (arg == "--eventscope")
            o.eventscope = fs::path(argv[++i]);
        else if (arg == "--records")
            o.records = std::strtoll(argv[++i], nullptr, 10);
        else if (arg == "--rounds")
            o.rounds = std::atoi(argv[++i]);
        else if (arg == "--commits")
            o.commits = std::atoi(argv[++i]);
        else if (arg == "--consume-transactions")
            o.consumeTransactions = std::atoi(argv[++i]);
        else
            usage();
    }
    if (o.records <= 0 || o.rounds <= 0 || o.commits <= 0 || o.consumeTransactions <= 0)
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

struct Round {
    ProduceFigures transactional;
    ProduceFigures idempotent;
    double ratio() const { return transactional.recordsPerSecond / idempotent.recordsPerSecond; }
};

std::vector<Round> produceRounds(const std::string &bootstrap, const Options &o)
{
    std::vector<Round> rounds;
    for (int r = 1; r <= o.rounds; ++r) {
        std::fprintf(stderr, "bench_transactions: produce round %d of %d, %lld records each\n", r, o.rounds,
                     o.records);
        Round round;
        const auto transactional = [&] {
            round.transactional =
                transactionalThroughput(bootstrap, "bench-txn-produce", o.records, kPerTransaction,
                                        "bench-txn-produce-" + std::to_string(r));
        };
        const auto idempotent = [&] {
            round.idempotent = idempotentThroughput(bootstrap, "bench-txn-produce", o.records);
        };
        if (r % 2 == 1) {
            transactional();
            idempotent();
        } else {
            idempotent();
            transactional();
        }
        rounds.push_back(round);
    }
    return rounds;
}

std::string formatMs(double ms) { return formatNumber(ms, "ms", 3); }

// The CPU time the cluster's process and this one (the client) used between construction
// and stop(), and the wall time: tells a read that waits (for a starved or idle cluster)
// from one that computes.
class Cpu {
public:
    explicit Cpu(const BenchCluster &cluster)
        : m_cluster(cluster),
          m_clusterStart(cluster.cpuSeconds()),
          m_clientStart(es::bench::cpuSecondsIn("/proc/self/stat")),
          m_start(std::chrono::steady_clock::now())
    {}
    void stop()
    {
        m_clusterSeconds = m_cluster.cpuSeconds() - m_clusterStart;
        m_clientSeconds = es::bench::cpuSecondsIn("/proc/self/stat") - m_clientStart;
        m_wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count();
    }
    std::string text() const
    {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f / %.2f in %.2f", m_clusterSeconds, m_clientSeconds,
                      m_wallSeconds);
        return buf;
    }

private:
    const BenchCluster &m_cluster;
    double m_clusterStart;
    double m_clientStart;
    std::chrono::steady_clock::time_point m_start;
    double m_clusterSeconds = 0;
    double m_clientSeconds = 0;
    double m_wallSeconds = 0;
};

void printProduce(const std::vector<Round> &rounds, double records)
{
    std::vector<Round> byRatio = rounds;
    std::sort(byRatio.begin(), byRatio.end(),
              [](const Round &a, const Round &b) { return a.ratio() < b.ratio(); });
    const Round &median = byRatio[(byRatio.size() - 1) / 2];
    printRow("txn produce, 1,000 records per transaction", formatRate(median.transactional.recordsPerSecond));
    printRow("idempotent produce, same settings", formatRate(median.idempotent.recordsPerSecond));
    printRow("txn / idempotent (median round)", formatNumber(median.ratio(), "", 2), median.ratio(),
             Target{Target::Kind::AtLeast, 0.7}, ">= 0.70");
    if (rounds.size() > 1) {
        std::string list;
        for (const Round &r : rounds) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%s%.2f/%.2f", list.empty() ? "" : " ",
                          r.transactional.recordsPerSecond / 1e6, r.idempotent.recordsPerSecond / 1e6);
            list += buf;
        }
        printRow("  rounds (M records/s, txn/idempotent)", list);
    }
    // Per transaction, in the median round: where the transactional producer's time went.
    const ProduceFigures &t = median.transactional;
    const double transactions = std::ceil(records / kPerTransaction);
    char split[96];
    std::snprintf(split, sizeof split, "%.1f/%.1f/%.1f/%.2f ms", t.produceSeconds * 1e3 / transactions,
                  t.flushSeconds * 1e3 / transactions, t.commitSeconds * 1e3 / transactions,
                  t.beginSeconds * 1e3 / transactions);
    printRow("  per txn: produce/flush/commit/begin", split);
    const ProduceFigures &i = median.idempotent;
    std::snprintf(split, sizeof split, "%.2f / %.2f s", i.produceSeconds, i.seconds - i.produceSeconds);
    printRow("  idempotent: produce() / flush()", split);
}

void printCommit(CommitLatency l)
{
    std::sort(l.commitCallMs.begin(), l.commitCallMs.end());
    std::sort(l.visibleMs.begin(), l.visibleMs.end());
    std::sort(l.queryMs.begin(), l.queryMs.end());
    const std::string n = std::to_string(l.visibleMs.size());
    printRow("commit to markers visible (" + n + " txns), p50", formatMs(percentile(l.visibleMs, 0.50)));
    const double p99 = percentile(l.visibleMs, 0.99);
    printRow("commit to markers visible, p99", formatMs(p99), p99, Target{Target::Kind::AtMost, 10.0},
             "<= 10 ms");
    printRow("commit to markers visible, max", formatMs(l.visibleMs.back()));
    printRow("  commit_transaction() call, p50", formatMs(percentile(l.commitCallMs, 0.50)));
    printRow("  commit_transaction() call, p99", formatMs(percentile(l.commitCallMs, 0.99)));
    printRow("  one read_committed ListOffsets, p50", formatMs(percentile(l.queryMs, 0.50)));
    if (l.leaderMoves != 0)
        printRow("  ListOffsets answered \"not leader\"", std::to_string(l.leaderMoves));
}

// Prints the read_committed figures; false where the records delivered were not exactly
// the committed ones.
bool printConsume(const ConsumeFigures &c, const Cpu &cpu, const ConsumeFigures &uncommitted,
                  const Cpu &uncommittedCpu, const AbortedTopic &topic)
{
    printRow("read_committed consume, 10% aborted", formatRate(c.recordsPerSecond), c.recordsPerSecond,
             Target{Target::Kind::AtLeast, 1.5e6}, ">= 1.50 M/s");
    printRow("  from assign() to its first record", formatMs(c.firstRecordMs));
    printRow("  CPU s cluster / client, in wall s", cpu.text());
    const bool exact = c.delivered == topic.committed && c.fromAborted == 0;
    printRow("  delivered of committed (of produced)",
             std::to_string(c.delivered) + " of " + std::to_string(topic.committed) + " (" +
                 std::to_string(topic.produced) + ")",
             exact ? 1 : 0, Target{Target::Kind::AtLeast, 1}, "exactly");
    if (c.fromAborted != 0)
        printRow("  records from aborted transactions", std::to_string(c.fromAborted));
    printRow("  read_uncommitted, same topic (reference)", formatRate(uncommitted.recordsPerSecond));
    printRow("  CPU s cluster / client, in wall s", uncommittedCpu.text());
    const bool all = uncommitted.delivered == topic.produced;
    printRow("  read_uncommitted delivered of produced",
             std::to_string(uncommitted.delivered) + " of " + std::to_string(topic.produced), all ? 1 : 0,
             Target{Target::Kind::AtLeast, 1}, "exactly");
    return exact && all;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseArgs(argc, argv);
    const std::optional<fs::path> binary = o.eventscope ? o.eventscope : findEventscope(argv[0]);
    if (!binary) {
        std::fprintf(stderr,
                     "bench_transactions: eventscope not found next to the benchmark; give --eventscope "
                     "PATH\n");
        return 2;
    }
    std::signal(SIGPIPE, SIG_IGN);
    try {
        std::printf("Transaction benchmark: librdkafka %s, %d brokers, %d partitions, replication factor %d, "
                    "acks=all, %zu-byte values\n",
                    rd_kafka_version_str(), es::bench::wire::kBrokers, es::bench::wire::kPartitions,
                    es::bench::wire::kReplicationFactor, kValueSize);
        std::fflush(stdout);
        es::bench::wire::HeadlessCluster cluster(*binary);
        const std::string bootstrap = cluster.bootstrap();
        for (const char *topic : {"bench-txn-produce", "bench-txn-latency", "bench-txn-consume"})
            cluster.createTopic(topic);

        const std::vector<Round> rounds = produceRounds(bootstrap, o);
        std::fprintf(stderr, "bench_transactions: %d commits\n", kWarmUpCommits + o.commits);
        const CommitLatency latency =
            commitLatency(bootstrap, "bench-txn-latency", o.commits, kWarmUpCommits);
        std::fprintf(stderr, "bench_transactions: %d transactions of %d records, every tenth aborted\n",
                     o.consumeTransactions, kPerTransaction);
        const AbortedTopic written =
            transactionsWithAborts(bootstrap, "bench-txn-consume", o.consumeTransactions, kPerTransaction);
        std::fprintf(stderr, "bench_transactions: read_committed from the start, then read_uncommitted\n");
        Cpu committedCpu(cluster);
        const ConsumeFigures consumed =
            readFromStart(bootstrap, "bench-txn-consume", Isolation::ReadCommitted);
        committedCpu.stop();
        Cpu uncommittedCpu(cluster);
        const ConsumeFigures uncommitted =
            readFromStart(bootstrap, "bench-txn-consume", Isolation::ReadUncommitted);
        uncommittedCpu.stop();

        printHeader();
        printProduce(rounds, static_cast<double>(o.records));
        printCommit(latency);
        if (!printConsume(consumed, committedCpu, uncommitted, uncommittedCpu, written)) {
            std::fprintf(
                stderr,
                "bench_transactions: FAILED: read_committed delivered %lld records (%lld of aborted "
                "transactions), the committed transactions hold %lld; read_uncommitted delivered %lld "
                "of %lld\n",
                consumed.delivered, consumed.fromAborted, written.committed, uncommitted.delivered,
                written.produced);
            return 1;
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_transactions: %s\n", e.what());
        return 1;
    }
    return 0;
}
