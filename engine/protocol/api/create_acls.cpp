#include "protocol/api/create_acls.h"

#include "protocol/api/acl_pattern_type_field.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.array("creations", r.creations, [&](auto &c) {
        io.int8("resource_type", c.resourceType);
        io.string("resource_name", c.resourceName);
        patternTypeField(io, "resource_pattern_type", c.resourcePatternType, v);
        io.string("principal", c.principal);
        io.string("host", c.host);
        io.int8("operation", c.operation);
        io.int8("permission_type", c.permissionType);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &res) {
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<CreateAclsRequest> CreateAclsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreateAclsApi>(in, version, requestFields<FieldReader, CreateAclsRequest>);
}

void CreateAclsApi::encodeRequest(const CreateAclsRequest &request, std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<CreateAclsApi>(request, version, out, requestFields<FieldWriter, const CreateAclsRequest>);
}

Result<CreateAclsResponse> CreateAclsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<CreateAclsApi>(in, version, responseFields<FieldReader, CreateAclsResponse>);
}

void CreateAclsApi::encodeResponse(const CreateAclsResponse &response, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<CreateAclsApi>(response, version, out,
                                 responseFields<FieldWriter, const CreateAclsResponse>);
}

} // namespace es::protocol
