#pragma once

// ListGroups (key 16), versions 0-4, flexible from 3. v4 can filter by group state.

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

struct ListGroupsApi;

struct ListGroupsRequest {
    using Api = ListGroupsApi;
    std::vector<std::string> statesFilter; // v4+; empty: all states

    bool operator==(const ListGroupsRequest &) const = default;
};

struct ListGroupsResponse {
    using Api = ListGroupsApi;
    struct Group {
        std::string groupId;
        std::string protocolType;
        std::string groupState; // v4+
        bool operator==(const Group &) const = default;
    };

    std::int32_t throttleTimeMs = 0; // v1+
    ErrorCode errorCode = ErrorCode::None;
    std::vector<Group> groups;

    bool operator==(const ListGroupsResponse &) const = default;
};

struct ListGroupsApi {
    static constexpr ApiKey kKey = ApiKey::ListGroups;
    static constexpr std::string_view kName = "ListGroups";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = ListGroupsRequest;
    using Response = ListGroupsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
