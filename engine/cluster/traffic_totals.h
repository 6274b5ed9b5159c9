#pragma once

#include "cluster/broker.h"
#include "cluster/cluster_snapshot.h"
#include "cluster/topic_partition.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace es {

// Per-partition counters that only grow, for Prometheus, made from replica counters that do
// not: a replica counts what clients appended and consumers fetched only while it leads, and
// starts again from zero with each run of its broker. Summing every replica's increases
// between two publishes gives what the partition saw across leader changes and restarts;
// only what a broker counted between its last publish and a crash is lost.
//
// Thread-safety: the snapshot publisher's thread only.
class TrafficTotals {
public:
    using ReplicaViews = std::unordered_map<std::int32_t, Broker::ReplicaView>;

    // Adds what `replicas` (by broker) counted since the last publish and writes the
    // partition's totals into `partition` (whose logEndOffset is already set, -1 when no
    // leader reports it). A topic deleted and created again starts from zero.
    void fill(const TopicPartition &tp, const std::string &topicId, const ReplicaViews &replicas,
              PartitionSnapshot &partition);
    // Forgets the partitions not filled since the previous sweep (deleted topics).
    void sweep();

private:
    struct ReplicaCounters {
        std::uint64_t appendedBytes = 0;
        std::uint64_t consumedRecords = 0;
        std::uint64_t consumedBytes = 0;
    };
    struct Entry {
        std::string topicId;
        std::int64_t logEnd = 0; // the last one known
        std::uint64_t bytesIn = 0;
        std::uint64_t recordsOut = 0;
        std::uint64_t bytesOut = 0;
        std::unordered_map<std::int32_t, ReplicaCounters> replicas; // as last read, by broker
        std::uint64_t round = 0;
    };

    std::unordered_map<TopicPartition, Entry> m_entries;
    std::uint64_t m_round = 0;
};

} // namespace es
