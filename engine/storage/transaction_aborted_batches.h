#pragma once

// Which data batches of a stretch of a partition belong to aborted transactions, told from
// the aborted transactions its segments' indexes report for that stretch: what the log
// cleaner needs (Kafka's CleanedTransactionMetadata), since no batch says which way its
// transaction ended.

#include "storage/transaction_index.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace es {

struct BatchHeader;

class AbortedBatches {
public:
    // `aborted`: PartitionLog::collectAbortedTransactions() over the stretch (every aborted
    // transaction that overlaps it), in any order.
    explicit AbortedBatches(std::vector<AbortedTransaction> aborted);

    // Call for the stretch's batches in offset order. True for a transactional data batch
    // of a producer whose transaction aborted: one that lies between the first offset of
    // one of the producer's aborted transactions and its abort marker (a producer has one
    // transaction at a time, so every transactional batch of it in between is that one's).
    bool isAborted(const BatchHeader &header);

private:
    struct Span {
        std::int64_t firstOffset;
        std::int64_t markerOffset;
    };

    std::vector<AbortedTransaction> m_aborted; // by first offset
    std::size_t m_next = 0;                    // the first not yet reached
    // Each producer's latest aborted transaction reached by the walk.
    std::unordered_map<std::int64_t, Span> m_current;
};

} // namespace es
