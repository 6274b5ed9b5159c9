#include "protocol/api/offset_commit.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.string("group_id", r.groupId);
    if (v >= 1) {
        io.int32("generation_id", r.generationId);
        io.string("member_id", r.memberId);
    }
    if (v >= 7)
        io.nullableString("group_instance_id", r.groupInstanceId);
    if (v >= 2 && v <= 4)
        io.int64("retention_time_ms", r.retentionTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.int64("committed_offset", p.committedOffset);
            if (v >= 6)
                io.int32("committed_leader_epoch", p.committedLeaderEpoch);
            if (v == 1)
                io.int64("commit_timestamp", p.commitTimestamp);
            io.nullableString("committed_metadata", p.committedMetadata);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 3)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<OffsetCommitRequest> OffsetCommitApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetCommitApi>(in, version, requestFields<FieldReader, OffsetCommitRequest>);
}

void OffsetCommitApi::encodeRequest(const OffsetCommitRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<OffsetCommitApi>(request, version, out,
                                   requestFields<FieldWriter, const OffsetCommitRequest>);
}

Result<OffsetCommitResponse> OffsetCommitApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<OffsetCommitApi>(in, version, responseFields<FieldReader, OffsetCommitResponse>);
}

void OffsetCommitApi::encodeResponse(const OffsetCommitResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<OffsetCommitApi>(response, version, out,
                                   responseFields<FieldWriter, const OffsetCommitResponse>);
}

} // namespace es::protocol
