#pragma once

// OffsetDelete (key 47), version 0, never flexible. The response's top-level error code
// comes before the throttle time.

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

struct OffsetDeleteApi;

struct OffsetDeleteRequest {
    using Api = OffsetDeleteApi;
    struct Partition {
        std::int32_t partitionIndex = 0;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::string groupId;
    std::vector<Topic> topics;

    bool operator==(const OffsetDeleteRequest &) const = default;
};

struct OffsetDeleteResponse {
    using Api = OffsetDeleteApi;
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

    ErrorCode errorCode = ErrorCode::None;
    std::int32_t throttleTimeMs = 0;
    std::vector<Topic> topics;

    bool operator==(const OffsetDeleteResponse &) const = default;
};

struct OffsetDeleteApi {
    static constexpr ApiKey kKey = ApiKey::OffsetDelete;
    static constexpr std::string_view kName = "OffsetDelete";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = kNeverFlexible;
    using Request = OffsetDeleteRequest;
    using Response = OffsetDeleteResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
