#pragma once

// AddPartitionsToTxn (key 24), versions 0-3, flexible from 3. A transactional producer
// names the partitions it is about to write before its first Produce to each; the
// coordinator records them so that EndTxn knows where to write markers. v1 is v0; v2 only
// allows PRODUCER_FENCED in the answer.
//
// Versions 4+ are left out on purpose: they are the brokers' batched form (several
// transactional ids per request, a verify-only flag, a top-level error code, KIP-890),
// which Kafka reserves for broker-to-coordinator calls; clients send v0-3 only.

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

struct AddPartitionsToTxnApi;

struct AddPartitionsToTxnRequest {
    using Api = AddPartitionsToTxnApi;
    struct Topic {
        std::string name;
        std::vector<std::int32_t> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::string transactionalId;
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;
    std::vector<Topic> topics;

    bool operator==(const AddPartitionsToTxnRequest &) const = default;
};

struct AddPartitionsToTxnResponse {
    using Api = AddPartitionsToTxnApi;
    struct PartitionResult {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        bool operator==(const PartitionResult &) const = default;
    };
    struct TopicResult {
        std::string name;
        std::vector<PartitionResult> results;
        bool operator==(const TopicResult &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<TopicResult> results;

    bool operator==(const AddPartitionsToTxnResponse &) const = default;
};

struct AddPartitionsToTxnApi {
    static constexpr ApiKey kKey = ApiKey::AddPartitionsToTxn;
    static constexpr std::string_view kName = "AddPartitionsToTxn";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 3;
    static constexpr std::int16_t kFirstFlexibleVersion = 3;
    using Request = AddPartitionsToTxnRequest;
    using Response = AddPartitionsToTxnResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
