#pragma once

#include "cluster/topic_config.h"
#include "cluster/topic_partition.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace es {

enum class BrokerState : std::uint8_t {
    Running, // registered, heartbeating, serving
    Paused,  // thread frozen by the user; will be fenced when its session expires
    Fenced,  // the controller stopped trusting it (missed heartbeats)
    Stopped, // shut down gracefully
    Crashed, // killed abruptly
};

std::string_view brokerStateName(BrokerState s);

struct BrokerInfo {
    std::int32_t id = 0;
    std::string host;
    std::int32_t port = 0;
    std::int64_t epoch = 0;    // bumped at each registration
    bool fenced = true;        // as the controller sees it
};

struct PartitionInfo {
    std::int32_t partition = 0;
    std::vector<std::int32_t> replicas; // preferred leader first
    std::vector<std::int32_t> isr;
    std::int32_t leader = -1; // -1 when offline
    std::int32_t leaderEpoch = 0;
    std::int32_t partitionEpoch = 0;
    // A reassignment in progress (KIP-455): the replicas joining and those leaving, both
    // empty when none runs. While one runs, `replicas` lists the target first, then the
    // leaving ones, as Kafka orders them.
    std::vector<std::int32_t> addingReplicas = {};
    std::vector<std::int32_t> removingReplicas = {};

    [[nodiscard]] bool inIsr(std::int32_t broker) const;
    [[nodiscard]] bool hasReplica(std::int32_t broker) const;
    [[nodiscard]] bool reassigning() const { return !addingReplicas.empty() || !removingReplicas.empty(); }
    // Where the partition is going: its replicas without the leaving ones.
    [[nodiscard]] std::vector<std::int32_t> targetReplicas() const;
};

struct TopicInfo {
    std::string name;
    std::string topicId;
    bool internal = false;
    TopicConfig config;
    std::vector<PartitionInfo> partitions; // index = partition id
};

// The controller's view of the cluster at one metadata version. Immutable once published;
// shared between threads by shared_ptr<const MetadataImage>.
struct MetadataImage {
    std::int64_t version = 0;
    std::string clusterId;
    std::int32_t controllerId = -1; // the broker id clients are told is the controller
    std::map<std::int32_t, BrokerInfo> brokers;
    std::map<std::string, TopicInfo> topics;
    // The topic defaults of brokers with dynamic broker configs of their own (Kafka's broker
    // resource "<id>"); every other broker uses those each topic carries.
    std::map<std::int32_t, std::shared_ptr<const TopicConfigDefaults>> brokerTopicDefaults;

    [[nodiscard]] const TopicInfo *topic(const std::string &name) const;
    // `t`'s config as broker `broker` applies it, with that broker's own defaults.
    [[nodiscard]] TopicConfig topicConfigOn(const TopicInfo &t, std::int32_t broker) const;
    [[nodiscard]] const PartitionInfo *partition(const TopicPartition &tp) const;
    [[nodiscard]] bool brokerAlive(std::int32_t id) const;
};

using MetadataImagePtr = std::shared_ptr<const MetadataImage>;

} // namespace es
