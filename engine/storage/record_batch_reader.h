#pragma once

// Reads and validates Kafka RecordBatch v2 (magic 2) batches; see record_batch_format.md.
// The writer is record_batch_builder.h. Every function here is safe on arbitrary input:
// lengths are checked against the buffer before any read, and whatever is malformed is
// reported as Corruption naming the batch's base offset.

#include "common/buffer.h"
#include "common/status.h"
#include "storage/compression.h"
#include "storage/record.h"
#include "storage/record_batch_format.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

namespace es {

// The 61-byte batch header, decoded.
struct BatchHeader {
    std::int64_t baseOffset = 0;
    std::int32_t length = 0; // bytes after the Length field
    std::int32_t partitionLeaderEpoch = -1;
    std::int8_t magic = batch::kMagic;
    std::uint32_t crc = 0;
    std::int16_t attributes = 0;
    std::int32_t lastOffsetDelta = 0;
    std::int64_t baseTimestamp = 0;
    std::int64_t maxTimestamp = 0;
    std::int64_t producerId = batch::kNoProducerId;
    std::int16_t producerEpoch = batch::kNoProducerEpoch;
    std::int32_t baseSequence = batch::kNoSequence;
    std::int32_t recordCount = 0;

    // parseBatchHeader() only accepts the codecs Compression names.
    [[nodiscard]] Compression compression() const
    {
        return static_cast<Compression>(attributes & batch::kCompressionMask);
    }
    [[nodiscard]] bool isControl() const { return (attributes & batch::kControl) != 0; }
    [[nodiscard]] bool isTransactional() const { return (attributes & batch::kTransactional) != 0; }
    [[nodiscard]] bool hasLogAppendTime() const { return (attributes & batch::kTimestampTypeLogAppend) != 0; }
    [[nodiscard]] bool hasDeleteHorizon() const { return (attributes & batch::kDeleteHorizonSet) != 0; }
    // parseBatchHeader() guarantees these do not overflow.
    [[nodiscard]] std::int64_t lastOffset() const { return baseOffset + lastOffsetDelta; }
    [[nodiscard]] std::int64_t nextOffset() const { return lastOffset() + 1; }
    [[nodiscard]] std::size_t totalSize() const
    {
        return static_cast<std::size_t>(length) + batch::kLogOverhead;
    }
};

// Decodes and sanity-checks the header at the start of `data` (which needs at least
// batch::kHeaderSize bytes; the records need not follow): magic 2, 49 <= Length <=
// batch::kMaxBatchSize, a known codec, RecordCount >= 0, 0 <= LastOffsetDelta,
// RecordCount <= LastOffsetDelta + 1, BaseOffset >= 0 with no overflow of the last offset.
// Does not check the CRC.
Result<BatchHeader> parseBatchHeader(ByteView data);

// Whether the stored CRC matches CRC-32C of Attributes..end. `wholeBatch` is exactly one
// batch; false when it is too short to hold a header.
bool crcMatches(ByteView wholeBatch);

// Whether a validation step recomputes the CRC. Skip only for bytes already verified
// (e.g. a batch read back from memory that was checked when it arrived).
enum class CrcCheck : std::uint8_t { Verify, Skip };

// Decodes a control record's key (version int16, then type int16: batch::kControlTypeAbort
// or batch::kControlTypeCommit; other types are returned as they are, for the caller to
// skip). Corruption when the key is null, shorter than 4 bytes or has a negative version;
// later versions only append fields, so they are read as version 0, as Kafka does.
Result<std::int16_t> parseControlRecordType(const std::optional<ByteView> &key);

// Walks the records of one (uncompressed) records section, validating each as it goes.
// Used by RecordBatchView::forEachRecord(); usable directly for a pull-style loop.
class RecordDecoder {
public:
    // `records` must outlive the decoder and the views it produces.
    RecordDecoder(const BatchHeader &header, ByteView records);

    // Decodes the next record into `out`. Returns false at the end of the batch or on the
    // first malformed record; status() then says which. At the end it also checks that the
    // record count matches the header and no bytes are left over.
    bool next(RecordView &out);
    [[nodiscard]] const Status &status() const { return m_status; }

private:
    bool fail(const std::string &what);

