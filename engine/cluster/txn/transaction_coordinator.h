#pragma once

#include "cluster/topic_partition.h"
#include "cluster/txn/transaction_coordinator_views.h"
#include "cluster/txn/transaction_loader.h"
#include "cluster/txn/transaction_marker_channel.h"
#include "cluster/txn/transaction_state.h"
#include "cluster/txn/transaction_store.h"
#include "common/clock.h"
#include "common/error_code.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace es {

struct TransactionCoordinatorConfig {
    std::int32_t statePartitions = 50; // transaction.state.log.num.partitions
    TransactionLimits limits;          // transaction.max.timeout.ms, transactional.id.expiration.ms
    // transaction.abort.timed.out.transaction.cleanup.interval.ms: how often open
    // transactions are checked against their timeout.
    std::int64_t abortTimedOutIntervalMs = 10000;
    // transaction.remove.expired.transaction.cleanup.interval.ms
    std::int64_t removeExpiredIntervalMs = 3600000;
    // How long a transaction waits before markers that failed with a retriable error (or a
    // completion record that failed to write) are tried again.
    std::int64_t markerRetryBackoffMs = 100;
    // How long AddPartitionsToTxn and AddOffsetsToTxn wait for the previous transaction of
    // their id to finish ending (its markers written) before answering
    // CONCURRENT_TRANSACTIONS. A producer starts its next transaction as soon as EndTxn is
    // answered, which is before the markers are written; answered at once, it would back
    // off (librdkafka for some 20 ms) where the markers take a millisecond or two.
    std::int64_t endingTransactionWaitMs = 1000;
};

// The transaction coordinator of one broker (Kafka's TransactionCoordinator,
// TransactionStateManager and TransactionMarkerChannelManager) for the transactional ids
// whose __transaction_state partition this broker leads. Each id's rules live in
// TransactionalIdState; this class routes requests to it, writes what it prepares through
// `store`, answers once the write is replicated, and drives ending transactions: markers to
// every partition through `markers`, then the Complete record.
//
// Deterministic and single-threaded: it creates no thread and no timer. The owner (a broker's
// event loop) calls every method on one thread, and tick(nowMs) periodically (every 100 ms or
// so) to abort transactions past their timeout, expire idle ids and retry markers. Time comes
// from `clock`.
//
// Requests answer through their callback exactly once, on the owner's thread: possibly
// before the method returns, possibly from the store's completion. Callbacks may call the
// coordinator again; they run after the state change that answered them is complete.
//
// For ids of partitions it does not own, every request gets NOT_COORDINATOR; while one
// loads, COORDINATOR_LOAD_IN_PROGRESS.
class TransactionCoordinator {
public:
    // InitProducerId's answer: (error, producer id, epoch); -1 and -1 with an error.
    using InitProducerIdCallback = std::function<void(ErrorCode, std::int64_t, std::int16_t)>;
    using AddPartitionsCallback = std::function<void(std::map<TopicPartition, ErrorCode>)>;
    using ErrorCallback = std::function<void(ErrorCode)>;
    using EventHook = std::function<void(const TransactionEvent &)>;
    // Whether a partition exists in the cluster (its topic was not deleted). Partitions that
    // do not are refused by AddPartitionsToTxn and get no markers.
    using PartitionExists = std::function<bool(const TopicPartition &)>;

    // `store`, `markers` and `clock` must outlive the coordinator. `allocateProducerId`
    // returns a producer id never handed out before, cluster-wide, or a negative value when
    // none is available now: the InitProducerId that needed it is answered
    // COORDINATOR_NOT_AVAILABLE, which clients retry.
    TransactionCoordinator(TransactionCoordinatorConfig config, TransactionStore &store,
                           TransactionMarkerChannel &markers,
                           std::function<std::int64_t()> allocateProducerId, PartitionExists partitionExists,
                           const Clock &clock);
    // Drops every partition. Store and marker completions that arrive later answer their
    // requests with NOT_COORDINATOR without touching the destroyed coordinator.
    ~TransactionCoordinator();
    TransactionCoordinator(const TransactionCoordinator &) = delete;
    TransactionCoordinator &operator=(const TransactionCoordinator &) = delete;

