#include "protocol/api/sasl_handshake.h"

#include "protocol/api/field_io.h"

namespace es::protocol {

namespace {

template <typename IO, typename Request>
void requestFields(IO &io, Request &r, std::int16_t /*v*/)
{
    io.string("mechanism", r.mechanism);
}

template <typename IO, typename Response>
void responseFields(IO &io, Response &r, std::int16_t /*v*/)
{
    io.errorCode("error_code", r.errorCode);
    io.stringArray("mechanisms", r.mechanisms);
}

} // namespace

Result<SaslHandshakeRequest> SaslHandshakeApi::decodeRequest(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SaslHandshakeApi>(in, version, requestFields<FieldReader, SaslHandshakeRequest>);
}

void SaslHandshakeApi::encodeRequest(const SaslHandshakeRequest &request, std::int16_t version,
                                     ProtocolWriter &out)
{
    encodeMessage<SaslHandshakeApi>(request, version, out,
                                    requestFields<FieldWriter, const SaslHandshakeRequest>);
}

Result<SaslHandshakeResponse> SaslHandshakeApi::decodeResponse(ProtocolReader &in, std::int16_t version)
{
    return decodeMessage<SaslHandshakeApi>(in, version, responseFields<FieldReader, SaslHandshakeResponse>);
}

void SaslHandshakeApi::encodeResponse(const SaslHandshakeResponse &response, std::int16_t version,
                                      ProtocolWriter &out)
{
    encodeMessage<SaslHandshakeApi>(response, version, out,
                                    responseFields<FieldWriter, const SaslHandshakeResponse>);
}

} // namespace es::protocol
