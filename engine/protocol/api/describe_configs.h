#pragma once

// DescribeConfigs (key 32), versions 0-4, flexible from 4. Resource types: 2 topic,
// 4 broker, 8 broker logger. v0 flags defaults with isDefault; v1+ give configSource and
// synonyms, v3+ the config type and documentation.

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

struct DescribeConfigsApi;

struct DescribeConfigsRequest {
    using Api = DescribeConfigsApi;
    struct Resource {
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::optional<std::vector<std::string>> configurationKeys; // null: all
        bool operator==(const Resource &) const = default;
    };

    std::vector<Resource> resources;
    bool includeSynonyms = false;      // v1+
    bool includeDocumentation = false; // v3+

    bool operator==(const DescribeConfigsRequest &) const = default;
};

struct DescribeConfigsResponse {
    using Api = DescribeConfigsApi;
    struct Synonym {
        std::string name;
        std::optional<std::string> value;
        std::int8_t source = 0;
        bool operator==(const Synonym &) const = default;
    };
    struct Config {
        std::string name;
        std::optional<std::string> value;
        bool readOnly = false;
        bool isDefault = false;        // v0 only
        std::int8_t configSource = -1; // v1+
        bool isSensitive = false;
        std::vector<Synonym> synonyms;            // v1+
        std::int8_t configType = 0;               // v3+
        std::optional<std::string> documentation; // v3+
        bool operator==(const Config &) const = default;
    };
    struct ResourceResult {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::vector<Config> configs;
        bool operator==(const ResourceResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<ResourceResult> results;

    bool operator==(const DescribeConfigsResponse &) const = default;
};

struct DescribeConfigsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeConfigs;
    static constexpr std::string_view kName = "DescribeConfigs";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 4;
    using Request = DescribeConfigsRequest;
    using Response = DescribeConfigsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
