// A partition log's transactions: the tracker fed by every append and read back on open,
// the aborted-transaction indexes of its segments, and what truncation does to both.

#include "storage/partition_log.h"
#include "storage/record_batch_reader.h"
#include "storage/segment.h"

#include <algorithm>

namespace es {

void PartitionLog::publishFirstUnstableLocked()
{
    m_firstUnstable.store(m_transactions.firstUnstableOffset().value_or(-1), std::memory_order_release);
    // A completed transaction whose marker the high watermark has not passed still holds
    // read_committed consumers back: its marker may yet be truncated away.
    m_firstUnsettled.store(m_transactions.firstUnsettledOffset().value_or(-1), std::memory_order_release);
}

std::optional<std::int64_t> PartitionLog::firstUnstableOffset() const
{
    const std::int64_t first = m_firstUnstable.load(std::memory_order_acquire);
    if (first < 0)
        return std::nullopt;
    // A transaction whose first batches DeleteRecords removed still holds back what
    // follows, but no offset below the log start exists to be held back to (as Kafka).
    return std::max(first, m_logStart.load(std::memory_order_acquire));
}

std::int64_t PartitionLog::lastStableOffset(std::int64_t highWatermark) const
{
    const std::int64_t first = m_firstUnsettled.load(std::memory_order_acquire);
    if (first < 0)
        return highWatermark;
    return std::min(std::max(first, m_logStart.load(std::memory_order_acquire)), highWatermark);
}

std::vector<AbortedTransaction> PartitionLog::collectAbortedTransactions(std::int64_t fetchOffset,
                                                                         std::int64_t upperBoundOffset) const
{
    // The indexes are in memory: walking them under the lock costs no disk I/O, and the
    // walk usually ends in the first segment.
    std::lock_guard lock(m_mutex);
    std::vector<AbortedTransaction> out;
    if (m_closed)
        return out;
    for (std::size_t i = segmentIndexFor(fetchOffset); i < m_segments.size(); ++i) {
        AbortedTransactionSearch found =
            m_segments[i]->collectAbortedTransactions(fetchOffset, upperBoundOffset);
        out.insert(out.end(), found.transactions.begin(), found.transactions.end());
        if (found.complete)
            break;
    }
    return out;
}

std::vector<OngoingTransaction> PartitionLog::ongoingTransactions() const
{
    std::lock_guard lock(m_mutex);
    return m_transactions.ongoing();
}

void PartitionLog::forgetCompletedTransactionsBefore(std::int64_t offset)
{
    std::lock_guard lock(m_mutex);
    if (const auto lastMarker = m_transactions.forgetCompletedBefore(offset)) {
        m_forgottenMarkersEnd = std::max(m_forgottenMarkersEnd, *lastMarker + 1);
        publishFirstUnstableLocked();
    }
}

Status PartitionLog::trackAppendedLocked(ByteView batch, const BatchHeader &header)
{
    if (!header.isTransactional())
        return Status::ok();
    std::optional<std::int16_t> controlType;
    if (header.isControl()) {
        auto type = readControlType(batch);
        if (!type)
            return type.status();
        controlType = *type;
    }
    const std::optional<CompletedTransaction> done = m_transactions.observe(header, controlType);
    publishFirstUnstableLocked();
    if (!done || !done->aborted)
        return Status::ok();
    return m_segments.back()->appendAbortedTransaction(done->abortedEntry());
}

Status PartitionLog::truncateTransactionsLocked(std::int64_t newEnd)
{
    // The segments already dropped the index entries of the markers that went.
    if (newEnd < m_forgottenMarkersEnd) {
        // A marker removed here may have ended a transaction the tracker no longer
        // remembers (truncation below the high watermark: an unclean leader election):
        // read the log again rather than guess which transactions are open again.
        return replayTransactionsLocked();
    }
    m_transactions.truncateFrom(newEnd);
    publishFirstUnstableLocked();
    return Status::ok();
}

Status PartitionLog::replayTransactionsLocked()
{
    m_transactions.clear();
    m_forgottenMarkersEnd = 0;
    Status replayed;
    for (const auto &seg : m_segments) {
        replayed = seg->replayTransactions(m_transactions);
        if (!replayed.isOk())
            break;
    }
    publishFirstUnstableLocked();
    return replayed;
}

} // namespace es
