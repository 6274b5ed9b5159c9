#include "storage/record_batch_builder.h"

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "common/varint.h"

#include <algorithm>
#include <cassert>
#include <string>

namespace es {

namespace {

// Size and writer of an unsigned LEB128 value, inline because append() runs them for every
// field of every record.
inline std::size_t lebSize(std::uint64_t v)
{
    std::size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

inline std::uint8_t *writeLeb(std::uint8_t *p, std::uint64_t v)
{
    while (v >= 0x80) {
        *p++ = static_cast<std::uint8_t>(v | 0x80);
        v >>= 7;
    }
    *p++ = static_cast<std::uint8_t>(v);
    return p;
}

inline std::size_t varintFieldSize(std::int32_t v) { return lebSize(zigZagEncode32(v)); }
inline std::uint8_t *writeVarint(std::uint8_t *p, std::int32_t v) { return writeLeb(p, zigZagEncode32(v)); }

// A length-prefixed byte field; null is length -1.
inline std::int32_t fieldLength(const std::optional<ByteView> &b)
{
    // A record field over 2 GiB cannot fit a batch (kMaxBatchSize); build() refuses the
    // batch, this only keeps the cast defined until then.
    return b ? static_cast<std::int32_t>(std::min<std::size_t>(b->size(), INT32_MAX)) : -1;
}

inline std::size_t bytesFieldSize(const std::optional<ByteView> &b)
{
    return varintFieldSize(fieldLength(b)) + (b ? b->size() : 0);
}

inline std::uint8_t *writeBytesField(std::uint8_t *p, const std::optional<ByteView> &b)
{
    p = writeVarint(p, fieldLength(b));
    if (b && !b->empty()) {
        std::copy(b->begin(), b->end(), p);
        p += b->size();
    }
    return p;
}

inline std::optional<ByteView> headerValue(const RecordHeader &h)
{
    return h.value ? std::optional<ByteView>(*h.value) : std::nullopt;
}
inline std::optional<ByteView> headerValue(const RecordHeaderView &h) { return h.value; }

inline std::optional<ByteView> optionalView(const std::optional<Bytes> &b)
{
    return b ? std::optional<ByteView>(*b) : std::nullopt;
}

} // namespace

RecordBatchBuilder::RecordBatchBuilder(Options options) : m_options(options) {}

void RecordBatchBuilder::append(const Record &record)
{
    appendRecord<RecordHeader>(optionalView(record.key), optionalView(record.value), record.headers,
                               record.timestamp);
}

void RecordBatchBuilder::append(std::optional<ByteView> key, std::optional<ByteView> value,
                                std::span<const RecordHeaderView> headers, std::int64_t timestamp)
{
    appendRecord<RecordHeaderView>(key, value, headers, timestamp);
}

template <typename Header>
void RecordBatchBuilder::appendRecord(std::optional<ByteView> key, std::optional<ByteView> value,
                                      std::span<const Header> headers, std::int64_t timestamp)
{
    if (m_recordCount == 0) {
        m_baseTimestamp = timestamp;
        m_maxTimestamp = timestamp;
    } else {
        m_maxTimestamp = std::max(m_maxTimestamp, timestamp);
    }
    // Wrapping arithmetic: any two int64 timestamps round-trip through the varlong delta,
    // since the reader adds it back the same way.
    const auto timestampDelta = static_cast<std::int64_t>(static_cast<std::uint64_t>(timestamp) -
                                                          static_cast<std::uint64_t>(m_baseTimestamp));
    const std::int32_t offsetDelta = m_recordCount;
    const auto headerCount = static_cast<std::int32_t>(headers.size());

    std::size_t bodySize = 1 // attributes
                           + lebSize(zigZagEncode64(timestampDelta)) + varintFieldSize(offsetDelta) +
                           bytesFieldSize(key) + bytesFieldSize(value) + varintFieldSize(headerCount);
    for (const Header &h : headers)
        bodySize += bytesFieldSize(asBytes(h.key)) + bytesFieldSize(headerValue(h));
    const auto bodyLength = static_cast<std::int32_t>(std::min<std::size_t>(bodySize, INT32_MAX));

    const std::size_t at = m_records.size();
    m_records.resize(at + varintFieldSize(bodyLength) + bodySize);
    std::uint8_t *p = m_records.data() + at;
    p = writeVarint(p, bodyLength);
    *p++ = 0; // record attributes: unused
    p = writeLeb(p, zigZagEncode64(timestampDelta));
    p = writeVarint(p, offsetDelta);
    p = writeBytesField(p, key);
    p = writeBytesField(p, value);
    p = writeVarint(p, headerCount);
    for (const Header &h : headers) {
        p = writeBytesField(p, asBytes(h.key));
        p = writeBytesField(p, headerValue(h));
    }
    assert(p == m_records.data() + m_records.size());
    ++m_recordCount;
}

Result<Bytes> RecordBatchBuilder::build() const
{
    Bytes out;
    out.reserve(sizeEstimate());
    ES_RETURN_IF_ERROR(buildInto(out));
    return out;
}

Status RecordBatchBuilder::buildInto(Bytes &out) const
{
    if (m_recordCount == 0)
        return Status::invalidArgument("a record batch needs at least one record");

    const std::size_t start = out.size();
    out.resize(start + batch::kHeaderSize);
    if (m_options.compression == Compression::None) {
        out.insert(out.end(), m_records.begin(), m_records.end());
    } else {
        Status s = compress(m_options.compression, m_records, out);
        if (!s.isOk()) {
            out.resize(start);
            return s;
        }
    }
    const std::size_t length = out.size() - start - batch::kLogOverhead;
    if (length > static_cast<std::size_t>(batch::kMaxBatchSize)) {
        out.resize(start);
        return Status::invalidArgument("record batch of " + std::to_string(length + batch::kLogOverhead) +
                                       " bytes exceeds the limit of " + std::to_string(batch::kMaxBatchSize));
    }

    auto attributes = static_cast<std::int16_t>(m_options.compression);
    if (m_options.logAppendTime)
        attributes |= batch::kTimestampTypeLogAppend;
    if (m_options.transactional)
        attributes |= batch::kTransactional;
    if (m_options.control)
        attributes |= batch::kControl;

    std::uint8_t *b = out.data() + start;
    storeBigEndian<std::int64_t>(b + batch::kBaseOffsetAt, m_options.baseOffset);
    storeBigEndian<std::int32_t>(b + batch::kLengthAt, static_cast<std::int32_t>(length));
    storeBigEndian<std::int32_t>(b + batch::kPartitionLeaderEpochAt, m_options.partitionLeaderEpoch);
    storeBigEndian<std::int8_t>(b + batch::kMagicAt, batch::kMagic);
    storeBigEndian<std::int16_t>(b + batch::kAttributesAt, attributes);
    storeBigEndian<std::int32_t>(b + batch::kLastOffsetDeltaAt, m_recordCount - 1);
    storeBigEndian<std::int64_t>(b + batch::kBaseTimestampAt, m_baseTimestamp);
    storeBigEndian<std::int64_t>(b + batch::kMaxTimestampAt, m_maxTimestamp);
    storeBigEndian<std::int64_t>(b + batch::kProducerIdAt, m_options.producerId);
    storeBigEndian<std::int16_t>(b + batch::kProducerEpochAt, m_options.producerEpoch);
    storeBigEndian<std::int32_t>(b + batch::kBaseSequenceAt, m_options.baseSequence);
    storeBigEndian<std::int32_t>(b + batch::kRecordCountAt, m_recordCount);
    const std::size_t size = length + batch::kLogOverhead;
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, size - batch::kAttributesAt));
    return Status::ok();
}

