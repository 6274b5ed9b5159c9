#pragma once

// The one interface through which the views see a cluster (DESIGN.md, "Connections"): its
// snapshots, its admin commands, its event timeline and metrics history, and, where the
// cluster runs in this process, control over its brokers and links. The embedded cluster
// is one implementation (embedded_connection.h); a Kafka cluster reached over the network
// is to be another. What a connection cannot do, capabilities() says, and the view leaves
// it out rather than fake it.
//
// Thread-safety: every method may be called from any thread but the engine's own loops.
// Commands and queries block until the cluster answers, so the GUI calls them from a
// worker thread, never its own.

#include "catalog/catalog_types.h"
#include "catalog/lag_history.h"
#include "catalog/metrics_query.h"
#include "client/group_consumer.h"
#include "client/record_reader.h"
#include "client/record_writer.h"
#include "cluster/cluster_snapshot.h"
#include "cluster/controller.h"
#include "cluster/network.h"
#include "cluster/replica_log_digest.h"
#include "common/status.h"
#include "connection/broker_config_view.h"
#include "connection/request_stats.h"
#include "connection/security_admin.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace es {

// Whether a connection can do something. When it cannot only because the client library it
// speaks through has no API for it, `missingFromClient` names that library and its version
// ("librdkafka 2.0.2"), so the view can say that a newer one would.
struct Support {
    bool available = false;
    std::string missingFromClient = {};
};

struct ConnectionCapabilities {
    // Stop, crash, pause, resume, restart and add brokers; slow, lossy or cut links.
    bool brokerControl = false;
    // Log end offsets, segments and sizes of partitions (what Kafka's protocol does not tell).
    bool logDetails = false;
    // Per-broker request rates and latencies, and records fetched by consumers: what only a
    // cluster in this process measures.
    bool brokerMetrics = false;
    // Broker configs can be read, cluster-wide and per broker, and changed where dynamic.
    bool brokerConfigs = false;
    // Every write (topics, configs, records, offsets) is refused: the user chose to only look.
    bool readOnly = false;
    // Partitions' replicas can be moved between brokers (Kafka's partition reassignments).
    bool replicaMoves = false;
    // Preferred and unclean leader elections (Kafka's ElectLeaders).
    Support leaderElections = {};
};

// The new replica list of each partition (its first replica the preferred leader), or
// nullopt to cancel the partition's move in progress.
using ReplicaMoves = std::map<TopicPartition, std::optional<std::vector<std::int32_t>>>;

// Control over the brokers and links of a cluster that runs in this process.
class BrokerControl {
public:
    virtual ~BrokerControl() = default;
    virtual Status stopBroker(std::int32_t id) = 0;
    virtual Status crashBroker(std::int32_t id, bool loseUnflushed) = 0;
    virtual Status pauseBroker(std::int32_t id) = 0;
    virtual Status resumeBroker(std::int32_t id) = 0;
    virtual Status restartBroker(std::int32_t id) = 0;
    virtual Result<std::int32_t> addBroker() = 0;
    // The controller's thread dies, and later a new one takes over (Cluster::crashController).
    virtual Status crashController() = 0;
    virtual Status restartController() = 0;
    virtual void setLink(NodeId a, NodeId b, LinkFault fault) = 0;
    virtual void healLinks() = 0;
    // Every running broker's replica of `tp`: offsets and batch headers, each read at one
    // moment on its broker's loop, so that replicas can be compared batch by batch.
    // NotFound for an unknown partition.
    virtual Result<std::vector<ReplicaLogDigest>> replicaLogs(const TopicPartition &tp) = 0;
};

class Connection {
public:
    virtual ~Connection() = default;

    [[nodiscard]] virtual ConnectionCapabilities capabilities() const = 0;

    // -- observing ---------------------------------------------------------------------------
    // The latest snapshot (null before the first). Observers get each new snapshot and each
    // timeline event on the connection's own thread; they must hand them over and return.
    [[nodiscard]] virtual ClusterSnapshotPtr snapshot() const = 0;
    virtual void addObserver(ClusterObserver *observer) = 0;
    virtual void removeObserver(ClusterObserver *observer) = 0;

    // -- admin -------------------------------------------------------------------------------
    virtual AdminResult createTopic(const CreateTopicSpec &spec) = 0;
    virtual AdminResult deleteTopic(const std::string &name) = 0;
    virtual AdminResult createPartitions(const std::string &name, int totalCount) = 0;
    virtual AdminResult
    alterTopicConfigs(const std::string &name,
                      const std::map<std::string, std::optional<std::string>> &changes) = 0;
    // Every broker config of broker `broker`, or, for nullopt, as every broker has it without
    // values of its own (Kafka's broker resource ""), sorted by name. Unsupported unless
    // capabilities().brokerConfigs.
    virtual Result<std::vector<BrokerConfigDescription>>
    describeBrokerConfigs(std::optional<std::int32_t> broker) = 0;
    // Sets (value) or deletes (nullopt) dynamic broker configs of broker `broker`, or
    // cluster-wide for nullopt; with `validateOnly`, only checks them. Kafka's errors:
    // InvalidConfig for a bad name or value, InvalidRequest for a read-only config.
    virtual AdminResult alterBrokerConfigs(std::optional<std::int32_t> broker,
                                           const BrokerConfigChanges &changes, bool validateOnly) = 0;

