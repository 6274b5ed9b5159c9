#pragma once

#include "catalog/catalog_types.h"
#include "cluster/broker_configs.h"
#include "cluster/cluster_config.h"
#include "cluster/controller_channel.h"
#include "cluster/event_loop.h"
#include "cluster/metadata_image.h"
#include "cluster/network.h"
#include "cluster/reassignment.h"
#include "common/clock.h"

#include <asio/steady_timer.hpp>

#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>

namespace es {

class Catalog;
class ClusterEventSink;

// The outcome of an admin request, in Kafka's terms and in words.
struct AdminResult {
    ErrorCode error = ErrorCode::None;
    std::string message;
    [[nodiscard]] bool ok() const { return error == ErrorCode::None; }
};

// Kafka's election types (ElectLeaders): the preferred replica (the first of the assignment)
// when it is in sync, or, for a partition whose in-sync replicas are all gone, any live
// replica, at the price of what only the ISR had.
enum class ElectionType : std::uint8_t { Preferred, Unclean };

struct ElectionResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::string message;      // why, when there is an error
    std::int32_t leader = -1; // the leader elected, when there is none
};

struct CreateTopicSpec {
    std::string name;
    int partitions = -1;         // -1: the cluster default
    int replicationFactor = -1;  // -1: the cluster default (capped at live brokers)
    std::map<std::string, std::string> configs;
    bool internal = false;
    bool validateOnly = false;
    // Replica lists chosen by the client, by partition (partitions and replicationFactor
    // then follow from them); the first replica of each is the preferred leader.
    std::vector<std::vector<std::int32_t>> assignments = {};
};

// The cluster's metadata authority, on its own thread: broker registration and
// heartbeats, fencing, leader elections, ISR changes, topics and their configs. Every
// change produces a new immutable MetadataImage, pushed to every broker and observer and
// written to the catalog.
//
// Thread-safety: the handle*/admin methods run on the controller's loop (callers post
// them there, usually through the Network); image() and start()/stop() are thread-safe.
class Controller final : public NetworkNode {
public:
    using Publish = std::function<void(const MetadataImagePtr &)>;

    Controller(const ClusterConfig &config, Network &network, Catalog *catalog, ClusterEventSink &events,
               const Clock &clock);
    ~Controller() override;

    // Restores topics, partitions and brokers from the catalog, then starts the loop.
    //
    // `takeOver` is the last image a crashed controller published, when this one replaces
    // it: KRaft's metadata log would hold the brokers' registrations (epochs, fencing) and
    // its own end offset, which the catalog does not, so they come from there. Brokers keep
    // their epochs and get a fresh session, images go on from its version, and a broker that
    // registers again as a new incarnation is fenced as if this controller had seen it run.
    void start(const CatalogState &restored, Publish onPublish, MetadataImagePtr takeOver = nullptr);
    void stop();

    EventLoop &loop() override { return m_loop; }
    [[nodiscard]] MetadataImagePtr image() const;

    // -- from brokers (on the loop) -----------------------------------------------------
    // A broker still registered and unfenced that registers as a new incarnation restarted
    // before its session expired: it is fenced first, so it leaves every ISR and leads
    // nothing until it has caught up again. Its log may have lost what it had not
    // flushed, and a leader with such a log would make the followers truncate
    // acknowledged records away.
    //
    // As in KRaft, a registered broker stays fenced until it has applied the image the
    // registration answered with (opened its replicas, which takes seconds with thousands
    // of them) and says so with a heartbeat that does not want to be fenced. Until then it
    // leads nothing, joins no ISR, and its silence does not count against it.
    RegistrationReply registerBroker(std::int32_t id, std::uint64_t incarnation, const std::string &host,
                                     std::int32_t port);
    HeartbeatReply heartbeat(std::int32_t id, std::int64_t epoch, bool wantFence);
    ErrorCode alterPartition(const AlterPartitionRequest &request);
    // The requests of one AlterPartition, published as one new image.
    std::vector<ErrorCode> alterPartitions(const std::vector<AlterPartitionRequest> &requests);
    ErrorCode controlledShutdown(std::int32_t id, std::int64_t epoch);

