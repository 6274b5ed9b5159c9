#pragma once

#include "catalog/event_record.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

// What the catalog persists. Plain values: the cluster converts to and from its own types.

struct BrokerRecord {
    std::int32_t id = 0;
    std::string host;
    std::int32_t port = 0;
    // "running", "stopped", "crashed", "paused" or "fenced": the last state the user or
    // the controller put it in.
    std::string state;
};

struct TopicRecord {
    std::string name;
    std::string topicId; // 22-character base64 UUID, as Kafka prints it
    std::int32_t partitions = 0;
    std::int32_t replicationFactor = 0;
    bool internal = false;
    std::map<std::string, std::string> configs; // only the overrides (Kafka's dynamic topic configs)
    std::int64_t createdMs = 0;
};

struct PartitionRecord {
    std::string topic;
    std::int32_t partition = 0;
    std::vector<std::int32_t> replicas; // preferred leader first
    std::vector<std::int32_t> isr;
    std::int32_t leader = -1; // -1: offline
    std::int32_t leaderEpoch = 0;
    std::int32_t partitionEpoch = 0;
    // A reassignment in progress: the replicas joining and those leaving (both empty when
    // none runs); `replicas` then lists the target first, then the leaving ones.
    std::vector<std::int32_t> addingReplicas = {};
    std::vector<std::int32_t> removingReplicas = {};
};

// One metrics series sample. Series names (e.g. "broker:1/records_in_per_s") are built and
// read by metric_series.h only.
struct MetricSample {
    std::string series;
    std::int64_t timeMs = 0;
    double value = 0;
};

struct MetricPoint {
    std::int64_t timeMs = 0;
    double value = 0; // the average over the point's interval
    double max = 0;   // the largest sample in the point's interval
};

// Everything needed to bring a cluster back as it was.
struct CatalogState {
    std::optional<std::string> clusterId;
    std::vector<BrokerRecord> brokers;
    std::vector<TopicRecord> topics;
    std::vector<PartitionRecord> partitions;
    std::int64_t nextProducerId = 0;
    std::map<std::string, std::string> brokerConfigs; // cluster-wide dynamic broker configs
    std::map<std::int32_t, std::map<std::string, std::string>> perBrokerConfigs; // each broker's own
};

} // namespace es
