#pragma once

// Steps the tests of the delete actions take through a bridge's Connection, as the views
// do (commands run through test::runAndWait): creating and filling topics, and
// reading partitions and groups from the newest snapshot.

#include "view_test_cluster.h"

#include "ui/cluster_bridge.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_fixture.h"
#include "connection/connection.h"
#endif

#include <QTest>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace es::test {

inline bool createTopic(ClusterBridge &bridge, const std::string &name, int partitions)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = partitions;
    spec.replicationFactor = 1;
    const auto r = runAndWait(bridge, [spec](Connection &c) { return c.createTopic(spec).ok(); });
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
