#pragma once

// Builds a real cluster (brokers on their threads) in a temporary folder for a test, with
// timeouts short enough that failures heal within a second or two.

#include "client/consumer.h"
#include "client/producer.h"
#include "cluster/cluster.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace es::test {

inline ClusterConfig fastConfig(const QTemporaryDir &dir, int brokers = 3)
{
    ClusterConfig c;
    c.dataDir = dir.path().toStdString();
    c.brokers = brokers;
    c.brokerHeartbeatMs = 50;
    c.brokerSessionTimeoutMs = 1500;
    c.replicaLagTimeMaxMs = 2000;
    c.replicaFetchWaitMaxMs = 200;
    c.logRetentionCheckMs = 200;
    c.logCleanerBackoffMs = 200;
    c.logInitialTaskDelayMs = 200;
    c.snapshotIntervalMs = 50;
    c.autoLeaderRebalance = false;
    c.groupInitialRebalanceDelayMs = 300;
    c.groupMinSessionTimeoutMs = 100;
    c.offsetsTopicPartitions = 5;
    return c;
}

inline std::unique_ptr<Cluster> startCluster(const ClusterConfig &config)
{
    auto cluster = Cluster::create(config);
    if (!cluster)
        qFatal("cannot create cluster: %s", cluster.status().toString().c_str());
    Status s = (*cluster)->start();
    if (!s.isOk())
        qFatal("cannot start cluster: %s", s.toString().c_str());
    if (!(*cluster)->waitUntilReady(std::chrono::seconds(10)))
        qFatal("cluster did not become ready");
    return std::move(*cluster);
}

// Polls `condition` every `interval` until it holds or `timeout` passes.
inline bool eventually(const std::function<bool()> &condition,
                       std::chrono::milliseconds timeout = std::chrono::seconds(10),
                       std::chrono::milliseconds interval = std::chrono::milliseconds(10))
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(interval);
    }
    return condition();
}

// Runs `work` on a thread of its own; true when it ended within `limit`. Waits for it to
// end either way, so a slow `work` makes the test slow, never leaves it behind.
inline bool finishesWithin(const std::function<void()> &work, std::chrono::milliseconds limit)
{
    std::atomic<bool> done{false};
    std::thread worker([&] {
        work();
        done = true;
    });
    const bool quick = eventually([&] { return done.load(); }, limit);
    worker.join();
    return quick;
}

inline Bytes bytesOf(const std::string &s) { return Bytes(s.begin(), s.end()); }
inline std::string stringOf(const std::optional<Bytes> &b) { return b ? std::string(b->begin(), b->end()) : "<null>"; }

inline std::vector<TopicPartition> partitionsOf(const Cluster &cluster, const std::string &topic)
{
    std::vector<TopicPartition> out;
    auto image = cluster.metadata();
    if (const TopicInfo *t = image->topic(topic))
        for (const auto &p : t->partitions)
            out.push_back({topic, p.partition});
    return out;
}

// The group as the latest snapshot shows it, if it exists there.
inline std::optional<GroupView> groupView(const Cluster &cluster, const std::string &groupId)
{
    auto snap = cluster.snapshot();
    if (snap)
        for (const auto &g : snap->groups)
            if (g.group.groupId == groupId)
                return g;
    return std::nullopt;
}

// Reads every partition of `topic` from the start until `expected` records arrived or
// `timeout` passed.
inline std::vector<FetchedRecord> consumeAll(Cluster &cluster, const std::string &topic, std::size_t expected,
                                             std::chrono::milliseconds timeout = std::chrono::seconds(20))
{
    ConsumerConfig cfg;
    cfg.autoOffsetReset = OffsetReset::Earliest;
    cfg.maxPollRecords = 5000;
    Consumer consumer(cluster, cfg);
    consumer.assign(partitionsOf(cluster, topic));
    std::vector<FetchedRecord> out;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (out.size() < expected && std::chrono::steady_clock::now() < deadline)
        for (auto &r : consumer.poll(std::chrono::milliseconds(100)))
            out.push_back(std::move(r));
    return out;
}

} // namespace es::test
