#pragma once

// The requests a broker serves and what it answers: the cluster's own form of Kafka's
// Produce, Fetch, ListOffsets and OffsetForLeaderEpoch. In-process clients send these
// through the Network; the wire handlers translate Kafka frames to and from them.

#include "cluster/record_bytes.h"
#include "cluster/topic_partition.h"
#include "cluster/txn/transaction_marker_channel.h"
#include "common/buffer.h"
#include "common/error_code.h"
#include "storage/log_validator.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace es {

template <typename T>
using Reply = std::function<void(T)>;

struct ProducePartition {
    TopicPartition tp;
    Bytes records; // one or more RecordBatch v2
};

struct ProduceRequest {
    std::int16_t acks = -1; // 0, 1 or -1 (all)
    std::int32_t timeoutMs = 30000;
    std::string clientId;
    // Internal topics take only a coordinator's writes; a client gets INVALID_TOPIC_EXCEPTION.
    AppendOrigin origin = AppendOrigin::Client;
    std::vector<ProducePartition> partitions;
};

struct ProducePartitionResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::int64_t baseOffset = -1;
    std::int64_t logAppendTime = -1;
    std::int64_t logStartOffset = -1;
    std::string errorMessage;
};

struct ProduceResponse {
    std::vector<ProducePartitionResult> partitions;
};

struct FetchPartition {
    TopicPartition tp;
    std::int64_t fetchOffset = 0;
    std::int32_t currentLeaderEpoch = -1; // -1: not checked
    std::int32_t maxBytes = 1 << 20;
};

struct FetchRequest {
    std::int32_t replicaId = -1; // a follower's broker id; -1 for consumers
    std::int32_t maxWaitMs = 500;
    std::int32_t minBytes = 1;
    std::int32_t maxBytes = 50 << 20;
    bool readCommitted = false;
    std::vector<FetchPartition> partitions;
};

// A transaction aborted in the fetched range: a read_committed consumer drops this producer's
// records from `firstOffset` up to the abort marker it meets.
struct FetchAbortedTransaction {
    std::int64_t producerId = -1;
    std::int64_t firstOffset = -1;

    bool operator==(const FetchAbortedTransaction &) const = default;
};

struct FetchPartitionResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::int64_t highWatermark = -1;
    // Where read_committed consumers stop: the high watermark, held back by the first
    // offset of the earliest transaction still open.
    std::int64_t lastStableOffset = -1;
    std::int64_t logStartOffset = -1;
    std::int64_t logEndOffset = -1; // for followers and observability
    RecordBytes records;
    // read_committed fetches only: the aborted transactions overlapping `records`.
    std::vector<FetchAbortedTransaction> abortedTransactions;
};

struct FetchResponse {
    ErrorCode error = ErrorCode::None;
    std::vector<FetchPartitionResult> partitions;
};

// WriteTxnMarkers (the request is TxnMarkerRequest): per partition, NONE once the marker
// is replicated to the in-sync replicas, or why not.
using TxnMarkerResult = std::map<TopicPartition, ErrorCode>;

inline constexpr std::int64_t kLatestTimestamp = -1;
inline constexpr std::int64_t kEarliestTimestamp = -2;
inline constexpr std::int64_t kMaxTimestamp = -3;

struct ListOffsetsPartition {
    TopicPartition tp;
    std::int64_t timestamp = kLatestTimestamp;
    std::int32_t currentLeaderEpoch = -1;
};

struct ListOffsetsRequest {
    std::int32_t replicaId = -1;
    bool readCommitted = false;
    std::vector<ListOffsetsPartition> partitions;
};

struct ListOffsetsPartitionResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::int64_t timestamp = -1;
    std::int64_t offset = -1;
    std::int32_t leaderEpoch = -1;
};

struct ListOffsetsResponse {
    std::vector<ListOffsetsPartitionResult> partitions;
};

struct EpochEndOffsetRequest {
    TopicPartition tp;
    std::int32_t currentLeaderEpoch = -1;
    std::int32_t leaderEpoch = 0;
};

struct EpochEndOffset {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::int32_t leaderEpoch = -1;
    std::int64_t endOffset = -1;
};

struct OffsetForLeaderEpochResponse {
    std::vector<EpochEndOffset> partitions;
};

struct DeleteRecordsPartition {
    TopicPartition tp;
    std::int64_t offset = -1; // delete everything below this; -1: the high watermark
};

struct DeleteRecordsResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::int64_t lowWatermark = -1; // the new log start offset
};

} // namespace es
