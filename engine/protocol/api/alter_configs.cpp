#include "protocol/api/alter_configs.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("resources", r.resources, [&](auto &res) {
        io.int8("resource_type", res.resourceType);
        io.string("resource_name", res.resourceName);
        io.array("configs", res.configs, [&](auto &c) {
            io.string("name", c.name);
            io.nullableString("value", c.value);
            io.tags();
        });
        io.tags();
    });
    io.boolean("validate_only", r.validateOnly);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("responses", r.responses, [&](auto &res) {
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.int8("resource_type", res.resourceType);
        io.string("resource_name", res.resourceName);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<AlterConfigsRequest> AlterConfigsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<AlterConfigsApi>(in, version, requestFields<FieldReader, AlterConfigsRequest>);
}

void AlterConfigsApi::encodeRequest(const AlterConfigsRequest &request, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<AlterConfigsApi>(request, version, out,
                                   requestFields<FieldWriter, const AlterConfigsRequest>);
}

Result<AlterConfigsResponse> AlterConfigsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<AlterConfigsApi>(in, version, responseFields<FieldReader, AlterConfigsResponse>);
}

void AlterConfigsApi::encodeResponse(const AlterConfigsResponse &response, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<AlterConfigsApi>(response, version, out,
                                   responseFields<FieldWriter, const AlterConfigsResponse>);
}

} // namespace es::protocol
