#include "storage/segment_scanner.h"

#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

#include <algorithm>

namespace es {

namespace {

constexpr std::size_t kValidateChunk = 8u << 20;
constexpr std::size_t kHeaderChunk = 64u << 10;

std::string where(const File &file, std::uint64_t pos)
{
    return file.path().string() + " at byte " + std::to_string(pos);
}

} // namespace

SegmentScanner::SegmentScanner(const File &file, std::uint64_t fileSize, Mode mode)
    : m_file(file), m_fileSize(fileSize), m_mode(mode)
{
}

Result<bool> SegmentScanner::ensure(std::uint64_t pos, std::size_t len)
{
    if (pos + len > m_fileSize)
        return false;
    if (pos >= m_bufStart && pos + len <= m_bufStart + m_bufLen)
        return true;
    const std::size_t chunk = m_mode == Mode::Validate ? kValidateChunk : kHeaderChunk;
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(std::max(chunk, len), m_fileSize - pos));
    if (m_buf.size() < want)
        m_buf.resize(want);
    auto n = m_file.readAt(pos, std::span(m_buf.data(), want));
    if (!n)
        return n.status();
    m_bufStart = pos;
    m_bufLen = *n;
    return *n >= len;
}

SegmentScanner::Outcome SegmentScanner::scan(std::uint64_t fromPosition, std::int64_t minOffset,
                                             const Visitor &visit)
{
    Outcome out;
    out.validEnd = fromPosition;
    std::uint64_t pos = fromPosition;
    std::int64_t expectAtLeast = minOffset;
    while (pos < m_fileSize) {
        auto have = ensure(pos, batch::kHeaderSize);
        if (!have) {
            out.stopReason = have.status();
            return out;
        }
        if (!*have) {
            // Too little is left to read a base offset from: name the offset the log ends at.
            out.stopReason = Status::corruption("torn batch header at next offset " +
                                                std::to_string(expectAtLeast) + " in " + where(m_file, pos) +
                                                ": only " + std::to_string(m_fileSize - pos) + " bytes left");
            return out;
        }
        const ByteView headerBytes(m_buf.data() + (pos - m_bufStart), batch::kHeaderSize);
        auto header = parseBatchHeader(headerBytes);
        if (!header) {
            out.stopReason = Status::corruption("bad batch in " + where(m_file, pos) + ": " + header.status().message());
            return out;
        }
        const std::uint64_t size = header->totalSize();
        if (header->baseOffset < expectAtLeast) {
            out.stopReason = Status::corruption("batch in " + where(m_file, pos) + " has base offset " +
                                                std::to_string(header->baseOffset) + ", expected at least " +
                                                std::to_string(expectAtLeast));
            return out;
        }
        if (pos + size > m_fileSize) {
            out.stopReason = Status::corruption("torn batch at offset " + std::to_string(header->baseOffset) + " in " +
                                                where(m_file, pos) + ": needs " + std::to_string(size) +
                                                " bytes, file ends after " + std::to_string(m_fileSize - pos));
            return out;
        }
        if (m_mode == Mode::Validate) {
            auto whole = ensure(pos, static_cast<std::size_t>(size));
            if (!whole || !*whole) {
                out.stopReason = whole ? Status::corruption("short read in " + where(m_file, pos)) : whole.status();
                return out;
            }
            const ByteView batchBytes(m_buf.data() + (pos - m_bufStart), static_cast<std::size_t>(size));
            if (!crcMatches(batchBytes)) {
                out.stopReason = Status::corruption("CRC mismatch in batch at offset " +
                                                    std::to_string(header->baseOffset) + " in " + where(m_file, pos));
                return out;
            }
        }
        if (visit && !visit(pos, *header))
            return out;
        pos += size;
        out.validEnd = pos;
        out.nextOffset = header->nextOffset();
        expectAtLeast = out.nextOffset;
        ++out.batches;
    }
    return out;
}

} // namespace es
