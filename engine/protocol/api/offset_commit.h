#pragma once

// OffsetCommit (key 8), versions 0-8, flexible from 8. v1 carries a commit timestamp per
// partition; v2-v4 a retention time for the whole request; later versions neither.

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

struct OffsetCommitApi;

struct OffsetCommitRequest {
    using Api = OffsetCommitApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int64_t committedOffset = 0;
        std::int32_t committedLeaderEpoch = -1; // v6+
        std::int64_t commitTimestamp = -1;      // v1 only
        std::optional<std::string> committedMetadata;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::string groupId;
    std::int32_t generationId = -1;             // v1+
    std::string memberId;                       // v1+
    std::optional<std::string> groupInstanceId; // v7+
    std::int64_t retentionTimeMs = -1;          // v2-4
    std::vector<Topic> topics;

    bool operator==(const OffsetCommitRequest &) const = default;
};

struct OffsetCommitResponse {
    using Api = OffsetCommitApi;
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

    std::int32_t throttleTimeMs = 0; // v3+
    std::vector<Topic> topics;

    bool operator==(const OffsetCommitResponse &) const = default;
};

struct OffsetCommitApi {
    static constexpr ApiKey kKey = ApiKey::OffsetCommit;
    static constexpr std::string_view kName = "OffsetCommit";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 8;
    static constexpr std::int16_t kFirstFlexibleVersion = 8;
    using Request = OffsetCommitRequest;
    using Response = OffsetCommitResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
