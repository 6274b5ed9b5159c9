#pragma once

// SaslAuthenticate (key 36), versions 0-2, flexible from 2. One SASL token each way, after
// SaslHandshake v1. v1+ tells the client how long the session may last before it must
// re-authenticate (0: no limit).

#include "common/buffer.h"
#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es::protocol {

struct SaslAuthenticateApi;

struct SaslAuthenticateRequest {
    using Api = SaslAuthenticateApi;
    Bytes authBytes;

    bool operator==(const SaslAuthenticateRequest &) const = default;
};

struct SaslAuthenticateResponse {
    using Api = SaslAuthenticateApi;
    ErrorCode errorCode = ErrorCode::None;
    std::optional<std::string> errorMessage;
    Bytes authBytes;
    std::int64_t sessionLifetimeMs = 0; // v1+

    bool operator==(const SaslAuthenticateResponse &) const = default;
};

struct SaslAuthenticateApi {
    static constexpr ApiKey kKey = ApiKey::SaslAuthenticate;
    static constexpr std::string_view kName = "SaslAuthenticate";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 2;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = SaslAuthenticateRequest;
    using Response = SaslAuthenticateResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
