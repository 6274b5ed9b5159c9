#pragma once

#include "common/error_code.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>
#include <utility>

namespace es {

struct BatchHeader;

// Idempotent producers on one partition: the epoch and the last five batches' sequence
// ranges of each producer id, as Kafka keeps them. The leader checks a batch before
// appending it; leader and followers record every appended batch, so a new leader
// de-duplicates a retry of a batch the old one wrote. Not thread-safe: the partition's
// owner serialises access.
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

    // Whether the batch may be appended next.
    [[nodiscard]] Check check(const BatchHeader &batch) const;
    // Records an appended batch (offsets final).
    void record(const BatchHeader &batch);
    // Forgets batches at or after `offset` (after truncation) — producers whose only
    // batches went are forgotten too.
    void truncateFrom(std::int64_t offset);

    [[nodiscard]] std::size_t producerCount() const { return m_producers.size(); }

private:
    struct Entry {
        std::int16_t epoch = -1;
        std::deque<BatchRange> batches;
    };
    std::unordered_map<std::int64_t, Entry> m_producers;
};

} // namespace es