    // -- admin (on the loop) ------------------------------------------------------------
    AdminResult createTopic(const CreateTopicSpec &spec);
    AdminResult deleteTopic(const std::string &name);
    // `assignments`, when given, places each new partition's replicas (one list per new
    // partition, as long as the topic's replication factor).
    AdminResult
    createPartitions(const std::string &name, int totalCount, bool validateOnly = false,
                     const std::optional<std::vector<std::vector<std::int32_t>>> &assignments = {});
    // Sets (value) or removes (nullopt) topic config overrides.
    AdminResult alterTopicConfigs(const std::string &name,
                                  const std::map<std::string, std::optional<std::string>> &changes,
                                  bool validateOnly = false);
    // Sets (value) or removes (nullopt) cluster-wide dynamic broker configs
    // (controller_broker_configs.cpp), persisted with the cluster; topics without their own
    // value follow at once.
    AdminResult alterBrokerConfigs(const BrokerConfigChanges &changes, bool validateOnly = false);
    // The same for one broker's own dynamic configs (Kafka's broker resource "<id>"), which
    // win over the cluster-wide ones on that broker. BrokerIdNotRegistered for an id the
    // cluster never had, as Kafka's controller answers.
    AdminResult alterBrokerConfigs(std::int32_t broker, const BrokerConfigChanges &changes,
                                   bool validateOnly = false);
    // The cluster-wide dynamic broker configs in force. Thread-safe.
    [[nodiscard]] std::map<std::string, std::string> dynamicBrokerConfigs() const;
    // One broker's own dynamic configs (empty when it has none). Thread-safe.
    [[nodiscard]] std::map<std::string, std::string> dynamicBrokerConfigs(std::int32_t broker) const;
    // Moves leadership to each partition's preferred replica where it is in sync.
    int electPreferredLeaders();
    // Kafka's automatic leader rebalance (controller_elections.cpp): for each broker whose
    // share of preferred partitions led by others is above the imbalance percentage, the
    // preferred elections that can succeed, in one new image. Returns how many moved.
    int rebalanceLeaders();
    // ElectLeaders (controller_elections.cpp): one result per partition named, in order;
    // with nullopt, every partition, leaving out those that need no election, as Kafka does.
    std::vector<ElectionResult> electLeaders(ElectionType type,
                                             const std::optional<std::vector<TopicPartition>> &partitions);
    // Partition reassignments (controller_reassignments.cpp): each change sets a partition's
    // target replicas or cancels its move; one result per change, in order. The move
    // completes on its own once every target replica is in the ISR.
    std::vector<ReassignmentResult>
    alterPartitionReassignments(const std::vector<ReassignmentChange> &changes);
    // The moves in progress, of the named partitions (others are left out) or of all.
    std::vector<OngoingReassignment>
    listPartitionReassignments(const std::optional<std::vector<TopicPartition>> &partitions) const;

private:
    // Finishes a move whose target replicas are all in sync: the leaving replicas go and
    // leadership moves into the target. The image is changed, not published; false when
    // the move cannot complete yet.
    bool maybeCompleteReassignment(const std::string &topic, PartitionInfo &p);
    bool completeReassignments();
    // Records the leader change a move made, if it made one.
    void recordLeaderMove(const TopicPartition &tp, std::int32_t from, const PartitionInfo &p);

public:
    // A new idempotent producer id (InitProducerId), persisted so ids are never reused.
    std::int64_t allocateProducerId();
    // `count` consecutive new ids (a transaction coordinator's block); returns the first.
    std::int64_t allocateProducerIds(std::int32_t count);
    // The user marked a broker down (stopped or crashed) on purpose: fence it now rather
    // than after the session timeout.
    void brokerDown(std::int32_t id);

private:
    MetadataImage &mutableImage();
    void publish();
    void scheduleTick();
    void tick();
    // `why` is one of the BrokerFenced... event forms.
    void fence(std::int32_t id, EventForm why);
    // Elects a leader for every partition led by, or waiting on, `excluded`, leaving it
    // out of the ISR; `isrEvent` says why (IsrShrunkBrokerFenced or ...ShuttingDown).
    void moveLeadershipAway(std::int32_t excluded, EventForm isrEvent);
    void electOfflineLeaders();
    // One partition's election of each type; ErrorCode::None when the leader changed (the
    // image is changed but not published).
    ElectionResult electPreferredLeader(const std::string &topic, PartitionInfo &p);
    ElectionResult electUncleanLeader(const std::string &topic, PartitionInfo &p);
    void persistPartition(const std::string &topic, const PartitionInfo &p);
    void persistTopic(const TopicInfo &t);
    // Takes the stored dynamic broker configs, leaving out (and logging) any this build no
    // longer accepts.
    void restoreBrokerConfigs(const std::map<std::string, std::string> &stored,
                              const std::map<std::int32_t, std::map<std::string, std::string>> &perBroker);
    // Recomputes the topic defaults (cluster-wide and per broker) from the dynamic configs.
    void refreshTopicDefaults();
    std::vector<std::int32_t> liveBrokers() const;
    std::set<std::int32_t> registeredBrokers() const;
    void recomputeControllerId();

    const ClusterConfig m_config;
    Network &m_network;
    Catalog *m_catalog;
    ClusterEventSink &m_events;
    const Clock &m_clock;
    EventLoop m_loop;
    Publish m_publish;
    std::mt19937 m_rng{std::random_device{}()};

    mutable std::mutex m_imageMutex;
    MetadataImagePtr m_published; // guarded by m_imageMutex
    std::map<std::string, std::string> m_brokerConfigs; // guarded by m_imageMutex; written on the loop
    // Each broker's own dynamic configs; guarded by m_imageMutex; written on the loop.
    std::map<std::int32_t, std::map<std::string, std::string>> m_perBrokerConfigs;
    // What topics fall back to, from m_config and m_brokerConfigs; handed to every topic of
    // each image published. On the loop only.
    std::shared_ptr<const TopicConfigDefaults> m_topicDefaults;
    // The same for each broker with configs of its own; published with each image.
    std::map<std::int32_t, std::shared_ptr<const TopicConfigDefaults>> m_brokerTopicDefaults;
    std::optional<MetadataImage> m_working; // the next image, on the loop only
    std::map<std::int32_t, std::int64_t> m_lastHeartbeatMs;
    // Registered brokers still catching up (fenced until their first heartbeat that does
    // not want fencing); true when the unfencing is news ("registered again").
    std::map<std::int32_t, bool> m_catchingUp;
    std::map<std::int32_t, std::uint64_t> m_incarnations; // of each broker's latest registration
    std::int64_t m_nextBrokerEpoch = 1;
    std::int64_t m_nextProducerId = 1000;
    std::int64_t m_lastPreferredCheckMs = 0;
    // While above 0, publish() only notes that an image is due (see alterPartitions()).
    int m_publishHeld = 0;
    bool m_publishDue = false;
    std::unique_ptr<asio::steady_timer> m_tickTimer;
};

} // namespace es
