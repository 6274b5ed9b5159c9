#pragma once

#include "common/status.h"
#include "protocol/api_key.h"
#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>

namespace es::protocol {

// Request header v0: api key, api version, correlation id. v1 adds the client id (a
// classic nullable string), v2 a tagged-field section after it. The client id stays
// classic in v2: only the tagged fields make the header flexible.
struct RequestHeader {
    ApiKey apiKey = ApiKey::Produce;
    std::int16_t apiVersion = 0;
    std::int32_t correlationId = 0;
    std::optional<std::string> clientId;

    bool operator==(const RequestHeader &) const = default;
};

// Response header v0: the correlation id; v1 adds a tagged-field section.
struct ResponseHeader {
    std::int32_t correlationId = 0;

    bool operator==(const ResponseHeader &) const = default;
};

// headerVersion is 0, 1 or 2; unknown tagged fields are skipped.
Result<RequestHeader> decodeRequestHeader(ProtocolReader &in, std::int16_t headerVersion);
void encodeRequestHeader(const RequestHeader &header, std::int16_t headerVersion, ProtocolWriter &out);

// headerVersion is 0 or 1.
Result<ResponseHeader> decodeResponseHeader(ProtocolReader &in, std::int16_t headerVersion);
void encodeResponseHeader(const ResponseHeader &header, std::int16_t headerVersion, ProtocolWriter &out);

} // namespace es::protocol
