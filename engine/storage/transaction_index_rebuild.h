#pragma once

// Rebuilding a segment's aborted-transaction index from its batches, as opening a log does
// when the .txnindex file is missing, torn or damaged (TransactionIndex::load() said so), or
// when the segment itself was recovered; and replaying a segment's batches into the
// partition's TransactionTracker, which lives in memory only.

#include "common/status.h"

#include <cstdint>
#include <optional>

namespace es {

class File;
class TransactionIndex;
class TransactionTracker;
struct BatchHeader;

// One batch appended to the segment that `index` belongs to: `tracker` observes it and,
// when it is the marker of an aborted transaction, the entry goes to `index`. What the
// append path does for each batch, leader and follower alike. `controlType` as in
// TransactionTracker::observe(). Fails only when the index refuses the entry (a marker
// not after the last one indexed: the tracker and index are out of step with the log).
Status trackTransactionBatch(TransactionTracker &tracker, TransactionIndex &index, const BatchHeader &header,
                             std::optional<std::int16_t> controlType);

// Empties `index` and fills it again from the segment's .log file (its first `logSize`
// bytes, batches from `baseOffset` on, already validated: only headers are read, and the
// bytes of control batches). `tracker` must hold the partition's transactions as of the
// segment's base offset (it was fed the earlier segments, by this function or otherwise),
// since a transaction aborted here may have started in an earlier segment; it ends
// holding them as of the segment's end, ready for the next one. The index is left in
// memory: the caller flush()es it. On failure (a batch that does not read back, a
// malformed control record) the index holds the entries of the batches before it.
Status rebuildTransactionIndex(const File &log, std::uint64_t logSize, std::int64_t baseOffset,
                               TransactionTracker &tracker, TransactionIndex &index);

// rebuildTransactionIndex() without an index: `tracker` observes the segment's batches and
// the completions are dropped (the segment's index, trusted, already holds them). What
// opening a log does for segments whose index loaded, and what a truncation below the
// completions the tracker forgot does for every segment.
Status replayTransactionBatches(const File &log, std::uint64_t logSize, std::int64_t baseOffset,
                                TransactionTracker &tracker);

} // namespace es
