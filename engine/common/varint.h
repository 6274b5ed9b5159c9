#pragma once

#include "common/buffer.h"

#include <cstdint>

namespace es {

// Variable-length integers as Kafka uses them: unsigned LEB128 (protocol compact lengths)
// and zig-zag signed varints (record fields). Decoders fail the reader on truncation or
// on an encoding longer than the type allows.

inline constexpr std::size_t kMaxVarint32Bytes = 5;
inline constexpr std::size_t kMaxVarint64Bytes = 10;

void putUnsignedVarint(Bytes &out, std::uint32_t v);
void putUnsignedVarlong(Bytes &out, std::uint64_t v);
void putVarint(Bytes &out, std::int32_t v);
void putVarlong(Bytes &out, std::int64_t v);

std::uint32_t getUnsignedVarint(BufferReader &in);
std::uint64_t getUnsignedVarlong(BufferReader &in);
std::int32_t getVarint(BufferReader &in);
std::int64_t getVarlong(BufferReader &in);

std::size_t varintSize(std::int32_t v);
std::size_t varlongSize(std::int64_t v);
std::size_t unsignedVarintSize(std::uint32_t v);

inline constexpr std::uint32_t zigZagEncode32(std::int32_t v)
{
    return (static_cast<std::uint32_t>(v) << 1) ^ static_cast<std::uint32_t>(v >> 31);
}
inline constexpr std::uint64_t zigZagEncode64(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline constexpr std::int32_t zigZagDecode32(std::uint32_t v)
{
    return static_cast<std::int32_t>((v >> 1) ^ (~(v & 1) + 1));
}
inline constexpr std::int64_t zigZagDecode64(std::uint64_t v)
{
    return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
}

} // namespace es
