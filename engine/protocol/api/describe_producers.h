#pragma once

// DescribeProducers (key 61), version 0, flexible. The admin client asks partition leaders
// for the producers with state on each partition (kafka-transactions.sh describe-producers):
// the last sequence and timestamp, and where an open transaction began, which is how a
// hanging transaction is found. Unlike elsewhere, the producer epoch is an int32 here.

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

struct DescribeProducersApi;

struct DescribeProducersRequest {
    using Api = DescribeProducersApi;
    struct Topic {
        std::string name;
        std::vector<std::int32_t> partitionIndexes;
        bool operator==(const Topic &) const = default;
    };

    std::vector<Topic> topics;

    bool operator==(const DescribeProducersRequest &) const = default;
};

struct DescribeProducersResponse {
    using Api = DescribeProducersApi;
    struct ProducerState {
        std::int64_t producerId = 0;
        std::int32_t producerEpoch = 0;
        std::int32_t lastSequence = -1;
        std::int64_t lastTimestamp = -1;
        std::int32_t coordinatorEpoch = 0;
        std::int64_t currentTxnStartOffset = -1; // -1: no open transaction
        bool operator==(const ProducerState &) const = default;
    };
    struct Partition {
        std::int32_t partitionIndex = 0;
        ErrorCode errorCode = ErrorCode::None;
        std::optional<std::string> errorMessage;
        std::vector<ProducerState> activeProducers;
        bool operator==(const Partition &) const = default;
    };
    struct Topic {
        std::string name;
        std::vector<Partition> partitions;
        bool operator==(const Topic &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<Topic> topics;

    bool operator==(const DescribeProducersResponse &) const = default;
};

struct DescribeProducersApi {
    static constexpr ApiKey kKey = ApiKey::DescribeProducers;
    static constexpr std::string_view kName = "DescribeProducers";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = DescribeProducersRequest;
    using Response = DescribeProducersResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
