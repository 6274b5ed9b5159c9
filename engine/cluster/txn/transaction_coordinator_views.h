#pragma once

// What the transaction coordinator shows of itself: DescribeTransactions and
// ListTransactions answers, per-id snapshots for the GUI and events for the cluster's
// timeline. Plain values, safe to copy to another thread.

#include "cluster/topic_partition.h"
#include "cluster/txn/transaction_status.h"
#include "common/error_code.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

// One id of DescribeTransactions. Fields other than the id and the error are meaningful only
// when `error` is None (NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS, TRANSACTIONAL_ID_NOT_FOUND).
struct TransactionDescription {
    std::string transactionalId;
    ErrorCode error = ErrorCode::None;
    TransactionState state = TransactionState::Empty;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t timeoutMs = 0;
    std::int64_t startTimestampMs = -1;     // -1 with no transaction open
    std::vector<TopicPartition> partitions; // ascending
};

struct ListedTransaction {
    std::string transactionalId;
    std::int64_t producerId = -1;
    TransactionState state = TransactionState::Empty;

    bool operator==(const ListedTransaction &) const = default;
};

struct ListTransactionsResult {
    ErrorCode error = ErrorCode::None; // COORDINATOR_LOAD_IN_PROGRESS while a partition loads
    std::vector<std::string> unknownStateFilters;
    std::vector<ListedTransaction> transactions; // by transactional id
};

struct TransactionSnapshot {
    std::string transactionalId;
    std::int32_t statePartition = 0;
    TransactionState state = TransactionState::Empty;
    // The state a write in flight moves to (the id answers CONCURRENT_TRANSACTIONS meanwhile).
    std::optional<TransactionState> pendingState;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t timeoutMs = 0;
    std::int64_t startTimestampMs = -1; // when the open transaction's first partition joined
    std::int64_t lastUpdateTimestampMs = -1;
    std::vector<TopicPartition> partitions; // the open or ending transaction's, ascending
    // PrepareCommit/PrepareAbort: the partitions whose leader has not yet written the marker.
    std::vector<TopicPartition> awaitingMarkers;
};

enum class TransactionEventKind : std::uint8_t {
    Begun,     // the first partition joined: the transaction is Ongoing
    Committed, // every partition has its COMMIT marker (CompleteCommit written)
    Aborted,   // every partition has its ABORT marker (CompleteAbort written)
    TimedOut,  // open longer than its timeout: aborted, its producer fenced
    Fenced, // a new producer instance (InitProducerId) fenced the open transaction's producer and aborted it
    AdminAborted, // an administrator aborted the open transaction, fencing its producer
    Expired,      // transactional.id.expiration.ms passed with no transaction: the id is removed
};

struct TransactionEvent {
    TransactionEventKind kind = TransactionEventKind::Begun;
    std::int64_t timeMs = 0;
    std::string transactionalId;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;        // after the change (the fencing epoch for an abort)
    std::vector<TopicPartition> partitions; // the transaction's, ascending; empty for Expired
};

} // namespace es
