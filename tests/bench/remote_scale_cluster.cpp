#include "remote_scale_cluster.h"

#include "client/admin.h"
#include "client/producer.h"
#include "loopback_ports.h"
#include "server/listeners.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <thread>

namespace remote_scale {

using namespace es;

namespace {

// Cluster::create and addBroker refuse more.
constexpr int kMaxEmbeddedBrokers = 9;
// File descriptors kept for what is not a replica's log: sockets, catalogs, librdkafka.
constexpr long kDescriptorsKept = 1500;
// The first port tried for the brokers: below Linux's ephemeral range, where a client's
// own connection could hold a port a broker wants.
constexpr int kFirstPort = 21000;

// The soft open-file limit raised to the hard one; returns it.
long openFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        (void)::setrlimit(RLIMIT_NOFILE, &limit);
        (void)::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return static_cast<long>(limit.rlim_cur);
}

// The first of `count` consecutive loopback ports free now, tried as a broker binds them.
int freePortRun(int from, int count)
{
    const std::optional<int> base = es::bench::freeLoopbackPortRun(from, count);
    if (!base)
        die("no " + std::to_string(count) + " consecutive loopback ports are free below 32768");
    return *base;
}

std::string numbered(const char *prefix, int i)
{
    char name[48];
    std::snprintf(name, sizeof name, "%s%04d", prefix, i);
    return name;
}

std::string topicName(int i) { return numbered("scale-", i); }
std::string groupName(int i) { return numbered("scale-group-", i); }

// The partitions counted across topics: scale-0000/0, scale-0000/1, ..., scale-0001/0...
TopicPartition partitionAt(const Sizes &sizes, int flat)
{
    return {topicName(flat / sizes.partitions), flat % sizes.partitions};
}

std::unique_ptr<Cluster> startCluster(const std::filesystem::path &dir, const Sizes &sizes)
{
    ClusterConfig config;
    config.dataDir = dir;
    config.brokers = sizes.brokers;
    config.basePort = freePortRun(kFirstPort, sizes.brokers);
    // Creating thousands of partitions keeps the brokers' loops busy for seconds on two
    // cores; with the default session timeout the controller would fence them meanwhile.
    // What is measured here is the remote reading, not how fast a failure is noticed.
    config.brokerHeartbeatMs = 1000;
    config.brokerSessionTimeoutMs = 60'000;
    config.replicaLagTimeMaxMs = 60'000;
    auto created = Cluster::create(config);
    check(created.status(), "creating the cluster");
    std::unique_ptr<Cluster> cluster = std::move(*created);
    server::installListeners(*cluster);
    check(cluster->start(), "starting the cluster");
    if (!cluster->waitUntilReady(std::chrono::seconds(30)))
        die("the cluster did not become ready within 30 s");
    return cluster;
}

void createTopics(Cluster &cluster, const Sizes &sizes)
{
    for (int i = 0; i < sizes.topics; ++i) {
        CreateTopicSpec spec;
        spec.name = topicName(i);
        spec.partitions = sizes.partitions;
        spec.replicationFactor = sizes.replicationFactor;
        if (const AdminResult r = cluster.createTopic(spec); !r.ok())
            die("creating " + spec.name + ": " + r.message);
    }
    if (!cluster.waitUntilReady(std::chrono::minutes(5)))
        die("the topics' partitions had no leaders after 5 minutes");
}

// kRecordsPerPartition records in every partition, acks=all.
void fillPartitions(Cluster &cluster, const Sizes &sizes)
{
    ProducerConfig config;
    config.lingerMs = 5;
    config.deliveryTimeoutMs = 300'000;
    Producer producer(cluster, config);
    std::atomic<std::int64_t> failed{0};
    const Bytes value(100, 0x5a);
    for (int round = 0; round < kRecordsPerPartition; ++round)
        for (int flat = 0; flat < sizes.totalPartitions(); ++flat) {
            const TopicPartition tp = partitionAt(sizes, flat);
            ProducerRecord r;
            r.topic = tp.topic;
            r.partition = tp.partition;
            r.value = value;
            producer.send(std::move(r), [&failed](const DeliveryReport &report) {
                if (!report.ok())
                    failed.fetch_add(1);
            });
        }
    if (!producer.flush(std::chrono::minutes(5)))
        die("filling the partitions did not finish in 5 minutes");
    if (failed.load() > 0)
        die(std::to_string(failed.load()) + " records failed while filling the partitions");
}

// Group g commits kCommittedOffset on the partitions g*20 .. g*20+19 (counted across
// topics, wrapping around), as a group whose consumers have stopped would have.
void commitOffsets(Cluster &cluster, const Sizes &sizes)
{
    Admin admin(cluster);
    const int each = sizes.partitionsPerGroup();
    for (int g = 0; g < sizes.groups; ++g) {
        std::map<TopicPartition, std::int64_t> offsets;
        for (int k = 0; k < each; ++k)
            offsets[partitionAt(sizes, (g * each + k) % sizes.totalPartitions())] = kCommittedOffset;
        AdminResult r = admin.resetGroupOffsets(groupName(g), offsets);
        for (int attempt = 0; !r.ok() && attempt < 50; ++attempt) { // a coordinator still loading
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            r = admin.resetGroupOffsets(groupName(g), offsets);
        }
        if (!r.ok())
            die("committing offsets for " + groupName(g) + ": " + r.message);
    }
}

// The child's side of a ClusterProcess: builds the cluster, tells its port through
// `readyFd`, and serves until `holdFd` closes.
[[noreturn]] void serveCluster(const std::filesystem::path &dir, const Sizes &sizes, int readyFd, int holdFd)
{
    int status = 0;
    try {
        std::unique_ptr<Cluster> cluster = buildCluster(dir, sizes);
        const std::int32_t port = cluster->config().basePort;
        if (::write(readyFd, &port, sizeof port) != static_cast<ssize_t>(sizeof port))
            die("cannot tell the parent process the cluster's port");
        ::close(readyFd);
        char byte = 0;
        while (::read(holdFd, &byte, 1) > 0) {}
        cluster->stop();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "the cluster's process: %s\n", e.what());
        status = 1;
    }
    std::fflush(nullptr);
    ::_exit(status);
}

