#pragma once

// DescribeGroups (key 15), versions 0-5, flexible from 5. Member metadata and assignments
// are opaque bytes.

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

struct DescribeGroupsApi;

struct DescribeGroupsRequest {
    using Api = DescribeGroupsApi;
    std::vector<std::string> groups;
    bool includeAuthorizedOperations = false; // v3+

    bool operator==(const DescribeGroupsRequest &) const = default;
};

struct DescribeGroupsResponse {
    using Api = DescribeGroupsApi;
    struct Member {
        std::string memberId;
        std::optional<std::string> groupInstanceId; // v4+
        std::string clientId;
        std::string clientHost;
        Bytes memberMetadata;
        Bytes memberAssignment;
        bool operator==(const Member &) const = default;
    };
    struct Group {
        ErrorCode errorCode = ErrorCode::None;
        std::string groupId;
        std::string groupState;
        std::string protocolType;
        std::string protocolData; // the chosen protocol (assignor) name
        std::vector<Member> members;
        std::int32_t authorizedOperations = kNoAuthorizedOperations; // v3+
        bool operator==(const Group &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v1+
    std::vector<Group> groups;

    bool operator==(const DescribeGroupsResponse &) const = default;
};

struct DescribeGroupsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeGroups;
    static constexpr std::string_view kName = "DescribeGroups";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 5;
    static constexpr std::int16_t kFirstFlexibleVersion = 5;
    using Request = DescribeGroupsRequest;
    using Response = DescribeGroupsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
