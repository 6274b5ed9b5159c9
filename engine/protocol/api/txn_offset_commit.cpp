#include "protocol/api/txn_offset_commit.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.string("transactional_id", r.transactionalId);
    io.string("group_id", r.groupId);
    io.int64("producer_id", r.producerId);
    io.int16("producer_epoch", r.producerEpoch);
    if (v >= 3) {
        io.int32("generation_id", r.generationId);
        io.string("member_id", r.memberId);
        io.nullableString("group_instance_id", r.groupInstanceId);
    }
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.int64("committed_offset", p.committedOffset);
            if (v >= 2)
                io.int32("committed_leader_epoch", p.committedLeaderEpoch);
            io.nullableString("committed_metadata", p.committedMetadata);
            io.tags();
        });
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
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<TxnOffsetCommitRequest> TxnOffsetCommitApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<TxnOffsetCommitApi>(in, version, requestFields<FieldReader, TxnOffsetCommitRequest>);
}

void TxnOffsetCommitApi::encodeRequest(const TxnOffsetCommitRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<TxnOffsetCommitApi>(request, version, out,
                                      requestFields<FieldWriter, const TxnOffsetCommitRequest>);
}

Result<TxnOffsetCommitResponse> TxnOffsetCommitApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<TxnOffsetCommitApi>(in, version,
                                             responseFields<FieldReader, TxnOffsetCommitResponse>);
}

void TxnOffsetCommitApi::encodeResponse(const TxnOffsetCommitResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<TxnOffsetCommitApi>(response, version, out,
                                      responseFields<FieldWriter, const TxnOffsetCommitResponse>);
}

} // namespace es::protocol
