#pragma once

// Steps the view tests take through a bridge's Connection, as the views do (commands run
// through test::runAndWait): creating and filling topics (with replicas where the test
// places them), committing offsets, keeping a group member, stopping and starting brokers,
// and reading partitions, brokers and groups from the newest snapshot.

#include "view_test_cluster.h"

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#include "connection/connection.h"
#endif

#include <QTest>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es::test {

using BrokerIds = std::vector<std::int32_t>;

inline bool createTopic(ClusterBridge &bridge, const std::string &name, int partitions)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = partitions;
    spec.replicationFactor = 1;
    const auto r = runAndWait(bridge, [spec](Connection &c) { return c.createTopic(spec).ok(); });
    return r && *r;
}

// A topic whose partitions have the replicas listed, each list's first the preferred leader.
inline bool createAssigned(ClusterBridge &bridge, const std::string &name,
                           const std::vector<BrokerIds> &assignments)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.assignments = assignments;
    const auto r = runAndWait(bridge, [spec](Connection &c) { return c.createTopic(spec).ok(); });
    return r && *r;
}

// Stops broker `id` gracefully, or (re)starts it; embedded connections only.
inline bool brokerControl(ClusterBridge &bridge, bool stop, std::int32_t id)
{
    const auto r = runAndWait(bridge, [stop, id](Connection &c) {
        return (stop ? c.brokerControl()->stopBroker(id) : c.brokerControl()->restartBroker(id)).isOk();
    });
    return r && *r;
}

// Writes `perPartition` records into each of the topic's first `partitions` partitions and
// waits until every one is acknowledged.
inline bool fillTopic(ClusterBridge &bridge, const std::string &topic, int partitions, int perPartition)
{
    const auto r = runAndWait(bridge, [=](Connection &c) {
        auto writer = c.openWriter(ProducerConfig{});
        if (!writer)
            return false;
        for (int p = 0; p < partitions; ++p)
            for (int i = 0; i < perPartition; ++i)
                (*writer)->send(
                    {topic, p, bytesOf("key-" + std::to_string(i)), bytesOf("value"), {}, std::nullopt});
        return (*writer)->close(std::chrono::seconds(15));
    });
    return r && *r;
}

struct PartitionOffsets {
    std::int64_t logStart = -1;
    std::int64_t highWatermark = -1;
    bool operator==(const PartitionOffsets &) const = default;
};

// Per partition, as the bridge's newest snapshot shows them; empty when there is no topic.
inline std::vector<PartitionOffsets> offsetsOf(const ClusterBridge &bridge, const std::string &topic)
{
    std::vector<PartitionOffsets> out;
    if (const auto snapshot = bridge.snapshot())
        for (const TopicSnapshot &t : snapshot->topics)
            if (t.name == topic)
                for (const PartitionSnapshot &p : t.partitions)
                    out.push_back({p.logStartOffset, p.highWatermark});
    return out;
}

// The partition as the bridge's newest snapshot shows it; nullopt when there is none.
inline std::optional<PartitionSnapshot> partitionOf(const ClusterBridge &bridge, const std::string &topic,
                                                    int partition)
{
    if (const auto snapshot = bridge.snapshot())
        for (const TopicSnapshot &t : snapshot->topics)
            if (t.name == topic && partition >= 0 && partition < static_cast<int>(t.partitions.size()))
                return t.partitions[static_cast<std::size_t>(partition)];
    return std::nullopt;
}

// The partition's leader, -1 when it has none, -2 when there is no such partition.
inline std::int32_t leaderOf(const ClusterBridge &bridge, const std::string &topic, int partition)
{
    const auto p = partitionOf(bridge, topic, partition);
    return p ? p->leader : -2;
}

inline BrokerIds brokersOf(const PartitionSnapshot &p)
{
    BrokerIds ids;
    for (const auto &r : p.replicas)
        ids.push_back(r.broker);
    return ids;
}

// True once the partition's move has completed with `replicas`.
inline bool settledOn(const ClusterBridge &bridge, const std::string &topic, int partition,
                      const BrokerIds &replicas)
{
    const auto p = partitionOf(bridge, topic, partition);
    return p && !p->moving() && brokersOf(*p) == replicas;
}

inline bool brokerRuns(const ClusterBridge &bridge, std::int32_t id)
{
    const auto snapshot = bridge.snapshot();
    return snapshot &&
           std::any_of(snapshot->brokers.begin(), snapshot->brokers.end(), [id](const BrokerSnapshot &b) {
               return b.id == id && b.state == BrokerState::Running;
           });
}

inline bool allRunning(const ClusterBridge &bridge)
{
    const auto snapshot = bridge.snapshot();
    return snapshot && std::all_of(snapshot->brokers.begin(), snapshot->brokers.end(),
                                   [](const BrokerSnapshot &b) { return b.state == BrokerState::Running; });
}

// Sets the group's committed offsets (the group has no members, or Kafka refuses).
inline bool commitGroupOffsets(ClusterBridge &bridge, const std::string &group,
                               const std::map<TopicPartition, std::int64_t> &offsets)
{
    const auto r = runAndWait(
        bridge, [group, offsets](Connection &c) { return c.resetGroupOffsets(group, offsets).ok(); });
    return r && *r;
}

// A member of `group` that has read records of `topic` and committed them, and stays in the
// group while the test holds it; null when that did not happen within twenty seconds.
inline std::shared_ptr<GroupConsumer> stayingMember(ClusterBridge &bridge, const std::string &group,
                                                    const std::string &topic)
{
    const auto member = runAndWait(bridge, [group, topic](Connection &c) -> std::shared_ptr<GroupConsumer> {
        ConsumerConfig config;
        config.groupId = group;
        config.autoOffsetReset = OffsetReset::Earliest;
        config.enableAutoCommit = false;
        auto consumer = c.openGroupConsumer(config);
        if (!consumer)
            return nullptr;
        (*consumer)->subscribe({topic});
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while ((*consumer)->poll(std::chrono::milliseconds(200)).empty())
            if (std::chrono::steady_clock::now() > deadline)
                return nullptr;
        if ((*consumer)->commitSync(std::chrono::seconds(10)) != ErrorCode::None)
            return nullptr;
        return std::shared_ptr<GroupConsumer>(std::move(*consumer));
    });
    return member ? *member : nullptr;
}

// The group as the bridge's newest snapshot shows it, or nullopt.
inline std::optional<GroupView> groupOf(const ClusterBridge &bridge, const std::string &groupId)
{
    if (const auto snapshot = bridge.snapshot())
        for (const GroupView &g : snapshot->groups)
            if (g.group.groupId == groupId)
                return g;
    return std::nullopt;
}

} // namespace es::test
