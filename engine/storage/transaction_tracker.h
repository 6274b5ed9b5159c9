#pragma once

// The transactions of one partition, followed from the batches appended to it: which are
// ongoing (they hold the last stable offset back) and which each marker ends. Kafka keeps
// this in its ProducerStateManager (ongoingTxns, CompletedTxn).

#include "common/buffer.h"
#include "common/status.h"
#include "storage/transaction_index.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace es {

struct BatchHeader;

// The control type of a batch (batch::kControlTypeAbort / kControlTypeCommit, or another
// type for control batches that are not transaction markers), read from the key of its
// record: nullopt for a data batch, and for a control batch that compaction emptied.
// `wholeBatch` is one whole batch; its CRC is checked when it is a control batch (which is
// small), and only its header is read otherwise. Corruption when the batch or its control
// record is malformed.
Result<std::optional<std::int16_t>> readControlType(ByteView wholeBatch);

// A transaction still waiting for its marker.
struct OngoingTransaction {
    std::int64_t producerId = 0;
    std::int16_t producerEpoch = 0;  // of the latest batch seen
    std::int64_t firstOffset = 0;    // its first data batch's base offset
    std::int64_t lastDataOffset = 0; // the last offset of its latest data batch

    bool operator==(const OngoingTransaction &) const = default;
};

// A transaction a marker ended.
struct CompletedTransaction {
    std::int64_t producerId = 0;
    // Its first data batch's base offset; the marker's own offset when the marker ended no
    // transaction this tracker knew of (as Kafka does).
    std::int64_t firstOffset = 0;
    std::int64_t lastOffset = 0; // the marker's offset
    bool aborted = false;
    // The partition's last stable offset right after this completion, as Kafka computes it
    // for the index (ProducerStateManager.lastStableOffset(CompletedTxn)): the first offset
    // of the earliest transaction still ongoing, else lastOffset + 1. Not capped by the
    // high watermark: it says which transactions had ended, not what consumers may read.
    std::int64_t lastStableOffset = 0;

    // The entry an aborted transaction leaves in the index of the segment holding its marker.
    [[nodiscard]] AbortedTransaction abortedEntry() const
    {
        return {producerId, firstOffset, lastOffset, lastStableOffset};
    }

    bool operator==(const CompletedTransaction &) const = default;
};

// Feed it every batch appended to the partition, in offset order: on the leader after its
// append, on followers as they replicate, and in recovery while the log is read back. It
// records, it does not validate (a non-transactional batch from a producer in a
// transaction, or a marker with a stale epoch, is for the leader's checks to refuse).
// Not thread-safe: the partition's owner serialises access.
class TransactionTracker {
public:
    // Takes one appended batch. `controlType` is readControlType() of it: for a control
    // batch, the type of its record (nullopt when it has none), nullopt for data batches.
    //
    // A transactional data batch from a producer without an ongoing transaction starts one
    // at its base offset. A commit or abort marker ends the producer's ongoing transaction
    // and returns it, with its lastStableOffset already computed (the caller appends
    // abortedEntry() of an aborted one to the segment's TransactionIndex). The transaction
    // ends here and then, not in a later step as in Kafka (which applies a whole append's
    // completions after the append), so no caller can leave a marker seen but its
    // transaction still holding the last stable offset back. Anything else changes nothing.
    std::optional<CompletedTransaction> observe(const BatchHeader &header,
                                                std::optional<std::int16_t> controlType);

    // The smallest first offset of the ongoing transactions, nullopt when there are none.
    [[nodiscard]] std::optional<std::int64_t> firstUnstableOffset() const;
    // The same, counting also the transactions whose completion is still remembered (see
    // forgetCompletedBefore()): their markers are not yet below the high watermark, so a
    // leader change may still take them away. Kafka's ProducerStateManager holds the last
    // stable offset back for these "unreplicated" transactions too.
    [[nodiscard]] std::optional<std::int64_t> firstUnsettledOffset() const;
    // What read_committed consumers may read up to: the high watermark, held back to the
    // first offset of the earliest ongoing transaction.
    [[nodiscard]] std::int64_t lastStableOffset(std::int64_t highWatermark) const;

    // The log was truncated at `offset` (the first offset gone). Transactions that started
    // at or after it are forgotten; one whose marker was at or after it but that started
    // before is ongoing again (its marker will be written again), provided its completion
    // is still remembered (see forgetCompletedBefore()). Ongoing transactions that started
    // before keep going, their last data offset capped at offset - 1 (an upper bound: the
    // batches gone are not known one by one). Aborted entries at or after `offset` are the
    // caller's to drop: TransactionIndex::truncateTo(offset).
    void truncateFrom(std::int64_t offset);

    // Completions stay remembered so that truncateFrom() can reopen a transaction whose
    // marker it removes. Once offsets below `offset` can no longer be truncated (the high
    // watermark passed them), completions before it are dropped. A truncation at or below
    // the marker of a forgotten completion needs the tracker rebuilt from the log
    // (rebuildTransactionIndex()): returns the marker offset of the last one dropped, if any.
    std::optional<std::int64_t> forgetCompletedBefore(std::int64_t offset);

    // The ongoing transactions, in order of first offset (a Transactions view,
    // DescribeProducers).
    [[nodiscard]] std::vector<OngoingTransaction> ongoing() const;

    // Forgets everything (before a rebuild from the log).
    void clear();

private:
    struct Completed {
        OngoingTransaction transaction;
        std::int64_t markerOffset;
    };

    CompletedTransaction complete(std::int64_t producerId, std::int64_t markerOffset, bool aborted);

    // Ongoing transactions by first offset (offsets are unique), and each producer's.
    std::map<std::int64_t, OngoingTransaction> m_ongoing;
    std::unordered_map<std::int64_t, std::int64_t> m_firstOffsetOf;
    // Transactions ended by markers not yet forgotten, in marker order.
    std::deque<Completed> m_completed;
};

} // namespace es
