#pragma once

// JoinGroup (key 11), versions 0-9, flexible from 6. From v4 a new member without a member
// id is answered MEMBER_ID_REQUIRED with an id to rejoin with. Protocol metadata is opaque.

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

struct JoinGroupApi;

struct JoinGroupRequest {
    using Api = JoinGroupApi;
    struct Protocol {
        std::string name;
        Bytes metadata;
        bool operator==(const Protocol &) const = default;
    };

    std::string groupId;
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = -1; // v1+
    std::string memberId;
    std::optional<std::string> groupInstanceId; // v5+
    std::string protocolType;
    std::vector<Protocol> protocols;
    std::optional<std::string> reason; // v8+

    bool operator==(const JoinGroupRequest &) const = default;
};

struct JoinGroupResponse {
    using Api = JoinGroupApi;
    struct Member {
        std::string memberId;
        std::optional<std::string> groupInstanceId; // v5+
        Bytes metadata;
        bool operator==(const Member &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v2+
    ErrorCode errorCode = ErrorCode::None;
    std::int32_t generationId = -1;
    std::optional<std::string> protocolType; // v7+
    std::optional<std::string> protocolName; // null only from v7
    std::string leader;
    bool skipAssignment = false; // v9+
    std::string memberId;
    std::vector<Member> members;

    bool operator==(const JoinGroupResponse &) const = default;
};

struct JoinGroupApi {
    static constexpr ApiKey kKey = ApiKey::JoinGroup;
    static constexpr std::string_view kName = "JoinGroup";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 9;
    static constexpr std::int16_t kFirstFlexibleVersion = 6;
    using Request = JoinGroupRequest;
    using Response = JoinGroupResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
