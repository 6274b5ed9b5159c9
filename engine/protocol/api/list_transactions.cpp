#include "protocol/api/list_transactions.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.stringArray("state_filters", r.stateFilters);
    io.int64Array("producer_id_filters", r.producerIdFilters);
    if (v >= 1)
        io.int64("duration_filter", r.durationFilterMs);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.stringArray("unknown_state_filters", r.unknownStateFilters);
    io.array("transaction_states", r.transactionStates, [&](auto &s) {
        io.string("transactional_id", s.transactionalId);
        io.int64("producer_id", s.producerId);
        io.string("transaction_state", s.transactionState);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<ListTransactionsRequest> ListTransactionsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListTransactionsApi>(in, version,
                                              requestFields<FieldReader, ListTransactionsRequest>);
}

void ListTransactionsApi::encodeRequest(const ListTransactionsRequest &request, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<ListTransactionsApi>(request, version, out,
                                       requestFields<FieldWriter, const ListTransactionsRequest>);
}

Result<ListTransactionsResponse> ListTransactionsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListTransactionsApi>(in, version,
                                              responseFields<FieldReader, ListTransactionsResponse>);
}

void ListTransactionsApi::encodeResponse(const ListTransactionsResponse &response, std::int16_t version,
                                         ProtocolWriter &out)
{
    encodeMessage<ListTransactionsApi>(response, version, out,
                                       responseFields<FieldWriter, const ListTransactionsResponse>);
}

} // namespace es::protocol
