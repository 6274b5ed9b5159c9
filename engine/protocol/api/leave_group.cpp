#include "protocol/api/leave_group.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.string("group_id", r.groupId);
    if (v <= 2) {
        io.string("member_id", r.memberId);
    } else {
        io.array("members", r.members, [&](auto &m) {
            io.string("member_id", m.memberId);
            io.nullableString("group_instance_id", m.groupInstanceId);
            if (v >= 5)
                io.nullableString("reason", m.reason);
            io.tags();
        });
    }
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    if (v >= 3) {
        io.array("members", r.members, [&](auto &m) {
            io.string("member_id", m.memberId);
            io.nullableString("group_instance_id", m.groupInstanceId);
            io.errorCode("error_code", m.errorCode);
            io.tags();
        });
    }
    io.tags();
}

} // namespace

Result<LeaveGroupRequest> LeaveGroupApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<LeaveGroupApi>(in, version, requestFields<FieldReader, LeaveGroupRequest>);
}

void LeaveGroupApi::encodeRequest(const LeaveGroupRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<LeaveGroupApi>(request, version, out, requestFields<FieldWriter, const LeaveGroupRequest>);
}

Result<LeaveGroupResponse> LeaveGroupApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<LeaveGroupApi>(in, version, responseFields<FieldReader, LeaveGroupResponse>);
}

void LeaveGroupApi::encodeResponse(const LeaveGroupResponse &response, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<LeaveGroupApi>(response, version, out,
                                 responseFields<FieldWriter, const LeaveGroupResponse>);
}

} // namespace es::protocol
