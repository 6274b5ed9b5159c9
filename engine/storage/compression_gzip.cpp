// gzip as Kafka's Java client writes it (GZIPOutputStream): RFC 1952 members around a
// deflate stream.

#include "storage/compression_codecs.h"

#include <zlib.h>

#include <string>

namespace es::codec {

namespace {

// zlib counts in uInt, so inputs and outputs beyond 4 GiB are fed in pieces.
constexpr std::size_t kMaxChunk = std::numeric_limits<uInt>::max();

constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip wrapper
constexpr int kAutoWindowBits = 15 + 32; // 32 KiB window, gzip or zlib wrapper detected

uInt chunk(std::size_t n) { return static_cast<uInt>(std::min(n, kMaxChunk)); }

Bytef *writable(const std::uint8_t *p)
{
    // zlib's next_in is not const only for old API compatibility; it never writes there.
    return const_cast<Bytef *>(p);
}

Status gzipError(std::string_view what, const z_stream &s, int rc)
{
    std::string msg = "gzip: ";
    msg += what;
    msg += ": ";
    msg += s.msg != nullptr ? s.msg : zError(rc);
    return Status::corruption(std::move(msg));
}

} // namespace

Status gzipCompress(ByteView in, Bytes &out)
{
    z_stream s{};
    int rc = deflateInit2(&s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY);
    if (rc != Z_OK)
        return Status::ioError(std::string("gzip: cannot start the compressor: ") + zError(rc));

    const std::size_t base = out.size();
    out.resize(base + deflateBound(&s, in.size()));
    std::size_t readPos = 0;
    std::size_t writePos = base;
    do {
        if (s.avail_in == 0) {
            s.next_in = writable(in.data() + readPos);
            s.avail_in = chunk(in.size() - readPos);
            readPos += s.avail_in;
        }
        // deflateBound() covers the whole stream; growing is only a guard against a
        // zlib that disagrees, so that the loop cannot spin on a full buffer.
        if (writePos == out.size())
            out.resize(out.size() + 64 * 1024);
        s.next_out = out.data() + writePos;
        s.avail_out = chunk(out.size() - writePos);
        const uInt room = s.avail_out;
        rc = deflate(&s, readPos == in.size() ? Z_FINISH : Z_NO_FLUSH);
        writePos += room - s.avail_out;
    } while (rc == Z_OK || rc == Z_BUF_ERROR);
    deflateEnd(&s);
    out.resize(writePos);
    if (rc != Z_STREAM_END)
        return Status::ioError(std::string("gzip: compression failed: ") + zError(rc));
    return Status::ok();
}

Status gzipDecompress(ByteView in, Bytes &out, std::size_t maxOutput)
{
    if (in.empty())
        return Status::corruption("gzip: empty input");

    z_stream s{};
    int rc = inflateInit2(&s, kAutoWindowBits);
    if (rc != Z_OK)
        return Status::ioError(std::string("gzip: cannot start the decompressor: ") + zError(rc));

    DecodeBuffer buffer(out, maxOutput, 0);
    std::size_t readPos = 0;
    Status status;
    while (true) {
        if (s.avail_in == 0 && readPos < in.size()) {
            s.next_in = writable(in.data() + readPos);
            s.avail_in = chunk(in.size() - readPos);
            readPos += s.avail_in;
        }
        const std::span<std::uint8_t> room = buffer.room();
        s.next_out = room.data();
        s.avail_out = chunk(room.size());
        const uInt given = s.avail_out;
        rc = inflate(&s, Z_NO_FLUSH);
        buffer.commit(given - s.avail_out);
        if (buffer.exceeded()) {
            status = outputLimitExceeded("gzip", maxOutput);
            break;
        }
        const bool inputLeft = s.avail_in > 0 || readPos < in.size();
        if (rc == Z_STREAM_END) {
            if (!inputLeft)
                break;
            // Another member follows, as in a concatenation of gzip files.
            rc = inflateReset(&s);
            if (rc != Z_OK) {
                status = gzipError("cannot start the next member", s, rc);
                break;
            }
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            status = gzipError("malformed stream", s, rc);
            break;
        }
        // With input left and room given, inflate always moves; without input, a stream
        // that stops short of its end (room left over, or no progress at all) is cut off.
        if (!inputLeft && (s.avail_out > 0 || rc == Z_BUF_ERROR)) {
            status = Status::corruption("gzip: truncated stream");
            break;
        }
        if (inputLeft && rc == Z_BUF_ERROR) {
            status = gzipError("decoder made no progress", s, rc);
            break;
        }
    }
    inflateEnd(&s);
    return status;
}

} // namespace es::codec
