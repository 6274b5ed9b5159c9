// Taking over and giving up __transaction_state partitions: loading the ids' states from
// the log when this broker becomes a partition's leader, and resuming the transactions that
// were ending; dropping them when it stops leading.

#include "cluster/txn/transaction_coordinator.h"
#include "common/logging.h"

namespace es {

void TransactionCoordinator::beginLoading(std::int32_t statePartition, std::int32_t coordinatorEpoch)
{
    CallScope scope(*this);
    dropPartition(statePartition);
    m_partitions[statePartition] =
        OwnedPartition{PartitionStatus::Loading, coordinatorEpoch, m_nextGeneration++,
                       std::make_unique<TransactionLoader>(statePartition)};
    logger("txn")->debug("{}-{}: loading transactional ids at coordinator epoch {}", kTransactionStateTopic,
                         statePartition, coordinatorEpoch);
}

void TransactionCoordinator::loadRecords(std::int32_t statePartition,
                                         std::span<const TransactionLogEntry> records)
{
    auto it = m_partitions.find(statePartition);
    if (it == m_partitions.end() || it->second.status != PartitionStatus::Loading) {
        logger("txn")->warn("{}-{}: records to load, but the partition is not loading",
                            kTransactionStateTopic, statePartition);
        return;
    }
    for (const TransactionLogEntry &record : records)
        it->second.loader->add(record);
}

void TransactionCoordinator::finishLoading(std::int32_t statePartition)
{
    CallScope scope(*this);
    auto it = m_partitions.find(statePartition);
    if (it == m_partitions.end() || it->second.status != PartitionStatus::Loading) {
        logger("txn")->warn("{}-{}: finishing a load that was not begun", kTransactionStateTopic,
                            statePartition);
        return;
    }
    std::unique_ptr<TransactionLoader> loader = std::move(it->second.loader);
    it->second.status = PartitionStatus::Loaded;
    std::map<std::string, TransactionMetadata> loaded = loader->take();
    std::vector<std::string> ending;
    for (auto &[id, metadata] : loaded) {
        if (partitionFor(id) != statePartition) {
            logger("txn")->warn("{}-{}: skipping transactional id {}, which belongs to partition {}",
                                kTransactionStateTopic, statePartition, id, partitionFor(id));
            continue;
        }
        const TransactionState state = metadata.state;
        m_ids.insert_or_assign(id,
                               Entry{statePartition, TransactionalIdState(id, std::move(metadata)), true});
        if (state == TransactionState::PrepareCommit || state == TransactionState::PrepareAbort)
            ending.push_back(id);
    }
    logger("txn")->log(
        loaded.empty() ? spdlog::level::debug : spdlog::level::info,
        "{}-{}: loaded {} transactional ids from {} records ({} skipped), {} transactions to end",
        kTransactionStateTopic, statePartition, loaded.size(), loader->recordsRead(),
        loader->recordsSkipped(), ending.size());
    // The outcome was logged but maybe not every marker written (the previous coordinator
    // may have stopped in between): write them all again; a leader takes a repeat.
    for (const std::string &id : ending)
        startMarkers(id);
}

void TransactionCoordinator::loadPartition(std::int32_t statePartition, std::int32_t coordinatorEpoch,
                                           std::span<const TransactionLogEntry> records)
{
    beginLoading(statePartition, coordinatorEpoch);
    loadRecords(statePartition, records);
    finishLoading(statePartition);
}

void TransactionCoordinator::unloadPartition(std::int32_t statePartition,
                                             std::optional<std::int32_t> coordinatorEpoch)
{
    CallScope scope(*this);
    auto it = m_partitions.find(statePartition);
    if (it == m_partitions.end())
        return;
    if (coordinatorEpoch && it->second.coordinatorEpoch > *coordinatorEpoch) {
        logger("txn")->debug(
            "{}-{}: keeping the state of coordinator epoch {} over a resignation at epoch {}",
            kTransactionStateTopic, statePartition, it->second.coordinatorEpoch, *coordinatorEpoch);
        return;
    }
    logger("txn")->debug("{}-{}: unloading transactional ids", kTransactionStateTopic, statePartition);
    dropPartition(statePartition);
}

void TransactionCoordinator::dropPartition(std::int32_t statePartition)
{
    giveUpWaiting([&](const std::string &id, std::int64_t) { return partitionFor(id) == statePartition; });
    m_partitions.erase(statePartition);
    for (auto it = m_ids.begin(); it != m_ids.end();)
        it = it->second.statePartition == statePartition ? m_ids.erase(it) : std::next(it);
    for (auto it = m_markers.begin(); it != m_markers.end();)
        it = it->second.statePartition == statePartition ? m_markers.erase(it) : std::next(it);
}

} // namespace es
