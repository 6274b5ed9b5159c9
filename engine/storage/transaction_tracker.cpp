#include "storage/transaction_tracker.h"

#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

#include <algorithm>

namespace es {

Result<std::optional<std::int16_t>> readControlType(ByteView wholeBatch)
{
    auto header = parseBatchHeader(wholeBatch);
    if (!header)
        return header.status();
    if (!header->isControl())
        return std::optional<std::int16_t>();
    auto view = RecordBatchView::parse(wholeBatch);
    if (!view)
        return view.status();
    std::optional<std::int16_t> type;
    Status problem;
    Status walk = view->forEachRecord([&](const RecordView &record) {
        if (type || !problem.isOk())
            return;
        auto parsed = parseControlRecordType(record.key);
        if (parsed)
            type = *parsed;
        else
            problem = parsed.status();
    });
    if (!walk.isOk())
        return walk;
    if (!problem.isOk())
        return Status::corruption("control batch at offset " + std::to_string(header->baseOffset) + ": " +
                                  problem.message());
    return type;
}

std::optional<CompletedTransaction> TransactionTracker::observe(const BatchHeader &header,
                                                                std::optional<std::int16_t> controlType)
{
    if (header.producerId == batch::kNoProducerId || !header.isTransactional())
        return std::nullopt;
    if (header.isControl()) {
        if (controlType != batch::kControlTypeAbort && controlType != batch::kControlTypeCommit)
            return std::nullopt;
        return complete(header.producerId, header.baseOffset, controlType == batch::kControlTypeAbort);
    }
    auto known = m_firstOffsetOf.find(header.producerId);
    if (known == m_firstOffsetOf.end()) {
        m_ongoing.emplace(header.baseOffset, OngoingTransaction{header.producerId, header.producerEpoch,
                                                                header.baseOffset, header.lastOffset()});
        m_firstOffsetOf.emplace(header.producerId, header.baseOffset);
        return std::nullopt;
    }
    OngoingTransaction &txn = m_ongoing.at(known->second);
    txn.producerEpoch = header.producerEpoch;
    txn.lastDataOffset = header.lastOffset();
    return std::nullopt;
}

CompletedTransaction TransactionTracker::complete(std::int64_t producerId, std::int64_t markerOffset,
                                                  bool aborted)
{
    CompletedTransaction done{producerId, markerOffset, markerOffset, aborted, 0};
    auto known = m_firstOffsetOf.find(producerId);
    if (known != m_firstOffsetOf.end()) {
        auto txn = m_ongoing.find(known->second);
        done.firstOffset = txn->second.firstOffset;
        m_completed.push_back({txn->second, markerOffset});
        m_ongoing.erase(txn);
        m_firstOffsetOf.erase(known);
    }
    done.lastStableOffset = firstUnstableOffset().value_or(markerOffset + 1);
    return done;
}

std::optional<std::int64_t> TransactionTracker::firstUnstableOffset() const
{
    if (m_ongoing.empty())
        return std::nullopt;
    return m_ongoing.begin()->first;
}

std::optional<std::int64_t> TransactionTracker::firstUnsettledOffset() const
{
    std::optional<std::int64_t> first = firstUnstableOffset();
    for (const Completed &c : m_completed)
        if (!first || c.transaction.firstOffset < *first)
            first = c.transaction.firstOffset;
    return first;
}

std::int64_t TransactionTracker::lastStableOffset(std::int64_t highWatermark) const
{
    return std::min(firstUnstableOffset().value_or(highWatermark), highWatermark);
}

void TransactionTracker::truncateFrom(std::int64_t offset)
{
    for (auto it = m_ongoing.lower_bound(offset); it != m_ongoing.end();) {
        m_firstOffsetOf.erase(it->second.producerId);
        it = m_ongoing.erase(it);
    }
    for (auto &[first, txn] : m_ongoing)
        txn.lastDataOffset = std::min(txn.lastDataOffset, offset - 1);
    // Newest marker first: a producer's transaction reopened here started after any of its
    // earlier markers, so at most one of its transactions reopens, and no ongoing one of
    // the same producer is left (it started after this marker, so at or after `offset`).
    while (!m_completed.empty() && m_completed.back().markerOffset >= offset) {
        OngoingTransaction txn = m_completed.back().transaction;
        m_completed.pop_back();
        if (txn.firstOffset >= offset)
            continue;
        txn.lastDataOffset = std::min(txn.lastDataOffset, offset - 1);
        m_ongoing.emplace(txn.firstOffset, txn);
        m_firstOffsetOf[txn.producerId] = txn.firstOffset;
    }
}

std::optional<std::int64_t> TransactionTracker::forgetCompletedBefore(std::int64_t offset)
{
    std::optional<std::int64_t> lastMarker;
    while (!m_completed.empty() && m_completed.front().markerOffset < offset) {
        lastMarker = m_completed.front().markerOffset;
        m_completed.pop_front();
    }
    return lastMarker;
}

std::vector<OngoingTransaction> TransactionTracker::ongoing() const
{
    std::vector<OngoingTransaction> out;
    out.reserve(m_ongoing.size());
    for (const auto &[first, txn] : m_ongoing)
        out.push_back(txn);
    return out;
}

void TransactionTracker::clear()
{
    m_ongoing.clear();
    m_firstOffsetOf.clear();
    m_completed.clear();
}

} // namespace es
