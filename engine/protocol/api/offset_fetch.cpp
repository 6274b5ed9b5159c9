#include "protocol/api/offset_fetch.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Topic>
void requestTopicFields(IO &io, Topic &t)
{
    io.string("name", t.name);
    io.int32Array("partition_indexes", t.partitionIndexes);
    io.tags();
}

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v <= 7) {
        io.string("group_id", r.groupId);
        io.nullableArray(
            "topics", r.topics, [&](auto &t) { requestTopicFields(io, t); }, v >= 2);
    } else {
        io.array("groups", r.groups, [&](auto &g) {
            io.string("group_id", g.groupId);
            io.nullableArray("topics", g.topics, [&](auto &t) { requestTopicFields(io, t); });
            io.tags();
        });
    }
    if (v >= 7)
        io.boolean("require_stable", r.requireStable);
    io.tags();
}

template <typename IO, typename Topic>
void responseTopicFields(IO &io, Topic &t, std::int16_t v)
{
    io.string("name", t.name);
    io.array("partitions", t.partitions, [&](auto &p) {
        io.int32("partition_index", p.partitionIndex);
        io.int64("committed_offset", p.committedOffset);
        if (v >= 5)
            io.int32("committed_leader_epoch", p.committedLeaderEpoch);
        io.nullableString("metadata", p.metadata);
        io.errorCode("error_code", p.errorCode);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 3)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    if (v <= 7) {
        io.array("topics", r.topics, [&](auto &t) { responseTopicFields(io, t, v); });
        if (v >= 2)
            io.errorCode("error_code", r.errorCode);
    } else {
        io.array("groups", r.groups, [&](auto &g) {
            io.string("group_id", g.groupId);
            io.array("topics", g.topics, [&](auto &t) { responseTopicFields(io, t, v); });
            io.errorCode("error_code", g.errorCode);
            io.tags();
        });
    }
    io.tags();
}

} // namespace

Result<OffsetFetchRequest> OffsetFetchApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetFetchApi>(in, version, requestFields<FieldReader, OffsetFetchRequest>);
}

void OffsetFetchApi::encodeRequest(const OffsetFetchRequest &request, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<OffsetFetchApi>(request, version, out,
                                  requestFields<FieldWriter, const OffsetFetchRequest>);
}

Result<OffsetFetchResponse> OffsetFetchApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetFetchApi>(in, version, responseFields<FieldReader, OffsetFetchResponse>);
}

void OffsetFetchApi::encodeResponse(const OffsetFetchResponse &response, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<OffsetFetchApi>(response, version, out,
                                  responseFields<FieldWriter, const OffsetFetchResponse>);
}

} // namespace es::protocol
