#include "protocol/api/api_versions.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t v)
{
    if (v >= 3) {
        io.string("client_software_name", r.clientSoftwareName);
        io.string("client_software_version", r.clientSoftwareVersion);
    }
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.errorCode("error_code", r.errorCode);
    io.array("api_keys", r.apiKeys, [&](auto &k) {
        io.int16("api_key", k.apiKey);
        io.int16("min_version", k.minVersion);
        io.int16("max_version", k.maxVersion);
        io.tags();
    });
    if (v >= 1)
        io.int32("throttle_time_ms", r.throttleTimeMs);
    io.tags([&](auto &t) {
        t.array(0, r.supportedFeatures, [](auto &tio, auto &f) {
            tio.string("name", f.name);
            tio.int16("min_version", f.minVersion);
            tio.int16("max_version", f.maxVersion);
            tio.tags();
        });
        t.int64(1, r.finalizedFeaturesEpoch, -1);
        t.array(2, r.finalizedFeatures, [](auto &tio, auto &f) {
            tio.string("name", f.name);
            tio.int16("max_version_level", f.maxVersionLevel);
            tio.int16("min_version_level", f.minVersionLevel);
            tio.tags();
        });
        t.boolean(3, r.zkMigrationReady);
    });
}

} // namespace

Result<ApiVersionsRequest> ApiVersionsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ApiVersionsApi>(in, version, requestFields<FieldReader, ApiVersionsRequest>);
}

void ApiVersionsApi::encodeRequest(const ApiVersionsRequest &request, std::int16_t version,
                                   ProtocolWriter &out)
{
    encodeMessage<ApiVersionsApi>(request, version, out,
                                  requestFields<FieldWriter, const ApiVersionsRequest>);
}

Result<ApiVersionsResponse> ApiVersionsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<ApiVersionsApi>(in, version, responseFields<FieldReader, ApiVersionsResponse>);
}

void ApiVersionsApi::encodeResponse(const ApiVersionsResponse &response, std::int16_t version,
                                    ProtocolWriter &out)
{
    encodeMessage<ApiVersionsApi>(response, version, out,
                                  responseFields<FieldWriter, const ApiVersionsResponse>);
}

} // namespace es::protocol
