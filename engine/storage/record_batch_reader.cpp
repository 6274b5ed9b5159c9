#include "storage/record_batch_reader.h"

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "common/varint.h"

#include <cstdio>
#include <limits>
#include <string>

namespace es {

namespace {

// The smallest record after its length: attributes, timestamp delta, offset delta, key
// length, value length, header count, one byte each.
constexpr std::int32_t kMinRecordBody = 6;

// Zig-zag varint readers over [p, end), inline with one- and two-byte fast paths
// because the record loop runs them several times per record (a 100-byte value's length
// and a record's length take two bytes). They advance `p` only on success and fail on
// truncation or on more bytes than the type allows (as getVarint() does).
inline bool readVarint(const std::uint8_t *&p, const std::uint8_t *end, std::int32_t &out)
{
    if (p < end && *p < 0x80) [[likely]] {
        out = zigZagDecode32(*p);
        ++p;
        return true;
    }
    if (end - p >= 2 && p[1] < 0x80) {
        out = zigZagDecode32((static_cast<std::uint32_t>(p[0]) & 0x7f) | (static_cast<std::uint32_t>(p[1]) << 7));
        p += 2;
        return true;
    }
    std::uint32_t v = 0;
    const std::uint8_t *q = p;
    for (unsigned shift = 0; shift < 7 * kMaxVarint32Bytes; shift += 7) {
        if (q == end)
            return false;
        const std::uint8_t b = *q++;
        v |= static_cast<std::uint32_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
            out = zigZagDecode32(v);
            p = q;
            return true;
        }
    }
    return false;
}

inline bool readVarlong(const std::uint8_t *&p, const std::uint8_t *end, std::int64_t &out)
{
    if (p < end && *p < 0x80) [[likely]] {
        out = zigZagDecode64(*p);
        ++p;
        return true;
    }
    std::uint64_t v = 0;
    const std::uint8_t *q = p;
    for (unsigned shift = 0; shift < 7 * kMaxVarint64Bytes; shift += 7) {
        if (q == end)
            return false;
        const std::uint8_t b = *q++;
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
            out = zigZagDecode64(v);
            p = q;
            return true;
        }
    }
    return false;
}

// Reads a length-prefixed field that may be null (-1). `p` stays within [p, end).
inline bool readBytesField(const std::uint8_t *&p, const std::uint8_t *end, std::optional<ByteView> &out)
{
    std::int32_t n = 0;
    if (!readVarint(p, end, n) || n < -1 || n > end - p)
        return false;
    if (n < 0) {
        out.reset();
    } else {
        out.emplace(p, static_cast<std::size_t>(n));
        p += n;
    }
    return true;
}

// Skips one header: a non-null key and a value that may be null.
inline bool skipHeader(const std::uint8_t *&p, const std::uint8_t *end)
{
    std::int32_t keyLength = 0;
    if (!readVarint(p, end, keyLength) || keyLength < 0 || keyLength > end - p)
        return false;
    p += keyLength;
    std::int32_t valueLength = 0;
    if (!readVarint(p, end, valueLength) || valueLength < -1 || valueLength > end - p)
        return false;
    if (valueLength > 0)
        p += valueLength;
    return true;
}

std::string batchPrefix(std::int64_t baseOffset)
{
    return "record batch at offset " + std::to_string(baseOffset) + ": ";
}

std::string hex32(std::uint32_t v)
{
    char buf[11];
    std::snprintf(buf, sizeof buf, "0x%08x", v);
    return buf;
}

std::uint32_t computeCrc(ByteView wholeBatch)
{
    return crc32c(wholeBatch.data() + batch::kAttributesAt, wholeBatch.size() - batch::kAttributesAt);
}

// Wrapping addition: fields of a corrupt batch must not make the decoder's arithmetic
// undefined.
inline std::int64_t addWrapping(std::int64_t a, std::int64_t b)
{
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}

} // namespace

