#pragma once

#include "cluster/broker_metrics.h"
#include "cluster/cluster_config.h"
#include "cluster/cluster_snapshot.h"
#include "cluster/controller.h"
#include "cluster/network.h"
#include "cluster/replica_log_digest.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <thread>

namespace es {

namespace security {
class SecurityStore;
}

class Broker;
class Catalog;

// Something that lives exactly as long as one broker runs: its wire listener. The cluster
// makes one through the factory each time a broker starts, and destroys it when the broker
// stops, crashes or restarts, either while the broker's loop runs (not paused) or once that
// loop has stopped; the destructor must cope with both (EventLoop::running() tells which).
class BrokerAttachment {
public:
    virtual ~BrokerAttachment() = default;
};

// Called with a broker that is built but not started yet, so that it can take what it needs
// (a port) and fail cleanly: an error stops the broker's start and is reported as is. It may
// post work to the broker's loop, which runs once the broker starts.
using BrokerAttachmentFactory = std::function<Result<std::unique_ptr<BrokerAttachment>>(Broker &broker)>;

// A whole cluster in this process: the controller and the brokers, each on its own
// thread, one data directory, the catalog, the in-process network with its faults, and
// the publisher of snapshots and events. This is the engine's front door: the GUI, the
// headless mode and the tests drive the cluster through it.
//
// Thread-safety: every public method may be called from any thread except the engine's
// own loops; the admin calls block until the controller answers (a few milliseconds).
class Cluster {
public:
    static Result<std::unique_ptr<Cluster>> create(ClusterConfig config,
                                                   const Clock &clock = SystemClock::instance());
    ~Cluster();

    Status start();
    // Stops every broker cleanly (all logs flushed and closed), then the controller.
    void stop();
    // Blocks until every running broker is registered and every partition has a leader,
    // or the timeout passes.
    bool waitUntilReady(std::chrono::milliseconds timeout);

    // -- brokers ----------------------------------------------------------------------------
    Status stopBroker(std::int32_t id);
    Status crashBroker(std::int32_t id, bool loseUnflushed);
    Status pauseBroker(std::int32_t id);
    Status resumeBroker(std::int32_t id);
    Status restartBroker(std::int32_t id);
    Result<std::int32_t> addBroker();
    [[nodiscard]] std::vector<std::int32_t> brokerIds() const;
    [[nodiscard]] BrokerState brokerState(std::int32_t id) const;

    // -- the controller (cluster_controller.cpp) ------------------------------------------------
    // The controller's thread dies: until restartController() nothing is elected, no ISR
    // changes, no broker is fenced, and admin calls fail (RequestTimedOut) at once; the
    // brokers go on serving with the metadata they have. What it had written is kept.
    Status crashController();
    // A new controller takes over from the catalog and the crashed one's registrations
    // (Controller::start), as a KRaft controller does from its metadata log.
    Status restartController();
    [[nodiscard]] bool controllerRunning() const;

    // -- links -------------------------------------------------------------------------------
    void setLink(NodeId a, NodeId b, LinkFault fault);
    void healLinks();

    // -- admin -------------------------------------------------------------------------------
    AdminResult createTopic(const CreateTopicSpec &spec);
    AdminResult deleteTopic(const std::string &name);
    AdminResult createPartitions(const std::string &name, int totalCount);
    // Cluster-wide (nullopt) or one broker's dynamic broker configs (Controller::alterBrokerConfigs).
    AdminResult alterBrokerConfigs(std::optional<std::int32_t> broker, const BrokerConfigChanges &changes,
                                   bool validateOnly);
    AdminResult alterTopicConfigs(const std::string &name,
                                  const std::map<std::string, std::optional<std::string>> &changes);
    // Partition reassignments (Kafka's KIP-455): one result per change, in order.
    std::vector<ReassignmentResult>
    alterPartitionReassignments(const std::vector<ReassignmentChange> &changes);
    // The moves in progress, of the named partitions or of all.
    std::vector<OngoingReassignment>
    listPartitionReassignments(const std::optional<std::vector<TopicPartition>> &partitions = std::nullopt);
    // Leader elections (Kafka's ElectLeaders), as Controller::electLeaders runs them.
    std::vector<ElectionResult> electLeaders(ElectionType type,
                                             const std::optional<std::vector<TopicPartition>> &partitions);

    std::int64_t allocateProducerId();
    // Creates the internal __consumer_offsets topic when it does not exist yet (as Kafka
    // does on the first FindCoordinator). Blocks briefly.
    AdminResult ensureOffsetsTopic();
    // The broker coordinating `groupId`: the leader of its __consumer_offsets partition,
    // or -1 when there is none right now.
    std::int32_t coordinatorFor(const std::string &groupId) const;

