#include "protocol/api/find_coordinator.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v <= 3)
        io.string("key", r.key);
    if (v >= 1)
        io.int8("key_type", r.keyType);
    if (v >= 4)
        io.stringArray("coordinator_keys", r.coordinatorKeys);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    if (v <= 3) {
        io.errorCode("error_code", r.errorCode);
        if (v >= 1)
            io.nullableString("error_message", r.errorMessage);
        io.int32("node_id", r.nodeId);
        io.string("host", r.host);
        io.int32("port", r.port);
    } else {
        io.array("coordinators", r.coordinators, [&](auto &c) {
            io.string("key", c.key);
            io.int32("node_id", c.nodeId);
            io.string("host", c.host);
            io.int32("port", c.port);
            io.errorCode("error_code", c.errorCode);
            io.nullableString("error_message", c.errorMessage);
            io.tags();
        });
    }
    io.tags();
}

} // namespace

Result<FindCoordinatorRequest> FindCoordinatorApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<FindCoordinatorApi>(in, version, requestFields<FieldReader, FindCoordinatorRequest>);
}

void FindCoordinatorApi::encodeRequest(const FindCoordinatorRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<FindCoordinatorApi>(request, version, out,
                                      requestFields<FieldWriter, const FindCoordinatorRequest>);
}

Result<FindCoordinatorResponse> FindCoordinatorApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<FindCoordinatorApi>(in, version,
                                             responseFields<FieldReader, FindCoordinatorResponse>);
}

void FindCoordinatorApi::encodeResponse(const FindCoordinatorResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<FindCoordinatorApi>(response, version, out,
                                      responseFields<FieldWriter, const FindCoordinatorResponse>);
}

} // namespace es::protocol
