#include "common/varint.h"

namespace es {

namespace {

template <typename U>
void putLeb128(Bytes &out, U v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

template <typename U, std::size_t MaxBytes>
U getLeb128(BufferReader &in)
{
    U result = 0;
    for (std::size_t i = 0; i < MaxBytes; ++i) {
        const auto b = in.get<std::uint8_t>();
        if (!in.ok())
            return 0;
        result |= static_cast<U>(b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0)
            return result;
    }
    in.fail(); // longer than the type allows
    return 0;
}

template <typename U>
std::size_t leb128Size(U v)
{
    std::size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

} // namespace

void putUnsignedVarint(Bytes &out, std::uint32_t v) { putLeb128(out, v); }
void putUnsignedVarlong(Bytes &out, std::uint64_t v) { putLeb128(out, v); }
void putVarint(Bytes &out, std::int32_t v) { putLeb128(out, zigZagEncode32(v)); }
void putVarlong(Bytes &out, std::int64_t v) { putLeb128(out, zigZagEncode64(v)); }

std::uint32_t getUnsignedVarint(BufferReader &in) { return getLeb128<std::uint32_t, kMaxVarint32Bytes>(in); }
std::uint64_t getUnsignedVarlong(BufferReader &in) { return getLeb128<std::uint64_t, kMaxVarint64Bytes>(in); }
std::int32_t getVarint(BufferReader &in) { return zigZagDecode32(getUnsignedVarint(in)); }
std::int64_t getVarlong(BufferReader &in) { return zigZagDecode64(getUnsignedVarlong(in)); }

std::size_t varintSize(std::int32_t v) { return leb128Size(zigZagEncode32(v)); }
std::size_t varlongSize(std::int64_t v) { return leb128Size(zigZagEncode64(v)); }
std::size_t unsignedVarintSize(std::uint32_t v) { return leb128Size(v); }

} // namespace es
