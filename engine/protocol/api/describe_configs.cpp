#include "protocol/api/describe_configs.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    io.array("resources", r.resources, [&](auto &res) {
        io.int8("resource_type", res.resourceType);
        io.string("resource_name", res.resourceName);
        io.nullableArray("configuration_keys", res.configurationKeys,
                         [&](auto &k) { io.string("element", k); });
        io.tags();
    });
    if (v >= 1)
        io.boolean("include_synonyms", r.includeSynonyms);
    if (v >= 3)
        io.boolean("include_documentation", r.includeDocumentation);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &res) {
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.int8("resource_type", res.resourceType);
        io.string("resource_name", res.resourceName);
        io.array("configs", res.configs, [&](auto &c) {
            io.string("name", c.name);
            io.nullableString("value", c.value);
            io.boolean("read_only", c.readOnly);
            if (v == 0)
                io.boolean("is_default", c.isDefault);
            if (v >= 1)
                io.int8("config_source", c.configSource);
            io.boolean("is_sensitive", c.isSensitive);
            if (v >= 1) {
                io.array("synonyms", c.synonyms, [&](auto &s) {
                    io.string("name", s.name);
                    io.nullableString("value", s.value);
                    io.int8("source", s.source);
                    io.tags();
                });
            }
            if (v >= 3) {
                io.int8("config_type", c.configType);
                io.nullableString("documentation", c.documentation);
            }
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeConfigsRequest> DescribeConfigsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeConfigsApi>(in, version, requestFields<FieldReader, DescribeConfigsRequest>);
}

void DescribeConfigsApi::encodeRequest(const DescribeConfigsRequest &request, std::int16_t version,
                                       ProtocolWriter &out)
{
    encodeMessage<DescribeConfigsApi>(request, version, out,
                                      requestFields<FieldWriter, const DescribeConfigsRequest>);
}

Result<DescribeConfigsResponse> DescribeConfigsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeConfigsApi>(in, version,
                                             responseFields<FieldReader, DescribeConfigsResponse>);
}

void DescribeConfigsApi::encodeResponse(const DescribeConfigsResponse &response, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<DescribeConfigsApi>(response, version, out,
                                      responseFields<FieldWriter, const DescribeConfigsResponse>);
}

} // namespace es::protocol
