#include "protocol/api/incremental_alter_configs.h"

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
            io.int8("config_operation", c.configOperation);
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

Result<IncrementalAlterConfigsRequest> IncrementalAlterConfigsApi::decodeRequest(ProtocolReader &in,
                                                                                 std::int16_t version)
{
    return decodeMessage<IncrementalAlterConfigsApi>(
        in, version, requestFields<FieldReader, IncrementalAlterConfigsRequest>);
}

void IncrementalAlterConfigsApi::encodeRequest(const IncrementalAlterConfigsRequest &request,
                                               std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<IncrementalAlterConfigsApi>(
        request, version, out, requestFields<FieldWriter, const IncrementalAlterConfigsRequest>);
}

Result<IncrementalAlterConfigsResponse> IncrementalAlterConfigsApi::decodeResponse(ProtocolReader &in,
                                                                                   std::int16_t version)
{
    return decodeMessage<IncrementalAlterConfigsApi>(
        in, version, responseFields<FieldReader, IncrementalAlterConfigsResponse>);
}

void IncrementalAlterConfigsApi::encodeResponse(const IncrementalAlterConfigsResponse &response,
                                                std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<IncrementalAlterConfigsApi>(
        response, version, out, responseFields<FieldWriter, const IncrementalAlterConfigsResponse>);
}

} // namespace es::protocol