    // Called with each event, in order, on the owner's thread, after the change.
    void setEventHook(EventHook hook);

    // The __transaction_state partition of a transactional id, as Kafka computes it:
    // Utils.abs(transactionalId.hashCode()) % partitions (as for group ids).
    static std::int32_t partitionFor(std::string_view transactionalId, std::int32_t partitions);
    [[nodiscard]] std::int32_t partitionFor(std::string_view transactionalId) const;

    // Ownership. When this broker becomes the leader of a __transaction_state partition at
    // leader epoch `coordinatorEpoch`, the owner calls beginLoading(), then loadRecords()
    // with the partition's records in offset order (in any number of slices), then
    // finishLoading(); loadPartition() does all three. Between begin and finish the
    // partition's ids answer COORDINATOR_LOAD_IN_PROGRESS. Once loaded, transactions found
    // in PrepareCommit or PrepareAbort write their markers again and complete; Ongoing ones
    // keep the timeout that runs from their start. beginLoading() on a partition that is
    // owned or loading drops that state first.
    void beginLoading(std::int32_t statePartition, std::int32_t coordinatorEpoch);
    void loadRecords(std::int32_t statePartition, std::span<const TransactionLogEntry> records);
    void finishLoading(std::int32_t statePartition);
    void loadPartition(std::int32_t statePartition, std::int32_t coordinatorEpoch,
                       std::span<const TransactionLogEntry> records);
    // Leadership moved away: the partition's ids and their marker work are dropped (the new
    // coordinator resumes them from the log); writes in flight answer NOT_COORDINATOR. With
    // `coordinatorEpoch`, a partition loaded at a newer epoch than it is kept: the
    // resignation is older than the leadership it would end.
    void unloadPartition(std::int32_t statePartition, std::optional<std::int32_t> coordinatorEpoch = {});
    [[nodiscard]] bool ownsPartition(std::int32_t statePartition) const;
    [[nodiscard]] bool isLoading(std::int32_t statePartition) const;

    // InitProducerId. nullopt `transactionalId`: an idempotent producer, answered by any
    // broker with a new producer id at epoch 0. Otherwise see
    // TransactionalIdState::prepareInitProducerId; when it fences an open transaction, the
    // client is answered CONCURRENT_TRANSACTIONS once the abort is logged, and the abort goes
    // on to its markers and completes, so the client's retry succeeds.
    void initProducerId(const std::optional<std::string> &transactionalId, std::int32_t timeoutMs,
                        std::optional<ProducerIdAndEpoch> expected, InitProducerIdCallback done);
    // AddPartitionsToTxn (v0-v3). Partitions that do not exist get UNKNOWN_TOPIC_OR_PARTITION
    // and the others OPERATION_NOT_ATTEMPTED, as Kafka's handler answers; otherwise every
    // partition gets the same answer.
    void addPartitions(const std::string &transactionalId, std::int64_t producerId,
                       std::int16_t producerEpoch, const std::vector<TopicPartition> &partitions,
                       AddPartitionsCallback done);
    // AddOffsetsToTxn: the group's __consumer_offsets partition (of `offsetsTopicPartitions`)
    // joins the transaction.
    void addOffsets(const std::string &transactionalId, std::int64_t producerId, std::int16_t producerEpoch,
                    const std::string &groupId, std::int32_t offsetsTopicPartitions, ErrorCallback done);
    // EndTxn. Answered once PrepareCommit/PrepareAbort is logged, as Kafka does; the markers
    // follow, and a retried EndTxn meanwhile gets CONCURRENT_TRANSACTIONS.
    void endTxn(const std::string &transactionalId, std::int64_t producerId, std::int16_t producerEpoch,
                bool commit, ErrorCallback done);
    // The GUI's abort of a hanging transaction: an Ongoing one is aborted under a bumped
    // epoch (its producer is fenced, as by a new instance) and answered once PrepareAbort is
    // logged. PrepareAbort: None (it is ending). TRANSACTIONAL_ID_NOT_FOUND for an unknown id,
    // INVALID_TXN_STATE with no transaction open or a commit decided,
    // CONCURRENT_TRANSACTIONS while a write for the id is in flight.
    void abortTransaction(const std::string &transactionalId, ErrorCallback done);

