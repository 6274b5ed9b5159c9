#pragma once

// DeleteGroups (key 42), versions 0-2, flexible from 2.

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

struct DeleteGroupsApi;

struct DeleteGroupsRequest {
    using Api = DeleteGroupsApi;
    std::vector<std::string> groupsNames;

    bool operator==(const DeleteGroupsRequest &) const = default;
};

struct DeleteGroupsResponse {
    using Api = DeleteGroupsApi;
    struct DeletableGroupResult {
        std::string groupId;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const DeletableGroupResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<DeletableGroupResult> results;

    bool operator==(const DeleteGroupsResponse &) const = default;
};

struct DeleteGroupsApi {
    static constexpr ApiKey kKey = ApiKey::DeleteGroups;
    static constexpr std::string_view kName = "DeleteGroups";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 2;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = DeleteGroupsRequest;
    using Response = DeleteGroupsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
