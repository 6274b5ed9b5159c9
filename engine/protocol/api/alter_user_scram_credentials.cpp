#include "protocol/api/alter_user_scram_credentials.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.array("deletions", r.deletions, [&](auto &d) {
        io.string("name", d.name);
        io.int8("mechanism", d.mechanism);
        io.tags();
    });
    io.array("upsertions", r.upsertions, [&](auto &u) {
        io.string("name", u.name);
        io.int8("mechanism", u.mechanism);
        io.int32("iterations", u.iterations);
        io.bytes("salt", u.salt);
        io.bytes("salted_password", u.saltedPassword);
        io.tags();
    });
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.int32("throttle_time_ms", r.throttleTimeMs);
    io.array("results", r.results, [&](auto &res) {
        io.string("user", res.user);
        io.errorCode("error_code", res.errorCode);
        io.nullableString("error_message", res.errorMessage);
        io.tags();
    });
    io.tags();
}

} // namespace

Result<AlterUserScramCredentialsRequest> AlterUserScramCredentialsApi::decodeRequest(ProtocolReader &in,
                                                                                     std::int16_t version)
{
    return decodeMessage<AlterUserScramCredentialsApi>(
        in, version, requestFields<FieldReader, AlterUserScramCredentialsRequest>);
}

void AlterUserScramCredentialsApi::encodeRequest(const AlterUserScramCredentialsRequest &request,
                                                 std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<AlterUserScramCredentialsApi>(
        request, version, out, requestFields<FieldWriter, const AlterUserScramCredentialsRequest>);
}

Result<AlterUserScramCredentialsResponse> AlterUserScramCredentialsApi::decodeResponse(ProtocolReader &in,
                                                                                       std::int16_t version)
{
    return decodeMessage<AlterUserScramCredentialsApi>(
        in, version, responseFields<FieldReader, AlterUserScramCredentialsResponse>);
}

void AlterUserScramCredentialsApi::encodeResponse(const AlterUserScramCredentialsResponse &response,
                                                  std::int16_t version, ProtocolWriter &out)
{
    encodeMessage<AlterUserScramCredentialsApi>(
        response, version, out, responseFields<FieldWriter, const AlterUserScramCredentialsResponse>);
}

} // namespace es::protocol
