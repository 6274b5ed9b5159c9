#pragma once

#include "cluster/broker_api.h"
#include "cluster/broker_metrics.h"
#include "cluster/cluster_config.h"
#include "cluster/controller_channel.h"
#include "cluster/event_loop.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_snapshot.h"
#include "cluster/log_maintenance.h"
#include "cluster/metadata_image.h"
#include "cluster/network.h"
#include "cluster/replica.h"
#include "cluster/txn/transaction_coordinator.h"

#include <asio/steady_timer.hpp>

#include <functional>
#include <list>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace es {

class ClusterEventSink;

// One broker: its own event-loop thread, the replicas it hosts, the requests it serves
// (produce, fetch, list offsets, epoch end offsets) and the follower fetchers that keep
// its replicas in sync with their leaders.
//
// Thread-safety: start(), stopGracefully(), crash(), pause() and resume() are called by
// the owning Cluster from another thread; handle*() run on the broker's loop (the Network
// delivers them there); stats() may be called from any thread.
class Broker final : public NetworkNode {
public:
    Broker(std::int32_t id, const ClusterConfig &config, Network &network, ControllerChannel &controller,
           ClusterEventSink &events, const Clock &clock);
    ~Broker() override;

    Status start();
    // Closes every log cleanly; with `moveLeadership`, first asks the controller to move
    // leadership away (controlled shutdown) and waits a bounded time for it.
    void stopGracefully(bool moveLeadership);
    // Stops at once: no leadership hand-over, logs left as a killed process leaves them;
    // with `loseUnflushed`, data not yet fsynced is gone too (as after a power cut).
    void crash(bool loseUnflushed);
    void pause() { m_loop.pause(); }
    void resume() { m_loop.resume(); }
    [[nodiscard]] bool paused() const { return m_loop.paused(); }

    EventLoop &loop() override { return m_loop; }
    // The cluster's timeline, for what the broker's listeners see (failed logins); any thread.
    ClusterEventSink &events() { return m_events; }
    [[nodiscard]] std::int32_t id() const { return m_id; }
    [[nodiscard]] std::filesystem::path dataDir() const;
    [[nodiscard]] const BrokerMetrics &metrics() const { return m_metrics; }
    // For what the broker's listeners record (request latencies); lock-free, any thread.
    BrokerMetrics &metrics() { return m_metrics; }

    // -- requests (on the loop) ------------------------------------------------------------
    void handleProduce(ProduceRequest request, Reply<ProduceResponse> reply);
    void handleFetch(FetchRequest request, Reply<FetchResponse> reply);
    void handleListOffsets(const ListOffsetsRequest &request, Reply<ListOffsetsResponse> reply);
    void handleOffsetForLeaderEpoch(const std::vector<EpochEndOffsetRequest> &request,
                                    Reply<OffsetForLeaderEpochResponse> reply);
    void handleDeleteRecords(const std::vector<DeleteRecordsPartition> &request,
                             Reply<std::vector<DeleteRecordsResult>> reply);
    // A transaction coordinator's markers for partitions led here (broker_txn_markers.cpp).
    void handleWriteTxnMarkers(TxnMarkerRequest request, Reply<TxnMarkerResult> reply);
    void applyMetadata(MetadataImagePtr image);

    // The consumer groups this broker coordinates (on the loop). It answers
    // NOT_COORDINATOR for groups whose __consumer_offsets partition it does not lead.
    GroupCoordinator &groups() { return *m_groups; }
    // OffsetCommit as Kafka's broker answers it: partitions of topics the cluster does not
    // have get UNKNOWN_TOPIC_OR_PARTITION (so a consumer still running when its topic was
    // deleted cannot bring the old offsets back); the rest go to the coordinator.
    void commitOffsets(OffsetCommitRequest request, GroupCoordinator::CommitCallback done);
    // The GUI's offset reset, with the same rule: partitions the cluster does not have are
    // refused as UNKNOWN_TOPIC_OR_PARTITION and named, the others are reset all the same (as
    // an admin client's OffsetCommit to Kafka would be).
    void resetGroupOffsets(const std::string &groupId, std::map<TopicPartition, std::int64_t> offsets,
                           GroupCoordinator::ResetOffsetsCallback done);
    // The groups as of the last coordinator tick. Thread-safe.
    [[nodiscard]] std::vector<GroupSnapshot> groupSnapshots() const;

    // The transactions this broker coordinates (on the loop): NOT_COORDINATOR for
    // transactional ids whose __transaction_state partition it does not lead.
    TransactionCoordinator &transactions() { return *m_transactions; }
    // A transactional InitProducerId: the coordinator's, once this broker holds a producer
    // id to give (blocks of them come from the controller).
    void initTransactionalProducer(std::string transactionalId, std::int32_t timeoutMs,
                                   std::optional<ProducerIdAndEpoch> expected,
                                   TransactionCoordinator::InitProducerIdCallback done);
    // The transactional ids as of the last coordinator tick. Thread-safe.
    [[nodiscard]] std::vector<TransactionSnapshot> transactionSnapshots() const;

    // The newest metadata this broker knows (on the loop).
    [[nodiscard]] const MetadataImagePtr &metadata() const { return m_image; }
    // A replica hosted here, or nullptr (on the loop).
    Replica *replica(const TopicPartition &tp);

