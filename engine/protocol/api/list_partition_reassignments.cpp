#include "protocol/api/list_partition_reassignments.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t)
{
    io.int32("timeout_ms", r.timeoutMs);
    io.nullableArray("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.int32Array("partition_indexes", t.partitionIndexes);
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
    io.array("topics", r.topics, [&](auto &t) {
        io.string("name", t.name);
        io.array("partitions", t.partitions, [&](auto &p) {
            io.int32("partition_index", p.partitionIndex);
            io.int32Array("replicas", p.replicas);
            io.int32Array("adding_replicas", p.addingReplicas);
            io.int32Array("removing_replicas", p.removingReplicas);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<ListPartitionReassignmentsRequest> ListPartitionReassignmentsApi::decodeRequest(ProtocolReader &in,
                                                                                       std::int16_t version)
{
    return decodeMessage<ListPartitionReassignmentsApi>(
        in, version, requestFields<FieldReader, ListPartitionReassignmentsRequest>);
}

void ListPartitionReassignmentsApi::encodeRequest(const ListPartitionReassignmentsRequest &request,
                                                  std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<ListPartitionReassignmentsApi>(
        request, version, out, requestFields<FieldWriter, const ListPartitionReassignmentsRequest>);
}

Result<ListPartitionReassignmentsResponse> ListPartitionReassignmentsApi::decodeResponse(ProtocolReader &in,
                                                                                         std::int16_t version)
{
    return decodeMessage<ListPartitionReassignmentsApi>(
        in, version, responseFields<FieldReader, ListPartitionReassignmentsResponse>);
}

void ListPartitionReassignmentsApi::encodeResponse(const ListPartitionReassignmentsResponse &response,
                                                   std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<ListPartitionReassignmentsApi>(
        response, version, out, responseFields<FieldWriter, const ListPartitionReassignmentsResponse>);
}

} // namespace es::protocol
