#pragma once

// Fetch (key 1), versions 0-12, flexible from 12. Eventscope stops at 12: version 13
// names topics by topic id instead of by name, which the brokers do not assign yet.
// Records are returned as opaque bytes (RecordBatch v2 from v4); a partial trailing
// batch is allowed, as in Kafka.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct FetchApi;

struct FetchRequest {
    using Api = FetchApi;
    struct FetchPartition {
        std::int32_t partition = 0;
        std::int32_t currentLeaderEpoch = -1; // v9+
        std::int64_t fetchOffset = 0;
        std::int32_t lastFetchedEpoch = -1; // v12+
        std::int64_t logStartOffset = -1;   // v5+
        std::int32_t partitionMaxBytes = 0;
        bool operator==(const FetchPartition &) const = default;
    };
    struct FetchTopic {
        std::string topic;
        std::vector<FetchPartition> partitions;
        bool operator==(const FetchTopic &) const = default;
    };
    struct ForgottenTopic {
        std::string topic;
        std::vector<std::int32_t> partitions;
        bool operator==(const ForgottenTopic &) const = default;
    };

    std::optional<std::string> clusterId; // v12+, tag 0
    std::int32_t replicaId = -1;
    std::int32_t maxWaitMs = 0;
    std::int32_t minBytes = 0;
    std::int32_t maxBytes = 0x7fffffff; // v3+
    std::int8_t isolationLevel = 0;     // v4+
    std::int32_t sessionId = 0;         // v7+
    std::int32_t sessionEpoch = -1;     // v7+
    std::vector<FetchTopic> topics;
    std::vector<ForgottenTopic> forgottenTopicsData; // v7+
    std::string rackId;                              // v11+

    bool operator==(const FetchRequest &) const = default;
};

// The tagged (v12+) structs of FetchResponse::PartitionData.
struct FetchEpochEndOffset {
    std::int32_t epoch = -1;
    std::int64_t endOffset = -1;
    bool operator==(const FetchEpochEndOffset &) const = default;
};

struct FetchLeaderIdAndEpoch {
    std::int32_t leaderId = -1;
    std::int32_t leaderEpoch = -1;
    bool operator==(const FetchLeaderIdAndEpoch &) const = default;
};

struct FetchSnapshotId {
    std::int64_t endOffset = -1;
    std::int32_t epoch = -1;
    bool operator==(const FetchSnapshotId &) const = default;
};

struct FetchResponse {
    using Api = FetchApi;
    // The tagged structs are defined at namespace scope, above: clang cannot tell that a
    // nested class with member initializers is default-constructible while the enclosing
    // class is incomplete, which std::optional of it needs.
    using EpochEndOffset = FetchEpochEndOffset;
    using LeaderIdAndEpoch = FetchLeaderIdAndEpoch;
    using SnapshotId = FetchSnapshotId;
    struct AbortedTransaction {
        std::int64_t producerId = 0;
        std::int64_t firstOffset = 0;
        bool operator==(const AbortedTransaction &) const = default;
    };
    struct PartitionData {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::int64_t highWatermark = 0;
        std::int64_t lastStableOffset = -1;                                 // v4+
        std::int64_t logStartOffset = -1;                                   // v5+
        std::optional<EpochEndOffset> divergingEpoch;                       // v12+, tag 0
        std::optional<LeaderIdAndEpoch> currentLeader;                      // v12+, tag 1
        std::optional<SnapshotId> snapshotId;                               // v12+, tag 2
        std::optional<std::vector<AbortedTransaction>> abortedTransactions; // v4+
        std::int32_t preferredReadReplica = -1;                             // v11+
        std::optional<Bytes> records;
        bool operator==(const PartitionData &) const = default;
    };
    struct FetchableTopicResponse {
        std::string topic;
        std::vector<PartitionData> partitions;
        bool operator==(const FetchableTopicResponse &) const = default;
    };

    std::int32_t throttleTimeMs = 0;       // v1+
    ErrorCode errorCode = ErrorCode::None; // v7+
    std::int32_t sessionId = 0;            // v7+
    std::vector<FetchableTopicResponse> responses;

    bool operator==(const FetchResponse &) const = default;
};

struct FetchApi {
    static constexpr ApiKey kKey = ApiKey::Fetch;
    static constexpr std::string_view kName = "Fetch";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 12;
    static constexpr std::int16_t kFirstFlexibleVersion = 12;
    using Request = FetchRequest;
    using Response = FetchResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
