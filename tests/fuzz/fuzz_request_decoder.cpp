// libFuzzer target for the request decoder: any byte string is one request frame (the
// bytes after the size prefix). Decoding must never crash, leak or hang; a failure must
// explain itself; and what decodes must re-encode to a frame that decodes to the same
// request. Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.

#include "protocol/api_registry.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace es::protocol;
    const RequestDecodeResult decoded = decodeRequestFrame(es::ByteView(data, size));
    if (!decoded) {
        if (decoded.status().message().empty())
            std::abort();
        return 0;
    }
    const es::Result<es::Bytes> again = encodeRequestFrame(decoded.value().header, decoded.value().body);
    if (!again)
        std::abort();
    const RequestDecodeResult back = decodeRequestFrame(es::ByteView(*again).subspan(4));
    if (!back || !(back.value() == decoded.value()))
        std::abort();
    return 0;
}