Result<BatchHeader> parseBatchHeader(ByteView data)
{
    if (data.size() < batch::kHeaderSize) {
        std::string where = data.size() >= sizeof(std::int64_t)
                                ? batchPrefix(loadBigEndian<std::int64_t>(data.data() + batch::kBaseOffsetAt))
                                : std::string("record batch: ");
        return Status::corruption(where + "header truncated to " + std::to_string(data.size()) + " of " +
                                  std::to_string(batch::kHeaderSize) + " bytes");
    }
    const std::uint8_t *b = data.data();
    BatchHeader h;
    h.baseOffset = loadBigEndian<std::int64_t>(b + batch::kBaseOffsetAt);
    h.length = loadBigEndian<std::int32_t>(b + batch::kLengthAt);
    h.partitionLeaderEpoch = loadBigEndian<std::int32_t>(b + batch::kPartitionLeaderEpochAt);
    h.magic = loadBigEndian<std::int8_t>(b + batch::kMagicAt);
    h.crc = loadBigEndian<std::uint32_t>(b + batch::kCrcAt);
    h.attributes = loadBigEndian<std::int16_t>(b + batch::kAttributesAt);
    h.lastOffsetDelta = loadBigEndian<std::int32_t>(b + batch::kLastOffsetDeltaAt);
    h.baseTimestamp = loadBigEndian<std::int64_t>(b + batch::kBaseTimestampAt);
    h.maxTimestamp = loadBigEndian<std::int64_t>(b + batch::kMaxTimestampAt);
    h.producerId = loadBigEndian<std::int64_t>(b + batch::kProducerIdAt);
    h.producerEpoch = loadBigEndian<std::int16_t>(b + batch::kProducerEpochAt);
    h.baseSequence = loadBigEndian<std::int32_t>(b + batch::kBaseSequenceAt);
    h.recordCount = loadBigEndian<std::int32_t>(b + batch::kRecordCountAt);

    const auto corrupt = [&](const std::string &what) {
        return Status::corruption(batchPrefix(h.baseOffset) + what);
    };
    constexpr auto kMinLength = static_cast<std::int32_t>(batch::kHeaderSize - batch::kLogOverhead);

    if (h.magic != batch::kMagic)
        return corrupt("magic " + std::to_string(h.magic) + ", expected " + std::to_string(batch::kMagic));
    if (h.length < kMinLength || h.length > batch::kMaxBatchSize)
        return corrupt("length " + std::to_string(h.length) + " outside " + std::to_string(kMinLength) +
                       ".." + std::to_string(batch::kMaxBatchSize));
    if ((h.attributes & batch::kCompressionMask) > static_cast<int>(Compression::Zstd))
        return corrupt("unknown compression codec " + std::to_string(h.attributes & batch::kCompressionMask));
    if (h.recordCount < 0)
        return corrupt("negative record count " + std::to_string(h.recordCount));
    if (h.lastOffsetDelta < 0)
        return corrupt("negative last offset delta " + std::to_string(h.lastOffsetDelta));
    // Offset deltas are distinct and within 0..LastOffsetDelta.
    if (static_cast<std::int64_t>(h.recordCount) > static_cast<std::int64_t>(h.lastOffsetDelta) + 1)
        return corrupt(std::to_string(h.recordCount) + " records cannot fit last offset delta " +
                       std::to_string(h.lastOffsetDelta));
    if (h.baseOffset < 0)
        return corrupt("negative base offset");
    if (h.baseOffset > std::numeric_limits<std::int64_t>::max() - h.lastOffsetDelta - 1)
        return corrupt("last offset overflows");
    return h;
}

bool crcMatches(ByteView wholeBatch)
{
    if (wholeBatch.size() < batch::kHeaderSize)
        return false;
    return loadBigEndian<std::uint32_t>(wholeBatch.data() + batch::kCrcAt) == computeCrc(wholeBatch);
}

