#include "protocol/api/delete_records.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.int64("offset", p.offset);
            io.tags();
        });
        io.tags();
    });
    io.int32("timeout_ms", r.timeoutMs);
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
            io.int64("low_watermark", p.lowWatermark);
            io.errorCode("error_code", p.errorCode);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DeleteRecordsRequest> DeleteRecordsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteRecordsApi>(in, version, requestFields<FieldReader, DeleteRecordsRequest>);
}

void DeleteRecordsApi::encodeRequest(const DeleteRecordsRequest &request, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<DeleteRecordsApi>(request, version, out,
                                    requestFields<FieldWriter, const DeleteRecordsRequest>);
}

Result<DeleteRecordsResponse> DeleteRecordsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteRecordsApi>(in, version, responseFields<FieldReader, DeleteRecordsResponse>);
}

void DeleteRecordsApi::encodeResponse(const DeleteRecordsResponse &response, std::int16_t version,
                                      ProtocolWriter &out)
{
    encodeMessage<DeleteRecordsApi>(response, version, out,
                                    responseFields<FieldWriter, const DeleteRecordsResponse>);
}

} // namespace es::protocol
