#pragma once

// Kafka's classic (non-flexible) field encoding, big-endian: string = int16 length + UTF-8
// bytes (nullable: length -1 for null), bytes = int32 length + bytes (nullable: -1), array =
// int32 count + elements. Used by formats Kafka defines outside its request headers: the
// __consumer_offsets records and the consumer protocol's subscription and assignment.
//
// Readers follow BufferReader's contract: a malformed field fails the reader and yields an
// empty value, so a decoder reads a whole structure and checks ok() once.

#include "common/buffer.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace es {

inline constexpr std::size_t kMaxClassicStringBytes = std::numeric_limits<std::int16_t>::max();

// Writes at most kMaxClassicStringBytes bytes: a caller that must not truncate checks first.
inline void putString(BufferWriter &out, std::string_view s)
{
    const std::size_t n = std::min(s.size(), kMaxClassicStringBytes);
    out.put<std::int16_t>(static_cast<std::int16_t>(n));
    out.putBytes(s.substr(0, n));
}

inline void putNullableString(BufferWriter &out, const std::optional<std::string> &s)
{
    if (s)
        putString(out, *s);
    else
        out.put<std::int16_t>(-1);
}

inline void putBytesField(BufferWriter &out, ByteView b)
{
    out.put<std::int32_t>(static_cast<std::int32_t>(b.size()));
    out.putBytes(b);
}

inline void putNullableBytes(BufferWriter &out, const std::optional<Bytes> &b)
{
    if (b)
        putBytesField(out, *b);
    else
        out.put<std::int32_t>(-1);
}

inline std::optional<std::string> getNullableString(BufferReader &in)
{
    const auto n = in.get<std::int16_t>();
    if (n < -1)
        in.fail();
    if (n < 0 || !in.ok())
        return std::nullopt;
    const ByteView b = in.getBytes(static_cast<std::size_t>(n));
    return std::string(asChars(b));
}

inline std::string getString(BufferReader &in)
{
    std::optional<std::string> s = getNullableString(in);
    if (!s) {
        in.fail();
        return {};
    }
    return std::move(*s);
}

inline std::optional<Bytes> getNullableBytes(BufferReader &in)
{
    const auto n = in.get<std::int32_t>();
    if (n < -1)
        in.fail();
    if (n < 0 || !in.ok())
        return std::nullopt;
    const ByteView b = in.getBytes(static_cast<std::size_t>(n));
    return Bytes(b.begin(), b.end());
}

inline Bytes getBytesField(BufferReader &in)
{
    std::optional<Bytes> b = getNullableBytes(in);
    if (!b) {
        in.fail();
        return {};
    }
    return std::move(*b);
}

// An array's element count. Fails the reader for a negative count, or one that the remaining
// bytes cannot hold at `minElementBytes` (> 0) each, so a corrupt count never sizes an allocation.
inline std::size_t getArrayCount(BufferReader &in, std::size_t minElementBytes)
{
    const auto n = in.get<std::int32_t>();
    if (!in.ok() || n < 0 || static_cast<std::size_t>(n) > in.remaining() / minElementBytes) {
        in.fail();
        return 0;
    }
    return static_cast<std::size_t>(n);
}

} // namespace es
