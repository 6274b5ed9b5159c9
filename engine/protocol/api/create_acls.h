#pragma once

// CreateAcls (key 30), versions 0-3, flexible from 2. ACL bindings to add, one result per
// creation in the same order. The pattern type is v1+; v0 means LITERAL
// (acl_pattern_type.h). v3 adds the USER resource type, a value, not a field.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api/acl_pattern_type.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct CreateAclsApi;

struct CreateAclsRequest {
    using Api = CreateAclsApi;
    struct Creation {
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::int8_t resourcePatternType = kPatternTypeLiteral; // v1+
        std::string principal;
        std::string host;
        std::int8_t operation = 0;
        std::int8_t permissionType = 0;
        bool operator==(const Creation &) const = default;
    };

    std::vector<Creation> creations;

    bool operator==(const CreateAclsRequest &) const = default;
};

struct CreateAclsResponse {
    using Api = CreateAclsApi;
    struct CreationResult {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const CreationResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<CreationResult> results;

    bool operator==(const CreateAclsResponse &) const = default;
};

struct CreateAclsApi {
    static constexpr ApiKey kKey = ApiKey::CreateAcls;
    static constexpr std::string_view kName = "CreateAcls";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = CreateAclsRequest;
    using Response = CreateAclsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    // A pattern type other than LITERAL cannot be written at v0: a failure in `out`.
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
