#pragma once

// The record format of the internal compacted topic __transaction_state, byte for byte as
// Kafka writes it (TransactionLog, TransactionLogKey/TransactionLogValue), so a log written
// here reads like Kafka's and Kafka's tools can read ours. transaction_records.md describes
// the layouts and which version is written.

#include "cluster/txn/transaction_status.h"
#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

inline constexpr std::string_view kTransactionStateTopic = "__transaction_state";

inline constexpr std::int16_t kTransactionLogKeyVersion = 0;
// Written: version 0, as Kafka 3.x always does (and Kafka 4 until transaction.version 1 is
// enabled). Version 1 is the flexible encoding with tagged fields; both are read.
inline constexpr std::int16_t kTransactionLogValueVersion = 0;
inline constexpr std::int16_t kTransactionLogValueFlexibleVersion = 1;

struct TransactionLogTopic {
    std::string topic;
    std::vector<std::int32_t> partitionIds;

    bool operator==(const TransactionLogTopic &) const = default;
};

struct TransactionLogValue {
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    std::int32_t transactionTimeoutMs = 0;
    TransactionState status = TransactionState::Empty;
    // The transaction's partitions by topic. Kafka writes null in Empty and an array (maybe
    // empty) in every other state; readers treat null and empty alike.
    std::optional<std::vector<TransactionLogTopic>> partitions;
    std::int64_t lastUpdateTimestampMs = -1;
    std::int64_t startTimestampMs = -1;
    // Tagged fields of version 1 (tags 0, 1, 2); version 0 cannot hold them and reads as
    // these defaults, which Kafka's writer leaves out.
    std::int64_t previousProducerId = -1;
    std::int64_t nextProducerId = -1;
    std::int16_t clientTransactionVersion = 0;

    bool operator==(const TransactionLogValue &) const = default;
};

// One record of the topic: a transactional id and its state, or nullopt for a tombstone
// (the id expired and is removed).
struct TransactionLogRecord {
    std::string transactionalId;
    std::optional<TransactionLogValue> value;

    bool operator==(const TransactionLogRecord &) const = default;
};

// Encoders. A transactional id longer than 32767 bytes cannot be represented (int16
// length); the coordinator's ids arrive as int16-length wire strings. `version` is 0 or 1.
Bytes encodeTransactionLogKey(std::string_view transactionalId);
Bytes encodeTransactionLogValue(const TransactionLogValue &value,
                                std::int16_t version = kTransactionLogValueVersion);

// Decoders. Corruption for truncated or malformed input, trailing bytes, or a status byte
// Kafka does not define; Unsupported for a key or value version this code does not read.
// They never read past `bytes`.
Result<std::string> decodeTransactionLogKey(ByteView bytes);
Result<TransactionLogValue> decodeTransactionLogValue(ByteView bytes);
// A whole record as the loader meets it: a null value (nullopt) is a tombstone.
Result<TransactionLogRecord> decodeTransactionLogRecord(ByteView key, std::optional<ByteView> value);

} // namespace es
