#include "protocol/api/fetch.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.int32("replica_id", r.replicaId);
    io.int32("max_wait_ms", r.maxWaitMs);
    io.int32("min_bytes", r.minBytes);
    if (v >= 3)
        io.int32("max_bytes", r.maxBytes);
    if (v >= 4)
        io.int8("isolation_level", r.isolationLevel);
    if (v >= 7) {
        io.int32("session_id", r.sessionId);
        io.int32("session_epoch", r.sessionEpoch);
    }
    io.array("topics", r.topics, [&](auto &t) {
        io.string("topic", t.topic);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition", p.partition);
            if (v >= 9)
                io.int32("current_leader_epoch", p.currentLeaderEpoch);
            io.int64("fetch_offset", p.fetchOffset);
            if (v >= 12)
                io.int32("last_fetched_epoch", p.lastFetchedEpoch);
            if (v >= 5)
                io.int64("log_start_offset", p.logStartOffset);
            io.int32("partition_max_bytes", p.partitionMaxBytes);
            io.tags();
        });
        io.tags();
    });
    if (v >= 7) {
        io.array("forgotten_topics_data", r.forgottenTopicsData, [&](auto &t) {
            io.string("topic", t.topic);
            io.int32Array("partitions", t.partitions);
            io.tags();
        });
    }
    if (v >= 11)
        io.string("rack_id", r.rackId);
    io.tags([&](auto &t) { t.nullableString(0, r.clusterId); });
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    if (v >= 7) {
        io.errorCode("error_code", r.errorCode);
        io.int32("session_id", r.sessionId);
    }
    io.array("responses", r.responses, [&](auto &t) {
        io.string("topic", t.topic);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            io.int64("high_watermark", p.highWatermark);
            if (v >= 4)
                io.int64("last_stable_offset", p.lastStableOffset);
            if (v >= 5)
                io.int64("log_start_offset", p.logStartOffset);
            if (v >= 4) {
                io.nullableArray("aborted_transactions", p.abortedTransactions, [&](auto &a) {
                    io.int64("producer_id", a.producerId);
                    io.int64("first_offset", a.firstOffset);
                    io.tags();
                });
            }
            if (v >= 11)
                io.int32("preferred_read_replica", p.preferredReadReplica);
            io.nullableBytes("records", p.records);
            io.tags([&](auto &tags) {
                tags.optionalStruct(0, p.divergingEpoch, [](auto &tio, auto &e) {
                    tio.int32("epoch", e.epoch);
                    tio.int64("end_offset", e.endOffset);
                    tio.tags();
                });
                tags.optionalStruct(1, p.currentLeader, [](auto &tio, auto &l) {
                    tio.int32("leader_id", l.leaderId);
                    tio.int32("leader_epoch", l.leaderEpoch);
                    tio.tags();
                });
                tags.optionalStruct(2, p.snapshotId, [](auto &tio, auto &s) {
                    tio.int64("end_offset", s.endOffset);
                    tio.int32("epoch", s.epoch);
                    tio.tags();
                });
            });
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<FetchRequest> FetchApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<FetchApi>(in, version, requestFields<FieldReader, FetchRequest>);
}

void FetchApi::encodeRequest(const FetchRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<FetchApi>(request, version, out, requestFields<FieldWriter, const FetchRequest>);
}

Result<FetchResponse> FetchApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<FetchApi>(in, version, responseFields<FieldReader, FetchResponse>);
}

void FetchApi::encodeResponse(const FetchResponse &response, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<FetchApi>(response, version, out, responseFields<FieldWriter, const FetchResponse>);
}

} // namespace es::protocol
