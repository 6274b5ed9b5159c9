#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace es {

// Big-endian (network order) loads and stores, as the Kafka wire and our files use.

template <typename T>
constexpr T byteSwap(T v)
{
    if constexpr (sizeof(T) == 2)
        return static_cast<T>(__builtin_bswap16(static_cast<std::uint16_t>(v)));
    else if constexpr (sizeof(T) == 4)
        return static_cast<T>(__builtin_bswap32(static_cast<std::uint32_t>(v)));
    else if constexpr (sizeof(T) == 8)
        return static_cast<T>(__builtin_bswap64(static_cast<std::uint64_t>(v)));
    else
        return v;
}

template <typename T>
inline T loadBigEndian(const std::uint8_t *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    if constexpr (std::endian::native == std::endian::little && sizeof(T) > 1)
        v = byteSwap(v);
    return v;
}

template <typename T>
inline void storeBigEndian(std::uint8_t *p, T v)
{
    if constexpr (std::endian::native == std::endian::little && sizeof(T) > 1)
        v = byteSwap(v);
    std::memcpy(p, &v, sizeof(T));
}

} // namespace es
