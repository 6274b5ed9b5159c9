#pragma once

#include "common/buffer.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace es {

class RecordBatchView;

struct FilteredBatch {
    bool unchanged = false; // every record kept: use the original bytes
    bool empty = false;     // no record kept: drop the batch
    Bytes bytes;            // otherwise the rewritten batch
};

// Rewrites a batch keeping only the records `keep` accepts. Kept records are copied
// byte for byte, so they keep their offsets and timestamps; the header keeps its base
// offset, last offset delta, timestamps, producer fields and codec, as Kafka's cleaner
// does; the record count, length and CRC are recomputed.
//
// With `deleteHorizonMs`, the batch is rewritten even when every record stays: it is
// marked with that delete horizon (KIP-534: the attribute bit, and the horizon in
// BaseTimestamp), and each record's timestamp delta is re-encoded against it, so every
// record keeps its timestamp.
Result<FilteredBatch> filterBatch(const RecordBatchView &view, const std::function<bool(const RecordView &)> &keep,
                                  std::optional<std::int64_t> deleteHorizonMs = std::nullopt);

} // namespace es
