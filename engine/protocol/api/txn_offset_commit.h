#pragma once

// TxnOffsetCommit (key 28), versions 0-3, flexible from 3. A transactional producer
// commits consumer offsets to the group coordinator as part of its transaction: they stay
// pending (invisible to OffsetFetch) until the transaction's marker reaches the offsets
// partition. v1 is v0; v2 adds the committed leader epoch; v3 adds the consumer's
// generation, member id and group instance id so that a zombie consumer is fenced (KIP-447).
// Fields a version lacks are not written and read back as their defaults. Newer versions
// (v4 TRANSACTION_ABORTABLE, v5 for the transaction protocol of KIP-890) are left out
// until the coordinator does both.

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

struct TxnOffsetCommitApi;

struct TxnOffsetCommitRequest {
    using Api = TxnOffsetCommitApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t committedOffset = 0;
        std::int32_t committedLeaderEpoch = -1; // v2+
        std::optional<std::string> committedMetadata;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::string transactionalId;
    std::string groupId;
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;
    std::int32_t generationId = -1;             // v3+
    std::string memberId;                       // v3+
    std::optional<std::string> groupInstanceId; // v3+
    std::vector<Topic> topics;

    bool operator==(const TxnOffsetCommitRequest &) const = default;
};

struct TxnOffsetCommitResponse {
    using Api = TxnOffsetCommitApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<Topic> topics;

    bool operator==(const TxnOffsetCommitResponse &) const = default;
};

struct TxnOffsetCommitApi {
    static constexpr ApiKey kKey = ApiKey::TxnOffsetCommit;
    static constexpr std::string_view kName = "TxnOffsetCommit";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = TxnOffsetCommitRequest;
    using Response = TxnOffsetCommitResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
