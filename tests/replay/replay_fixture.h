#pragma once

// Topics with known records for the replay tests: record i of a partition has key "k<i>",
// value "<topic>-<partition>-<i>", one header and the timestamp base + i * step.

#include "cluster/cluster_fixture.h"

#include "client/admin.h"

#include <QTest>

#include <map>
#include <string>

namespace es::test {

// A base for record timestamps an hour ago: recent enough that retention.ms keeps them.
inline std::int64_t recentTimestampBase()
{
    const auto now = std::chrono::system_clock::now() - std::chrono::hours(1);
    const std::int64_t ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    return ms - ms % 1000;
}

inline void createTopic(Cluster &cluster, const std::string &name, int partitions)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = partitions;
    spec.replicationFactor = 3;
    const AdminResult r = cluster.createTopic(spec);
    if (!r.ok())
        qFatal("creating %s: %s", name.c_str(), r.message.c_str());
    if (!cluster.waitUntilReady(std::chrono::seconds(10)))
        qFatal("%s has no leaders", name.c_str());
}

inline ProducerRecord knownRecord(const std::string &topic, std::int32_t partition, std::int64_t i,
                                  std::int64_t timestampBase, std::int64_t step)
{
    ProducerRecord r;
    r.topic = topic;
    r.partition = partition;
    r.key = bytesOf("k" + std::to_string(i));
    r.value = bytesOf(topic + "-" + std::to_string(partition) + "-" + std::to_string(i));
    r.headers.push_back({"trace", bytesOf("t" + std::to_string(i))});
    r.timestamp = timestampBase + i * step;
    return r;
}

inline void produceKnown(Cluster &cluster, const std::string &topic, int partitions, int perPartition,
                         std::int64_t timestampBase, std::int64_t step = 1)
{
    ProducerConfig config;
    config.lingerMs = 5;
    Producer producer(cluster, config);
    for (int i = 0; i < perPartition; ++i)
        for (int p = 0; p < partitions; ++p)
            producer.send(knownRecord(topic, p, i, timestampBase, step));
    if (!producer.flush(std::chrono::seconds(30)))
        qFatal("producing to %s did not finish", topic.c_str());
}

// The group's committed offsets as the snapshots show them.
inline std::map<TopicPartition, std::int64_t> committedOffsets(const Cluster &cluster,
                                                               const std::string &group)
{
    std::map<TopicPartition, std::int64_t> out;
    if (auto g = groupView(cluster, group))
        for (const auto &[tp, c] : g->group.offsets)
            out[tp] = c.offset;
    return out;
}

} // namespace es::test