    // DescribeTransactions: one answer per id, in order.
    [[nodiscard]] std::vector<TransactionDescription>
    describeTransactions(const std::vector<std::string> &transactionalIds) const;
    // ListTransactions. `stateFilters` are Kafka's state names ("Ongoing"...; empty: all,
    // unknown ones are returned and match nothing); `producerIdFilters` (empty: all);
    // `durationFilterMs` >= 0 keeps ids whose transaction started more than that long ago,
    // computed as Kafka does from the start time (-1 for an id with none, which passes).
    [[nodiscard]] ListTransactionsResult listTransactions(const std::vector<std::string> &stateFilters,
                                                          const std::vector<std::int64_t> &producerIdFilters,
                                                          std::int64_t durationFilterMs = -1) const;

    // Aborts transactions past their timeout, removes expired ids, retries markers that are
    // due. `nowMs` is the clock's current time.
    void tick(std::int64_t nowMs);

    // Every id this coordinator owns, by transactional id.
    [[nodiscard]] std::vector<TransactionSnapshot> snapshot() const;

private:
    // Marks a call into the coordinator; when the outermost one ends, the answers and events it
    // queued run (in order; more that they queue run too).
    class CallScope {
    public:
        explicit CallScope(TransactionCoordinator &coordinator) : m_coordinator(coordinator)
        {
            ++m_coordinator.m_callDepth;
        }
        ~CallScope()
        {
            if (--m_coordinator.m_callDepth == 0)
                m_coordinator.drain();
        }
        CallScope(const CallScope &) = delete;
        CallScope &operator=(const CallScope &) = delete;

    private:
        TransactionCoordinator &m_coordinator;
    };

    enum class PartitionStatus : std::uint8_t { Loading, Loaded };
    struct OwnedPartition {
        PartitionStatus status = PartitionStatus::Loading;
        std::int32_t coordinatorEpoch = 0;
        // Distinct for every load, so that a write completing after an unload (and maybe a
        // reload) is recognised as belonging to the state that was dropped.
        std::uint64_t generation = 0;
        std::unique_ptr<TransactionLoader> loader; // while loading
    };
    struct Entry {
        std::int32_t statePartition = 0;
        TransactionalIdState state;
        // A record of the id is in the log. An id created by an InitProducerId that was
        // refused or failed to write is forgotten again.
        bool persisted = false;
    };
    // A transaction in PrepareCommit/PrepareAbort on its way to Complete*.
    struct MarkerJob {
        std::uint64_t id = 0; // distinct per job: answers for a dropped job are ignored
        std::int32_t statePartition = 0;
        TxnMarkerRequest marker;               // partitions: the whole transaction's
        std::set<TopicPartition> awaiting;     // partitions still without their marker
        bool inFlight = false;                 // markers or the Complete record being written
        std::optional<std::int64_t> retryAtMs; // when to try again after a retriable failure
    };

