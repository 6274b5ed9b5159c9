#pragma once

#include "common/buffer.h"
#include "common/status.h"
#include "security/scram_credential.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

// The primitives SCRAM is built from (RFC 5802 section 2.2), each one OpenSSL call with the
// mechanism's digest. Internal to engine/security: callers use scram_credential.h and
// sasl_server.h.
namespace es::security::scram {

// The digest's output size: 32 for SHA-256, 64 for SHA-512.
[[nodiscard]] std::size_t digestSize(ScramMechanism mechanism);

// H(data) and HMAC(key, data). Empty only when OpenSSL itself fails.
[[nodiscard]] Bytes hash(ScramMechanism mechanism, ByteView data);
[[nodiscard]] Bytes hmac(ScramMechanism mechanism, ByteView key, ByteView data);

// Hi(password, salt, iterations): PBKDF2 with HMAC of the digest, one digest long.
Result<Bytes> saltPassword(ScramMechanism mechanism, std::string_view password, ByteView salt,
                           std::int32_t iterations);

// `count` bytes from OpenSSL's CSPRNG.
Result<Bytes> randomBytes(std::size_t count);

// Equal sizes and equal bytes, in time that depends only on the sizes.
[[nodiscard]] bool equalInConstantTime(ByteView a, ByteView b);

} // namespace es::security::scram
