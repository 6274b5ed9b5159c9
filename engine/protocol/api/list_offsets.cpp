#include "protocol/api/list_offsets.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.int32("replica_id", r.replicaId);
    if (v >= 2)
        io.int8("isolation_level", r.isolationLevel);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            if (v >= 4)
                io.int32("current_leader_epoch", p.currentLeaderEpoch);
            io.int64("timestamp", p.timestamp);
            if (v == 0)
                io.int32("max_num_offsets", p.maxNumOffsets);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 2)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            if (v == 0)
                io.int64Array("old_style_offsets", p.oldStyleOffsets);
            if (v >= 1) {
                io.int64("timestamp", p.timestamp);
                io.int64("offset", p.offset);
            }
            if (v >= 4)
                io.int32("leader_epoch", p.leaderEpoch);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<ListOffsetsRequest> ListOffsetsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListOffsetsApi>(in, version, requestFields<FieldReader, ListOffsetsRequest>);
}

void ListOffsetsApi::encodeRequest(const ListOffsetsRequest &request, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<ListOffsetsApi>(request, version, out,
                                  requestFields<FieldWriter, const ListOffsetsRequest>);
}

Result<ListOffsetsResponse> ListOffsetsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListOffsetsApi>(in, version, responseFields<FieldReader, ListOffsetsResponse>);
}

void ListOffsetsApi::encodeResponse(const ListOffsetsResponse &response, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<ListOffsetsApi>(response, version, out,
                                  responseFields<FieldWriter, const ListOffsetsResponse>);
}

} // namespace es::protocol
