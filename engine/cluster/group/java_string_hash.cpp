#include "cluster/group/java_string_hash.h"

namespace es {
namespace {

constexpr std::uint32_t kReplacement = 0xFFFD;

// Decodes one code point at `s[i]`, advancing `i` past it (or past the maximal ill-formed
// subsequence, which yields U+FFFD).
std::uint32_t nextCodePoint(std::string_view s, std::size_t &i)
{
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    const std::uint8_t b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    std::size_t length = 0;
    std::uint8_t lo = 0x80;
    std::uint8_t hi = 0xBF;
    std::uint32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0)
            lo = 0xA0; // no overlong forms
        if (b0 == 0xED)
            hi = 0x9F; // no surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07u;
        if (b0 == 0xF0)
            lo = 0x90;
        if (b0 == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        ++i;
        return kReplacement;
    }
    for (std::size_t k = 1; k < length; ++k) {
        const std::uint8_t lower = k == 1 ? lo : 0x80;
        const std::uint8_t upper = k == 1 ? hi : 0xBF;
        if (i + k >= s.size() || byte(i + k) < lower || byte(i + k) > upper) {
            i += k;
            return kReplacement;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    i += length;
    return cp;
}

} // namespace

std::int32_t javaStringHashCode(std::string_view utf8)
{
    std::uint32_t h = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const std::uint32_t cp = nextCodePoint(utf8, i);
        if (cp >= 0x10000) {
            const std::uint32_t v = cp - 0x10000;
            h = 31 * h + (0xD800 + (v >> 10));
            h = 31 * h + (0xDC00 + (v & 0x3FF));
        } else {
            h = 31 * h + cp;
        }
    }
    return static_cast<std::int32_t>(h);
}

} // namespace es
