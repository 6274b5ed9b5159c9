#include "protocol/api/list_groups.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 4)
        io.stringArray("states_filter", r.statesFilter);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.array("groups", r.groups, [&](auto &g) {
        io.string("group_id", g.groupId);
        io.string("protocol_type", g.protocolType);
        if (v >= 4)
            io.string("group_state", g.groupState);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<ListGroupsRequest> ListGroupsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListGroupsApi>(in, version, requestFields<FieldReader, ListGroupsRequest>);
}

void ListGroupsApi::encodeRequest(const ListGroupsRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<ListGroupsApi>(request, version, out, requestFields<FieldWriter, const ListGroupsRequest>);
}

Result<ListGroupsResponse> ListGroupsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ListGroupsApi>(in, version, responseFields<FieldReader, ListGroupsResponse>);
}

void ListGroupsApi::encodeResponse(const ListGroupsResponse &response, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<ListGroupsApi>(response, version, out,
                                 responseFields<FieldWriter, const ListGroupsResponse>);
}

} // namespace es::protocol
