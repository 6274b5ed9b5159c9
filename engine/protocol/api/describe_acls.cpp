#include "protocol/api/describe_acls.h"

#include "protocol/api/acl_pattern_type_field.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.int8("resource_type_filter", r.resourceTypeFilter);
    io.nullableString("resource_name_filter", r.resourceNameFilter);
    patternTypeField(io, "pattern_type_filter", r.patternTypeFilter, v);
    io.nullableString("principal_filter", r.principalFilter);
    io.nullableString("host_filter", r.hostFilter);
    io.int8("operation", r.operation);
    io.int8("permission_type", r.permissionType);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.nullableString("error_message", r.errorMessage);
    io.array("resources", r.resources, [&](auto &res) {
        io.int8("resource_type", res.resourceType);
        io.string("resource_name", res.resourceName);
        patternTypeField(io, "pattern_type", res.patternType, v);
        io.array("acls", res.acls, [&](auto &acl) {
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

Result<DescribeAclsRequest> DescribeAclsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeAclsApi>(in, version, requestFields<FieldReader, DescribeAclsRequest>);
}

void DescribeAclsApi::encodeRequest(const DescribeAclsRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<DescribeAclsApi>(request, version, out,
                                   requestFields<FieldWriter, const DescribeAclsRequest>);
}

Result<DescribeAclsResponse> DescribeAclsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeAclsApi>(in, version, responseFields<FieldReader, DescribeAclsResponse>);
}

void DescribeAclsApi::encodeResponse(const DescribeAclsResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<DescribeAclsApi>(response, version, out,
                                   responseFields<FieldWriter, const DescribeAclsResponse>);
}

} // namespace es::protocol
