#include "protocol/api/add_offsets_to_txn.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.string("transactional_id", r.transactionalId);
    io.int64("producer_id", r.producerId);
    io.int16("producer_epoch", r.producerEpoch);
    io.string("group_id", r.groupId);
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

Result<AddOffsetsToTxnRequest> AddOffsetsToTxnApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<AddOffsetsToTxnApi>(in, version, requestFields<FieldReader, AddOffsetsToTxnRequest>);
}

void AddOffsetsToTxnApi::encodeRequest(const AddOffsetsToTxnRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<AddOffsetsToTxnApi>(request, version, out,
                                      requestFields<FieldWriter, const AddOffsetsToTxnRequest>);
}

Result<AddOffsetsToTxnResponse> AddOffsetsToTxnApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<AddOffsetsToTxnApi>(in, version,
                                             responseFields<FieldReader, AddOffsetsToTxnResponse>);
}

void AddOffsetsToTxnApi::encodeResponse(const AddOffsetsToTxnResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<AddOffsetsToTxnApi>(response, version, out,
                                      responseFields<FieldWriter, const AddOffsetsToTxnResponse>);
}

} // namespace es::protocol
