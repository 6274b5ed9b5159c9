#include "client/partitioner.h"

namespace es {

std::int32_t murmur2(ByteView data)
{
    const std::uint32_t m = 0x5bd1e995;
    const int r = 24;
    const auto length = static_cast<std::uint32_t>(data.size());
    std::uint32_t h = 0x9747b28c ^ length;
    const std::size_t length4 = data.size() / 4;
    for (std::size_t i = 0; i < length4; ++i) {
        const std::size_t i4 = i * 4;
        std::uint32_t k = static_cast<std::uint32_t>(data[i4]) | (static_cast<std::uint32_t>(data[i4 + 1]) << 8) |
                          (static_cast<std::uint32_t>(data[i4 + 2]) << 16) |
                          (static_cast<std::uint32_t>(data[i4 + 3]) << 24);
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }
    const std::size_t tail = length4 * 4;
    switch (data.size() % 4) {
    case 3: h ^= static_cast<std::uint32_t>(data[tail + 2]) << 16; [[fallthrough]];
    case 2: h ^= static_cast<std::uint32_t>(data[tail + 1]) << 8; [[fallthrough]];
    case 1:
        h ^= static_cast<std::uint32_t>(data[tail]);
        h *= m;
    }
    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return static_cast<std::int32_t>(h);
}

std::int32_t partitionForKey(ByteView key, std::int32_t partitions)
{
    return static_cast<std::int32_t>((static_cast<std::uint32_t>(murmur2(key)) & 0x7fffffffu) %
                                     static_cast<std::uint32_t>(partitions));
}

} // namespace es
