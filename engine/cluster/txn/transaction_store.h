#pragma once

// Where the transaction coordinator keeps its state: the partitions of __transaction_state
// (transaction_records.md). A broker implements it by producing to the partition it leads
// with acks=all; tests use an in-memory log.

#include "cluster/txn/transaction_records.h"
#include "common/buffer.h"
#include "common/error_code.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace es {

// One record of __transaction_state as the log holds it, for loading: the key's bytes, and
// the value's bytes or nullopt for a tombstone. Decoded (and skipped when corrupt) by the
// coordinator's loader.
struct TransactionLogEntry {
    Bytes key;
    std::optional<Bytes> value;

    bool operator==(const TransactionLogEntry &) const = default;
};

class TransactionStore {
public:
    virtual ~TransactionStore() = default;

    // Appends `record` (encoded with encodeTransactionLogKey / encodeTransactionLogValue, a
    // null value for a tombstone) to partition `statePartition`. `done` is called exactly once
    // with ErrorCode::None when every in-sync replica has it, or with the produce error
    // (NOT_LEADER_OR_FOLLOWER, NOT_ENOUGH_REPLICAS, REQUEST_TIMED_OUT...). It must run on the
    // coordinator's thread, and may run before append() returns. For one partition, `done`
    // callbacks run in append order.
    virtual void append(std::int32_t statePartition, TransactionLogRecord record,
                        std::function<void(ErrorCode)> done) = 0;
};

} // namespace es
