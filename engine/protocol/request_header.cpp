#include "protocol/request_header.h"

namespace es::protocol {

Result<RequestHeader> decodeRequestHeader(ProtocolReader &in, std::int16_t headerVersion)
{
    in.setFlexible(headerVersion >= 2);
    RequestHeader h;
    h.apiKey = static_cast<ApiKey>(in.readInt16("request_api_key"));
    h.apiVersion = in.readInt16("request_api_version");
    h.correlationId = in.readInt32("correlation_id");
    if (headerVersion >= 1)
        h.clientId = in.readClassicNullableString("client_id");
    in.readTaggedFields();
    return in.finish(std::move(h));
}

void encodeRequestHeader(const RequestHeader &header, std::int16_t headerVersion, ProtocolWriter &out)
{
    out.setFlexible(headerVersion >= 2);
    out.writeInt16(static_cast<std::int16_t>(header.apiKey));
    out.writeInt16(header.apiVersion);
    out.writeInt32(header.correlationId);
    if (headerVersion >= 1)
        out.writeClassicNullableString(header.clientId);
    out.writeTaggedFields();
}

Result<ResponseHeader> decodeResponseHeader(ProtocolReader &in, std::int16_t headerVersion)
{
    in.setFlexible(headerVersion >= 1);
    ResponseHeader h;
    h.correlationId = in.readInt32("correlation_id");
    in.readTaggedFields();
    return in.finish(h);
}

void encodeResponseHeader(const ResponseHeader &header, std::int16_t headerVersion, ProtocolWriter &out)
{
    out.setFlexible(headerVersion >= 1);
    out.writeInt32(header.correlationId);
    out.writeTaggedFields();
}

} // namespace es::protocol