Result<std::int16_t> parseControlRecordType(const std::optional<ByteView> &key)
{
    if (!key || key->size() < 2 * sizeof(std::int16_t))
        return Status::corruption("control record key is null or shorter than 4 bytes");
    const auto version = loadBigEndian<std::int16_t>(key->data());
    if (version < 0)
        return Status::corruption("control record key has negative version " + std::to_string(version));
    return loadBigEndian<std::int16_t>(key->data() + sizeof(std::int16_t));
}

RecordDecoder::RecordDecoder(const BatchHeader &header, ByteView records)
    : m_pos(records.data()),
      m_end(records.data() + records.size()),
      m_baseOffset(header.baseOffset),
      m_baseTimestamp(header.baseTimestamp),
      m_lastOffsetDelta(header.lastOffsetDelta),
      m_recordCount(header.recordCount)
{
    // Kafka reports the append time for every record of a log-append-time batch.
    if (header.hasLogAppendTime())
        m_logAppendTime = header.maxTimestamp;
}

bool RecordDecoder::fail(const std::string &what)
{
    m_status = Status::corruption(batchPrefix(m_baseOffset) + what);
    m_pos = m_end;
    return false;
}

bool RecordDecoder::next(RecordView &out)
{
    if (!m_status.isOk())
        return false;
    if (m_index >= m_recordCount) {
        if (m_pos != m_end)
            return fail(std::to_string(m_end - m_pos) + " trailing bytes after its " +
                        std::to_string(m_recordCount) + " records");
        return false;
    }
    if (m_pos == m_end)
        return fail("holds " + std::to_string(m_index) + " records, header says " +
                    std::to_string(m_recordCount));

    const std::uint8_t *start = m_pos;
    const std::uint8_t *p = m_pos;
    std::int32_t length = 0;
    if (!readVarint(p, m_end, length))
        return fail("record " + std::to_string(m_index) + ": malformed length");
    if (length < kMinRecordBody || length > m_end - p)
        return fail("record " + std::to_string(m_index) + ": length " + std::to_string(length) + " with " +
                    std::to_string(m_end - p) + " bytes left");
    const std::uint8_t *body = p;
    const std::uint8_t *end = p + length;

    ++p; // record attributes: unused
    std::int64_t timestampDelta = 0;
    std::int32_t offsetDelta = 0;
    if (!readVarlong(p, end, timestampDelta) || !readVarint(p, end, offsetDelta))
        return fail("record " + std::to_string(m_index) + ": malformed timestamp or offset delta");
    if (offsetDelta <= m_previousOffsetDelta || offsetDelta > m_lastOffsetDelta)
        return fail("record " + std::to_string(m_index) + ": offset delta " + std::to_string(offsetDelta) +
                    " not after " + std::to_string(m_previousOffsetDelta) + " or past last offset delta " +
                    std::to_string(m_lastOffsetDelta));
    if (!readBytesField(p, end, out.key))
        return fail("record " + std::to_string(m_index) + ": malformed key");
    if (!readBytesField(p, end, out.value))
        return fail("record " + std::to_string(m_index) + ": malformed value");
    std::int32_t headerCount = 0;
    if (!readVarint(p, end, headerCount) || headerCount < 0)
        return fail("record " + std::to_string(m_index) + ": malformed header count");
    const std::uint8_t *headersStart = p;
    for (std::int32_t i = 0; i < headerCount; ++i) {
        if (!skipHeader(p, end))
            return fail("record " + std::to_string(m_index) + ": malformed header " + std::to_string(i));
    }
    if (p != end)
        return fail("record " + std::to_string(m_index) + ": length " + std::to_string(length) +
                    " but its fields take " + std::to_string(p - body));

    out.offset = addWrapping(m_baseOffset, offsetDelta);
    out.timestamp = m_logAppendTime ? *m_logAppendTime : addWrapping(m_baseTimestamp, timestampDelta);
    out.headerCount = headerCount;
    out.headersRaw = ByteView(headersStart, end);
    out.sizeInBytes = static_cast<std::uint32_t>(end - start);

    m_pos = end;
    m_previousOffsetDelta = offsetDelta;
    ++m_index;
    return true;
}

