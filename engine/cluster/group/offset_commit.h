#pragma once

// Committed offsets and the offset requests (OffsetCommit, TxnOffsetCommit, OffsetFetch,
// OffsetDelete, and the GUI's reset) as the coordinator takes and gives them.

#include "cluster/topic_partition.h"
#include "common/error_code.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

struct CommittedOffset {
    std::int64_t offset = -1;
    std::int32_t leaderEpoch = -1;
    std::string metadata;
    std::int64_t commitTimestampMs = -1;
    // Only commits that named their own retention (OffsetCommit v2-v4) expire at a fixed time;
    // the others expire offsets.retention.ms after the group became empty.
    std::optional<std::int64_t> expireTimestampMs;

    bool operator==(const CommittedOffset &) const = default;
};

struct OffsetCommitPartition {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = 0;
    std::int32_t leaderEpoch = -1;
    std::string metadata; // a null wire string arrives as ""
};

struct OffsetCommitRequest {
    std::string groupId;
    std::int32_t generationId = -1; // -1: a standalone (or admin) commit outside group management
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::int64_t retentionTimeMs = -1; // OffsetCommit v2-v4; -1: the broker's offsets.retention.ms
    std::vector<OffsetCommitPartition> partitions;
};

// A TxnOffsetCommit: offsets committed as part of a producer's transaction. They stay
// pending, invisible to OffsetFetch, until the transaction's marker commits or aborts them.
struct TxnOffsetCommitRequest {
    std::string groupId;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;
    // TxnOffsetCommit v3+ (KIP-447): the consumer's generation and member, checked when
    // given; -1 and "" (older versions) commit without them.
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::vector<OffsetCommitPartition> partitions;
};

struct PartitionErrorResult {
    TopicPartition partition;
    ErrorCode error = ErrorCode::None;
};

// OffsetCommit and TxnOffsetCommit answer one error per partition, in request order.
using OffsetCommitResult = std::vector<PartitionErrorResult>;

struct FetchedOffset {
    std::string topic;
    std::int32_t partition = 0;
    std::int64_t offset = -1; // -1: nothing committed
    std::int32_t leaderEpoch = -1;
    std::string metadata;
    ErrorCode error = ErrorCode::None; // UNSTABLE_OFFSET_COMMIT: require_stable, and a commit is pending
};

struct OffsetFetchResult {
    ErrorCode error = ErrorCode::None; // for the whole group (NOT_COORDINATOR...)
    std::vector<FetchedOffset> partitions;
};

struct OffsetDeleteResult {
    ErrorCode error = ErrorCode::None; // for the whole group (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP...)
    std::vector<PartitionErrorResult> partitions;
};

struct ResetOffsetsResult {
    ErrorCode error = ErrorCode::None;
    std::string message; // what a user reads when error is set (e.g. the active member ids)
};

struct DeleteGroupResult {
    std::string groupId;
    ErrorCode error = ErrorCode::None;
};

} // namespace es
