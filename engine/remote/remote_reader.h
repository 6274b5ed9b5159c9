#pragma once

// One reading of a remote cluster, piece by piece, through librdkafka: its metadata, the
// partitions' offsets, the consumer groups with their committed offsets, topic configs.
// Each blocks for at most about timeoutMs.

#include "cluster/cluster_snapshot.h"
#include "common/status.h"

#include <librdkafka/rdkafka.h>

#include <map>
#include <string>
#include <vector>

namespace es {

// Brokers, topics and partitions (leader, replicas, ISR), the controller and the cluster id.
// Offsets are left at -1; every broker the metadata lists is Running.
Result<ClusterSnapshot> readMetadata(rd_kafka_t *rk, int timeoutMs);

// Fills each partition's log start offset and high watermark, and the topics' record
// counts. `consumer` must be a consumer handle reading uncommitted (its latest offset is
// then the high watermark). Partitions whose leader is not among the snapshot's brokers, or
// did not answer, keep -1. With `logStartsFrom`, a partition it knows the start of keeps
// that start (at most the new high watermark) instead of asking: starts move only with
// retention, compaction and deleted records, and asking for them was half of every reading.
Status readWatermarks(rd_kafka_t *consumer, ClusterSnapshot &snapshot, int timeoutMs,
                      const ClusterSnapshot *logStartsFrom = nullptr);

struct RemoteGroup {
    GroupSnapshot group; // members' assignments encoded as the consumer protocol's bytes
    std::int32_t coordinator = -1;
};

// Every consumer group with its description and committed offsets. A group whose
// description or offsets could not be read is listed with what was read.
Result<std::vector<RemoteGroup>> readGroups(rd_kafka_t *rk, int timeoutMs);

// The lag of each group against the snapshot's high watermarks, as the embedded cluster
// computes it: high watermark - max(committed, log start), never below zero.
std::vector<GroupView> groupViews(std::vector<RemoteGroup> groups, const ClusterSnapshot &snapshot);

// Each topic's configs, defaults included (isDefault tells them apart).
Result<std::map<std::string, std::vector<ConfigEntry>>>
readTopicConfigs(rd_kafka_t *rk, const std::vector<std::string> &topics, int timeoutMs);

} // namespace es
