#include "protocol/api/describe_producers.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.int32Array("partition_indexes", t.partitionIndexes);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            io.nullableString("error_message", p.errorMessage);
            io.array("active_producers", p.activeProducers, [&](auto &s) {
                io.int64("producer_id", s.producerId);
                io.int32("producer_epoch", s.producerEpoch);
                io.int32("last_sequence", s.lastSequence);
                io.int64("last_timestamp", s.lastTimestamp);
                io.int32("coordinator_epoch", s.coordinatorEpoch);
                io.int64("current_txn_start_offset", s.currentTxnStartOffset);
                io.tags();
            });
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeProducersRequest> DescribeProducersApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeProducersApi>(in, version,
                                               requestFields<FieldReader, DescribeProducersRequest>);
}

void DescribeProducersApi::encodeRequest(const DescribeProducersRequest &request, std::int16_t version,
                                         ProtocolWriter &out)
{
    encodeMessage<DescribeProducersApi>(request, version, out,
                                        requestFields<FieldWriter, const DescribeProducersRequest>);
}

Result<DescribeProducersResponse> DescribeProducersApi::decodeResponse(ProtocolReader &in,
                                                                       std::int16_t version)
{
    return decodeMessage<DescribeProducersApi>(in, version,
                                               responseFields<FieldReader, DescribeProducersResponse>);
}

void DescribeProducersApi::encodeResponse(const DescribeProducersResponse &response, std::int16_t version,
                                          ProtocolWriter &out)
{
    encodeMessage<DescribeProducersApi>(response, version, out,
                                        responseFields<FieldWriter, const DescribeProducersResponse>);
}

} // namespace es::protocol
