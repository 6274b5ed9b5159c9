#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <string>
#include <string_view>

namespace es {

// Standard base64 (RFC 4648 section 4: `+` and `/`, padded with `=`).
void appendBase64(ByteView data, std::string &out);
[[nodiscard]] std::string toBase64(ByteView data);

// Decodes padded standard base64. Strict: the length must be a multiple of 4, padding only at
// the end, unused bits zero, no whitespace; the error says what is wrong.
Result<Bytes> fromBase64(std::string_view text);

} // namespace es
