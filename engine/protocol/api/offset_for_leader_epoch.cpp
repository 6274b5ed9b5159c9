#include "protocol/api/offset_for_leader_epoch.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 3)
        io.int32("replica_id", r.replicaId);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("topic", t.topic);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition", p.partition);
            if (v >= 2)
                io.int32("current_leader_epoch", p.currentLeaderEpoch);
            io.int32("leader_epoch", p.leaderEpoch);
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
        io.string("topic", t.topic);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.errorCode("error_code", p.errorCode);
            io.int32("partition", p.partition);
            if (v >= 1)
                io.int32("leader_epoch", p.leaderEpoch);
            io.int64("end_offset", p.endOffset);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<OffsetForLeaderEpochRequest> OffsetForLeaderEpochApi::decodeRequest(ProtocolReader &in,
                                                                           std::int16_t version)
{
    return decodeMessage<OffsetForLeaderEpochApi>(in, version,
                                                  requestFields<FieldReader, OffsetForLeaderEpochRequest>);
}

void OffsetForLeaderEpochApi::encodeRequest(const OffsetForLeaderEpochRequest &request, std::int16_t version,
                                            ProtocolWriter &out)
{
    encodeMessage<OffsetForLeaderEpochApi>(request, version, out,
                                           requestFields<FieldWriter, const OffsetForLeaderEpochRequest>);
}

Result<OffsetForLeaderEpochResponse> OffsetForLeaderEpochApi::decodeResponse(ProtocolReader &in,
                                                                             std::int16_t version)
{
    return decodeMessage<OffsetForLeaderEpochApi>(in, version,
                                                  responseFields<FieldReader, OffsetForLeaderEpochResponse>);
}

void OffsetForLeaderEpochApi::encodeResponse(const OffsetForLeaderEpochResponse &response,
                                             std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<OffsetForLeaderEpochApi>(response, version, out,
                                           responseFields<FieldWriter, const OffsetForLeaderEpochResponse>);
}

} // namespace es::protocol
