#pragma once

// Heartbeat (key 12), versions 0-4, flexible from 4.

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

struct HeartbeatApi;

struct HeartbeatRequest {
    using Api = HeartbeatApi;
    std::string groupId;
    std::int32_t generationId = 0;
    std::string memberId;
    std::optional<std::string> groupInstanceId; // v3+

    bool operator==(const HeartbeatRequest &) const = default;
};

struct HeartbeatResponse {
    using Api = HeartbeatApi;
    std::int32_t throttleTimeMs = 0; // v1+
    ErrorCode errorCode = ErrorCode::None;

    bool operator==(const HeartbeatResponse &) const = default;
};

struct HeartbeatApi {
    static constexpr ApiKey kKey = ApiKey::Heartbeat;
    static constexpr std::string_view kName = "Heartbeat";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = HeartbeatRequest;
    using Response = HeartbeatResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
