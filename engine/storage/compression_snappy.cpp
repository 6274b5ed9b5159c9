// snappy as Kafka's Java client writes it: snappy-java's SnappyOutputStream, the
// "xerial" framing. A 16-byte header, then blocks of [int32 BE length][raw snappy block],
// each block compressing up to 32 KiB of input. Other clients (librdkafka among them)
// may send a single raw snappy block instead, so both are read.

#include "storage/compression_codecs.h"

#include <snappy.h>

#include <array>
#include <string>

namespace es::codec {

namespace {

constexpr std::array<std::uint8_t, 8> kXerialMagic{0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0x00};
constexpr std::int32_t kXerialVersion = 1;
constexpr std::int32_t kXerialCompatibleVersion = 1;
constexpr std::size_t kXerialHeaderSize = kXerialMagic.size() + 8;
// SnappyOutputStream's default block size, which Kafka's producer keeps.
constexpr std::size_t kXerialBlockSize = 32 * 1024;

const char *chars(const std::uint8_t *p) { return reinterpret_cast<const char *>(p); }
char *chars(std::uint8_t *p) { return reinterpret_cast<char *>(p); }

bool startsWithXerialHeader(ByteView in)
{
    return in.size() >= kXerialMagic.size() &&
           std::equal(kXerialMagic.begin(), kXerialMagic.end(), in.begin());
}

// Decodes one raw snappy block (its own length prefix included) onto the end of `out`.
Status uncompressBlock(ByteView block, Bytes &out, std::size_t &produced, std::size_t maxOutput)
{
    std::size_t length = 0;
    if (!snappy::GetUncompressedLength(chars(block.data()), block.size(), &length))
        return Status::corruption("snappy: malformed block header");
    if (length > maxOutput - produced)
        return outputLimitExceeded("snappy", maxOutput);
    const std::size_t at = out.size();
    out.resize(at + length);
    if (!snappy::RawUncompress(chars(block.data()), block.size(), chars(out.data() + at)))
        return Status::corruption("snappy: malformed block");
    produced += length;
    return Status::ok();
}

Status decompressXerial(ByteView in, Bytes &out, std::size_t maxOutput)
{
    BufferReader reader(in);
    std::size_t produced = 0;
    while (reader.remaining() > 0) {
        // snappy-java reads a stream that continues with another header (two xerial
        // streams written back to back), so we do too. A header can never be mistaken for
        // a block length: its first byte makes the int32 negative.
        if (startsWithXerialHeader(reader.rest())) {
            // The two versions are 1 in every stream written so far; snappy-java itself
            // reads them without acting on them, so we only skip them.
            reader.skip(kXerialHeaderSize);
            if (!reader.ok())
                return Status::corruption("snappy: truncated xerial header");
            continue;
        }
        const auto length = reader.get<std::int32_t>();
        if (!reader.ok())
            return Status::corruption("snappy: truncated xerial block length");
        if (length < 0 || static_cast<std::size_t>(length) > reader.remaining())
            return Status::corruption("snappy: xerial block length " + std::to_string(length) +
                                      " exceeds the " + std::to_string(reader.remaining()) + " bytes left");
        ES_RETURN_IF_ERROR(
            uncompressBlock(reader.getBytes(static_cast<std::size_t>(length)), out, produced, maxOutput));
    }
    return Status::ok();
}

} // namespace

Status snappyCompress(ByteView in, Bytes &out)
{
    BufferWriter writer(out);
    writer.putBytes(ByteView(kXerialMagic));
    writer.put<std::int32_t>(kXerialVersion);
    writer.put<std::int32_t>(kXerialCompatibleVersion);
    for (std::size_t pos = 0; pos < in.size(); pos += kXerialBlockSize) {
        const ByteView block = in.subspan(pos, std::min(kXerialBlockSize, in.size() - pos));
        const std::size_t lengthAt = out.size();
        out.resize(lengthAt + 4 + snappy::MaxCompressedLength(block.size()));
        std::size_t length = 0;
        snappy::RawCompress(chars(block.data()), block.size(), chars(out.data() + lengthAt + 4), &length);
        out.resize(lengthAt + 4 + length);
        writer.patch<std::int32_t>(lengthAt, static_cast<std::int32_t>(length));
    }
    return Status::ok();
}

Status snappyDecompress(ByteView in, Bytes &out, std::size_t maxOutput)
{
    if (in.empty())
        return Status::corruption("snappy: empty input");
    if (startsWithXerialHeader(in))
        return decompressXerial(in, out, maxOutput);
    std::size_t produced = 0;
    return uncompressBlock(in, out, produced, maxOutput);
}

} // namespace es::codec
