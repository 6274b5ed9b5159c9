#include "protocol/api/alter_partition_reassignments.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t)
{
    io.int32("timeout_ms", r.timeoutMs);
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.nullableArray("replicas", p.replicas, [&](auto &id) { io.int32("replica", id); });
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.nullableString("error_message", r.errorMessage);
    io.array("responses", r.responses, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.errorCode("error_code", p.errorCode);
            io.nullableString("error_message", p.errorMessage);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<AlterPartitionReassignmentsRequest> AlterPartitionReassignmentsApi::decodeRequest(ProtocolReader &in,
                                                                                         std::int16_t version)
{
    return decodeMessage<AlterPartitionReassignmentsApi>(
        in, version, requestFields<FieldReader, AlterPartitionReassignmentsRequest>);
}

void AlterPartitionReassignmentsApi::encodeRequest(const AlterPartitionReassignmentsRequest &request,
                                                   std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<AlterPartitionReassignmentsApi>(
        request, version, out, requestFields<FieldWriter, const AlterPartitionReassignmentsRequest>);
}

Result<AlterPartitionReassignmentsResponse>
AlterPartitionReassignmentsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<AlterPartitionReassignmentsApi>(
        in, version, responseFields<FieldReader, AlterPartitionReassignmentsResponse>);
}

void AlterPartitionReassignmentsApi::encodeResponse(const AlterPartitionReassignmentsResponse &response,
                                                    std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<AlterPartitionReassignmentsApi>(
        response, version, out, responseFields<FieldWriter, const AlterPartitionReassignmentsResponse>);
}

} // namespace es::protocol
