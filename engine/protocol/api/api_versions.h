#pragma once

// ApiVersions (key 18), versions 0-3, flexible from 3. The response header is always v0.
// A broker that cannot parse the request's version answers error UNSUPPORTED_VERSION in
// the v0 layout and still lists its ranges, so the client can retry with one it supports.

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

struct ApiVersionsApi;

struct ApiVersionsRequest {
    using Api = ApiVersionsApi;
    std::string clientSoftwareName;    // v3+
    std::string clientSoftwareVersion; // v3+

    bool operator==(const ApiVersionsRequest &) const = default;
};

struct ApiVersionsResponse {
    using Api = ApiVersionsApi;
    struct ApiVersion {
        std::int16_t apiKey = 0;
        std::int16_t minVersion = 0;
        std::int16_t maxVersion = 0;
        bool operator==(const ApiVersion &) const = default;
    };
    struct SupportedFeatureKey {
        std::string name;
        std::int16_t minVersion = 0;
        std::int16_t maxVersion = 0;
        bool operator==(const SupportedFeatureKey &) const = default;
    };
    struct FinalizedFeatureKey {
        std::string name;
        std::int16_t maxVersionLevel = 0;
        std::int16_t minVersionLevel = 0;
        bool operator==(const FinalizedFeatureKey &) const = default;
    };

    ErrorCode errorCode = ErrorCode::None;
    std::vector<ApiVersion> apiKeys;
    std::int32_t throttleTimeMs = 0;                    // v1+
    std::vector<SupportedFeatureKey> supportedFeatures; // v3+, tag 0
    std::int64_t finalizedFeaturesEpoch = -1;           // v3+, tag 1
    std::vector<FinalizedFeatureKey> finalizedFeatures; // v3+, tag 2
    bool zkMigrationReady = false;                      // v3+, tag 3

    bool operator==(const ApiVersionsResponse &) const = default;
};

struct ApiVersionsApi {
    static constexpr ApiKey kKey = ApiKey::ApiVersions;
    static constexpr std::string_view kName = "ApiVersions";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = ApiVersionsRequest;
    using Response = ApiVersionsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
