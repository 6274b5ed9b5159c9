#pragma once

// The states of one transactional id at its transaction coordinator, with Kafka's ids (the
// TransactionStatus byte of a __transaction_state record) and Kafka's table of which state
// may follow which (TransactionState.validPreviousStates).
//
//   Empty ──add partitions/offsets──> Ongoing ──EndTxn──> PrepareCommit ──markers──> CompleteCommit
//     ^                                │  │                                                │
//     │                                │  └──EndTxn(abort)/timeout──> PrepareAbort ──> CompleteAbort
//     │                                └──InitProducerId──> PrepareEpochFence ──┘          │
//     └──────────────── InitProducerId (epoch bump) <──────────────────────────────────────┘
//   Empty, CompleteCommit, CompleteAbort ──transactional.id.expiration.ms──> Dead (a tombstone)

#include <cstdint>
#include <optional>
#include <string_view>

namespace es {

enum class TransactionState : std::int8_t {
    Empty = 0,             // no transaction; InitProducerId has run
    Ongoing = 1,           // partitions added, waiting for EndTxn
    PrepareCommit = 2,     // commit decided and logged; markers being written
    PrepareAbort = 3,      // abort decided and logged; markers being written
    CompleteCommit = 4,    // commit markers written everywhere
    CompleteAbort = 5,     // abort markers written everywhere
    Dead = 6,              // expired; removed with a tombstone
    PrepareEpochFence = 7, // an ongoing transaction's producer is being fenced (never logged)
};

// Kafka's spelling ("PrepareCommit"), as DescribeTransactions and ListTransactions return it.
std::string_view transactionStateName(TransactionState state);
// The state with Kafka's id `id`; nullopt for an id Kafka does not define.
std::optional<TransactionState> transactionStateFromId(std::int8_t id);
// Whether `to` may follow `from` (Kafka's validPreviousStates of `to` contains `from`).
bool isValidTransition(TransactionState from, TransactionState to);
// Whether an id in this state may expire (transactional.id.expiration.ms): no transaction open.
bool isExpirationAllowed(TransactionState state);

} // namespace es
