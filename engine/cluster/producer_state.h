#pragma once

#include "common/buffer.h"
#include "common/error_code.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace es {

struct BatchHeader;

// The coordinator epoch a transaction marker carries in its record's value (version int16,
// then coordinatorEpoch int32); nullopt when `wholeBatch` is not a readable marker.
std::optional<std::int32_t> markerCoordinatorEpoch(ByteView wholeBatch);

// Idempotent producers on one partition: the epoch and the last five batches' sequence
// ranges of each producer id, as Kafka keeps them. The leader checks a batch before
// appending it; leader and followers record every appended batch, so a new leader
// de-duplicates a retry of a batch the old one wrote. Not thread-safe: the partition's
// owner serialises access.
// What DescribeProducers tells of one producer on a partition (Kafka's ProducerState).
struct ProducerView {
    std::int64_t producerId = -1;
    std::int32_t producerEpoch = -1;
    std::int32_t lastSequence = -1;  // -1 when its batches carry none (markers only)
    std::int64_t lastTimestamp = -1; // the largest timestamp of its last batch
    std::int32_t coordinatorEpoch = -1;
    std::int64_t currentTransactionStart = -1; // the first offset of its open transaction, or -1
};

class ProducerStateTable {
public:
    static constexpr std::size_t kBatchesKept = 5;

    struct BatchRange {
        std::int32_t firstSeq;
        std::int32_t lastSeq;
        std::int64_t firstOffset;
        std::int64_t lastOffset;
    };

    struct Check {
        ErrorCode error = ErrorCode::None;
        // A retry of a batch already written: answer success with its original offsets
        // (first and last), once those are replicated.
        std::optional<std::pair<std::int64_t, std::int64_t>> duplicateOf;
    };

    // Whether the batch may be appended next. Every batch of a known producer is checked
    // against its epoch; only batches with a sequence (not transaction markers, not a
    // coordinator's writes) against its sequences.
    // A marker (`coordinatorEpoch` its markerCoordinatorEpoch()) from a coordinator older
    // than one that already wrote a marker for the producer is refused with
    // TRANSACTION_COORDINATOR_FENCED: a coordinator that lost its partition must not end a
    // transaction its successor is running.
    [[nodiscard]] Check check(const BatchHeader &batch, std::int32_t coordinatorEpoch = -1) const;
    // Records an appended batch (offsets final). A marker with a newer epoch moves the
    // producer to it, so that batches of the fenced epoch are refused.
    void record(const BatchHeader &batch, std::int32_t coordinatorEpoch = -1);
    // Forgets batches at or after `offset` (after truncation) — producers whose only
    // batches went are forgotten too.
    void truncateFrom(std::int64_t offset);

    [[nodiscard]] std::size_t producerCount() const { return m_producers.size(); }
    // Every producer known here, by producer id (currentTransactionStart left -1: the
    // partition's log knows its open transactions).
    [[nodiscard]] std::vector<ProducerView> producers() const;

private:
    struct Entry {
        std::int16_t epoch = -1;
        std::deque<BatchRange> batches;
        std::int64_t lastTimestamp = -1;
        std::int32_t coordinatorEpoch = -1; // of the last marker
    };
    std::unordered_map<std::int64_t, Entry> m_producers;
};

} // namespace es
