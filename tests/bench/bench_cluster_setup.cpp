#include "bench_cluster_setup.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace bench_cluster {

void die(const std::string &what) { throw std::runtime_error(what); }

void check(const es::Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
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

void progress(const char *what) { std::fprintf(stderr, "... %s\n", what); }

// ---- Data ----

Bytes keyFor(std::int64_t n)
{
    Bytes key{'k', 'e', 'y', '0', '0', '0', '0', '0', '0', '0'};
    for (std::int64_t i = 9, v = n % kKeySpace; v > 0; --i, v /= 10)
        key[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>('0' + v % 10);
    return key;
}

Bytes valueWithStamp(std::int64_t stamp)
{
    Bytes value(kValueSize, 0x5a);
    std::memcpy(value.data(), &stamp, sizeof stamp);
    return value;
}

std::optional<std::int64_t> stampOf(const es::FetchedRecord &r)
{
    std::int64_t stamp = 0;
    if (!r.value || r.value->size() < sizeof stamp)
        return std::nullopt;
    std::memcpy(&stamp, r.value->data(), sizeof stamp);
    return stamp;
}

// ---- Clusters ----

ClusterConfig defaultConfig(const fs::path &dir)
{
    ClusterConfig c;
    c.dataDir = dir;
    c.brokers = kBrokers;
    return c;
}

void useFastTimeouts(ClusterConfig &c)
{
    c.brokerHeartbeatMs = 50;
    c.brokerSessionTimeoutMs = 600;
    c.replicaLagTimeMaxMs = 800;
    c.replicaFetchWaitMaxMs = 200;
    c.groupInitialRebalanceDelayMs = 300;
    c.groupMinSessionTimeoutMs = 100;
}

RunningCluster::RunningCluster(const ClusterConfig &config)
{
    auto created = Cluster::create(config);
    check(created.status(), "creating a cluster");
    m_cluster = std::move(*created);
    check(m_cluster->start(), "starting the cluster");
    waitUntilReady();
}

RunningCluster::~RunningCluster() { m_cluster->stop(); }

void RunningCluster::waitUntilReady()
{
    if (!m_cluster->waitUntilReady(std::chrono::seconds(20)))
        die("the cluster did not become ready within 20 s");
}

void RunningCluster::waitUntilHosted(const std::string &topic)
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

std::vector<es::TopicPartition> RunningCluster::createTopic(const std::string &name)
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

} // namespace bench_cluster
