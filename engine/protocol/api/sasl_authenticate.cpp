#include "protocol/api/sasl_authenticate.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.bytes("auth_bytes", r.authBytes);
    io.tags();
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t v)
{
    io.errorCode("error_code", r.errorCode);
    io.nullableString("error_message", r.errorMessage);
    io.bytes("auth_bytes", r.authBytes);
    if (v >= 1)
        io.int64("session_lifetime_ms", r.sessionLifetimeMs);
    io.tags();
}

} // namespace

Result<SaslAuthenticateRequest> SaslAuthenticateApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SaslAuthenticateApi>(in, version,
                                              requestFields<FieldReader, SaslAuthenticateRequest>);
}

void SaslAuthenticateApi::encodeRequest(const SaslAuthenticateRequest &request, std::int16_t version,
                                        ProtocolWriter &out)
{
    encodeMessage<SaslAuthenticateApi>(request, version, out,
                                       requestFields<FieldWriter, const SaslAuthenticateRequest>);
}

Result<SaslAuthenticateResponse> SaslAuthenticateApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SaslAuthenticateApi>(in, version,
                                              responseFields<FieldReader, SaslAuthenticateResponse>);
}

void SaslAuthenticateApi::encodeResponse(const SaslAuthenticateResponse &response, std::int16_t version,
                                         ProtocolWriter &out)
{
    encodeMessage<SaslAuthenticateApi>(response, version, out,
                                       responseFields<FieldWriter, const SaslAuthenticateResponse>);
}

} // namespace es::protocol
