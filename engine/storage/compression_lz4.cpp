// lz4 as Kafka writes it for magic 2 batches: one standard LZ4 frame.

#include "storage/compression_codecs.h"

#include <lz4frame.h>

#include <string>

namespace es::codec {

namespace {

Status lz4Error(std::string_view what, std::size_t rc)
{
    return Status::corruption("lz4: " + std::string(what) + ": " + LZ4F_getErrorName(rc));
}

// Frees the decompression context however the decoder returns.
class DecompressionContext {
public:
    DecompressionContext() { m_rc = LZ4F_createDecompressionContext(&m_ctx, LZ4F_VERSION); }
    ~DecompressionContext() { LZ4F_freeDecompressionContext(m_ctx); }
    DecompressionContext(const DecompressionContext &) = delete;
    DecompressionContext &operator=(const DecompressionContext &) = delete;

    [[nodiscard]] std::size_t createResult() const { return m_rc; }
    LZ4F_dctx *get() { return m_ctx; }

private:
    LZ4F_dctx *m_ctx = nullptr;
    std::size_t m_rc = 0;
};

} // namespace

Status lz4Compress(ByteView in, Bytes &out)
{
    LZ4F_preferences_t prefs = LZ4F_INIT_PREFERENCES;
    // Kafka's Java reader (KafkaLZ4BlockInputStream) decodes each block on its own, so
    // blocks must not refer back to earlier ones; 64 KiB is the block size Java writes.
    prefs.frameInfo.blockSizeID = LZ4F_max64KB;
    prefs.frameInfo.blockMode = LZ4F_blockIndependent;

    const std::size_t base = out.size();
    out.resize(base + LZ4F_compressFrameBound(in.size(), &prefs));
    const std::size_t n =
        LZ4F_compressFrame(out.data() + base, out.size() - base, nonNullData(in), in.size(), &prefs);
    if (LZ4F_isError(n))
        return Status::ioError(std::string("lz4: compression failed: ") + LZ4F_getErrorName(n));
    out.resize(base + n);
    return Status::ok();
}

Status lz4Decompress(ByteView in, Bytes &out, std::size_t maxOutput)
{
    if (in.empty())
        return Status::corruption("lz4: empty input");

    DecompressionContext ctx;
    if (LZ4F_isError(ctx.createResult()))
        return Status::ioError(std::string("lz4: cannot start the decompressor: ") +
                               LZ4F_getErrorName(ctx.createResult()));

    DecodeBuffer buffer(out, maxOutput, 0);
    std::size_t readPos = 0;
    while (true) {
        const std::span<std::uint8_t> room = buffer.room();
        std::size_t written = room.size();
        std::size_t read = in.size() - readPos;
        // Returns 0 once a frame is complete and flushed, else how much input it wants.
        const std::size_t rc =
            LZ4F_decompress(ctx.get(), room.data(), &written, in.data() + readPos, &read, nullptr);
        if (LZ4F_isError(rc))
            return lz4Error("malformed frame", rc);
        readPos += read;
        buffer.commit(written);
        if (buffer.exceeded())
            return outputLimitExceeded("lz4", maxOutput);
        const bool inputLeft = readPos < in.size();
        if (rc == 0 && !inputLeft)
            return Status::ok();
        // After a complete frame the context starts over, so concatenated frames (and
        // skippable frames between them) decode as one stream.
        if (rc != 0 && !inputLeft && written < room.size())
            return Status::corruption("lz4: truncated frame");
        if (read == 0 && written == 0)
            return Status::corruption("lz4: decoder made no progress");
    }
}

} // namespace es::codec
