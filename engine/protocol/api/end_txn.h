#pragma once

// EndTxn (key 26), versions 0-3, flexible from 3. A transactional producer asks its
// coordinator to commit or abort the open transaction. v1 is v0; v2 only allows
// PRODUCER_FENCED in the answer. Newer versions (v4 TRANSACTION_ABORTABLE, v5 an epoch
// bump per transaction: KIP-890) are left out until the coordinator does both.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace es::protocol {

struct EndTxnApi;

struct EndTxnRequest {
    using Api = EndTxnApi;
    std::string transactionalId;
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;
    bool committed = false; // false aborts

    bool operator==(const EndTxnRequest &) const = default;
};

struct EndTxnResponse {
    using Api = EndTxnApi;
    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;

    bool operator==(const EndTxnResponse &) const = default;
};

struct EndTxnApi {
    static constexpr ApiKey kKey = ApiKey::EndTxn;
    static constexpr std::string_view kName = "EndTxn";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = EndTxnRequest;
    using Response = EndTxnResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
