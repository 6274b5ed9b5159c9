#include "protocol/api/delete_groups.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.stringArray("groups_names", r.groupsNames);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &g) {
        io.string("group_id", g.groupId);
        io.errorCode("error_code", g.errorCode);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DeleteGroupsRequest> DeleteGroupsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteGroupsApi>(in, version, requestFields<FieldReader, DeleteGroupsRequest>);
}

void DeleteGroupsApi::encodeRequest(const DeleteGroupsRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<DeleteGroupsApi>(request, version, out,
                                   requestFields<FieldWriter, const DeleteGroupsRequest>);
}

Result<DeleteGroupsResponse> DeleteGroupsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteGroupsApi>(in, version, responseFields<FieldReader, DeleteGroupsResponse>);
}

void DeleteGroupsApi::encodeResponse(const DeleteGroupsResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<DeleteGroupsApi>(response, version, out,
                                   responseFields<FieldWriter, const DeleteGroupsResponse>);
}

} // namespace es::protocol