Result<RecordBatchView> RecordBatchView::parse(ByteView data, CrcCheck crc)
{
    Result<BatchHeader> header = parseBatchHeader(data);
    if (!header.isOk())
        return header.status();
    if (data.size() != header->totalSize())
        return Status::corruption(batchPrefix(header->baseOffset) + "length field says " +
                                  std::to_string(header->totalSize()) + " bytes, buffer holds " +
                                  std::to_string(data.size()));
    if (crc == CrcCheck::Verify) {
        const std::uint32_t computed = computeCrc(data);
        if (computed != header->crc)
            return Status::corruption(batchPrefix(header->baseOffset) + "CRC mismatch: stored " +
                                      hex32(header->crc) + ", computed " + hex32(computed));
    }
    return RecordBatchView(*header, data);
}

Result<ByteView> RecordBatchView::records(Bytes &scratch) const
{
    const Compression codec = m_header.compression();
    if (codec == Compression::None)
        return recordsSection();
    scratch.clear();
    Status s = decompress(codec, recordsSection(), scratch);
    if (!s.isOk())
        return Status::corruption(batchPrefix(m_header.baseOffset) + "cannot decompress " +
                                  std::string(compressionName(codec)) + " records: " + s.message());
    return ByteView(scratch);
}

bool BatchIterator::stop(Status status)
{
    m_status = std::move(status);
    m_done = true;
    m_batch = {};
    return false;
}

bool BatchIterator::next()
{
    if (m_done)
        return false;
    const ByteView rest = m_data.subspan(m_pos);
    if (rest.empty())
        return stop(Status::ok());
    const auto at = [this] { return " at byte " + std::to_string(m_pos); };
    if (rest.size() < batch::kLogOverhead)
        return stop(Status::outOfRange("partial record batch" + at() + ": " + std::to_string(rest.size()) +
                                       " bytes, less than its " + std::to_string(batch::kLogOverhead) +
                                       "-byte prefix"));

    const auto length = loadBigEndian<std::int32_t>(rest.data() + batch::kLengthAt);
    constexpr auto kMinLength = static_cast<std::int32_t>(batch::kHeaderSize - batch::kLogOverhead);
    if (length < kMinLength || length > batch::kMaxBatchSize) {
        const auto baseOffset = loadBigEndian<std::int64_t>(rest.data() + batch::kBaseOffsetAt);
        return stop(Status::corruption(batchPrefix(baseOffset) + "length " + std::to_string(length) + at()));
    }
    const std::size_t total = static_cast<std::size_t>(length) + batch::kLogOverhead;
    if (rest.size() < total) {
        // Report corruption rather than a partial batch when what is there is already wrong.
        if (rest.size() >= batch::kHeaderSize) {
            Result<BatchHeader> header = parseBatchHeader(rest);
            if (!header.isOk())
                return stop(Status::corruption(header.status().message() + at()));
        } else if (rest.size() > batch::kMagicAt &&
                   static_cast<std::int8_t>(rest[batch::kMagicAt]) != batch::kMagic) {
            const auto baseOffset = loadBigEndian<std::int64_t>(rest.data() + batch::kBaseOffsetAt);
            return stop(Status::corruption(batchPrefix(baseOffset) + "bad magic" + at()));
        }
        return stop(Status::outOfRange("partial record batch" + at() + ": " + std::to_string(rest.size()) +
                                       " of " + std::to_string(total) + " bytes"));
    }

    const ByteView whole = rest.first(total);
    Result<RecordBatchView> view = RecordBatchView::parse(whole, m_crc);
    if (!view.isOk())
        return stop(Status::corruption(view.status().message() + at()));
    m_header = view->header();
    m_batch = whole;
    m_pos += total;
    return true;
}

} // namespace es
