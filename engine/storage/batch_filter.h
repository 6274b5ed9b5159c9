#pragma once

#include "common/buffer.h"
#include "common/status.h"
#include "storage/record.h"

#include <functional>

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
Result<FilteredBatch> filterBatch(const RecordBatchView &view, const std::function<bool(const RecordView &)> &keep);

} // namespace es
