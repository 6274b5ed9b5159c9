#include "protocol/api/elect_leaders.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 1)
        io.int8("election_type", r.electionType);
    io.nullableArray("topic_partitions", r.topicPartitions, [&](auto &t) {
        io.string("topic", t.topic);
        io.int32Array("partitions", t.partitions);
        io.tags();
    });
    io.int32("timeout_ms", r.timeoutMs);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    if (v >= 1)
        io.errorCode("error_code", r.errorCode);
    io.array("replica_election_results", r.replicaElectionResults, [&](auto &t) {
        io.string("topic", t.topic);
        io.array("partition_result", t.partitionResult, [&](auto &p) {
            io.int32("partition_id", p.partitionId);
            io.errorCode("error_code", p.errorCode);
            io.nullableString("error_message", p.errorMessage);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<ElectLeadersRequest> ElectLeadersApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ElectLeadersApi>(in, version, requestFields<FieldReader, ElectLeadersRequest>);
}

void ElectLeadersApi::encodeRequest(const ElectLeadersRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<ElectLeadersApi>(request, version, out,
                                   requestFields<FieldWriter, const ElectLeadersRequest>);
}

Result<ElectLeadersResponse> ElectLeadersApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ElectLeadersApi>(in, version, responseFields<FieldReader, ElectLeadersResponse>);
}

void ElectLeadersApi::encodeResponse(const ElectLeadersResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<ElectLeadersApi>(response, version, out,
                                   responseFields<FieldWriter, const ElectLeadersResponse>);
}

} // namespace es::protocol
