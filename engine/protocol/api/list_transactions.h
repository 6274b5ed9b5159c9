#pragma once

// ListTransactions (key 66), versions 0-1, flexible from 0. The admin client asks every
// transaction coordinator for the transactional ids it owns (kafka-transactions.sh list),
// filtered by state name and producer id; v1 adds a duration filter to find transactions
// open longer than that (KIP-994). The response is the same in both versions.

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

struct ListTransactionsApi;

// An empty filter list matches everything.
struct ListTransactionsRequest {
    using Api = ListTransactionsApi;
    std::vector<std::string> stateFilters;
    std::vector<std::int64_t> producerIdFilters;
    std::int64_t durationFilterMs = -1; // v1+; below 0 matches every duration

    bool operator==(const ListTransactionsRequest &) const = default;
};

struct ListTransactionsResponse {
    using Api = ListTransactionsApi;
    struct TransactionState {
        std::string transactionalId;
        std::int64_t producerId = 0;
        std::string transactionState;
        bool operator==(const TransactionState &) const = default;
    };

    std::int32_t throttleTimeMs = 0;
    ErrorCode errorCode = ErrorCode::None;
    std::vector<std::string> unknownStateFilters; // the request's state names the coordinator does not know
    std::vector<TransactionState> transactionStates;

    bool operator==(const ListTransactionsResponse &) const = default;
};

struct ListTransactionsApi {
    static constexpr ApiKey kKey = ApiKey::ListTransactions;
    static constexpr std::string_view kName = "ListTransactions";
    static constexpr std::int16_t kMinVersion = 0;
    static constexpr std::int16_t kMaxVersion = 1;
    static constexpr std::int16_t kFirstFlexibleVersion = 0;
    using Request = ListTransactionsRequest;
    using Response = ListTransactionsResponse;

    static Result<Request> decodeRequest(ProtocolReader &in, std::int16_t version);
    static void encodeRequest(const Request &request, std::int16_t version, ProtocolWriter &out);
    static Result<Response> decodeResponse(ProtocolReader &in, std::int16_t version);
    static void encodeResponse(const Response &response, std::int16_t version, ProtocolWriter &out);
};

} // namespace es::protocol
