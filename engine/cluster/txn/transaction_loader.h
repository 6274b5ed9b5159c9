#pragma once

// Replays the records of one __transaction_state partition, in offset order, into the latest
// state per transactional id: the last value per key wins, a tombstone removes the key
// (transaction_records.md, "Loading").

#include "cluster/txn/transaction_state.h"
#include "cluster/txn/transaction_store.h"

#include <cstdint>
#include <map>
#include <string>

namespace es {

class TransactionLoader {
public:
    explicit TransactionLoader(std::int32_t statePartition) : m_statePartition(statePartition) {}

    // Undecodable records are logged and skipped, as are states Kafka never writes (Dead,
    // PrepareEpochFence): a skipped record leaves the id's previous state in place.
    void add(const TransactionLogEntry &entry);

    // The ids that have a state, by transactional id. Leaves the loader empty.
    std::map<std::string, TransactionMetadata> take();

    [[nodiscard]] std::int64_t recordsRead() const { return m_recordsRead; }
    [[nodiscard]] std::int64_t recordsSkipped() const { return m_recordsSkipped; }

private:
    void skip(const Status &why);

    std::int32_t m_statePartition;
    std::map<std::string, TransactionMetadata> m_ids;
    std::int64_t m_recordsRead = 0;
    std::int64_t m_recordsSkipped = 0;
};

} // namespace es
