#pragma once

// FindCoordinator (key 10), versions 0-4, flexible from 3. Key type 0 is a group, 1 a
// transactional id (v1+). Versions 0-3 look up one key; v4 looks up many (coordinatorKeys)
// and answers one entry per key (coordinators).

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

struct FindCoordinatorApi;

struct FindCoordinatorRequest {
    using Api = FindCoordinatorApi;
    std::string key;                          // v0-3
    std::int8_t keyType = 0;                  // v1+
    std::vector<std::string> coordinatorKeys; // v4+

    bool operator==(const FindCoordinatorRequest &) const = default;
};

struct FindCoordinatorResponse {
    using Api = FindCoordinatorApi;
    struct Coordinator {
        std::string key;
        std::int32_t nodeId = 0;
        std::string host;
        std::int32_t port = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        bool operator==(const Coordinator &) const = default;
    };

    std::int32_t throttleTimeMs = 0;         // v1+
    ErrorCode errorCode = ErrorCode::None;   // v0-3
    std::optional<std::string> errorMessage; // v1-3
    std::int32_t nodeId = 0;                 // v0-3
    std::string host;                        // v0-3
    std::int32_t port = 0;                   // v0-3
    std::vector<Coordinator> coordinators;   // v4+

    bool operator==(const FindCoordinatorResponse &) const = default;
};

struct FindCoordinatorApi {
    static constexpr ApiKey kKey = ApiKey::FindCoordinator;
    static constexpr std::string_view kName = "FindCoordinator";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = FindCoordinatorRequest;
    using Response = FindCoordinatorResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
