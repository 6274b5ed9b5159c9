#pragma once

// OffsetForLeaderEpoch (key 23), versions 0-4, flexible from 4: the end offset of a leader
// epoch, which consumers (v2+) and followers use to detect truncation.

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

struct OffsetForLeaderEpochApi;

struct OffsetForLeaderEpochRequest {
    using Api = OffsetForLeaderEpochApi;
    static constexpr std::int32_t kDebugReplicaId = -2;
    struct Partition {
        std::int32_t partition = 0;
        std::int32_t currentLeaderEpoch = -1; // v2+
        std::int32_t leaderEpoch = 0;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string topic;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t replicaId = kDebugReplicaId; // v3+
    std::vector<Topic> topics;

    bool operator==(const OffsetForLeaderEpochRequest &) const = default;
};

struct OffsetForLeaderEpochResponse {
    using Api = OffsetForLeaderEpochApi;
    struct Partition {
        ErrorCode errorCode = ErrorCode::None;
        std::int32_t partition = 0;
        std::int32_t leaderEpoch = -1; // v1+
        std::int64_t endOffset = -1;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string topic;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v2+
    std::vector<Topic> topics;

    bool operator==(const OffsetForLeaderEpochResponse &) const = default;
};

struct OffsetForLeaderEpochApi {
    static constexpr ApiKey kKey = ApiKey::OffsetForLeaderEpoch;
    static constexpr std::string_view kName = "OffsetForLeaderEpoch";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = OffsetForLeaderEpochRequest;
    using Response = OffsetForLeaderEpochResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
