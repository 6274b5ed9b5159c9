#pragma once

// AddOffsetsToTxn (key 25), versions 0-3, flexible from 3. A transactional producer that
// will commit consumer offsets (TxnOffsetCommit) first tells its transaction coordinator
// which group they belong to, so that the group's offsets partition gets a marker at
// EndTxn. v1 is v0; v2 only allows PRODUCER_FENCED in the answer. v4 (KIP-890's
// TRANSACTION_ABORTABLE) is left out until the coordinator can answer it.

#include "common/error_code.h"
#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace es::protocol {

struct AddOffsetsToTxnApi;

struct AddOffsetsToTxnRequest {
    using Api = AddOffsetsToTxnApi;
    std::string transactionalId;
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;
    std::string groupId;

    bool operator==(const AddOffsetsToTxnRequest &) const = default;
};

struct AddOffsetsToTxnResponse {
    using Api = AddOffsetsToTxnApi;
    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;

    bool operator==(const AddOffsetsToTxnResponse &) const = default;
};

struct AddOffsetsToTxnApi {
    static constexpr ApiKey kKey = ApiKey::AddOffsetsToTxn;
    static constexpr std::string_view kName = "AddOffsetsToTxn";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = AddOffsetsToTxnRequest;
    using Response = AddOffsetsToTxnResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
