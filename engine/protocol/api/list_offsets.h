#pragma once

// ListOffsets (key 2), versions 0-7, flexible from 6. Timestamps -1 (latest), -2 (earliest)
// and, from v7, -3 (largest timestamp) are special. v0 answers a list of offsets
// (old_style_offsets) instead of one timestamp and offset.

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

struct ListOffsetsApi;

struct ListOffsetsRequest {
    using Api = ListOffsetsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        std::int32_t currentLeaderEpoch = -1; // v4+
        std::int64_t timestamp = 0;
        std::int32_t maxNumOffsets = 1; // v0 only
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t replicaId = -1;
    std::int8_t isolationLevel = 0; // v2+
    std::vector<Topic> topics;

    bool operator==(const ListOffsetsRequest &) const = default;
};

struct ListOffsetsResponse {
    using Api = ListOffsetsApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::vector<std::int64_t> oldStyleOffsets; // v0 only
        std::int64_t timestamp = -1;               // v1+
        std::int64_t offset = -1;                  // v1+
        std::int32_t leaderEpoch = -1;             // v4+
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v2+
    std::vector<Topic> topics;

    bool operator==(const ListOffsetsResponse &) const = default;
};

struct ListOffsetsApi {
    static constexpr ApiKey kKey = ApiKey::ListOffsets;
    static constexpr std::string_view kName = "ListOffsets";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 7;
    static constexpr std::int16_t kFirstFlexibleVersion = 6;
    using Request = ListOffsetsRequest;
    using Response = ListOffsetsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
