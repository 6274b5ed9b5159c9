#pragma once

// Kafka RecordBatch v2 (magic 2): the one definition of the batch layout. Segments store
// these bytes exactly as they travel on the wire. See record_batch_format.md.

#include <cstddef>
#include <cstdint>

namespace es::batch {

// Byte offsets of the header fields, from the start of the batch.
inline constexpr std::size_t kBaseOffsetAt = 0;           // int64
inline constexpr std::size_t kLengthAt = 8;               // int32: bytes after this field
inline constexpr std::size_t kPartitionLeaderEpochAt = 12; // int32
inline constexpr std::size_t kMagicAt = 16;               // int8, always 2
inline constexpr std::size_t kCrcAt = 17;                 // uint32: CRC-32C of kAttributesAt..end
inline constexpr std::size_t kAttributesAt = 21;          // int16
inline constexpr std::size_t kLastOffsetDeltaAt = 23;     // int32
inline constexpr std::size_t kBaseTimestampAt = 27;       // int64
inline constexpr std::size_t kMaxTimestampAt = 35;        // int64
inline constexpr std::size_t kProducerIdAt = 43;          // int64
inline constexpr std::size_t kProducerEpochAt = 51;       // int16
inline constexpr std::size_t kBaseSequenceAt = 53;        // int32
inline constexpr std::size_t kRecordCountAt = 57;         // int32
inline constexpr std::size_t kHeaderSize = 61;            // records follow

// The prefix every batch starts with, enough to know its total size.
inline constexpr std::size_t kLogOverhead = 12; // base offset + length
inline constexpr std::int8_t kMagic = 2;

// Attributes.
inline constexpr std::int16_t kCompressionMask = 0x07;
inline constexpr std::int16_t kTimestampTypeLogAppend = 0x08;
inline constexpr std::int16_t kTransactional = 0x10;
inline constexpr std::int16_t kControl = 0x20;
inline constexpr std::int16_t kDeleteHorizonSet = 0x40;

inline constexpr std::int64_t kNoProducerId = -1;
inline constexpr std::int16_t kNoProducerEpoch = -1;
inline constexpr std::int32_t kNoSequence = -1;

// Control record key: version int16 then type int16.
inline constexpr std::int16_t kControlTypeAbort = 0;
inline constexpr std::int16_t kControlTypeCommit = 1;

// Largest batch we accept anywhere (a frame limit, not a topic's max.message.bytes).
inline constexpr std::int32_t kMaxBatchSize = 64 * 1024 * 1024;

} // namespace es::batch
