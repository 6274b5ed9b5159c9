#pragma once

#include "catalog/catalog_types.h"
#include "cluster/group/group_snapshot.h"
#include "cluster/metadata_image.h"
#include "cluster/network.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace es {

// An immutable picture of the cluster, published to observers at a bounded rate. The UI
// reads only these.

struct BrokerSnapshot {
    std::int32_t id = 0;
    std::string host;
    std::int32_t port = 0;
    BrokerState state = BrokerState::Stopped;
    bool isController = false;
    int leaderCount = 0;
    int replicaCount = 0;
    int underReplicated = 0; // partitions it leads with fewer in-sync replicas than replicas
    double recordsInPerSec = 0;
    double recordsOutPerSec = 0;
    double bytesInPerSec = 0;
    double bytesOutPerSec = 0;
    double produceP50Ms = 0;
    double produceP99Ms = 0;
    double produceRequestsPerSec = 0;
    double fetchRequestsPerSec = 0;
    // Counters since this run of the broker began (all 0 while it is down), for Prometheus.
    std::uint64_t recordsInTotal = 0; // appended by clients
    std::uint64_t bytesInTotal = 0;
    std::uint64_t recordsOutTotal = 0; // fetched by consumers
    std::uint64_t bytesOutTotal = 0;
    std::uint64_t isrShrinks = 0; // of partitions it leads
    std::uint64_t isrExpands = 0;

    bool operator==(const BrokerSnapshot &) const = default;
};

struct ReplicaSnapshot {
    std::int32_t broker = 0;
    bool inSync = false;
    bool isLeader = false;
    bool online = false;            // its broker is alive
    std::int64_t logEndOffset = -1; // as the broker hosting it reports, -1 if unknown
    std::uint64_t sizeBytes = 0;    // likewise, 0 if unknown
};

struct PartitionSnapshot {
    std::int32_t partition = 0;
    std::int32_t leader = -1;
    std::int32_t leaderEpoch = 0;
    std::vector<ReplicaSnapshot> replicas;
    std::int64_t logStartOffset = -1;
    std::int64_t highWatermark = -1;
    std::int64_t logEndOffset = -1;
    std::uint64_t sizeBytes = 0;
    std::size_t segments = 0;
    std::vector<std::int64_t> segmentBaseOffsets; // where each segment starts, in order
    double recordsInPerSec = 0;                   // from the leader's log end offset
    double bytesInPerSec = 0;                     // from the leader's log size (retention makes it dip)
    double recordsOutPerSec = 0; // fetched by consumers from the leader (followers not counted)
    double bytesOutPerSec = 0;
    // A reassignment in progress: the replicas joining (in `replicas`, out of sync until
    // they catch up) and those leaving once it completes; both empty when none runs.
    std::vector<std::int32_t> addingReplicas = {};
    std::vector<std::int32_t> removingReplicas = {};
    // Counters that only grow, for Prometheus: the records appended (the log end offset, the
    // last one known while no leader reports it), and the bytes clients appended and the
    // records and bytes consumers fetched, summed over every leader it had in this process.
    std::int64_t recordsInTotal = 0;
    std::uint64_t bytesInTotal = 0;
    std::uint64_t recordsOutTotal = 0;
    std::uint64_t bytesOutTotal = 0;
    [[nodiscard]] bool underReplicated() const;
    [[nodiscard]] bool moving() const { return !addingReplicas.empty() || !removingReplicas.empty(); }
};

struct TopicSnapshot {
    std::string name;
    std::string topicId;
    bool internal = false;
    std::vector<PartitionSnapshot> partitions;
    std::vector<ConfigEntry> configs;
    int replicationFactor = 0;
    std::int64_t records = 0; // sum over partitions of high watermark - log start
    std::uint64_t sizeBytes = 0;
    double recordsInPerSec = 0;
    double bytesInPerSec = 0;
    double recordsOutPerSec = 0; // fetched by consumers
    double bytesOutPerSec = 0;
    int underReplicated = 0;
    int offline = 0;
    // Its partitions' counters summed (PartitionSnapshot::recordsInTotal...).
    std::int64_t recordsInTotal = 0;
    std::uint64_t bytesInTotal = 0;
    std::uint64_t recordsOutTotal = 0;
    std::uint64_t bytesOutTotal = 0;
};

struct PartitionLag {
    TopicPartition tp;
    std::int64_t committed = -1;
    std::int64_t highWatermark = -1;
    std::int64_t lag = 0; // high watermark - committed (the whole log when nothing is committed)
    std::int64_t commitTimestampMs = -1;
};

struct GroupView {
    GroupSnapshot group;
    std::int32_t coordinator = -1;
    std::vector<PartitionLag> lag;
    std::int64_t totalLag = 0;
};

struct ClusterSnapshot {
    std::int64_t timeMs = 0;
    std::int64_t metadataVersion = 0;
    std::string clusterId;
    std::int32_t controllerId = -1;
    // False while the controller is crashed (Cluster::crashController): the metadata shown is
    // the last it published.
    bool controllerRunning = true;
    std::vector<BrokerSnapshot> brokers;
    std::vector<TopicSnapshot> topics;
    std::vector<GroupView> groups;
    std::vector<LinkState> links;
    std::string bootstrapServers;
    int underReplicatedPartitions = 0;
    int offlinePartitions = 0;
};

using ClusterSnapshotPtr = std::shared_ptr<const ClusterSnapshot>;

// Receives snapshots and timeline events on the publisher's thread: implementations hand
// them over (e.g. as queued Qt signals) and return quickly.
class ClusterObserver {
public:
    virtual ~ClusterObserver() = default;
    virtual void onSnapshot(const ClusterSnapshotPtr &snapshot) = 0;
    virtual void onEvent(const EventRecord &event) = 0;
};

} // namespace es