void printUsage(const OptionsHelp &help)
{
    // The second line lines up under the first's options.
    const std::string indent(std::string_view("usage: ").size() + std::string_view(help.program).size(), ' ');
    std::printf(
        "usage: %s [--brokers N] [--topics N] [--partitions N] [--groups N]\n"
        "%s [--replication-factor N] [--rounds N] [--idle-seconds N] [--dir DIR]\n"
        "  --brokers N             brokers (default 20; the embedded cluster holds at most %d)\n"
        "  --topics N              topics (default 500)\n"
        "  --partitions N          partitions per topic (default 20)\n"
        "  --groups N              consumer groups, each committed on %d partitions (default 500)\n"
        "  --replication-factor N  default 3; lowered when the open-file limit cannot hold it\n"
        "  --rounds N              %s (default 5)\n"
        "  --idle-seconds N        %s (default 20)\n"
        "  --dir DIR               put the cluster's data in DIR (default: a fresh temporary folder)\n",
        help.program, indent.c_str(), kMaxEmbeddedBrokers, kPartitionsPerGroup, help.rounds,
        help.idleSeconds);
    if (*help.footer != '\0')
        std::printf("%s\n", help.footer);
}

int positive(const char *program, const char *flag, const char *text)
{
    char *end = nullptr;
    const long n = std::strtol(text, &end, 10);
    if (*end != '\0' || n < 1 || n > 1'000'000) {
        std::fprintf(stderr, "%s: %s needs a positive number\n", program, flag);
        std::exit(2);
    }
    return static_cast<int>(n);
}

} // namespace

Options parseOptions(int argc, char **argv, const OptionsHelp &help)
{
    Options o;
    const std::vector<std::pair<std::string_view, int *>> numbers{
        {"--brokers", &o.sizes.brokers},
        {"--topics", &o.sizes.topics},
        {"--partitions", &o.sizes.partitions},
        {"--groups", &o.sizes.groups},
        {"--replication-factor", &o.sizes.replicationFactor},
        {"--rounds", &o.rounds},
        {"--idle-seconds", &o.idleSeconds}};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto number =
            std::find_if(numbers.begin(), numbers.end(), [&](const auto &n) { return n.first == arg; });
        if (number != numbers.end() && i + 1 < argc) {
            *number->second = positive(help.program, argv[i], argv[i + 1]);
            ++i;
        } else if (arg == "--dir" && i + 1 < argc) {
            o.dir = std::filesystem::path(argv[++i]);
        } else {
            printUsage(help);
            std::exit(arg == "--help" || arg == "-h" ? 0 : 2);
        }
    }
    return o;
}

