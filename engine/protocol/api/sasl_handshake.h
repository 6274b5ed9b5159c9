#pragma once

// SaslHandshake (key 17), versions 0-1, never flexible. The client names the SASL mechanism
// it wants; the broker answers with the mechanisms the listener enables. At v0 the SASL
// tokens that follow are raw frames; at v1 they travel in SaslAuthenticate requests.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

struct SaslHandshakeApi;

struct SaslHandshakeRequest {
    using Api = SaslHandshakeApi;
    std::string mechanism;

    bool operator==(const SaslHandshakeRequest &) const = default;
};

struct SaslHandshakeResponse {
    using Api = SaslHandshakeApi;
    ErrorCode errorCode = ErrorCode::None;
    std::vector<std::string> mechanisms; // the mechanisms enabled, whatever the error

    bool operator==(const SaslHandshakeResponse &) const = default;
};

struct SaslHandshakeApi {
    static constexpr ApiKey kKey = ApiKey::SaslHandshake;
    static constexpr std::string_view kName = "SaslHandshake";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 1;
    static constexpr std::int16_t kFirstFlexibleVersion = kNeverFlexible;
    using Request = SaslHandshakeRequest;
    using Response = SaslHandshakeResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
