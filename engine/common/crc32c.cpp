#include "common/crc32c.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <nmmintrin.h>
#define ES_CRC32C_X86 1
#endif

namespace es {

namespace {

constexpr std::uint32_t kPolyReflected = 0x82F63B78u;

// Slicing-by-8 tables, built at compile time.
constexpr std::array<std::array<std::uint32_t, 256>, 8> makeTables()
{
    std::array<std::array<std::uint32_t, 256>, 8> t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ kPolyReflected : c >> 1;
        t[0][i] = c;
    }
    for (std::uint32_t i = 0; i < 256; ++i)
        for (std::size_t s = 1; s < 8; ++s)
            t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xff];
    return t;
}

constexpr auto kTables = makeTables();

// Moves a raw CRC register state past a fixed number of zero bytes, with four lookups.
class ShiftTable {
public:
    explicit ShiftTable(std::size_t zeroBytes)
    {
        for (std::size_t lane = 0; lane < 4; ++lane)
            for (std::uint32_t b = 0; b < 256; ++b) {
                std::uint32_t reg = b << (8 * lane);
                for (std::size_t i = 0; i < zeroBytes; ++i)
                    reg = kTables[0][reg & 0xff] ^ (reg >> 8);
                m_t[lane][b] = reg;
            }
    }
    std::uint32_t operator()(std::uint32_t reg) const
    {
        return m_t[0][reg & 0xff] ^ m_t[1][(reg >> 8) & 0xff] ^ m_t[2][(reg >> 16) & 0xff] ^
               m_t[3][reg >> 24];
    }

private:
    std::array<std::array<std::uint32_t, 256>, 4> m_t{};
};

#ifdef ES_CRC32C_X86
__attribute__((target("sse4.2"))) std::uint32_t extendHardware(std::uint32_t crc, const void *data,
                                                               std::size_t size)
{
    auto p = static_cast<const std::uint8_t *>(data);
    std::uint64_t c = ~crc;
    while (size > 0 && (reinterpret_cast<std::uintptr_t>(p) & 7) != 0) {
        c = _mm_crc32_u8(static_cast<std::uint32_t>(c), *p++);
        --size;
    }
    // Three independent streams hide the instruction's 3-cycle latency on long inputs.
    constexpr std::size_t kStripe = 8 * 256;
    while (size >= 3 * kStripe) {
        std::uint64_t c1 = 0, c2 = 0;
        const std::uint8_t *p1 = p + kStripe, *p2 = p + 2 * kStripe;
        for (std::size_t i = 0; i < kStripe; i += 8) {
            std::uint64_t a, b, d;
            std::memcpy(&a, p + i, 8);
            std::memcpy(&b, p1 + i, 8);
            std::memcpy(&d, p2 + i, 8);
            c = _mm_crc32_u64(c, a);
            c1 = _mm_crc32_u64(c1, b);
            c2 = _mm_crc32_u64(c2, d);
        }
        // The CRC register is linear: the state after A|B|C is the state after A moved
        // past |B|+|C| zero bytes, xor B's (from zero) moved past |C|, xor C's.
        static const ShiftTable shiftOne(kStripe), shiftTwo(2 * kStripe);
        c = shiftTwo(static_cast<std::uint32_t>(c)) ^ shiftOne(static_cast<std::uint32_t>(c1)) ^
            static_cast<std::uint32_t>(c2);
        p += 3 * kStripe;
        size -= 3 * kStripe;
    }
    while (size >= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        c = _mm_crc32_u64(c, v);
        p += 8;
        size -= 8;
    }
    while (size > 0) {
        c = _mm_crc32_u8(static_cast<std::uint32_t>(c), *p++);
        --size;
    }
    return ~static_cast<std::uint32_t>(c);
}

bool cpuHasSse42()
{
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

} // namespace

std::uint32_t extendCrc32cPortable(std::uint32_t crc, const void *data, std::size_t size)
{
    auto p = static_cast<const std::uint8_t *>(data);
    std::uint32_t c = ~crc;
    while (size >= 8) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + 4, 4);
        if constexpr (std::endian::native == std::endian::big) {
            lo = __builtin_bswap32(lo);
            hi = __builtin_bswap32(hi);
        }
        lo ^= c;
        c = kTables[7][lo & 0xff] ^ kTables[6][(lo >> 8) & 0xff] ^ kTables[5][(lo >> 16) & 0xff] ^
            kTables[4][lo >> 24] ^ kTables[3][hi & 0xff] ^ kTables[2][(hi >> 8) & 0xff] ^
            kTables[1][(hi >> 16) & 0xff] ^ kTables[0][hi >> 24];
        p += 8;
        size -= 8;
    }
    while (size-- > 0)
        c = kTables[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    return ~c;
}

std::uint32_t extendCrc32c(std::uint32_t crc, const void *data, std::size_t size)
{
#ifdef ES_CRC32C_X86
    if (cpuHasSse42())
        return extendHardware(crc, data, size);
#endif
    return extendCrc32cPortable(crc, data, size);
}

const char *crc32cImplementation()
{
#ifdef ES_CRC32C_X86
    if (cpuHasSse42())
        return "sse4.2";
#endif
    return "portable";
}

} // namespace es
