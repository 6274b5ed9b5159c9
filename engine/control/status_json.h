#pragma once

// The cluster as the control API shows it (GET /v1/status and the resources under it): a
// snapshot turned into JSON, field names as the API's description (control-api.yaml) has
// them. One function per resource, so that /v1/brokers/2 and /v1/status show a broker
// alike.

#include "cluster/cluster_snapshot.h"
#include "common/json.h"

namespace es::control {

// {id, host, port, state, controller, leaders, replicas}
JsonValue brokerJson(const BrokerSnapshot &broker);
// {partition, leader, leaderEpoch, replicas, isr, logStartOffset, highWatermark, logEndOffset, sizeBytes}
JsonValue partitionJson(const PartitionSnapshot &partition);
// {name, internal, replicationFactor, partitions: [partitionJson...], configs: {name: value}}
JsonValue topicJson(const TopicSnapshot &topic);
// As topicJson, with the number of partitions instead of their list (GET /v1/topics).
JsonValue topicSummaryJson(const TopicSnapshot &topic);
// {id, state, protocolType, members, coordinator, totalLag, lag: [{topic, partition, committed,
// highWatermark, lag}]}
JsonValue groupJson(const GroupView &group);
// {a, b, latencyMs, lossRate, cut}, nodes by name (node_name.h)
JsonValue linkJson(const LinkState &link);
JsonValue linksJson(const std::vector<LinkState> &links);
// The whole of GET /v1/status.
JsonValue statusJson(const ClusterSnapshot &snapshot);

} // namespace es::control
