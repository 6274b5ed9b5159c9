#include "protocol/api/init_producer_id.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.nullableString("transactional_id", r.transactionalId);
    io.int32("transaction_timeout_ms", r.transactionTimeoutMs);
    if (v >= 3) {
        io.int64("producer_id", r.producerId);
        io.int16("producer_epoch", r.producerEpoch);
    }
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.int64("producer_id", r.producerId);
    io.int16("producer_epoch", r.producerEpoch);
    io.tags();
}

} // namespace

Result<InitProducerIdRequest> InitProducerIdApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<InitProducerIdApi>(in, version, requestFields<FieldReader, InitProducerIdRequest>);
}

void InitProducerIdApi::encodeRequest(const InitProducerIdRequest &request, std::int16_t version,
                                      ProtocolWriter &out)
{
    encodeMessage<InitProducerIdApi>(request, version, out,
                                     requestFields<FieldWriter, const InitProducerIdRequest>);
}

Result<InitProducerIdResponse> InitProducerIdApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<InitProducerIdApi>(in, version, responseFields<FieldReader, InitProducerIdResponse>);
}

void InitProducerIdApi::encodeResponse(const InitProducerIdResponse &response, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<InitProducerIdApi>(response, version, out,
                                     responseFields<FieldWriter, const InitProducerIdResponse>);
}

} // namespace es::protocol
