#pragma once

// DeleteAcls (key 31), versions 0-3, flexible from 2. Filters in; per filter, the bindings it
// matched and whether each was deleted. The pattern type is v1+; v0 means LITERAL
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

struct DeleteAclsApi;

struct DeleteAclsRequest {
    using Api = DeleteAclsApi;
    struct Filter {
        std::int8_t resourceTypeFilter = 0;
        std::optional<std::string> resourceNameFilter;       // null: any name
        std::int8_t patternTypeFilter = kPatternTypeLiteral; // v1+
        std::optional<std::string> principalFilter;          // null: any principal
        std::optional<std::string> hostFilter;               // null: any host
        std::int8_t operation = 0;
        std::int8_t permissionType = 0;
        bool operator==(const Filter &) const = default;
    };

    std::vector<Filter> filters;

    bool operator==(const DeleteAclsRequest &) const = default;
};

struct DeleteAclsResponse {
    using Api = DeleteAclsApi;
    struct MatchingAcl {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::int8_t patternType = kPatternTypeLiteral; // v1+
        std::string principal;
        std::string host;
        std::int8_t operation = 0;
        std::int8_t permissionType = 0;
        bool operator==(const MatchingAcl &) const = default;
    };
    struct FilterResult {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::vector<MatchingAcl> matchingAcls;
        bool operator==(const FilterResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<FilterResult> filterResults;

    bool operator==(const DeleteAclsResponse &) const = default;
};

struct DeleteAclsApi {
    static constexpr ApiKey kKey = ApiKey::DeleteAcls;
    static constexpr std::string_view kName = "DeleteAcls";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = DeleteAclsRequest;
    using Response = DeleteAclsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    // A pattern type other than LITERAL cannot be written at v0 (request or response): a
    // failure in `out`.
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
