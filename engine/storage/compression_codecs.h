#pragma once

// What the codec files share behind compression.h: one compress/decompress pair per
// codec, and the bounded output buffer their streaming decoders write into. Nothing
// outside engine/storage/compression*.cpp includes this.

#include "common/buffer.h"
#include "common/status.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string_view>

namespace es::codec {

// Each pair appends to `out`. On failure `out` may hold a partial result; compress() and
// decompress() in compression.cpp cut it back.
Status gzipCompress(ByteView in, Bytes &out);
Status gzipDecompress(ByteView in, Bytes &out, std::size_t maxOutput);
Status snappyCompress(ByteView in, Bytes &out);
Status snappyDecompress(ByteView in, Bytes &out, std::size_t maxOutput);
Status lz4Compress(ByteView in, Bytes &out);
Status lz4Decompress(ByteView in, Bytes &out, std::size_t maxOutput);
Status zstdCompress(ByteView in, Bytes &out);
Status zstdDecompress(ByteView in, Bytes &out, std::size_t maxOutput);

// Some C decoders reject a null source pointer even with a zero length, and an empty
// span may have one.
inline const std::uint8_t *nonNullData(ByteView in)
{
    static constexpr std::uint8_t kNothing = 0;
    return in.empty() ? &kNothing : in.data();
}

// The output side of a streaming decoder. It appends to `out`, growing it whenever the
// decoder has filled the room it was given, and never offers room past maxOutput + 1
// bytes: that one extra byte is how "exactly maxOutput" is told apart from "more".
// The destructor trims `out` to what was produced, whichever way the decoder returns.
class DecodeBuffer {
public:
    // `sizeHint` is the expected output size if the format announces it (0 if not); it
    // only sets the first allocation.
    DecodeBuffer(Bytes &out, std::size_t maxOutput, std::size_t sizeHint)
        : m_out(out),
          m_base(out.size()),
          m_maxOutput(maxOutput),
          m_capacity(maxOutput == std::numeric_limits<std::size_t>::max() ? maxOutput : maxOutput + 1),
          m_nextStep(std::max(sizeHint, kMinStep))
    {}
    DecodeBuffer(const DecodeBuffer &) = delete;
    DecodeBuffer &operator=(const DecodeBuffer &) = delete;
    ~DecodeBuffer() { m_out.resize(m_base + m_produced); }

    // Free space after what was produced so far; never empty while !exceeded().
    std::span<std::uint8_t> room()
    {
        std::size_t free = m_out.size() - m_base - m_produced;
        if (free == 0) {
            // Doubling keeps the cost of the zero-filling resize linear in the output.
            free = std::min(std::max(m_nextStep, m_produced), m_capacity - m_produced);
            m_nextStep = kMinStep;
            m_out.resize(m_out.size() + free);
        }
        return {m_out.data() + m_base + m_produced, free};
    }

    // Records that the decoder wrote `n` bytes at the start of the last room().
    void commit(std::size_t n) { m_produced += n; }

    [[nodiscard]] bool exceeded() const { return m_produced > m_maxOutput; }

private:
    static constexpr std::size_t kMinStep = 64 * 1024;

    Bytes &m_out;
    const std::size_t m_base;
    const std::size_t m_maxOutput;
    const std::size_t m_capacity;
    std::size_t m_nextStep;
    std::size_t m_produced = 0;
};

// The message every codec gives when a decoder outgrows its limit.
Status outputLimitExceeded(std::string_view codec, std::size_t maxOutput);

} // namespace es::codec