    struct ReplicaView {
        TopicPartition tp;
        Replica::Role role;
        std::int64_t logStart, highWatermark, logEnd;
        std::uint64_t sizeBytes;
        std::size_t segments;
        std::vector<std::int64_t> segmentBaseOffsets; // in offset order
        std::uint64_t consumedRecords, consumedBytes; // by consumers, while it led
        std::uint64_t appendedBytes;                  // by clients, while it led
    };
    // What this broker hosts, for snapshots. Thread-safe (briefly locks).
    [[nodiscard]] std::vector<ReplicaView> replicaViews() const;

private:
    struct PendingProduce;
    struct PendingFetch;
    struct FetcherSession;
    class MarkerChannel;

    // lifecycle
    void registerWithController();
    void scheduleHeartbeat();
    // One heartbeat (registering first when the broker has no epoch); it asks to be
    // unfenced, as the broker has applied the image its registration brought.
    void sendHeartbeat();
    void scheduleMaintenance();
    void runMaintenance();
    void closeReplicas(bool clean, bool loseUnflushed);
    // Counts a led partition's ISR going from `before` to `after` as a shrink, an expand or
    // both (one of each at most, as Kafka counts one per change, not per replica).
    void countIsrChange(const std::vector<std::int32_t> &before, const std::vector<std::int32_t> &after);

    // produce / fetch internals
    void completeProduces(const TopicPartition &tp);
    void failProducesFor(const TopicPartition &tp, ErrorCode error);
    FetchPartitionResult readPartition(const FetchPartition &p, bool fromFollower, bool readCommitted,
                                       std::int32_t &budget);
    void wakeFetches(const TopicPartition &tp);
    bool tryCompleteFetch(const std::shared_ptr<PendingFetch> &pending, bool force);
    void onReplicaAdvanced(const TopicPartition &tp, bool highWatermarkMoved);

    // groups
    void startGroups();
    void updateGroupOwnership();
    void loadOffsetsPartition(std::int32_t partition);
    void scheduleGroupTick();

    // transactions (broker_transactions.cpp)
    void startTransactions();
    void updateTransactionOwnership();
    void loadTransactionStatePartition(std::int32_t partition, std::int32_t coordinatorEpoch);
    void scheduleTransactionTick();

    // follower side
    void updateFetchers();
    void runFetcher(std::int32_t leader);
    void handleFetcherResponse(std::int32_t leader, FetchResponse response);
    void truncateFollowers(std::int32_t leader);
    void proposeIsrChanges();

    const std::int32_t m_id;
    const ClusterConfig m_config;
    Network &m_network;
    ControllerChannel &m_controller;
    ClusterEventSink &m_events;
    const Clock &m_clock;
    const std::uint64_t m_incarnation; // this run of the broker, for the controller
    EventLoop m_loop;
    BrokerMetrics m_metrics;
    LogMaintenance m_logMaintenance;

    // Everything below is touched on the loop only, except m_replicas' map structure,
    // which replicaViews() reads under m_replicasMutex.
    MetadataImagePtr m_image;
    std::int64_t m_brokerEpoch = -1;
    bool m_registering = false;
    std::int64_t m_registrationSentMs = 0;
    std::uint64_t m_registrationSequence = 0; // the latest registration sent
    bool m_shuttingDown = false; // controlled shutdown sent: no heartbeats or registrations
    mutable std::mutex m_replicasMutex;
    RecentAppendsBudget m_recentAppends; // declared before the replicas that use it
    std::unordered_map<TopicPartition, std::unique_ptr<Replica>> m_replicas;
    std::list<std::shared_ptr<PendingProduce>> m_pendingProduces;
    std::list<std::shared_ptr<PendingFetch>> m_pendingFetches;
    std::unordered_map<std::int32_t, std::shared_ptr<FetcherSession>> m_fetchers;
    std::unique_ptr<asio::steady_timer> m_heartbeatTimer;
    std::unique_ptr<asio::steady_timer> m_maintenanceTimer;
    std::unique_ptr<GroupStore> m_groupStore;
    std::unique_ptr<GroupCoordinator> m_groups;
    std::unique_ptr<asio::steady_timer> m_groupTimer;
    std::set<std::int32_t> m_ownedOffsetsPartitions;
    mutable std::mutex m_groupSnapshotMutex;
    std::vector<GroupSnapshot> m_groupSnapshot; // guarded by m_groupSnapshotMutex
    std::unique_ptr<TransactionStore> m_transactionStore;
    std::unique_ptr<TransactionMarkerChannel> m_markerChannel;
    std::unique_ptr<TransactionCoordinator> m_transactions;
    std::unique_ptr<asio::steady_timer> m_transactionTimer;
    std::map<std::int32_t, std::int32_t> m_ownedStatePartitions; // partition -> coordinator epoch
    struct ProducerIdBlock {
        std::int64_t next = 0;
        std::int64_t end = 0; // exclusive
        bool asking = false;
        std::uint64_t askSequence = 0;
        std::vector<std::function<void(bool)>> waiting; // InitProducerIds waiting for a block
    } m_producerIds;
    mutable std::mutex m_transactionSnapshotMutex;
    std::vector<TransactionSnapshot> m_transactionSnapshot; // guarded by m_transactionSnapshotMutex
    std::int64_t m_lastFlushMs = 0;
    std::int64_t m_nextRetentionMs = 0; // set when the broker starts
    std::int64_t m_lastCompactionMs = 0;
    std::int64_t m_lastCheckpointMs = 0;
    bool m_stopped = false;
};

} // namespace es
