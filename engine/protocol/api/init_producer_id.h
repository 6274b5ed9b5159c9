#pragma once

// InitProducerId (key 22), versions 0-4, flexible from 2. Without a transactional id it
// gives an idempotent producer its id and epoch; v3+ lets a producer present its current
// id and epoch to bump the epoch.

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

struct InitProducerIdApi;

struct InitProducerIdRequest {
    using Api = InitProducerIdApi;
    std::optional<std::string> transactionalId;
    std::int32_t transactionTimeoutMs = 0;
    std::int64_t producerId = -1;    // v3+
    std::int16_t producerEpoch = -1; // v3+

    bool operator==(const InitProducerIdRequest &) const = default;
};

struct InitProducerIdResponse {
    using Api = InitProducerIdApi;
    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = 0;

    bool operator==(const InitProducerIdResponse &) const = default;
};

struct InitProducerIdApi {
    static constexpr ApiKey kKey = ApiKey::InitProducerId;
    static constexpr std::string_view kName = "InitProducerId";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 4;
    static constexpr std::int16_t kFirstFlexibleVersion = 2;
    using Request = InitProducerIdRequest;
    using Response = InitProducerIdResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
