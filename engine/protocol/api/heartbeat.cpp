#include "protocol/api/heartbeat.h"

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
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.tags();
}

} // namespace

Result<HeartbeatRequest> HeartbeatApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<HeartbeatApi>(in, version, requestFields<FieldReader, HeartbeatRequest>);
}

void HeartbeatApi::encodeRequest(const HeartbeatRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<HeartbeatApi>(request, version, out, requestFields<FieldWriter, const HeartbeatRequest>);
}

Result<HeartbeatResponse> HeartbeatApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<HeartbeatApi>(in, version, responseFields<FieldReader, HeartbeatResponse>);
}

void HeartbeatApi::encodeResponse(const HeartbeatResponse &response, std::int16_t version,
                                  ProtocolWriter &out)
{
    encodeMessage<HeartbeatApi>(response, version, out, responseFields<FieldWriter, const HeartbeatResponse>);
}

} // namespace es::protocol
