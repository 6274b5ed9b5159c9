#pragma once

#include "cluster/topic_partition.h"

#include <cstdint>
#include <string>

namespace es {

class ClusterEventSink;

// What a broker tells the log and the timeline when storage refuses it something: once
// when a partition's writes start failing (its replica remembers, so a producer retrying
// against a full disk does not flood the timeline), and once per metadata update for the
// replicas it could not open.

void recordWriteRefused(ClusterEventSink &events, std::int32_t broker, const TopicPartition &tp,
                        const std::string &error);

void recordReplicasNotOpened(ClusterEventSink &events, std::int32_t broker, std::size_t count,
                             const TopicPartition &first, const std::string &error);

} // namespace es
