#include "protocol/api/join_group.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.string("group_id", r.groupId);
    io.int32("session_timeout_ms", r.sessionTimeoutMs);
    if (v >= 1)
        io.int32("rebalance_timeout_ms", r.rebalanceTimeoutMs);
    io.string("member_id", r.memberId);
    if (v >= 5)
        io.nullableString("group_instance_id", r.groupInstanceId);
    io.string("protocol_type", r.protocolType);
    io.array("protocols", r.protocols, [&](auto &p) {
        io.string("name", p.name);
        io.bytes("metadata", p.metadata);
        io.tags();
    });
    if (v >= 8)
        io.nullableString("reason", r.reason);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 2)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.int32("generation_id", r.generationId);
    if (v >= 7)
        io.nullableString("protocol_type", r.protocolType);
    io.nullableString("protocol_name", r.protocolName, v >= 7);
    io.string("leader", r.leader);
    if (v >= 9)
        io.boolean("skip_assignment", r.skipAssignment);
    io.string("member_id", r.memberId);
    io.array("members", r.members, [&](auto &m) {
        io.string("member_id", m.memberId);
        if (v >= 5)
            io.nullableString("group_instance_id", m.groupInstanceId);
        io.bytes("metadata", m.metadata);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<JoinGroupRequest> JoinGroupApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<JoinGroupApi>(in, version, requestFields<FieldReader, JoinGroupRequest>);
}

void JoinGroupApi::encodeRequest(const JoinGroupRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<JoinGroupApi>(request, version, out, requestFields<FieldWriter, const JoinGroupRequest>);
}

Result<JoinGroupResponse> JoinGroupApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<JoinGroupApi>(in, version, responseFields<FieldReader, JoinGroupResponse>);
}

void JoinGroupApi::encodeResponse(const JoinGroupResponse &response, std::int16_t version,
                                  ProtocolWriter &out)
{
    encodeMessage<JoinGroupApi>(response, version, out, responseFields<FieldWriter, const JoinGroupResponse>);
}

} // namespace es::protocol