    // Moves partitions' replicas (Kafka's AlterPartitionReassignments): the new replicas
    // copy the log, and once they are in sync the old ones leave and delete theirs. Returns
    // one result per partition, in map order, as soon as the moves have started; snapshots
    // then show each move in progress (PartitionSnapshot::addingReplicas, removingReplicas)
    // until it completes. Unsupported, saying so, unless capabilities().replicaMoves.
    virtual Result<std::vector<ReassignmentResult>> reassignPartitions(const ReplicaMoves &moves) = 0;

    // Elects partitions' leaders through the controller (Kafka's ElectLeaders): the preferred
    // replica where it is alive and in sync, or, unclean, any live replica of a partition
    // whose in-sync replicas are all gone. One result per partition named, in order: the
    // leader elected, or Kafka's reason for none (ElectionNotNeeded,
    // PreferredLeaderNotAvailable, EligibleLeadersNotAvailable, UnknownTopicOrPartition).
    // An empty list names every partition, and then those needing no election are left out,
    // as Kafka does. Unsupported, saying so, unless capabilities().leaderElections.available.
    virtual Result<std::vector<ElectionResult>> electLeaders(ElectionType type,
                                                            const std::vector<TopicPartition> &partitions) = 0;

    // -- records -----------------------------------------------------------------------------
    // A reader of any partition's records (browsing, searching, exporting, re-publishing).
    // Each call makes a new one (never null); it must not outlive the connection.
    virtual std::unique_ptr<RecordReader> openReader() = 0;
    // How many partitions `topic` has now; NotFound when there is no such topic.
    virtual Result<std::int32_t> partitionCount(const std::string &topic) = 0;
    // A producer into this cluster (Produce, Send many, re-publishing, producer bots). The
    // config's autoCreateTopics yields to the cluster's own auto.create.topics.enable.
    // Unsupported, saying so, on a read-only connection.
    virtual Result<std::unique_ptr<RecordWriter>> openWriter(const ProducerConfig &config) = 0;
    // Deletes the records of `tp` below `offset` (-1: below the high watermark), as Kafka's
    // DeleteRecords; returns the new log start offset.
    virtual Result<std::int64_t> deleteRecords(const TopicPartition &tp, std::int64_t offset) = 0;

    // -- consumer groups ---------------------------------------------------------------------
    // A member of a consumer group (simulated clients); refused on a read-only connection.
    virtual Result<std::unique_ptr<GroupConsumer>> openGroupConsumer(const ConsumerConfig &config) = 0;
    // Sets a group's committed offsets; Kafka refuses while the group has active members
    // (NonEmptyGroup). A requested `stop` ends the wait at once (the reset may still apply).
    virtual AdminResult resetGroupOffsets(const std::string &groupId,
                                          const std::map<TopicPartition, std::int64_t> &offsets,
                                          std::stop_token stop = {}) = 0;
    // Forgets the group's committed offsets of these partitions (OffsetDelete); refused for
    // partitions of a topic the group's members still consume.
    virtual AdminResult deleteGroupOffsets(const std::string &groupId,
                                           const std::vector<TopicPartition> &partitions) = 0;
    // Deletes an empty group and its committed offsets (DeleteGroups).
    virtual AdminResult deleteGroup(const std::string &groupId) = 0;

    // -- history -----------------------------------------------------------------------------
    // The timeline, newest first, as EventQuery chooses.
    virtual Result<std::vector<EventRecord>> events(const EventQuery &query) const = 0;
    virtual MetricsResult metrics(const MetricsRequest &request) const = 0;
    // `cancel` (may be null) is checked between series.
    virtual LagHistory lagHistory(const LagHistoryRequest &request,
                                  const std::atomic<bool> *cancel) const = 0;

    // -- brokers -----------------------------------------------------------------------------
    // Null unless capabilities().brokerControl.
    virtual BrokerControl *brokerControl() = 0;

    // -- security ----------------------------------------------------------------------------
    // Users, ACLs and listeners; null when the connection can tell none of them.
    virtual SecurityAdmin *securityAdmin() { return nullptr; }

    // -- metrics -----------------------------------------------------------------------------
    // Each running broker's request latencies by API, read now, for Prometheus; empty when
    // the connection cannot see inside the brokers.
    [[nodiscard]] virtual std::vector<BrokerRequestStats> requestStats() const { return {}; }
};

} // namespace es
