#pragma once

#include "common/byte_order.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace es {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t *>(s.data()), s.size()};
}

inline std::string_view asChars(ByteView b)
{
    return {reinterpret_cast<const char *>(b.data()), b.size()};
}

// Appends big-endian integers and raw bytes to a growing byte vector.
class BufferWriter {
public:
    explicit BufferWriter(Bytes &out) : m_out(out) {}

    template <typename T>
    void put(T v)
    {
        const std::size_t at = m_out.size();
        m_out.resize(at + sizeof(T));
        storeBigEndian<T>(m_out.data() + at, v);
    }
    void putBytes(ByteView b) { m_out.insert(m_out.end(), b.begin(), b.end()); }
    void putBytes(std::string_view s) { putBytes(asBytes(s)); }

    // Overwrites a value written earlier (a length or CRC known only at the end).
    template <typename T>
    void patch(std::size_t at, T v)
    {
        storeBigEndian<T>(m_out.data() + at, v);
    }

    [[nodiscard]] std::size_t size() const { return m_out.size(); }
    Bytes &bytes() { return m_out; }

private:
    Bytes &m_out;
};

// Reads big-endian integers and byte ranges from a view. Every read is bounds-checked;
// after the first failed read the reader stays failed and returns zeros, so a caller can
// decode a whole structure and check ok() once.
class BufferReader {
public:
    explicit BufferReader(ByteView data) : m_data(data) {}

    template <typename T>
    T get()
    {
        if (!need(sizeof(T)))
            return T{};
        T v = loadBigEndian<T>(m_data.data() + m_pos);
        m_pos += sizeof(T);
        return v;
    }

    ByteView getBytes(std::size_t n)
    {
        if (!need(n))
            return {};
        ByteView v = m_data.subspan(m_pos, n);
        m_pos += n;
        return v;
    }

    void skip(std::size_t n)
    {
        if (need(n))
            m_pos += n;
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    void fail() { m_failed = true; }
    [[nodiscard]] std::size_t position() const { return m_pos; }
    [[nodiscard]] std::size_t remaining() const { return m_failed ? 0 : m_data.size() - m_pos; }
    [[nodiscard]] ByteView rest() const { return m_failed ? ByteView{} : m_data.subspan(m_pos); }

private:
    bool need(std::size_t n)
    {
        if (m_failed || m_data.size() - m_pos < n) {
            m_failed = true;
            return false;
        }
        return true;
    }

    ByteView m_data;
    std::size_t m_pos = 0;
    bool m_failed = false;
};

} // namespace es