    // Routing and writing (transaction_coordinator.cpp).
    [[nodiscard]] ErrorCode coordinatorError(std::string_view transactionalId) const;
    [[nodiscard]] Entry *findEntry(std::string_view transactionalId);
    [[nodiscard]] const Entry *findEntry(std::string_view transactionalId) const;
    // Drops an id created for a request that wrote nothing.
    void forgetIfUnwritten(const std::string &transactionalId);
    [[nodiscard]] std::int64_t now() const { return m_clock.nowMs(); }
    void post(std::function<void()> fn);
    void drain();
    void raiseEvent(TransactionEventKind kind, const std::string &transactionalId,
                    const TransactionMetadata &m, const std::set<TopicPartition> &partitions);
    // Writes `next`, which the id's state just prepared, and completes or drops the
    // transition with the result. `then` gets the coordinator-level error, inside a
    // CallScope, after the state changed: NOT_COORDINATOR when the partition was unloaded
    // meanwhile. When the coordinator is gone, `orphaned` gets NOT_COORDINATOR instead (to
    // answer a client without touching it).
    void write(const std::string &transactionalId, const TransactionMetadata &next,
               std::function<void(ErrorCode)> then, std::function<void(ErrorCode)> orphaned = {});
    // Kafka's translation of a produce error into what a transactional client is told.
    static ErrorCode storeError(ErrorCode produceError);

    // Requests (transaction_coordinator_requests.cpp).
    // nullptr when the id is new and no producer id is available for it.
    Entry *findOrCreate(const std::string &transactionalId, std::int32_t timeoutMs);
    void addToTransaction(const std::string &transactionalId, std::int64_t producerId,
                          std::int16_t producerEpoch, const std::set<TopicPartition> &partitions,
                          ErrorCallback done);

    // Markers and completion (transaction_coordinator_markers.cpp).
    // The id's state was just logged as PrepareCommit/PrepareAbort: its markers are sent
    // once the current call unwinds.
    void startMarkers(const std::string &transactionalId);
    [[nodiscard]] MarkerJob *findJob(const std::string &transactionalId, std::uint64_t jobId);
    void sendMarkers(const std::string &transactionalId, MarkerJob &job);
    void onMarkersWritten(const std::string &transactionalId, std::uint64_t jobId,
                          const std::vector<TopicPartition> &sent,
                          const std::map<TopicPartition, ErrorCode> &results);
    void writeCompletion(const std::string &transactionalId, MarkerJob &job);
    void retryDueMarkers(std::int64_t nowMs);

    // Requests that wait for the previous transaction of their id to end (see
    // endingTransactionWaitMs): retried once it has, answered CONCURRENT_TRANSACTIONS when
    // the wait is up or the id's partition goes.
    void waitForEndingTransaction(const std::string &transactionalId, std::function<void()> retry,
                                  std::function<void()> giveUp);
    void resumeWaiting(const std::string &transactionalId);
    void giveUpWaiting(const std::function<bool(const std::string &, std::int64_t)> &which);

    // Timeouts and expiry (transaction_coordinator_timeouts.cpp).
    void abortTimedOutTransactions(std::int64_t nowMs);
    void removeExpiredIds(std::int64_t nowMs);

    // Loading (transaction_coordinator_load.cpp).
    void dropPartition(std::int32_t statePartition);

    TransactionCoordinatorConfig m_config;
    TransactionStore &m_store;
    TransactionMarkerChannel &m_markerChannel;
    std::function<std::int64_t()> m_allocateProducerId;
    PartitionExists m_partitionExists;
    const Clock &m_clock;
    EventHook m_eventHook;

    std::map<std::int32_t, OwnedPartition> m_partitions;
    std::map<std::string, Entry, std::less<>> m_ids;
    std::map<std::string, MarkerJob, std::less<>> m_markers;
    struct WaitingRequest {
        std::function<void()> retry;
        std::function<void()> giveUp;
        std::int64_t deadlineMs = 0;
    };
    std::map<std::string, std::vector<WaitingRequest>, std::less<>> m_waiting;
    std::uint64_t m_nextGeneration = 1;
    std::uint64_t m_nextJobId = 1;
    std::int64_t m_nextTimeoutCheckMs = 0;
    std::int64_t m_nextExpiryCheckMs = 0;

    // Answers and events wait here until the outermost call unwinds, so that no callback
    // runs while an id is half-changed.
    std::deque<std::function<void()>> m_deferred;
    int m_callDepth = 0;
    // Store and marker completions check it to learn whether the coordinator still exists.
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0);
};

} // namespace es
