#pragma once

// SyncGroup (key 14), versions 0-5, flexible from 4. Only the leader sends assignments;
// assignments are opaque bytes.

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

struct SyncGroupApi;

struct SyncGroupRequest {
    using Api = SyncGroupApi;
    struct Assignment {
        std::string memberId;
        Bytes assignment;
        bool operator==(const Assignment &) const = default;
    };

    std::string groupId;
    std::int32_t generationId = 0;
    std::string memberId;
    std::optional<std::string> groupInstanceId; // v3+
    std::optional<std::string> protocolType;    // v5+
    std::optional<std::string> protocolName;    // v5+
    std::vector<Assignment> assignments;

    bool operator==(const SyncGroupRequest &) const = default;
};

struct SyncGroupResponse {
    using Api = SyncGroupApi;
    std::int32_t throttleTimeMs = 0; // v1+
    ErrorCode errorCode = ErrorCode::None;
    std::optional<std::string> protocolType; // v5+
    std::optional<std::string> protocolName; // v5+
    Bytes assignment;

    bool operator==(const SyncGroupResponse &) const = default;
};

struct SyncGroupApi {
    static constexpr ApiKey kKey = ApiKey::SyncGroup;
    static constexpr std::string_view kName = "SyncGroup";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 5;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = SyncGroupRequest;
    using Response = SyncGroupResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
