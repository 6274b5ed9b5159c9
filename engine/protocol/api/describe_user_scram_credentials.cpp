#include "protocol/api/describe_user_scram_credentials.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.nullableArray("users", r.users, [&](auto &u) {
        io.string("name", u.name);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.errorCode("error_code", r.errorCode);
    io.nullableString("error_message", r.errorMessage);
    io.array("results", r.results, [&](auto &res) {
        io.string("user", res.user);
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.array("credential_infos", res.credentialInfos, [&](auto &c) {
            io.int8("mechanism", c.mechanism);
            io.int32("iterations", c.iterations);
            io.tags();
        });
        io.tags();
    });
    io.tags();
}

} // namespace

Result<DescribeUserScramCredentialsRequest>
DescribeUserScramCredentialsApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeUserScramCredentialsApi>(
        in, version, requestFields<FieldReader, DescribeUserScramCredentialsRequest>);
}

void DescribeUserScramCredentialsApi::encodeRequest(const DescribeUserScramCredentialsRequest &request,
                                                    std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<DescribeUserScramCredentialsApi>(
        request, version, out, requestFields<FieldWriter, const DescribeUserScramCredentialsRequest>);
}

Result<DescribeUserScramCredentialsResponse>
DescribeUserScramCredentialsApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<DescribeUserScramCredentialsApi>(
        in, version, responseFields<FieldReader, DescribeUserScramCredentialsResponse>);
}

void DescribeUserScramCredentialsApi::encodeResponse(const DescribeUserScramCredentialsResponse &response,
                                                     std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<DescribeUserScramCredentialsApi>(
        response, version, out, responseFields<FieldWriter, const DescribeUserScramCredentialsResponse>);
}

} // namespace es::protocol
