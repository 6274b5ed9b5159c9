#include "protocol/api/sync_group.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.string("group_id", r.groupId);
    io.int32("generation_id", r.generationId);
    io.string("member_id", r.memberId);
    if (v >= 3)
        io.nullableString("group_instance_id", r.groupInstanceId);
    if (v >= 5) {
        io.nullableString("protocol_type", r.protocolType);
        io.nullableString("protocol_name", r.protocolName);
    }
    io.array("assignments", r.assignments, [&](auto &a) {
        io.string("member_id", a.memberId);
        io.bytes("assignment", a.assignment);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    if (v >= 5) {
        io.nullableString("protocol_type", r.protocolType);
        io.nullableString("protocol_name", r.protocolName);
    }
    io.bytes("assignment", r.assignment);
    io.tags();
}

} // namespace

Result<SyncGroupRequest> SyncGroupApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SyncGroupApi>(in, version, requestFields<FieldReader, SyncGroupRequest>);
}

void SyncGroupApi::encodeRequest(const SyncGroupRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<SyncGroupApi>(request, version, out, requestFields<FieldWriter, const SyncGroupRequest>);
}

Result<SyncGroupResponse> SyncGroupApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SyncGroupApi>(in, version, responseFields<FieldReader, SyncGroupResponse>);
}

void SyncGroupApi::encodeResponse(const SyncGroupResponse &response, std::int16_t version,
                                  ProtocolWriter &out)
{
    encodeMessage<SyncGroupApi>(response, version, out, responseFields<FieldWriter, const SyncGroupResponse>);
}

} // namespace es::protocol