    const std::uint8_t *m_pos;
    const std::uint8_t *m_end;
    std::int64_t m_baseOffset;
    std::int64_t m_baseTimestamp;
    std::optional<std::int64_t> m_logAppendTime;
    std::int32_t m_lastOffsetDelta;
    std::int32_t m_recordCount;
    std::int32_t m_index = 0;
    std::int32_t m_previousOffsetDelta = -1;
    Status m_status;
};

// One complete batch in memory, validated as a whole (header, exact length, CRC) on
// construction; records are validated as they are iterated. Holds views only: the bytes
// must outlive the view.
class RecordBatchView {
public:
    // `data` must be exactly one batch.
    static Result<RecordBatchView> parse(ByteView data, CrcCheck crc = CrcCheck::Verify);

    [[nodiscard]] const BatchHeader &header() const { return m_header; }
    [[nodiscard]] ByteView bytes() const { return m_data; }
    // Everything after RecordCount: the records, compressed as one block if the batch is.
    [[nodiscard]] ByteView recordsSection() const { return m_data.subspan(batch::kHeaderSize); }

    // Makes the records readable: the section itself when uncompressed, else `scratch`
    // (cleared, then filled) holding them decompressed. Corruption if decompression fails.
    [[nodiscard]] Result<ByteView> records(Bytes &scratch) const;

    // Calls fn(const RecordView &) for each record in order. fn returns void, or a Status
    // whose failure stops the walk and is returned. Returns Corruption at the first
    // malformed record (records before it have been delivered). The views fn sees point
    // into the batch or into `scratch` and stay valid until either changes; with the
    // overload without `scratch`, only during the call.
    template <typename Fn>
    Status forEachRecord(Bytes &scratch, Fn &&fn) const;
    template <typename Fn>
    Status forEachRecord(Fn &&fn) const
    {
        Bytes scratch;
        return forEachRecord(scratch, std::forward<Fn>(fn));
    }

private:
    RecordBatchView(const BatchHeader &header, ByteView data) : m_header(header), m_data(data) {}

    BatchHeader m_header;
    ByteView m_data;
};

template <typename Fn>
Status RecordBatchView::forEachRecord(Bytes &scratch, Fn &&fn) const
{
    Result<ByteView> section = records(scratch);
    if (!section.isOk())
        return section.status();
    RecordDecoder decoder(m_header, *section);
    RecordView record;
    while (decoder.next(record)) {
        if constexpr (std::is_void_v<std::invoke_result_t<Fn &, const RecordView &>>) {
            fn(std::as_const(record));
        } else {
            Status s = fn(std::as_const(record));
            if (!s.isOk())
                return s;
        }
    }
    return decoder.status();
}

// Walks consecutive batches in a byte range (a segment read, a fetch or produce payload).
// Each batch's header and exact extent are checked, and its CRC unless told otherwise;
// records are not decoded. Holds a view: `data` must outlive the iterator.
//
// The walk ends in one of three ways, told apart by status():
//   ok           all of `data` was whole batches;
//   OutOfRange   the data ends inside a batch whose available bytes look valid: normal at
//                the end of a read of a fixed size, or of a log cut short by a crash;
//   Corruption   a batch is malformed or its CRC does not match.
// position() is then where the last good batch ends, i.e. how much of `data` is valid.
class BatchIterator {
public:
    explicit BatchIterator(ByteView data, CrcCheck crc = CrcCheck::Verify) : m_data(data), m_crc(crc) {}

    // Moves to the next batch; false when the walk has ended (see status()).
    bool next();

    // The current batch, after next() returned true.
    [[nodiscard]] ByteView batch() const { return m_batch; }
    [[nodiscard]] const BatchHeader &header() const { return m_header; }

    // Bytes of `data` accepted so far: the end of the current batch while next() returns
    // true, and once the walk has ended, the end of the last good batch (the valid prefix).
    [[nodiscard]] std::size_t position() const { return m_pos; }
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] bool stoppedAtPartialBatch() const { return m_status.code() == StatusCode::OutOfRange; }

private:
    bool stop(Status status);

    ByteView m_data;
    CrcCheck m_crc;
    std::size_t m_pos = 0;
    ByteView m_batch;
    BatchHeader m_header;
    Status m_status;
    bool m_done = false;
};

} // namespace es
