// The client's requests (InitProducerId, AddPartitionsToTxn, AddOffsetsToTxn, EndTxn) and the
// GUI's abort: each is checked by the id's state, and what it prepares is written to
// __transaction_state before the client is answered.

#include "cluster/group/group_coordinator.h"
#include "cluster/group/group_records.h"
#include "cluster/txn/transaction_coordinator.h"
#include "common/logging.h"

#include <algorithm>
#include <utility>

namespace es {

TransactionCoordinator::Entry *TransactionCoordinator::findOrCreate(const std::string &transactionalId,
                                                                    std::int32_t timeoutMs)
{
    if (Entry *entry = findEntry(transactionalId))
        return entry;
    // Kafka hands a new id its producer id at once, at epoch -1, so that the first
    // InitProducerId bumps it to 0.
    const std::int64_t producerId = m_allocateProducerId();
    if (producerId < 0)
        return nullptr;
    Entry entry{partitionFor(transactionalId),
                TransactionalIdState(transactionalId, producerId, timeoutMs, now()), false};
    return &m_ids.emplace(transactionalId, std::move(entry)).first->second;
}

void TransactionCoordinator::initProducerId(const std::optional<std::string> &transactionalId,
                                            std::int32_t timeoutMs,
                                            std::optional<ProducerIdAndEpoch> expected,
                                            InitProducerIdCallback done)
{
    CallScope scope(*this);
    auto answer = [this](InitProducerIdCallback cb, ErrorCode error, std::int64_t producerId = -1,
                         std::int16_t epoch = -1) {
        post([cb = std::move(cb), error, producerId, epoch] { cb(error, producerId, epoch); });
    };
    if (!transactionalId) {
        const std::int64_t producerId = m_allocateProducerId();
        if (producerId < 0)
            return answer(std::move(done), ErrorCode::CoordinatorNotAvailable);
        return answer(std::move(done), ErrorCode::None, producerId, 0);
    }
    const std::string &id = *transactionalId;
    if (id.empty())
        return answer(std::move(done), ErrorCode::InvalidRequest);
    if (ErrorCode error = coordinatorError(id); error != ErrorCode::None)
        return answer(std::move(done), error);
    // Checked before an unknown id takes a producer id it would not keep.
    if (timeoutMs <= 0 || timeoutMs > m_config.limits.maxTimeoutMs)
        return answer(std::move(done), ErrorCode::InvalidTransactionTimeout);

    Entry *entry = findOrCreate(id, timeoutMs);
    if (entry == nullptr)
        return answer(std::move(done), ErrorCode::CoordinatorNotAvailable); // no producer id to hand out
    const TransactionTransition t =
        entry->state.prepareInitProducerId(timeoutMs, expected, m_config.limits, now(), m_allocateProducerId);
    if (!t.write) {
        forgetIfUnwritten(id);
        return answer(std::move(done), t.reply);
    }
    if (t.write->producerId < 0) {
        // The epoch ran out and no new producer id was to be had: try again later.
        entry->state.writeFailed();
        return answer(std::move(done), ErrorCode::CoordinatorNotAvailable);
    }
    // CONCURRENT_TRANSACTIONS with a write: the open transaction is aborted under a bumped
    // epoch first; the client retries once it completes.
    const bool fencing = t.reply == ErrorCode::ConcurrentTransactions;
    const std::set<TopicPartition> partitions = entry->state.current().partitions;
    write(
        id, *t.write,
        [this, id, next = *t.write, fencing, partitions, answer, done](ErrorCode error) {
            if (error != ErrorCode::None)
                return answer(done, error);
            if (!fencing)
                return answer(done, ErrorCode::None, next.producerId, next.producerEpoch);
            logger("txn")->info(
                "transactional id {}: a new producer fenced epoch {} of producer id {}; aborting "
                "its open transaction",
                id, next.producerEpoch - 1, next.producerId);
            raiseEvent(TransactionEventKind::Fenced, id, next, partitions);
            answer(done, ErrorCode::ConcurrentTransactions);
            startMarkers(id);
        },
        [done](ErrorCode error) { done(error, -1, -1); });
}

void TransactionCoordinator::addPartitions(const std::string &transactionalId, std::int64_t producerId,
                                           std::int16_t producerEpoch,
                                           const std::vector<TopicPartition> &partitions,
                                           AddPartitionsCallback done)
{
    CallScope scope(*this);
    const std::set<TopicPartition> requested(partitions.begin(), partitions.end());
    auto answerAll = [requested](ErrorCode error) {
        std::map<TopicPartition, ErrorCode> result;
        for (const TopicPartition &tp : requested)
            result.emplace(tp, error);
        return result;
    };
    // Nothing to add (an empty answer): no transaction starts with no partition to end. A
    // partition that does not exist fails the whole request, as in Kafka's handler.
    if (requested.empty() ||
        std::any_of(requested.begin(), requested.end(),
                    [this](const TopicPartition &tp) { return !m_partitionExists(tp); })) {
        std::map<TopicPartition, ErrorCode> result;
        for (const TopicPartition &tp : requested)
            result.emplace(tp, m_partitionExists(tp) ? ErrorCode::OperationNotAttempted
                                                     : ErrorCode::UnknownTopicOrPartition);
        post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
        return;
    }
    addToTransaction(transactionalId, producerId, producerEpoch, requested,
                     [done = std::move(done), answerAll](ErrorCode error) { done(answerAll(error)); });
}

void TransactionCoordinator::addOffsets(const std::string &transactionalId, std::int64_t producerId,
                                        std::int16_t producerEpoch, const std::string &groupId,
                                        std::int32_t offsetsTopicPartitions, ErrorCallback done)
{
    CallScope scope(*this);
    const TopicPartition offsets{std::string(kOffsetsTopic),
                                 GroupCoordinator::partitionFor(groupId, offsetsTopicPartitions)};
    addToTransaction(transactionalId, producerId, producerEpoch, {offsets}, std::move(done));
}

void TransactionCoordinator::addToTransaction(const std::string &transactionalId, std::int64_t producerId,
                                              std::int16_t producerEpoch,
                                              const std::set<TopicPartition> &partitions, ErrorCallback done)
{
    auto answer = [this](ErrorCallback cb, ErrorCode error) {
        post([cb = std::move(cb), error] { cb(error); });
    };
    if (ErrorCode error = coordinatorError(transactionalId); error != ErrorCode::None)
        return answer(std::move(done), error);
    Entry *entry = findEntry(transactionalId);
    if (entry == nullptr)
        return answer(std::move(done), ErrorCode::InvalidProducerIdMapping);
    const bool begins = entry->state.state() != TransactionState::Ongoing;
    const TransactionTransition t =
        entry->state.prepareAddPartitions(producerId, producerEpoch, partitions, now());
    if (!t.write && t.reply == ErrorCode::ConcurrentTransactions && m_markers.contains(transactionalId)) {
        // The previous transaction is still writing its markers: this one starts when it has.
        return waitForEndingTransaction(
            transactionalId,
            [this, transactionalId, producerId, producerEpoch, partitions, done] {
                addToTransaction(transactionalId, producerId, producerEpoch, partitions, done);
            },
            [answer, done] { answer(done, ErrorCode::ConcurrentTransactions); });
    }
    if (!t.write)
        return answer(std::move(done), t.reply);
    write(
        transactionalId, *t.write,
        [this, transactionalId, next = *t.write, begins, answer, done](ErrorCode error) {
            if (error == ErrorCode::None && begins)
                raiseEvent(TransactionEventKind::Begun, transactionalId, next, next.partitions);
            answer(done, error);
        },
        done);
}

void TransactionCoordinator::endTxn(const std::string &transactionalId, std::int64_t producerId,
                                    std::int16_t producerEpoch, bool commit, ErrorCallback done)
{
    CallScope scope(*this);
    auto answer = [this](ErrorCallback cb, ErrorCode error) {
        post([cb = std::move(cb), error] { cb(error); });
    };
    if (ErrorCode error = coordinatorError(transactionalId); error != ErrorCode::None)
        return answer(std::move(done), error);
    Entry *entry = findEntry(transactionalId);
    if (entry == nullptr)
        return answer(std::move(done), ErrorCode::InvalidProducerIdMapping);
    const TransactionTransition t = entry->state.prepareEndTxn(producerId, producerEpoch, commit, now());
    if (!t.write)
        return answer(std::move(done), t.reply);
    write(
        transactionalId, *t.write,
        [this, transactionalId, answer, done](ErrorCode error) {
            answer(done, error);
            if (error == ErrorCode::None)
                startMarkers(transactionalId);
        },
        done);
}

void TransactionCoordinator::abortTransaction(const std::string &transactionalId, ErrorCallback done)
{
    CallScope scope(*this);
    auto answer = [this](ErrorCallback cb, ErrorCode error) {
        post([cb = std::move(cb), error] { cb(error); });
    };
    if (ErrorCode error = coordinatorError(transactionalId); error != ErrorCode::None)
        return answer(std::move(done), error);
    Entry *entry = findEntry(transactionalId);
    if (entry == nullptr || entry->state.state() == TransactionState::Dead)
        return answer(std::move(done), ErrorCode::TransactionalIdNotFound);
    if (entry->state.pendingState())
        return answer(std::move(done), ErrorCode::ConcurrentTransactions);
    if (entry->state.state() == TransactionState::PrepareAbort)
        return answer(std::move(done), ErrorCode::None);
    if (entry->state.state() != TransactionState::Ongoing)
        return answer(std::move(done), ErrorCode::InvalidTxnState);

    // What a new producer instance does to an open transaction: the epoch is bumped, so the
    // hanging producer is fenced, and the transaction aborted. The timeout only matters to
    // the check, which a timeout above today's maximum would fail.
    const TransactionMetadata &current = entry->state.current();
    const std::int32_t timeoutMs = std::clamp(current.timeoutMs, 1, m_config.limits.maxTimeoutMs);
    const std::set<TopicPartition> partitions = current.partitions;
    const TransactionTransition t = entry->state.prepareInitProducerId(
        timeoutMs, std::nullopt, m_config.limits, now(), m_allocateProducerId);
    if (!t.write)
        return answer(std::move(done), t.reply);
    write(
        transactionalId, *t.write,
        [this, transactionalId, next = *t.write, partitions, answer, done](ErrorCode error) {
            if (error != ErrorCode::None)
                return answer(done, error);
            logger("txn")->info(
                "transactional id {}: aborted by an administrator; producer id {} fenced at epoch {}",
                transactionalId, next.producerId, next.producerEpoch);
            raiseEvent(TransactionEventKind::AdminAborted, transactionalId, next, partitions);
            answer(done, ErrorCode::None);
            startMarkers(transactionalId);
        },
        done);
}

void TransactionCoordinator::waitForEndingTransaction(const std::string &transactionalId,
                                                      std::function<void()> retry, std::function<void()> giveUp)
{
    m_waiting[transactionalId].push_back(
        {std::move(retry), std::move(giveUp), now() + m_config.endingTransactionWaitMs});
}

void TransactionCoordinator::resumeWaiting(const std::string &transactionalId)
{
    auto it = m_waiting.find(transactionalId);
    if (it == m_waiting.end())
        return;
    std::vector<WaitingRequest> waiting = std::move(it->second);
    m_waiting.erase(it);
    for (WaitingRequest &w : waiting)
        w.retry();
}

void TransactionCoordinator::giveUpWaiting(const std::function<bool(const std::string &, std::int64_t)> &which)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        auto &list = it->second;
        for (auto w = list.begin(); w != list.end();) {
            if (which(it->first, w->deadlineMs)) {
                w->giveUp();
                w = list.erase(w);
            } else {
                ++w;
            }
        }
        it = list.empty() ? m_waiting.erase(it) : std::next(it);
    }
}

} // namespace es
