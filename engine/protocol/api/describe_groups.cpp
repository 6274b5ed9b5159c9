#include "protocol/api/describe_groups.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.stringArray("groups", r.groups);
    if (v >= 3)
        io.boolean("include_authorized_operations", r.includeAuthorizedOperations);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("groups", r.groups, [&](auto &g) {
        io.errorCode("error_code", g.errorCode);
        io.string("group_id", g.groupId);
        io.string("group_state", g.groupState);
        io.string("protocol_type", g.protocolType);
        io.string("protocol_data", g.protocolData);
        io.array("members", g.members, [&](auto &m) {
            io.string("member_id", m.memberId);
            if (v >= 4)
                io.nullableString("group_instance_id", m.groupInstanceId);
            io.string("client_id", m.clientId);
            io.string("client_host", m.clientHost);
            io.bytes("member_metadata", m.memberMetadata);
            io.bytes("member_assignment", m.memberAssignment);
            io.tags();
        });
        if (v >= 3)
            io.int32("authorized_operations", g.authorizedOperations);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeGroupsRequest> DescribeGroupsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeGroupsApi>(in, version, requestFields<FieldReader, DescribeGroupsRequest>);
}

void DescribeGroupsApi::encodeRequest(const DescribeGroupsRequest &request, std::int16_t version,
                                      ProtocolWriter &out)
{
    encodeMessage<DescribeGroupsApi>(request, version, out,
                                     requestFields<FieldWriter, const DescribeGroupsRequest>);
}

Result<DescribeGroupsResponse> DescribeGroupsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeGroupsApi>(in, version, responseFields<FieldReader, DescribeGroupsResponse>);
}

void DescribeGroupsApi::encodeResponse(const DescribeGroupsResponse &response, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<DescribeGroupsApi>(response, version, out,
                                     responseFields<FieldWriter, const DescribeGroupsResponse>);
}

} // namespace es::protocol
