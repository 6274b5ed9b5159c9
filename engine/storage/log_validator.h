#pragma once

// What a partition leader checks in the batches a producer sent, and what it rewrites in
// them before they are stored: Kafka's LogValidator (KAFKA_NOTES.md, "What the leader
// validates and rewrites"). Followers store the leader's bytes as they are.

#include "common/buffer.h"
#include "common/status.h"
#include "storage/log_config.h"

#include <cstdint>
#include <span>
#include <string>

namespace es {

// Who is appending: a client's produce, or a coordinator writing its own records (group
// metadata and offsets, later transaction markers). Only a coordinator may write control
// batches and internal topics.
enum class AppendOrigin : std::uint8_t { Client, Coordinator };

// Why a leader refuses a produce; each is one Kafka error code.
enum class ProduceRejection : std::uint8_t {
    None,
    CorruptMessage,     // CORRUPT_MESSAGE: framing, CRC, or header fields that disagree with the records
    InvalidRecord,      // INVALID_RECORD: a well-formed batch this topic or this client may not write
    MessageTooLarge,    // MESSAGE_TOO_LARGE: a batch over max.message.bytes
    RecordListTooLarge, // RECORD_LIST_TOO_LARGE: more than segment.bytes at once, which no segment holds
    InvalidTimestamp,   // INVALID_TIMESTAMP: a record time further than message.timestamp.difference.max.ms
};

struct LeaderValidation {
    ProduceRejection rejection = ProduceRejection::None;
    std::string message; // names the batch and what is wrong with it

    [[nodiscard]] bool ok() const { return rejection == ProduceRejection::None; }
    // The same as a Status, for callers that do not speak Kafka error codes: Corruption,
    // InvalidArgument (invalid record or timestamp) or OutOfRange (too large).
    [[nodiscard]] Status toStatus() const;
};

// Checks every batch in `batches` (one or more RecordBatch v2, as a produce carries them)
// against `config` at `nowMs`: framing and CRC, sizes, header fields against the records
// (count, offset deltas, sequence), control batches from clients, keys on compacted topics
// and record timestamps. On a CreateTime topic it then sets each batch's MaxTimestamp to
// its largest record timestamp, clearing a LogAppendTime bit a client set, and recomputes
// the CRC where anything changed: some producers leave MaxTimestamp at -1, and time
// retention and lookups by time trust it.
//
// On a rejection, batches before the bad one may have been rewritten already: nothing of
// `batches` may be stored then. `scratch` holds decompressed records between calls.
LeaderValidation validateForLeader(std::span<std::uint8_t> batches, const LogConfig &config,
                                   std::int64_t nowMs, AppendOrigin origin, Bytes &scratch);

} // namespace es
