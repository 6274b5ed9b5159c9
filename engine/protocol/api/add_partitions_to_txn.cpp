#include "protocol/api/add_partitions_to_txn.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.string("transactional_id", r.transactionalId);
    io.int64("producer_id", r.producerId);
    io.int16("producer_epoch", r.producerEpoch);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.int32Array("partitions", t.partitions);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &t) {
        io.string("name", t.name);
        io.array("results", t.results, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<AddPartitionsToTxnRequest> AddPartitionsToTxnApi::decodeRequest(ProtocolReader &in,
                                                                       std::int16_t version)
{
    return decodeMessage<AddPartitionsToTxnApi>(in, version,
                                                requestFields<FieldReader, AddPartitionsToTxnRequest>);
}

void AddPartitionsToTxnApi::encodeRequest(const AddPartitionsToTxnRequest &request, std::int16_t version,
                                          ProtocolWriter &out)
{
    encodeMessage<AddPartitionsToTxnApi>(request, version, out,
                                         requestFields<FieldWriter, const AddPartitionsToTxnRequest>);
}

Result<AddPartitionsToTxnResponse> AddPartitionsToTxnApi::decodeResponse(ProtocolReader &in,
                                                                         std::int16_t version)
{
    return decodeMessage<AddPartitionsToTxnApi>(in, version,
                                                responseFields<FieldReader, AddPartitionsToTxnResponse>);
}

void AddPartitionsToTxnApi::encodeResponse(const AddPartitionsToTxnResponse &response, std::int16_t version,
                                           ProtocolWriter &out)
{
    encodeMessage<AddPartitionsToTxnApi>(response, version, out,
                                         responseFields<FieldWriter, const AddPartitionsToTxnResponse>);
}

} // namespace es::protocol