void die(const std::string &what) { throw std::runtime_error(what); }

void check(const Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
}

void progress(const std::string &what) { std::fprintf(stderr, "... %s\n", what.c_str()); }

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

Sizes fit(const Sizes &asked, std::vector<std::string> &why)
{
    Sizes held = asked;
    if (held.brokers > kMaxEmbeddedBrokers) {
        held.brokers = kMaxEmbeddedBrokers;
        why.push_back("brokers " + std::to_string(asked.brokers) + " -> " + std::to_string(held.brokers) +
                      ": the embedded cluster holds at most " + std::to_string(kMaxEmbeddedBrokers) +
                      " brokers (Cluster::create and addBroker refuse more)");
    }
    if (held.replicationFactor > held.brokers) {
        held.replicationFactor = held.brokers;
        why.push_back("replication factor " + std::to_string(asked.replicationFactor) + " -> " +
                      std::to_string(held.replicationFactor) + ": one replica per broker");
    }
    // Every replica keeps its active segment's log file open.
    const long limit = openFileLimit();
    const long budget = std::max(1L, limit - kDescriptorsKept);
    const long partitions = held.totalPartitions();
    if (partitions * held.replicationFactor <= budget)
        return held;
    const int rf = held.replicationFactor;
    held.replicationFactor = static_cast<int>(std::max(1L, budget / partitions));
    std::string shrunk =
        "replication factor " + std::to_string(rf) + " -> " + std::to_string(held.replicationFactor);
    if (partitions > budget) {
        held.topics = static_cast<int>(std::max(1L, budget / held.partitions));
        shrunk += ", topics " + std::to_string(asked.topics) + " -> " + std::to_string(held.topics);
    }
    why.push_back(shrunk + ": each replica holds its log file open, and this process may open " +
                  std::to_string(limit) + " files (" + std::to_string(partitions * rf) + " replicas asked)");
    return held;
}

std::unique_ptr<Cluster> buildCluster(const std::filesystem::path &dir, const Sizes &sizes)
{
    progress("starting " + std::to_string(sizes.brokers) + " brokers");
    std::unique_ptr<Cluster> cluster = startCluster(dir, sizes);
    progress("creating " + std::to_string(sizes.topics) + " topics");
    createTopics(*cluster, sizes);
    progress("producing " + std::to_string(kRecordsPerPartition) + " records to each partition");
    fillPartitions(*cluster, sizes);
    progress("committing offsets for " + std::to_string(sizes.groups) + " groups");
    commitOffsets(*cluster, sizes);
    return cluster;
}

ClusterProcess::ClusterProcess(const std::filesystem::path &dir, const Sizes &sizes)
{
    int ready[2];
    int hold[2];
    if (::pipe(ready) != 0 || ::pipe(hold) != 0)
        die("cannot create pipes to the cluster's process");
    std::fflush(nullptr); // what is buffered would be written twice
    m_pid = ::fork();
    if (m_pid < 0)
        die("cannot fork the cluster's process");
    if (m_pid == 0) {
        ::close(ready[0]);
        ::close(hold[1]);
        serveCluster(dir, sizes, ready[1], hold[0]);
    }
    ::close(ready[1]);
    ::close(hold[0]);
    m_hold = hold[1];
    std::int32_t port = 0;
    const ssize_t got = ::read(ready[0], &port, sizeof port);
    ::close(ready[0]);
    if (got != static_cast<ssize_t>(sizeof port)) {
        ::close(m_hold);
        ::waitpid(m_pid, nullptr, 0);
        die("the cluster's process ended before its cluster was ready");
    }
    m_basePort = port;
}

ClusterProcess::~ClusterProcess()
{
    ::close(m_hold);
    ::waitpid(m_pid, nullptr, 0);
}

} // namespace remote_scale
