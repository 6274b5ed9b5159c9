#pragma once

// Produce (key 0), versions 0-9, flexible from 9. Records travel as opaque bytes: from v3
// they hold RecordBatch v2 (magic 2) batches, which the broker validates; older versions
// carry legacy message sets that Eventscope does not store.

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

struct ProduceApi;

struct ProduceRequest {
    using Api = ProduceApi;
    struct PartitionData {
        std::int32_t index = 0;
        std::optional<Bytes> records;
        bool operator==(const PartitionData &) const = default;
    };
    struct TopicData {
        std::string name;
        std::vector<PartitionData> partitionData;
        bool operator==(const TopicData &) const = default;
    };

    std::optional<std::string> transactionalId; // v3+
    std::int16_t acks = 0;
    std::int32_t timeoutMs = 0;
    std::vector<TopicData> topicData;

    bool operator==(const ProduceRequest &) const = default;
};

struct ProduceResponse {
    using Api = ProduceApi;
    struct BatchIndexAndErrorMessage {
        std::int32_t batchIndex = 0;
        std::optional<std::string> batchIndexErrorMessage;
        bool operator==(const BatchIndexAndErrorMessage &) const = default;
    };
    struct PartitionResponse {
        std::int32_t index = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::int64_t baseOffset = 0;
        std::int64_t logAppendTimeMs = -1;                   // v2+
        std::int64_t logStartOffset = -1;                    // v5+
        std::vector<BatchIndexAndErrorMessage> recordErrors; // v8+
        std::optional<std::string> errorMessage;             // v8+
        bool operator==(const PartitionResponse &) const = default;
    };
    struct TopicResponse {
        std::string name;
        std::vector<PartitionResponse> partitionResponses;
        bool operator==(const TopicResponse &) const = default;
    };

    std::vector<TopicResponse> responses;
    std::int32_t throttleTimeMs = 0; // v1+

    bool operator==(const ProduceResponse &) const = default;
};

struct ProduceApi {
    static constexpr ApiKey kKey = ApiKey::Produce;
    static constexpr std::string_view kName = "Produce";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 9;
    static constexpr std::int16_t kFirstFlexibleVersion = 9;
    using Request = ProduceRequest;
    using Response = ProduceResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
