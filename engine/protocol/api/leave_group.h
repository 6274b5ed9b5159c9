#pragma once

// LeaveGroup (key 13), versions 0-5, flexible from 4. Versions 0-2 name one member
// (memberId); v3+ name several (members), each answered separately.

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

struct LeaveGroupApi;

struct LeaveGroupRequest {
    using Api = LeaveGroupApi;
    struct Member {
        std::string memberId;
        std::optional<std::string> groupInstanceId;
        std::optional<std::string> reason; // v5+
        bool operator==(const Member &) const = default;
    };

    std::string groupId;
    std::string memberId;        // v0-2
    std::vector<Member> members; // v3+

    bool operator==(const LeaveGroupRequest &) const = default;
};

struct LeaveGroupResponse {
    using Api = LeaveGroupApi;
    struct Member {
        std::string memberId;
        std::optional<std::string> groupInstanceId;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const Member &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v1+
    ErrorCode errorCode = ErrorCode::None;
    std::vector<Member> members; // v3+

    bool operator==(const LeaveGroupResponse &) const = default;
};

struct LeaveGroupApi {
    static constexpr ApiKey kKey = ApiKey::LeaveGroup;
    static constexpr std::string_view kName = "LeaveGroup";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 5;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = LeaveGroupRequest;
    using Response = LeaveGroupResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
