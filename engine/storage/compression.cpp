#include "storage/compression.h"

#include "storage/compression_codecs.h"

#include <array>
#include <string>

namespace es {

namespace {

struct CodecName {
    Compression codec;
    std::string_view name;
};

constexpr std::array<CodecName, 5> kNames{{
    {Compression::None, "none"},
    {Compression::Gzip, "gzip"},
    {Compression::Snappy, "snappy"},
    {Compression::Lz4, "lz4"},
    {Compression::Zstd, "zstd"},
}};

// The codec comes from three attribute bits of a batch, so values 5..7 reach us too.
Status unknownCodec(Compression codec)
{
    return Status::unsupported("unknown compression codec " + std::to_string(static_cast<int>(codec)));
}

} // namespace

std::string_view compressionName(Compression c)
{
    for (const CodecName &n : kNames) {
        if (n.codec == c)
            return n.name;
    }
    return "unknown";
}

Result<Compression> parseCompression(std::string_view name)
{
    for (const CodecName &n : kNames) {
        if (n.name == name)
            return n.codec;
    }
    return Status::invalidArgument("unknown compression type '" + std::string(name) +
                                   "' (expected none, gzip, snappy, lz4 or zstd)");
}

Status compress(Compression codec, ByteView in, Bytes &out)
{
    const std::size_t base = out.size();
    Status s;
    switch (codec) {
    case Compression::None: out.insert(out.end(), in.begin(), in.end()); return Status::ok();
    case Compression::Gzip: s = codec::gzipCompress(in, out); break;
    case Compression::Snappy: s = codec::snappyCompress(in, out); break;
    case Compression::Lz4: s = codec::lz4Compress(in, out); break;
    case Compression::Zstd: s = codec::zstdCompress(in, out); break;
    default: return unknownCodec(codec);
    }
    if (!s.isOk())
        out.resize(base);
    return s;
}

Status decompress(Compression codec, ByteView in, Bytes &out, std::size_t maxOutput)
{
    const std::size_t base = out.size();
    Status s;
    switch (codec) {
    case Compression::None:
        if (in.size() > maxOutput)
            return codec::outputLimitExceeded("none", maxOutput);
        out.insert(out.end(), in.begin(), in.end());
        return Status::ok();
    case Compression::Gzip: s = codec::gzipDecompress(in, out, maxOutput); break;
    case Compression::Snappy: s = codec::snappyDecompress(in, out, maxOutput); break;
    case Compression::Lz4: s = codec::lz4Decompress(in, out, maxOutput); break;
    case Compression::Zstd: s = codec::zstdDecompress(in, out, maxOutput); break;
    default: return unknownCodec(codec);
    }
    // A caller that skips a corrupt batch keeps what it had decoded before it, untouched.
    if (!s.isOk())
        out.resize(base);
    return s;
}

namespace codec {

Status outputLimitExceeded(std::string_view codecName, std::size_t maxOutput)
{
    return Status::corruption(std::string(codecName) + ": decompressed data exceeds the limit of " +
                              std::to_string(maxOutput) + " bytes");
}

} // namespace codec

} // namespace es
