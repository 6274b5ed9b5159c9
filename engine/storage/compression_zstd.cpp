// zstd as Kafka writes it: one zstd frame, at Kafka's default level.

#include "storage/compression_codecs.h"

#include <zstd.h>

#include <string>

namespace es::codec {

namespace {

// compression.zstd.level defaults to 3 in Kafka, which is also zstd's own default.
constexpr int kLevel = 3;

Status zstdError(std::string_view what, std::size_t rc)
{
    return Status::corruption("zstd: " + std::string(what) + ": " + ZSTD_getErrorName(rc));
}

// Frees the decompression context however the decoder returns.
class DecompressionContext {
public:
    DecompressionContext() : m_ctx(ZSTD_createDCtx()) {}
    ~DecompressionContext() { ZSTD_freeDCtx(m_ctx); }
    DecompressionContext(const DecompressionContext &) = delete;
    DecompressionContext &operator=(const DecompressionContext &) = delete;

    ZSTD_DCtx *get() { return m_ctx; }

private:
    ZSTD_DCtx *m_ctx;
};

} // namespace

Status zstdCompress(ByteView in, Bytes &out)
{
    const std::size_t base = out.size();
    out.resize(base + ZSTD_compressBound(in.size()));
    const std::size_t n =
        ZSTD_compress(out.data() + base, out.size() - base, nonNullData(in), in.size(), kLevel);
    if (ZSTD_isError(n))
        return Status::ioError(std::string("zstd: compression failed: ") + ZSTD_getErrorName(n));
    out.resize(base + n);
    return Status::ok();
}

Status zstdDecompress(ByteView in, Bytes &out, std::size_t maxOutput)
{
    if (in.empty())
        return Status::corruption("zstd: empty input");

    // Java's zstd-jni streams, and may leave the content size out of the frame header;
    // when it is there, it sizes the first allocation and refuses a bomb before any work.
    std::size_t sizeHint = 0;
    const unsigned long long declared = ZSTD_getFrameContentSize(in.data(), in.size());
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR) {
        if (declared > maxOutput)
            return outputLimitExceeded("zstd", maxOutput);
        sizeHint = static_cast<std::size_t>(declared);
    }

    DecompressionContext ctx;
    if (ctx.get() == nullptr)
        return Status::ioError("zstd: cannot start the decompressor");

    DecodeBuffer buffer(out, maxOutput, sizeHint);
    ZSTD_inBuffer input{in.data(), in.size(), 0};
    while (true) {
        const std::span<std::uint8_t> room = buffer.room();
        ZSTD_outBuffer output{room.data(), room.size(), 0};
        const std::size_t readBefore = input.pos;
        // Returns 0 once a frame is complete and flushed, else a hint of input wanted.
        const std::size_t rc = ZSTD_decompressStream(ctx.get(), &output, &input);
        if (ZSTD_isError(rc))
            return zstdError("malformed frame", rc);
        buffer.commit(output.pos);
        if (buffer.exceeded())
            return outputLimitExceeded("zstd", maxOutput);
        const bool inputLeft = input.pos < input.size;
        if (rc == 0 && !inputLeft)
            return Status::ok();
        // After a complete frame the decoder starts the next one, so concatenated frames
        // (and skippable frames between them) decode as one stream.
        if (rc != 0 && !inputLeft && output.pos < output.size)
            return Status::corruption("zstd: truncated frame");
        if (input.pos == readBefore && output.pos == 0)
            return Status::corruption("zstd: decoder made no progress");
    }
}

} // namespace es::codec