void RecordBatchBuilder::reset()
{
    m_records.clear();
    m_recordCount = 0;
    m_baseTimestamp = 0;
    m_maxTimestamp = 0;
}

Bytes buildControlBatch(const ControlBatchSpec &spec)
{
    RecordBatchOptions options;
    options.transactional = true;
    options.control = true;
    options.producerId = spec.producerId;
    options.producerEpoch = spec.producerEpoch;
    options.baseOffset = spec.baseOffset;
    options.partitionLeaderEpoch = spec.partitionLeaderEpoch;

    std::uint8_t key[4];
    storeBigEndian<std::int16_t>(key, 0); // control key version
    storeBigEndian<std::int16_t>(key + 2, spec.type);
    std::uint8_t value[6];
    storeBigEndian<std::int16_t>(value, 0); // end-transaction marker version
    storeBigEndian<std::int32_t>(value + 2, spec.coordinatorEpoch);

    RecordBatchBuilder builder(options);
    builder.append(ByteView(key), ByteView(value), {}, spec.timestamp);
    // One small uncompressed record: build() has nothing that can fail.
    return std::move(builder.build()).value();
}

void setBaseOffset(std::span<std::uint8_t> batch, std::int64_t baseOffset)
{
    assert(batch.size() >= batch::kHeaderSize);
    storeBigEndian<std::int64_t>(batch.data() + batch::kBaseOffsetAt, baseOffset);
}

void setPartitionLeaderEpoch(std::span<std::uint8_t> batch, std::int32_t epoch)
{
    assert(batch.size() >= batch::kHeaderSize);
    storeBigEndian<std::int32_t>(batch.data() + batch::kPartitionLeaderEpochAt, epoch);
}

void setLogAppendTime(std::span<std::uint8_t> batch, std::int64_t timestamp)
{
    assert(batch.size() >= batch::kHeaderSize);
    std::uint8_t *b = batch.data();
    const auto attributes = loadBigEndian<std::int16_t>(b + batch::kAttributesAt);
    storeBigEndian<std::int16_t>(b + batch::kAttributesAt,
                                 static_cast<std::int16_t>(attributes | batch::kTimestampTypeLogAppend));
    storeBigEndian<std::int64_t>(b + batch::kMaxTimestampAt, timestamp);
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, batch.size() - batch::kAttributesAt));
}

} // namespace es