    // -- observing -------------------------------------------------------------------------
    [[nodiscard]] MetadataImagePtr metadata() const;
    [[nodiscard]] ClusterSnapshotPtr snapshot() const;
    // The running (or paused) brokers' request latencies by API key, read now: counters
    // that start again from zero when a broker restarts.
    [[nodiscard]] std::vector<BrokerRequestLatencies> requestStats() const;
    // Every running broker's replica of `tp` (its offsets and batch headers), read on each
    // broker's loop; brokers that are paused, stopped or crashed are left out. NotFound for
    // an unknown partition; TimedOut when a broker did not answer in time.
    Result<std::vector<ReplicaLogDigest>> replicaLogDigests(const TopicPartition &tp,
                                                            std::chrono::milliseconds timeout);
    void addObserver(ClusterObserver *observer);
    void removeObserver(ClusterObserver *observer);
    [[nodiscard]] Catalog *catalog() { return m_catalog.get(); }

    // -- security -----------------------------------------------------------------------------
    // Users, ACLs and the authorizer's options, saved in the catalog (cluster_security.h).
    security::SecurityStore &security() { return *m_security; }
    // The TLS listeners' certificate, key and CA; nullopt when no listener uses TLS.
    [[nodiscard]] const std::optional<security::TlsMaterial> &tlsMaterial() const { return m_tlsMaterial; }

    // -- for in-process clients and the wire ------------------------------------------------
    Network &network() { return m_network; }
    [[nodiscard]] const ClusterConfig &config() const { return m_config; }
    [[nodiscard]] std::string bootstrapServers() const;
    // Set before start(); applies to every broker started afterwards (restarted, added).
    void setBrokerAttachmentFactory(BrokerAttachmentFactory factory);
    // The controller, for requests posted to its loop (Network::sendTo from a broker's
    // loop); never call its loop-only methods from another thread. After a crash, the
    // crashed one until another takes over (it stays valid: crashed ones are kept).
    Controller &controller();
    // What ensureOffsetsTopic() creates, given the controller's current image.
    [[nodiscard]] CreateTopicSpec offsetsTopicSpec(const MetadataImage &image) const;
    // __transaction_state, created on the first FindCoordinator for a transactional id.
    [[nodiscard]] CreateTopicSpec transactionStateTopicSpec(const MetadataImage &image) const;

private:
    class Channel;
    class Events;
    struct BrokerSlot {
        std::unique_ptr<Broker> broker;
        std::unique_ptr<BrokerAttachment> attachment; // while the broker runs
        BrokerState state = BrokerState::Stopped;
    };

    Cluster(ClusterConfig config, const Clock &clock);
    // At create(), once the catalog is open: checks the listeners, opens the security store
    // and makes or loads the TLS material.
    Status prepareSecurity();
    Status startBrokerLocked(std::int32_t id);
    // Stops a running or paused broker: its attachment goes first, so nothing reaches the
    // broker from outside while it shuts down.
    static void stopBrokerLocked(BrokerSlot &slot, bool moveLeadership);
    void publishImage(const MetadataImagePtr &image);
    // The timeline (m_events), for the files other than cluster.cpp, where Events is defined.
    ClusterEventSink &eventSink();
    void publisherLoop();
    // Runs `fn` on the controller's loop and waits; nullopt while the controller is down.
    template <typename Fn>
    auto onController(Fn &&fn) -> std::optional<decltype(fn(std::declval<Controller &>()))>;

    ClusterConfig m_config;
    const Clock &m_clock;
    Network m_network;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<security::SecurityStore> m_security; // persists to m_catalog
    std::optional<security::TlsMaterial> m_tlsMaterial;
    std::unique_ptr<Events> m_events;
    std::unique_ptr<Channel> m_channel;
    // The controller and whether it crashed; a restart replaces it, and the crashed one
    // moves to m_crashedControllers, as references to it may still be in use.
    mutable std::shared_mutex m_controllerMutex;
    std::unique_ptr<Controller> m_controller; // guarded by m_controllerMutex
    bool m_controllerDown = false;            // guarded by m_controllerMutex
    std::vector<std::unique_ptr<Controller>> m_crashedControllers; // guarded by m_controllerMutex

    mutable std::mutex m_brokersMutex;
    std::map<std::int32_t, BrokerSlot> m_brokers; // guarded by m_brokersMutex
    BrokerAttachmentFactory m_attachmentFactory;  // guarded by m_brokersMutex

    mutable std::mutex m_observersMutex;
    std::vector<ClusterObserver *> m_observers; // guarded by m_observersMutex
    ClusterSnapshotPtr m_snapshot;              // guarded by m_observersMutex

    std::thread m_publisher;
    std::mutex m_publisherMutex;
    std::condition_variable m_publisherCv;
    bool m_stopping = false; // guarded by m_publisherMutex
    bool m_started = false;
};

} // namespace es
