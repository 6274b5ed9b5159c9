#pragma once

// DescribeAcls (key 29), versions 0-3, flexible from 2. One filter in, the matching ACL
// bindings out, grouped by resource. The pattern type (filter and resources) is v1+; v0
// means LITERAL (acl_pattern_type.h). v3 adds the USER resource type, a value, not a field.

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

struct DescribeAclsApi;

struct DescribeAclsRequest {
    using Api = DescribeAclsApi;
    std::int8_t resourceTypeFilter = 0;
    std::optional<std::string> resourceNameFilter;       // null: any name
    std::int8_t patternTypeFilter = kPatternTypeLiteral; // v1+
    std::optional<std::string> principalFilter;          // null: any principal
    std::optional<std::string> hostFilter;               // null: any host
    std::int8_t operation = 0;
    std::int8_t permissionType = 0;

    bool operator==(const DescribeAclsRequest &) const = default;
};

struct DescribeAclsResponse {
    using Api = DescribeAclsApi;
    struct AclDescription {
        std::string principal;
        std::string host;
        std::int8_t operation = 0;
        std::int8_t permissionType = 0;
        bool operator==(const AclDescription &) const = default;
    };
    struct Resource {
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::int8_t patternType = kPatternTypeLiteral; // v1+
        std::vector<AclDescription> acls;
        bool operator==(const Resource &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;
    std::optional<std::string> errorMessage;
    std::vector<Resource> resources;

    bool operator==(const DescribeAclsResponse &) const = default;
};

struct DescribeAclsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeAcls;
    static constexpr std::string_view kName = "DescribeAcls";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = DescribeAclsRequest;
    using Response = DescribeAclsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    // A pattern type other than LITERAL cannot be written at v0 (request or response): a
    // failure in `out`.
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
