#pragma once

// Writes Kafka RecordBatch v2 (magic 2) batches; see record_batch_format.md. The reader
// is record_batch_reader.h.

#include "common/buffer.h"
#include "common/status.h"
#include "storage/compression.h"
#include "storage/record.h"
#include "storage/record_batch_format.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace es {

// The batch-level fields a builder writes. Defaults are those of a producer that is
// neither idempotent nor transactional; the leader assigns BaseOffset and
// PartitionLeaderEpoch on append (setBaseOffset(), setPartitionLeaderEpoch()).
struct RecordBatchOptions {
    Compression compression = Compression::None;
    // Sets the timestamp-type bit. Readers then report MaxTimestamp as every record's
    // timestamp, and MaxTimestamp is the largest record timestamp given, so a caller
    // either gives every record the append time or calls setLogAppendTime() afterwards.
    bool logAppendTime = false;
    bool transactional = false;
    bool control = false;
    std::int64_t producerId = batch::kNoProducerId;
    std::int16_t producerEpoch = batch::kNoProducerEpoch;
    std::int32_t baseSequence = batch::kNoSequence;
    std::int32_t partitionLeaderEpoch = -1;
    std::int64_t baseOffset = 0;
};

// Accumulates records and writes them as one batch. Records are encoded as they are
// appended (the first record's timestamp is the batch's BaseTimestamp, record i gets
// offset delta i), so append() copies the bytes it is given and keeps no reference to
// them. Not thread-safe.
class RecordBatchBuilder {
public:
    using Options = RecordBatchOptions;

    explicit RecordBatchBuilder(Options options = {});

    void append(const Record &record);
    // Same as append(Record) without building one: the views need only live for the call.
    void append(std::optional<ByteView> key, std::optional<ByteView> value,
                std::span<const RecordHeaderView> headers, std::int64_t timestamp);

    [[nodiscard]] std::int32_t recordCount() const { return m_recordCount; }
    [[nodiscard]] bool empty() const { return m_recordCount == 0; }
    // Size of the batch build() would write without compression; an upper bound in
    // practice when compressing (the codecs add a few bytes only to incompressible data).
    [[nodiscard]] std::size_t sizeEstimate() const { return batch::kHeaderSize + m_records.size(); }
    [[nodiscard]] const Options &options() const { return m_options; }

    // Writes the batch. InvalidArgument when there are no records (Kafka producers never
    // send an empty batch) or when the batch would exceed batch::kMaxBatchSize; a codec
    // failure is passed on. The builder is left unchanged and can build again.
    [[nodiscard]] Result<Bytes> build() const;
    // Appends the batch to `out` (several batches can share one buffer); on failure `out`
    // is left as it was.
    [[nodiscard]] Status buildInto(Bytes &out) const;

    // Drops the records so the builder (and its buffer) can be reused with the same options.
    void reset();
    // Makes room for `bytes` of encoded records up front, so a batch filled to a known
    // size is not copied as its buffer grows.
    void reserve(std::size_t bytes) { m_records.reserve(bytes); }

private:
    template <typename Header>
    void appendRecord(std::optional<ByteView> key, std::optional<ByteView> value,
                      std::span<const Header> headers, std::int64_t timestamp);

    Options m_options;
    Bytes m_records; // encoded records, uncompressed
    std::int32_t m_recordCount = 0;
    std::int64_t m_baseTimestamp = 0;
    std::int64_t m_maxTimestamp = 0;
};

// A transaction marker, written by the coordinator into each partition a transaction
// touched.
struct ControlBatchSpec {
    std::int16_t type = batch::kControlTypeCommit; // kControlTypeCommit or kControlTypeAbort
    std::int64_t producerId = batch::kNoProducerId;
    std::int16_t producerEpoch = batch::kNoProducerEpoch;
    std::int32_t coordinatorEpoch = 0;
    std::int64_t timestamp = 0;
    std::int64_t baseOffset = 0;
    std::int32_t partitionLeaderEpoch = -1;
};

// A transactional control batch holding one control record: key version 0 + type,
// value version 0 + coordinator epoch (Kafka's EndTransactionMarker).
Bytes buildControlBatch(const ControlBatchSpec &spec);

// In-place rewrites the leader does on append. `batch` must start with a whole batch
// header (batch::kHeaderSize bytes). The CRC does not cover these two fields, by Kafka's
// design, so it stays valid.
void setBaseOffset(std::span<std::uint8_t> batch, std::int64_t baseOffset);
void setPartitionLeaderEpoch(std::span<std::uint8_t> batch, std::int32_t epoch);

// Marks the batch as log-append-time stamped with `timestamp` (the timestamp-type bit and
// MaxTimestamp) and recomputes the CRC. `batch` must be exactly one whole batch.
void setLogAppendTime(std::span<std::uint8_t> batch, std::int64_t timestamp);

} // namespace es
