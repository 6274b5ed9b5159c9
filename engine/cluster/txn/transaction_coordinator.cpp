// The coordinator's routing, its writes to __transaction_state, events, and the read-only
// views (describe, list, snapshot).

#include "cluster/txn/transaction_coordinator.h"

#include "cluster/group/group_coordinator.h"
#include "common/logging.h"

#include <algorithm>

namespace es {

TransactionCoordinator::TransactionCoordinator(TransactionCoordinatorConfig config, TransactionStore &store,
                                               TransactionMarkerChannel &markers,
                                               std::function<std::int64_t()> allocateProducerId,
                                               PartitionExists partitionExists, const Clock &clock)
    : m_config(config),
      m_store(store),
      m_markerChannel(markers),
      m_allocateProducerId(std::move(allocateProducerId)),
      m_partitionExists(std::move(partitionExists)),
      m_clock(clock)
{
    m_nextTimeoutCheckMs = m_clock.nowMs() + m_config.abortTimedOutIntervalMs;
    m_nextExpiryCheckMs = m_clock.nowMs() + m_config.removeExpiredIntervalMs;
}

TransactionCoordinator::~TransactionCoordinator()
{
    std::vector<std::int32_t> partitions;
    for (const auto &[p, owned] : m_partitions)
        partitions.push_back(p);
    for (std::int32_t p : partitions)
        unloadPartition(p);
}

void TransactionCoordinator::setEventHook(EventHook hook) { m_eventHook = std::move(hook); }

std::int32_t TransactionCoordinator::partitionFor(std::string_view transactionalId, std::int32_t partitions)
{
    // Kafka places transactional ids exactly as group ids.
    return GroupCoordinator::partitionFor(transactionalId, partitions);
}

std::int32_t TransactionCoordinator::partitionFor(std::string_view transactionalId) const
{
    return partitionFor(transactionalId, m_config.statePartitions);
}

bool TransactionCoordinator::ownsPartition(std::int32_t statePartition) const
{
    auto it = m_partitions.find(statePartition);
    return it != m_partitions.end() && it->second.status == PartitionStatus::Loaded;
}

bool TransactionCoordinator::isLoading(std::int32_t statePartition) const
{
    auto it = m_partitions.find(statePartition);
    return it != m_partitions.end() && it->second.status == PartitionStatus::Loading;
}

ErrorCode TransactionCoordinator::coordinatorError(std::string_view transactionalId) const
{
    auto it = m_partitions.find(partitionFor(transactionalId));
    if (it == m_partitions.end())
        return ErrorCode::NotCoordinator;
    if (it->second.status == PartitionStatus::Loading)
        return ErrorCode::CoordinatorLoadInProgress;
    return ErrorCode::None;
}

TransactionCoordinator::Entry *TransactionCoordinator::findEntry(std::string_view transactionalId)
{
    auto it = m_ids.find(transactionalId);
    return it == m_ids.end() ? nullptr : &it->second;
}

const TransactionCoordinator::Entry *TransactionCoordinator::findEntry(std::string_view transactionalId) const
{
    auto it = m_ids.find(transactionalId);
    return it == m_ids.end() ? nullptr : &it->second;
}

void TransactionCoordinator::forgetIfUnwritten(const std::string &transactionalId)
{
    auto it = m_ids.find(transactionalId);
    if (it != m_ids.end() && !it->second.persisted && !it->second.state.pendingState())
        m_ids.erase(it);
}

void TransactionCoordinator::post(std::function<void()> fn) { m_deferred.push_back(std::move(fn)); }

void TransactionCoordinator::drain()
{
    ++m_callDepth; // calls made by the callbacks queue their answers for this loop
    while (!m_deferred.empty()) {
        std::function<void()> fn = std::move(m_deferred.front());
        m_deferred.pop_front();
        fn();
    }
    --m_callDepth;
}

void TransactionCoordinator::raiseEvent(TransactionEventKind kind, const std::string &transactionalId,
                                        const TransactionMetadata &m,
                                        const std::set<TopicPartition> &partitions)
{
    TransactionEvent event;
    event.kind = kind;
    event.timeMs = now();
    event.transactionalId = transactionalId;
    event.producerId = m.producerId;
    event.producerEpoch = m.producerEpoch;
    event.partitions.assign(partitions.begin(), partitions.end());
    post([this, event = std::move(event)] {
        if (m_eventHook)
            m_eventHook(event);
    });
}

void TransactionCoordinator::write(const std::string &transactionalId, const TransactionMetadata &next,
                                   std::function<void(ErrorCode)> then,
                                   std::function<void(ErrorCode)> orphaned)
{
    const std::int32_t partition = findEntry(transactionalId)->statePartition;
    const std::uint64_t generation = m_partitions.at(partition).generation;
    TransactionLogRecord record{transactionalId, std::nullopt};
    if (next.state != TransactionState::Dead)
        record.value = next.toLogValue();
    std::weak_ptr<int> alive = m_lifetime;
    m_store.append(
        partition, std::move(record),
        [this, alive, transactionalId, partition, generation, next, then = std::move(then),
         orphaned = std::move(orphaned)](ErrorCode produceError) {
            if (alive.expired()) {
                if (orphaned)
                    orphaned(ErrorCode::NotCoordinator);
                return;
            }
            CallScope scope(*this);
            auto owned = m_partitions.find(partition);
            Entry *entry = owned != m_partitions.end() && owned->second.generation == generation
                               ? findEntry(transactionalId)
                               : nullptr;
            if (entry == nullptr) {
                then(ErrorCode::NotCoordinator); // the state it changed was dropped with the partition
                return;
            }
            if (produceError != ErrorCode::None) {
                logger("txn")->warn("{}-{}: writing transactional id {} as {} failed: {}",
                                    kTransactionStateTopic, partition, transactionalId,
                                    transactionStateName(next.state), errorName(produceError));
                entry->state.writeFailed();
                then(storeError(produceError));
                forgetIfUnwritten(transactionalId);
                return;
            }
            if (Status s = entry->state.complete(next); !s.isOk()) {
                // The state machine prepared this very record; a mismatch is a bug, and the
                // client is told the write did not take effect.
                logger("txn")->error("{}", s.toString());
                entry->state.writeFailed();
                then(ErrorCode::UnknownServerError);
                forgetIfUnwritten(transactionalId);
                return;
            }
            entry->persisted = true;
            then(ErrorCode::None);
        });
}

ErrorCode TransactionCoordinator::storeError(ErrorCode produceError)
{
    // Kafka's TransactionStateManager.appendTransactionToLog.
    switch (produceError) {
    case ErrorCode::UnknownTopicOrPartition:
    case ErrorCode::NotEnoughReplicas:
    case ErrorCode::NotEnoughReplicasAfterAppend:
    case ErrorCode::RequestTimedOut: return ErrorCode::CoordinatorNotAvailable;
    case ErrorCode::NotLeaderOrFollower:
    case ErrorCode::KafkaStorageError: return ErrorCode::NotCoordinator;
    case ErrorCode::MessageTooLarge:
    case ErrorCode::RecordListTooLarge: return ErrorCode::UnknownServerError;
    default: return produceError;
    }
}

std::vector<TransactionDescription>
TransactionCoordinator::describeTransactions(const std::vector<std::string> &transactionalIds) const
{
    std::vector<TransactionDescription> out;
    out.reserve(transactionalIds.size());
    for (const std::string &id : transactionalIds) {
        TransactionDescription d;
        d.transactionalId = id;
        d.error = coordinatorError(id);
        const Entry *entry = d.error == ErrorCode::None ? findEntry(id) : nullptr;
        if (d.error == ErrorCode::None &&
            (entry == nullptr || entry->state.state() == TransactionState::Dead))
            d.error = ErrorCode::TransactionalIdNotFound;
        if (d.error == ErrorCode::None) {
            const TransactionMetadata &m = entry->state.current();
            d.state = m.state;
            d.producerId = m.producerId;
            d.producerEpoch = m.producerEpoch;
            d.timeoutMs = m.timeoutMs;
            d.startTimestampMs = m.startTimestampMs;
            d.partitions.assign(m.partitions.begin(), m.partitions.end());
        }
        out.push_back(std::move(d));
    }
    return out;
}

ListTransactionsResult
TransactionCoordinator::listTransactions(const std::vector<std::string> &stateFilters,
                                         const std::vector<std::int64_t> &producerIdFilters,
                                         std::int64_t durationFilterMs) const
{
    ListTransactionsResult result;
    for (const auto &[p, owned] : m_partitions)
        if (owned.status == PartitionStatus::Loading) {
            result.error = ErrorCode::CoordinatorLoadInProgress;
            return result;
        }
    std::set<TransactionState> states;
    for (const std::string &name : stateFilters) {
        std::optional<TransactionState> state;
        for (std::int8_t id = 0; !state; ++id) {
            const std::optional<TransactionState> s = transactionStateFromId(id);
            if (!s)
                break;
            if (transactionStateName(*s) == name)
                state = s;
        }
        if (state)
            states.insert(*state);
        else
            result.unknownStateFilters.push_back(name);
    }
    const std::int64_t t = now();
    for (const auto &[id, entry] : m_ids) {
        const TransactionMetadata &m = entry.state.current();
        // Dead is the moment between an id's tombstone and its removal.
        if (m.state == TransactionState::Dead)
            continue;
        if (!stateFilters.empty() && !states.contains(m.state))
            continue;
        if (!producerIdFilters.empty() && std::find(producerIdFilters.begin(), producerIdFilters.end(),
                                                    m.producerId) == producerIdFilters.end())
            continue;
        if (durationFilterMs >= 0 && t - m.startTimestampMs <= durationFilterMs)
            continue;
        result.transactions.push_back({id, m.producerId, m.state});
    }
    return result;
}

std::vector<TransactionSnapshot> TransactionCoordinator::snapshot() const
{
    std::vector<TransactionSnapshot> out;
    out.reserve(m_ids.size());
    for (const auto &[id, entry] : m_ids) {
        const TransactionMetadata &m = entry.state.current();
        TransactionSnapshot s;
        s.transactionalId = id;
        s.statePartition = entry.statePartition;
        s.state = m.state;
        s.pendingState = entry.state.pendingState();
        s.producerId = m.producerId;
        s.producerEpoch = m.producerEpoch;
        s.timeoutMs = m.timeoutMs;
        s.startTimestampMs = m.startTimestampMs;
        s.lastUpdateTimestampMs = m.lastUpdateTimestampMs;
        s.partitions.assign(m.partitions.begin(), m.partitions.end());
        if (auto job = m_markers.find(id); job != m_markers.end())
            s.awaitingMarkers.assign(job->second.awaiting.begin(), job->second.awaiting.end());
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace es
