#pragma once

// DescribeTransactions (key 65), version 0, flexible. The admin client asks a transaction
// coordinator for the state of the transactional ids it owns (kafka-transactions.sh
// describe): state name, timeout, start time, producer id and epoch, and the partitions
// still in the transaction (while committing or aborting, only those without a marker yet).

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

struct DescribeTransactionsApi;

struct DescribeTransactionsRequest {
    using Api = DescribeTransactionsApi;
    std::vector<std::string> transactionalIds; // empty: nothing is described

    bool operator==(const DescribeTransactionsRequest &) const = default;
};

struct DescribeTransactionsResponse {
    using Api = DescribeTransactionsApi;
    struct Topic {
        std::string topic;
        std::vector<std::int32_t> partitions;
        bool operator==(const Topic &) const = default;
    };
    struct TransactionState {
        ErrorCode errorCode = ErrorCode::None;
        std::string transactionalId;
        std::string transactionState; // Kafka's state name, e.g. "Ongoing", "PrepareCommit"
        std::int32_t transactionTimeoutMs = 0;
        std::int64_t transactionStartTimeMs = 0;
        std::int64_t producerId = 0;
        std::int16_t producerEpoch = 0;
        std::vector<Topic> topics;
        bool operator==(const TransactionState &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    std::vector<TransactionState> transactionStates;

    bool operator==(const DescribeTransactionsResponse &) const = default;
};

struct DescribeTransactionsApi {
    static constexpr ApiKey kKey = ApiKey::DescribeTransactions;
    static constexpr std::string_view kName = "DescribeTransactions";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 0;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = DescribeTransactionsRequest;
    using Response = DescribeTransactionsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
