#include "cluster/producer_state.h"

#include "storage/record_batch_reader.h"

#include <limits>

namespace es {

namespace {

std::int32_t nextSeq(std::int32_t seq)
{
    return seq == std::numeric_limits<std::int32_t>::max() ? 0 : seq + 1;
}

} // namespace

ProducerStateTable::Check ProducerStateTable::check(const BatchHeader &batch) const
{
    Check out;
    if (batch.producerId < 0)
        return out;
    auto it = m_producers.find(batch.producerId);
    if (it == m_producers.end() || it->second.batches.empty())
        return out; // a new producer (or one whose state retention removed): accept
    const Entry &e = it->second;
    if (batch.producerEpoch < e.epoch) {
        out.error = ErrorCode::InvalidProducerEpoch;
        return out;
    }
    if (batch.producerEpoch > e.epoch) {
        if (batch.baseSequence != 0)
            out.error = ErrorCode::OutOfOrderSequenceNumber;
        return out;
    }
    const std::int32_t lastSeq = batch.baseSequence + batch.lastOffsetDelta;
    for (const auto &b : e.batches) {
        if (b.firstSeq == batch.baseSequence && b.lastSeq == lastSeq) {
            out.error = ErrorCode::DuplicateSequenceNumber;
            out.duplicateOf = std::make_pair(b.firstOffset, b.lastOffset);
            return out;
        }
    }
    if (batch.baseSequence != nextSeq(e.batches.back().lastSeq))
        out.error = ErrorCode::OutOfOrderSequenceNumber;
    return out;
}

void ProducerStateTable::record(const BatchHeader &batch)
{
    if (batch.producerId < 0 || batch.isControl())
        return;
    Entry &e = m_producers[batch.producerId];
    if (batch.producerEpoch != e.epoch) {
        e.epoch = batch.producerEpoch;
        e.batches.clear();
    }
    e.batches.push_back({batch.baseSequence, batch.baseSequence + batch.lastOffsetDelta, batch.baseOffset,
                         batch.lastOffset()});
    while (e.batches.size() > kBatchesKept)
        e.batches.pop_front();
}

void ProducerStateTable::truncateFrom(std::int64_t offset)
{
    for (auto it = m_producers.begin(); it != m_producers.end();) {
        auto &batches = it->second.batches;
        while (!batches.empty() && batches.back().firstOffset >= offset)
            batches.pop_back();
        it = batches.empty() ? m_producers.erase(it) : std::next(it);
    }
}

} // namespace es
