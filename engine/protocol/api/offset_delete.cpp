#include "protocol/api/offset_delete.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.string("group_id", r.groupId);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) { io.int32("partition_index", p.partitionIndex); });
    });
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.errorCode("error_code", r.errorCode);
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
        });
    });
}

} // namespace

Result<OffsetDeleteRequest> OffsetDeleteApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetDeleteApi>(in, version, requestFields<FieldReader, OffsetDeleteRequest>);
}

void OffsetDeleteApi::encodeRequest(const OffsetDeleteRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<OffsetDeleteApi>(request, version, out,
                                   requestFields<FieldWriter, const OffsetDeleteRequest>);
}

Result<OffsetDeleteResponse> OffsetDeleteApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetDeleteApi>(in, version, responseFields<FieldReader, OffsetDeleteResponse>);
}

void OffsetDeleteApi::encodeResponse(const OffsetDeleteResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<OffsetDeleteApi>(response, version, out,
                                   responseFields<FieldWriter, const OffsetDeleteResponse>);
}

} // namespace es::protocol
