#pragma once

// The state machine of one transactional id at its transaction coordinator, as Kafka's
// TransactionMetadata and the checks of its TransactionCoordinator: each request is
// prepared against the current state, which answers either the metadata to write to
// __transaction_state or the error the client gets at once; the state changes only when
// complete() reports the record replicated. One transition is pending at a time.
//
// Not thread-safe: the coordinator serialises calls per transactional id.

#include "cluster/topic_partition.h"
#include "cluster/txn/transaction_records.h"
#include "cluster/txn/transaction_status.h"
#include "common/error_code.h"
#include "common/status.h"
#include "storage/record_batch_format.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>

namespace es {

// The epochs a client may hold end at Short.MaxValue - 1: the last one is kept for the
// coordinator to fence with (Kafka's TransactionMetadata.isEpochExhausted).
inline constexpr std::int16_t kExhaustedProducerEpoch = std::numeric_limits<std::int16_t>::max() - 1;

// What the coordinator persists for a transactional id (Kafka's TxnTransitMetadata).
struct TransactionMetadata {
    std::int64_t producerId = batch::kNoProducerId;
    // The producer id before the latest transition: differs from producerId after a
    // rotation, so an InitProducerId retried with the old id and exhausted epoch is known.
    std::int64_t previousProducerId = batch::kNoProducerId;
    // A producer id handed out but not yet in use (Kafka writes it from transaction.version
    // 2, where EndTxn bumps the epoch and may rotate). Rotation here happens in
    // InitProducerId, which writes the new id directly, so it stays batch::kNoProducerId unless read
    // from a Kafka-written log.
    std::int64_t nextProducerId = batch::kNoProducerId;
    std::int16_t producerEpoch = batch::kNoProducerEpoch;
    // The epoch before the latest InitProducerId bump, so a retried InitProducerId whose
    // answer was lost gets the same epoch back (KIP-360). batch::kNoProducerEpoch after a fence.
    std::int16_t lastProducerEpoch = batch::kNoProducerEpoch;
    std::int32_t timeoutMs = 0;
    TransactionState state = TransactionState::Empty;
    std::set<TopicPartition> partitions;
    std::int64_t startTimestampMs = -1; // when the first partition joined; -1 when none did
    std::int64_t lastUpdateTimestampMs = -1;

    bool operator==(const TransactionMetadata &) const = default;

    [[nodiscard]] TransactionLogValue toLogValue() const;
    static TransactionMetadata fromLogValue(const TransactionLogValue &value);
};

// The answer to a prepared request: a record to write, and what the client is told once it
// is replicated; or, with nothing to write, what the client is told now.
struct TransactionTransition {
    std::optional<TransactionMetadata> write;
    ErrorCode reply = ErrorCode::None;
};

// Broker settings the checks use.
struct TransactionLimits {
    std::int32_t maxTimeoutMs = 900000;                   // transaction.max.timeout.ms
    std::int64_t idExpirationMs = 7LL * 24 * 3600 * 1000; // transactional.id.expiration.ms
};

// A producer's current id and epoch, as InitProducerId v3+ carries them (KIP-360).
struct ProducerIdAndEpoch {
    std::int64_t producerId = batch::kNoProducerId;
    std::int16_t epoch = batch::kNoProducerEpoch;
};

// Errors follow Kafka's coordinator: PRODUCER_FENCED for an older epoch, which the request
// handler passes through fencedErrorForVersion() for clients older than that code.
class TransactionalIdState {
public:
    // A transactional id the coordinator has not seen, with its first producer id: Empty at
    // epoch -1, so the InitProducerId that created it bumps to epoch 0.
    TransactionalIdState(std::string transactionalId, std::int64_t producerId, std::int32_t timeoutMs,
                         std::int64_t nowMs);
    // One read back from __transaction_state.
    TransactionalIdState(std::string transactionalId, TransactionMetadata loaded);

    [[nodiscard]] const std::string &transactionalId() const { return m_transactionalId; }
    [[nodiscard]] const TransactionMetadata &current() const { return m_current; }
    [[nodiscard]] TransactionState state() const { return m_current.state; }
    // The state a prepared transition moves to, until complete() or writeFailed().
    [[nodiscard]] std::optional<TransactionState> pendingState() const { return m_pending; }

