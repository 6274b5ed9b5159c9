#include "protocol/api/end_txn.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.string("transactional_id", r.transactionalId);
    io.int64("producer_id", r.producerId);
    io.int16("producer_epoch", r.producerEpoch);
    io.boolean("committed", r.committed);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.tags();
}

} // namespace

Result<EndTxnRequest> EndTxnApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<EndTxnApi>(in, version, requestFields<FieldReader, EndTxnRequest>);
}

void EndTxnApi::encodeRequest(const EndTxnRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<EndTxnApi>(request, version, out, requestFields<FieldWriter, const EndTxnRequest>);
}

Result<EndTxnResponse> EndTxnApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<EndTxnApi>(in, version, responseFields<FieldReader, EndTxnResponse>);
}

void EndTxnApi::encodeResponse(const EndTxnResponse &response, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<EndTxnApi>(response, version, out, responseFields<FieldWriter, const EndTxnResponse>);
}

} // namespace es::protocol
