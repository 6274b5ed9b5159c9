#pragma once

// AlterConfigs (key 33), versions 0-2, flexible from 2: replaces a resource's whole dynamic
// configuration (IncrementalAlterConfigs changes single keys).

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

struct AlterConfigsApi;

struct AlterConfigsRequest {
    using Api = AlterConfigsApi;
    struct Config {
        std::string name;
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

    bool operator==(const AlterConfigsRequest &) const = default;
};

struct AlterConfigsResponse {
    using Api = AlterConfigsApi;
    struct ResourceResponse {
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::int8_t resourceType = 0;
        std::string resourceName;
        bool operator==(const ResourceResponse &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<ResourceResponse> responses;

    bool operator==(const AlterConfigsResponse &) const = default;
};

struct AlterConfigsApi {
    static constexpr ApiKey kKey = ApiKey::AlterConfigs;
    static constexpr std::string_view kName = "AlterConfigs";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 2;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = AlterConfigsRequest;
    using Response = AlterConfigsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
