#include "cluster/producer_state.h"

#include "storage/record_batch_reader.h"

#include <algorithm>
#include <limits>

namespace es {

namespace {

std::int32_t nextSeq(std::int32_t seq)
{
    return seq == std::numeric_limits<std::int32_t>::max() ? 0 : seq + 1;
}

} // namespace

std::optional<std::int32_t> markerCoordinatorEpoch(ByteView wholeBatch)
{
    auto view = RecordBatchView::parse(wholeBatch, CrcCheck::Skip);
    if (!view || !view->header().isControl())
        return std::nullopt;
    std::optional<std::int32_t> epoch;
    (void)view->forEachRecord([&](const RecordView &record) {
        // Value: version int16 (0), coordinatorEpoch int32, big-endian.
        if (epoch || !record.value || record.value->size() < 6)
            return;
        const std::uint8_t *v = record.value->data() + 2;
        epoch = static_cast<std::int32_t>(static_cast<std::uint32_t>(v[0]) << 24 | static_cast<std::uint32_t>(v[1]) << 16 |
                                          static_cast<std::uint32_t>(v[2]) << 8 | static_cast<std::uint32_t>(v[3]));
    });
    return epoch;
}

ProducerStateTable::Check ProducerStateTable::check(const BatchHeader &batch, std::int32_t coordinatorEpoch) const
{
    Check out;
    if (batch.producerId < 0)
        return out;
    auto it = m_producers.find(batch.producerId);
    if (it == m_producers.end())
        return out; // a new producer (or one whose state retention removed): accept
    const Entry &e = it->second;
    if (batch.producerEpoch < e.epoch) {
        // Older than the epoch of its last batch or of a marker that fenced it.
        out.error = ErrorCode::InvalidProducerEpoch;
        return out;
    }
    if (batch.isControl() && coordinatorEpoch < e.coordinatorEpoch) {
        out.error = ErrorCode::TransactionCoordinatorFenced;
        return out;
    }
    if (batch.isControl() || batch.baseSequence < 0)
        return out; // a transaction marker, or a coordinator's write, carries no sequence
    if (batch.producerEpoch > e.epoch || e.batches.empty()) {
        // A new epoch (or the first batch after a marker that bumped it) starts at zero.
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

void ProducerStateTable::record(const BatchHeader &batch, std::int32_t coordinatorEpoch)
{
    if (batch.producerId < 0)
        return;
    Entry &e = m_producers[batch.producerId];
    e.lastTimestamp = std::max(e.lastTimestamp, batch.maxTimestamp);
    if (batch.isControl())
        e.coordinatorEpoch = std::max(e.coordinatorEpoch, coordinatorEpoch);
    if (batch.isControl() || batch.baseSequence < 0) {
        // A marker written with a bumped epoch (a transaction aborted to fence its
        // producer) fences every older epoch from here on, as Kafka's producer state does.
        // Batches without a sequence (a coordinator's transactional offset commits) only
        // carry the epoch too.
        if (batch.producerEpoch > e.epoch) {
            e.epoch = batch.producerEpoch;
            e.batches.clear();
        }
        return;
    }
    if (batch.producerEpoch != e.epoch) {
        e.epoch = batch.producerEpoch;
        e.batches.clear();
    }
    e.batches.push_back({batch.baseSequence, batch.baseSequence + batch.lastOffsetDelta, batch.baseOffset,
                         batch.lastOffset()});
    while (e.batches.size() > kBatchesKept)
        e.batches.pop_front();
}

std::vector<ProducerView> ProducerStateTable::producers() const
{
    std::vector<ProducerView> out;
    out.reserve(m_producers.size());
    for (const auto &[id, e] : m_producers)
        out.push_back(
            {id, e.epoch, e.batches.empty() ? -1 : e.batches.back().lastSeq, e.lastTimestamp, e.coordinatorEpoch, -1});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.producerId < b.producerId; });
    return out;
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
