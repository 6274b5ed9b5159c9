#include "protocol/api/delete_acls.h"

#include "protocol/api/acl_pattern_type_field.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.array("filters", r.filters, [&](auto &f) {
        io.int8("resource_type_filter", f.resourceTypeFilter);
        io.nullableString("resource_name_filter", f.resourceNameFilter);
        patternTypeField(io, "pattern_type_filter", f.patternTypeFilter, v);
        io.nullableString("principal_filter", f.principalFilter);
        io.nullableString("host_filter", f.hostFilter);
        io.int8("operation", f.operation);
        io.int8("permission_type", f.permissionType);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("filter_results", r.filterResults, [&](auto &res) {
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.array("matching_acls", res.matchingAcls, [&](auto &acl) {
            io.errorCode("error_code", acl.errorCode);
            io.nullableString("error_message", acl.errorMessage);
            io.int8("resource_type", acl.resourceType);
            io.string("resource_name", acl.resourceName);
            patternTypeField(io, "pattern_type", acl.patternType, v);
            io.string("principal", acl.principal);
            io.string("host", acl.host);
            io.int8("operation", acl.operation);
            io.int8("permission_type", acl.permissionType);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DeleteAclsRequest> DeleteAclsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteAclsApi>(in, version, requestFields<FieldReader, DeleteAclsRequest>);
}

void DeleteAclsApi::encodeRequest(const DeleteAclsRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<DeleteAclsApi>(request, version, out, requestFields<FieldWriter, const DeleteAclsRequest>);
}

Result<DeleteAclsResponse> DeleteAclsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DeleteAclsApi>(in, version, responseFields<FieldReader, DeleteAclsResponse>);
}

void DeleteAclsApi::encodeResponse(const DeleteAclsResponse &response, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<DeleteAclsApi>(response, version, out,
                                 responseFields<FieldWriter, const DeleteAclsResponse>);
}

} // namespace es::protocol
