#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// SCRAM's four messages (RFC 5802 section 7) as text, parsed and formatted; no cryptography.
// Channel binding is not offered, so a client-first with "p=" is refused and the gs2 header
// comes back base64-encoded in client-final's "c=" ("biws" for "n,,"). Internal to
// engine/security: the broker reaches SCRAM through sasl_server.h.
namespace es::security::scram {

// One "key=value" attribute that is not one of the message's own (Kafka's "tokenauth=true").
using Extension = std::pair<std::string, std::string>;

// "n,,n=alice,r=fyko+d2lbbFgONRv9qkxdawL": gs2 header, then the bare part.
struct ClientFirst {
    std::string gs2Header; // "n,," or "y,,", or with an authzid "n,a=alice,"
    std::string authzid;   // unescaped; empty when the client named none
    std::string user;      // unescaped
    std::string nonce;     // the client's nonce
    std::string bare;      // everything after the gs2 header, part of the AuthMessage
    std::vector<Extension> extensions;
};
Result<ClientFirst> parseClientFirst(std::string_view message);

// "r=<client nonce><server nonce>,s=<base64 salt>,i=4096".
struct ServerFirst {
    std::string nonce;
    Bytes salt;
    std::int32_t iterations = 0;
};
[[nodiscard]] std::string formatServerFirst(const ServerFirst &message);
Result<ServerFirst> parseServerFirst(std::string_view message);

// "c=biws,r=<nonce>,p=<base64 proof>", extensions (ignored) allowed before "p=".
struct ClientFinal {
    std::string channelBinding; // decoded "c=": the gs2 header of client-first
    std::string nonce;
    Bytes proof;
    std::string withoutProof; // up to ",p=", part of the AuthMessage
};
Result<ClientFinal> parseClientFinal(std::string_view message);

// "v=<base64 server signature>", or "e=<error>" from a server that refuses.
struct ServerFinal {
    Bytes verifier; // empty when the server sent an error
    std::string error;
};
[[nodiscard]] std::string formatServerFinal(ByteView verifier);
Result<ServerFinal> parseServerFinal(std::string_view message);

// saslname: ',' as "=2C" and '=' as "=3D". Unescaping refuses any other '=' sequence, a NUL,
// and an empty name.
[[nodiscard]] std::string escapeSaslName(std::string_view name);
Result<std::string> unescapeSaslName(std::string_view text);

} // namespace es::security::scram
