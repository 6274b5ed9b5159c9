#include "protocol/api/describe_transactions.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.stringArray("transactional_ids", r.transactionalIds);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("transaction_states", r.transactionStates, [&](auto &s) {
        io.errorCode("error_code", s.errorCode);
        io.string("transactional_id", s.transactionalId);
        io.string("transaction_state", s.transactionState);
        io.int32("transaction_timeout_ms", s.transactionTimeoutMs);
        io.int64("transaction_start_time_ms", s.transactionStartTimeMs);
        io.int64("producer_id", s.producerId);
        io.int16("producer_epoch", s.producerEpoch);
        io.array("topics", s.topics, [&](auto &t) {
            io.string("topic", t.topic);
            io.int32Array("partitions", t.partitions);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeTransactionsRequest> DescribeTransactionsApi::decodeRequest(ProtocolReader &in,
                                                                           std::int16_t version)
{
    return decodeMessage<DescribeTransactionsApi>(in, version,
                                                  requestFields<FieldReader, DescribeTransactionsRequest>);
}

void DescribeTransactionsApi::encodeRequest(const DescribeTransactionsRequest &request, std::int16_t version,
                                            ProtocolWriter &out)
{
    encodeMessage<DescribeTransactionsApi>(request, version, out,
                                           requestFields<FieldWriter, const DescribeTransactionsRequest>);
}

Result<DescribeTransactionsResponse> DescribeTransactionsApi::decodeResponse(ProtocolReader &in,
                                                                             std::int16_t version)
{
    return decodeMessage<DescribeTransactionsApi>(in, version,
                                                  responseFields<FieldReader, DescribeTransactionsResponse>);
}

void DescribeTransactionsApi::encodeResponse(const DescribeTransactionsResponse &response,
                                             std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<DescribeTransactionsApi>(response, version, out,
                                           responseFields<FieldWriter, const DescribeTransactionsResponse>);
}

} // namespace es::protocol