    // InitProducerId. INVALID_TRANSACTION_TIMEOUT outside (0, maxTimeoutMs]. Empty or
    // Complete*: the epoch is bumped (a new producer id at epoch 0 once the epoch is
    // exhausted; `allocateProducerId` is called only then). With `expected` (KIP-360): a
    // retry of a bump whose answer was lost gets the same epoch back, an unknown id or epoch
    // is PRODUCER_FENCED. Ongoing: the transaction's producer is fenced (epoch + 1) and the
    // transaction aborted, answered CONCURRENT_TRANSACTIONS so the client retries once the
    // abort completes. Prepare*: CONCURRENT_TRANSACTIONS.
    TransactionTransition prepareInitProducerId(std::int32_t timeoutMs,
                                                std::optional<ProducerIdAndEpoch> expected,
                                                const TransactionLimits &limits, std::int64_t nowMs,
                                                const std::function<std::int64_t()> &allocateProducerId);

    // AddPartitionsToTxn. Empty or Complete*: a transaction starts (Ongoing, start time now);
    // Ongoing: the partitions join it, or success without a write when all are in it already.
    TransactionTransition prepareAddPartitions(std::int64_t producerId, std::int16_t producerEpoch,
                                               const std::set<TopicPartition> &partitions,
                                               std::int64_t nowMs);
    // AddOffsetsToTxn: the group's __consumer_offsets partition joins the transaction, so
    // its markers reach the offsets the transaction commits.
    TransactionTransition prepareAddOffsets(std::int64_t producerId, std::int16_t producerEpoch,
                                            std::int32_t consumerOffsetsPartition, std::int64_t nowMs);

    // EndTxn from the client. Ongoing: PrepareCommit or PrepareAbort. A retry after a lost
    // answer: success once complete (CompleteCommit for a commit), CONCURRENT_TRANSACTIONS
    // while markers are written (PrepareCommit for a commit); the other kind, or Empty,
    // INVALID_TXN_STATE.
    TransactionTransition prepareEndTxn(std::int64_t producerId, std::int16_t producerEpoch, bool commit,
                                        std::int64_t nowMs);

    // Once every partition has its marker: PrepareCommit/PrepareAbort to CompleteCommit/
    // CompleteAbort, partitions cleared. nullopt in any other state or with a transition pending.
    std::optional<TransactionMetadata> prepareComplete(std::int64_t nowMs);

    // The coordinator's timeout sweep: an Ongoing transaction older than its timeout is
    // aborted with the epoch bumped, so its producer is fenced (Kafka's
    // abortTimedOutTransactions). nullopt when it has not timed out or a transition is pending.
    std::optional<TransactionMetadata> prepareAbortIfTimedOut(std::int64_t nowMs);

    // transactional.id.expiration.ms: an id with no open transaction and no update for that
    // long becomes Dead; the coordinator writes a tombstone, then drops it on complete().
    std::optional<TransactionMetadata> prepareExpire(const TransactionLimits &limits, std::int64_t nowMs);

    // The prepared record is replicated: the state becomes `written`. InvalidArgument, and no
    // change, when `written` is not the pending transition's result.
    Status complete(const TransactionMetadata &written);
    // The prepared record was not written: the transition is dropped and the state stays.
    // Nothing was changed before the write, so a fence retried later bumps from the same
    // epoch to the same epoch (Kafka needs a hasFailedEpochFence flag for that).
    void writeFailed();

private:
    TransactionTransition pending(TransactionMetadata next, ErrorCode reply = ErrorCode::None);
    TransactionTransition prepareEpochBump(std::int32_t timeoutMs, std::optional<ProducerIdAndEpoch> expected,
                                           std::int64_t nowMs,
                                           const std::function<std::int64_t()> &allocateProducerId);
    TransactionMetadata fencedAbort(std::int64_t nowMs) const;
    ErrorCode checkProducer(std::int64_t producerId, std::int16_t producerEpoch) const;

    std::string m_transactionalId;
    TransactionMetadata m_current;
    std::optional<TransactionState> m_pending;
    std::optional<TransactionMetadata> m_pendingWrite;
};

} // namespace es
