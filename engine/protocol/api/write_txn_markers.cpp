#include "protocol/api/write_txn_markers.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("markers", r.markers, [&](auto &m) {
        io.int64("producer_id", m.producerId);
        io.int16("producer_epoch", m.producerEpoch);
        io.boolean("transaction_result", m.transactionResult);
        io.array("topics", m.topics, [&](auto &t) {
            io.string("name", t.name);
            io.int32Array("partition_indexes", t.partitionIndexes);
            io.tags();
        });
        io.int32("coordinator_epoch", m.coordinatorEpoch);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.array("markers", r.markers, [&](auto &m) {
        io.int64("producer_id", m.producerId);
        io.array("topics", m.topics, [&](auto &t) {
            io.string("name", t.name);
            io.array("partitions", t.partitions, [&](auto &p) {
                io.int32("partition_index", p.partitionIndex);
                io.errorCode("error_code", p.errorCode);
                io.tags();
            });
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<WriteTxnMarkersRequest> WriteTxnMarkersApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<WriteTxnMarkersApi>(in, version, requestFields<FieldReader, WriteTxnMarkersRequest>);
}

void WriteTxnMarkersApi::encodeRequest(const WriteTxnMarkersRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<WriteTxnMarkersApi>(request, version, out,
                                      requestFields<FieldWriter, const WriteTxnMarkersRequest>);
}

Result<WriteTxnMarkersResponse> WriteTxnMarkersApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<WriteTxnMarkersApi>(in, version,
                                             responseFields<FieldReader, WriteTxnMarkersResponse>);
}

void WriteTxnMarkersApi::encodeResponse(const WriteTxnMarkersResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<WriteTxnMarkersApi>(response, version, out,
                                      responseFields<FieldWriter, const WriteTxnMarkersResponse>);
}

} // namespace es::protocol
