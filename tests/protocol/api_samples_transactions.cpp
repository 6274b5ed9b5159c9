// Samples of the transaction APIs (AddPartitionsToTxn, AddOffsetsToTxn, EndTxn,
// TxnOffsetCommit, DescribeProducers, DescribeTransactions, ListTransactions), in the same
// terms as the others (api_samples.h).

#include "api_samples.h"

#include <stdexcept>

namespace es::protocol::samples {

namespace {

AddPartitionsToTxnRequest addPartitionsToTxnRequest(std::int16_t)
{
    return {"payments-1", 4000, 3, {{"orders", {0, 1, 2}}, {"audit", {}}}};
}

AddPartitionsToTxnResponse addPartitionsToTxnResponse(std::int16_t)
{
    return {25, {{"orders", {{0, ErrorCode::None}, {1, ErrorCode::ConcurrentTransactions}}}, {"audit", {}}}};
}

AddOffsetsToTxnRequest addOffsetsToTxnRequest(std::int16_t) { return {"payments-1", 4000, 3, "billing"}; }

AddOffsetsToTxnResponse addOffsetsToTxnResponse(std::int16_t) { return {7, ErrorCode::ProducerFenced}; }

EndTxnRequest endTxnRequest(std::int16_t) { return {"payments-1", 4000, 3, true}; }

EndTxnResponse endTxnResponse(std::int16_t) { return {9, ErrorCode::InvalidTxnState}; }

TxnOffsetCommitRequest txnOffsetCommitRequest(std::int16_t v)
{
    TxnOffsetCommitRequest r;
    r.transactionalId = "payments-1";
    r.groupId = "billing";
    r.producerId = 4000;
    r.producerEpoch = 3;
    if (v >= 3) {
        r.generationId = 12;
        r.memberId = "member-7";
        r.groupInstanceId = "instance-a";
    }
    r.topics = {{"orders",
                 {{0, 120, v >= 2 ? 4 : -1, "processed"}, {1, 7, v >= 2 ? 5 : -1, std::nullopt}}},
                {"audit", {}}};
    return r;
}

TxnOffsetCommitResponse txnOffsetCommitResponse(std::int16_t)
{
    return {3, {{"orders", {{0, ErrorCode::None}, {1, ErrorCode::UnknownTopicOrPartition}}}, {"audit", {}}}};
}

DescribeProducersRequest describeProducersRequest(std::int16_t) { return {{{"orders", {0, 2}}, {"audit", {}}}}; }

DescribeProducersResponse describeProducersResponse(std::int16_t)
{
    DescribeProducersResponse r;
    r.throttleTimeMs = 5;
    DescribeProducersResponse::Topic orders;
    orders.name = "orders";
    orders.partitions.push_back({0, ErrorCode::None, std::nullopt, {{4000, 3, 41, 1700000000123, 6, 118}, {4001, 0, -1, -1, -1, -1}}});
    orders.partitions.push_back({2, ErrorCode::NotLeaderOrFollower, "broker 2 leads it", {}});
    r.topics = {orders, {"audit", {}}};
    return r;
}

DescribeTransactionsRequest describeTransactionsRequest(std::int16_t) { return {{"payments-1", "refunds"}}; }

DescribeTransactionsResponse describeTransactionsResponse(std::int16_t)
{
    DescribeTransactionsResponse r;
    r.throttleTimeMs = 2;
    r.transactionStates.push_back(
        {ErrorCode::None, "payments-1", "Ongoing", 60000, 1700000000000, 4000, 3, {{"orders", {0, 1}}, {"audit", {}}}});
    r.transactionStates.push_back({ErrorCode::TransactionalIdNotFound, "refunds", "", 0, -1, -1, -1, {}});
    return r;
}

ListTransactionsRequest listTransactionsRequest(std::int16_t v)
{
    return {{"Ongoing", "PrepareCommit"}, {4000, 4001}, v >= 1 ? 30000 : -1};
}

ListTransactionsResponse listTransactionsResponse(std::int16_t)
{
    return {4, ErrorCode::None, {"Frozen"}, {{"payments-1", 4000, "Ongoing"}, {"refunds", 4001, "CompleteAbort"}}};
}

} // namespace

AnyRequest transactionRequest(ApiKey key, std::int16_t v)
{
    switch (key) {
    case ApiKey::AddPartitionsToTxn: return addPartitionsToTxnRequest(v);
    case ApiKey::AddOffsetsToTxn: return addOffsetsToTxnRequest(v);
    case ApiKey::EndTxn: return endTxnRequest(v);
    case ApiKey::TxnOffsetCommit: return txnOffsetCommitRequest(v);
    case ApiKey::DescribeProducers: return describeProducersRequest(v);
    case ApiKey::DescribeTransactions: return describeTransactionsRequest(v);
    case ApiKey::ListTransactions: return listTransactionsRequest(v);
    default: break;
    }
    throw std::invalid_argument("not a transaction api key");
}

AnyResponse transactionResponse(ApiKey key, std::int16_t v)
{
    switch (key) {
    case ApiKey::AddPartitionsToTxn: return addPartitionsToTxnResponse(v);
    case ApiKey::AddOffsetsToTxn: return addOffsetsToTxnResponse(v);
    case ApiKey::EndTxn: return endTxnResponse(v);
    case ApiKey::TxnOffsetCommit: return txnOffsetCommitResponse(v);
    case ApiKey::DescribeProducers: return describeProducersResponse(v);
    case ApiKey::DescribeTransactions: return describeTransactionsResponse(v);
    case ApiKey::ListTransactions: return listTransactionsResponse(v);
    default: break;
    }
    throw std::invalid_argument("not a transaction api key");
}

} // namespace es::protocol::samples
