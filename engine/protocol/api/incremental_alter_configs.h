#pragma once

// IncrementalAlterConfigs (key 44), versions 0-1, flexible from 1. Operations: 0 set,
// 1 delete, 2 append, 3 subtract.

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

struct IncrementalAlterConfigsApi;

struct IncrementalAlterConfigsRequest {
    using Api = IncrementalAlterConfigsApi;
    struct Config {
        std::string name;
        std::int8_t configOperation = 0;
        std::optional<std::string> value;
        bool operator==(const Config &) const = default;
    };
    struct Resource {
        std::int8_t resourceType = 0;
        std::string resourceName;
        std::vector<Config> configs;
        bool operator==(const Resource &) const = default;
    };

    std::vector<Resource> resources;
    bool validateOnly = false;

    bool operator==(const IncrementalAlterConfigsRequest &) const = default;
};

struct IncrementalAlterConfigsResponse {
    using Api = IncrementalAlterConfigsApi;
    struct ResourceResponse {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::int8_t resourceType = 0;
        std::string resourceName;
        bool operator==(const ResourceResponse &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<ResourceResponse> responses;

    bool operator==(const IncrementalAlterConfigsResponse &) const = default;
};

struct IncrementalAlterConfigsApi {
    static constexpr ApiKey kKey = ApiKey::IncrementalAlterConfigs;
    static constexpr std::string_view kName = "IncrementalAlterConfigs";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 1;
    static constexpr std::int16_t kFirstFlexibleVersion = 1;
    using Request = IncrementalAlterConfigsRequest;
    using Response = IncrementalAlterConfigsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
