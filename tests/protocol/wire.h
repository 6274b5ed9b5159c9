#pragma once

// Writes expected wire bytes by hand in tests: hex byte pairs separated by spaces, and
// 'quoted' ASCII text, e.g. wire("00 07 'rdkafka' ff ff").

#include "common/buffer.h"

#include <stdexcept>
#include <string_view>

namespace es::protocol::test {

inline Bytes wire(std::string_view spec)
{
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        throw std::invalid_argument("bad hex digit in wire spec");
    };
    Bytes out;
    for (std::size_t i = 0; i < spec.size();) {
        const char c = spec[i];
        if (c == ' ' || c == '\n') {
            ++i;
        } else if (c == '\'') {
            const std::size_t end = spec.find('\'', i + 1);
            if (end == std::string_view::npos)
                throw std::invalid_argument("unterminated text in wire spec");
            for (std::size_t j = i + 1; j < end; ++j)
                out.push_back(static_cast<std::uint8_t>(spec[j]));
            i = end + 1;
        } else {
            if (i + 1 >= spec.size())
                throw std::invalid_argument("odd hex digit in wire spec");
            out.push_back(static_cast<std::uint8_t>(nibble(c) * 16 + nibble(spec[i + 1])));
            i += 2;
        }
    }
    return out;
}

// The frame without its 4-byte size prefix.
inline ByteView payload(const Bytes &frame) { return ByteView(frame).subspan(4); }

} // namespace es::protocol::test
