#include "cluster/txn/transaction_state.h"

#include "cluster/group/group_records.h"

#include <algorithm>
#include <map>
#include <utility>

namespace es {
namespace {

bool isEpochExhausted(std::int16_t epoch) { return epoch >= kExhaustedProducerEpoch; }

} // namespace

TransactionLogValue TransactionMetadata::toLogValue() const
{
    TransactionLogValue value;
    value.producerId = producerId;
    value.producerEpoch = producerEpoch;
    value.transactionTimeoutMs = timeoutMs;
    value.status = state;
    // Kafka writes no partition array for Empty, and one (possibly empty) for every other state.
    if (state != TransactionState::Empty) {
        std::vector<TransactionLogTopic> topics;
        for (const TopicPartition &tp : partitions) {
            if (topics.empty() || topics.back().topic != tp.topic)
                topics.push_back({tp.topic, {}});
            topics.back().partitionIds.push_back(tp.partition);
        }
        value.partitions = std::move(topics);
    }
    value.lastUpdateTimestampMs = lastUpdateTimestampMs;
    value.startTimestampMs = startTimestampMs;
    value.previousProducerId = previousProducerId;
    value.nextProducerId = nextProducerId;
    return value;
}

TransactionMetadata TransactionMetadata::fromLogValue(const TransactionLogValue &value)
{
    TransactionMetadata m;
    m.producerId = value.producerId;
    m.previousProducerId = value.previousProducerId;
    m.nextProducerId = value.nextProducerId;
    m.producerEpoch = value.producerEpoch;
    // Not logged: a retried InitProducerId that spans a coordinator move is fenced, as in Kafka.
    m.lastProducerEpoch = batch::kNoProducerEpoch;
    m.timeoutMs = value.transactionTimeoutMs;
    m.state = value.status;
    if (value.status != TransactionState::Empty && value.partitions) {
        for (const TransactionLogTopic &t : *value.partitions)
            for (std::int32_t id : t.partitionIds)
                m.partitions.insert({t.topic, id});
    }
    m.startTimestampMs = value.startTimestampMs;
    m.lastUpdateTimestampMs = value.lastUpdateTimestampMs;
    return m;
}

TransactionalIdState::TransactionalIdState(std::string transactionalId, std::int64_t producerId,
                                           std::int32_t timeoutMs, std::int64_t nowMs)
    : m_transactionalId(std::move(transactionalId))
{
    m_current.producerId = producerId;
    m_current.timeoutMs = timeoutMs;
    m_current.lastUpdateTimestampMs = nowMs;
}

TransactionalIdState::TransactionalIdState(std::string transactionalId, TransactionMetadata loaded)
    : m_transactionalId(std::move(transactionalId)), m_current(std::move(loaded))
{}

TransactionTransition TransactionalIdState::prepareInitProducerId(
    std::int32_t timeoutMs, std::optional<ProducerIdAndEpoch> expected, const TransactionLimits &limits,
    std::int64_t nowMs, const std::function<std::int64_t()> &allocateProducerId)
{
    if (timeoutMs <= 0 || timeoutMs > limits.maxTimeoutMs)
        return {std::nullopt, ErrorCode::InvalidTransactionTimeout};
    if (m_pending)
        return {std::nullopt, ErrorCode::ConcurrentTransactions};
    // KIP-360: a producer that names its id and epoch is fenced unless this id is new (its
    // state was lost), the id is current (the epoch is checked below), or the id is the one
    // just rotated away from at an exhausted epoch (a retry whose answer was lost).
    if (expected && m_current.producerEpoch != batch::kNoProducerEpoch &&
        expected->producerId != m_current.producerId &&
        !(expected->producerId == m_current.previousProducerId && isEpochExhausted(expected->epoch)))
        return {std::nullopt, ErrorCode::ProducerFenced};

    switch (m_current.state) {
    case TransactionState::Empty:
    case TransactionState::CompleteCommit:
    case TransactionState::CompleteAbort:
        return prepareEpochBump(timeoutMs, expected, nowMs, allocateProducerId);
    case TransactionState::Ongoing:
        // The new producer must not meet the old one's transaction: abort it under a bumped
        // epoch (which fences the old producer) and let the client retry. That epoch is never
        // handed out; the retry bumps again, or rotates the id if the fence exhausted it.
        return pending(fencedAbort(nowMs), ErrorCode::ConcurrentTransactions);
    case TransactionState::PrepareCommit:
    case TransactionState::PrepareAbort:
    case TransactionState::Dead:
    case TransactionState::PrepareEpochFence: break;
    }
    return {std::nullopt, ErrorCode::ConcurrentTransactions};
}

TransactionTransition
TransactionalIdState::prepareEpochBump(std::int32_t timeoutMs, std::optional<ProducerIdAndEpoch> expected,
                                       std::int64_t nowMs,
                                       const std::function<std::int64_t()> &allocateProducerId)
{
    TransactionMetadata next = m_current;
    next.state = TransactionState::Empty;
    next.timeoutMs = timeoutMs;
    next.partitions.clear();
    next.startTimestampMs = -1;
    next.lastUpdateTimestampMs = nowMs;

    if (isEpochExhausted(m_current.producerEpoch)) {
        if (expected && expected->epoch != m_current.producerEpoch)
            return {std::nullopt, ErrorCode::ProducerFenced};
        // KIP-360: no epoch is left for this id, so the producer continues under a new one.
        // The old epoch is kept as the last so a retry of this call is recognised.
        next.producerId = allocateProducerId();
        next.producerEpoch = 0;
        next.lastProducerEpoch = expected ? m_current.producerEpoch : batch::kNoProducerEpoch;
        return pending(std::move(next));
    }

    const auto bumped = static_cast<std::int16_t>(m_current.producerEpoch + 1);
    if (!expected) {
        // A new producer instance: the last epoch is forgotten, so no retry can claim it.
        next.producerEpoch = bumped;
        next.lastProducerEpoch = batch::kNoProducerEpoch;
    } else if (m_current.producerEpoch == batch::kNoProducerEpoch ||
               expected->epoch == m_current.producerEpoch) {
        // The current producer recovering from an error: bump and remember its epoch.
        next.producerEpoch = bumped;
        next.lastProducerEpoch = m_current.producerEpoch;
    } else if (expected->epoch == m_current.lastProducerEpoch) {
        // A retry of a bump whose answer was lost: the same epoch again.
        next.lastProducerEpoch = m_current.lastProducerEpoch;
    } else {
        return {std::nullopt, ErrorCode::ProducerFenced};
    }
    return pending(std::move(next));
}

TransactionMetadata TransactionalIdState::fencedAbort(std::int64_t nowMs) const
{
    TransactionMetadata next = m_current;
    // Kafka's PrepareEpochFence step: the epoch goes up by one so every request of the
    // producer in the transaction is refused. Short.MaxValue is unreachable here: clients
    // hold at most kExhaustedProducerEpoch, and fencing from it uses the last epoch left.
    if (next.producerEpoch < std::numeric_limits<std::int16_t>::max())
        ++next.producerEpoch;
    next.lastProducerEpoch = batch::kNoProducerEpoch;
    next.state = TransactionState::PrepareAbort;
    next.lastUpdateTimestampMs = nowMs;
    return next;
}

ErrorCode TransactionalIdState::checkProducer(std::int64_t producerId, std::int16_t producerEpoch) const
{
    if (m_current.state == TransactionState::Dead || producerId != m_current.producerId)
        return ErrorCode::InvalidProducerIdMapping;
    if (producerEpoch != m_current.producerEpoch)
        return ErrorCode::ProducerFenced;
    if (m_pending)
        return ErrorCode::ConcurrentTransactions;
    return ErrorCode::None;
}

TransactionTransition TransactionalIdState::prepareAddPartitions(std::int64_t producerId,
                                                                 std::int16_t producerEpoch,
                                                                 const std::set<TopicPartition> &partitions,
                                                                 std::int64_t nowMs)
{
    if (const ErrorCode error = checkProducer(producerId, producerEpoch); error != ErrorCode::None)
        return {std::nullopt, error};
    const TransactionState state = m_current.state;
    if (state == TransactionState::PrepareCommit || state == TransactionState::PrepareAbort)
        return {std::nullopt, ErrorCode::ConcurrentTransactions}; // the last one is still ending
    if (!isValidTransition(state, TransactionState::Ongoing))
        return {std::nullopt, ErrorCode::InvalidTxnState};
    if (state == TransactionState::Ongoing &&
        std::includes(m_current.partitions.begin(), m_current.partitions.end(), partitions.begin(),
                      partitions.end()))
        return {std::nullopt, ErrorCode::None};

    TransactionMetadata next = m_current;
    next.state = TransactionState::Ongoing;
    next.partitions.insert(partitions.begin(), partitions.end());
    if (state != TransactionState::Ongoing)
        next.startTimestampMs = nowMs; // the transaction starts with its first partition
    next.lastUpdateTimestampMs = nowMs;
    return pending(std::move(next));
}

TransactionTransition TransactionalIdState::prepareAddOffsets(std::int64_t producerId,
                                                              std::int16_t producerEpoch,
                                                              std::int32_t consumerOffsetsPartition,
                                                              std::int64_t nowMs)
{
    return prepareAddPartitions(producerId, producerEpoch,
                                {TopicPartition{std::string(kOffsetsTopic), consumerOffsetsPartition}},
                                nowMs);
}

TransactionTransition TransactionalIdState::prepareEndTxn(std::int64_t producerId, std::int16_t producerEpoch,
                                                          bool commit, std::int64_t nowMs)
{
    if (const ErrorCode error = checkProducer(producerId, producerEpoch); error != ErrorCode::None)
        return {std::nullopt, error};
    // A retried EndTxn meets the state its first attempt left: same kind is success once
    // the markers are written and "retry" while they are; the other kind is a client bug.
    const auto sameKindOr = [](bool same, ErrorCode whenSame) {
        return TransactionTransition{std::nullopt, same ? whenSame : ErrorCode::InvalidTxnState};
    };
    switch (m_current.state) {
    case TransactionState::Ongoing: {
        TransactionMetadata next = m_current;
        next.state = commit ? TransactionState::PrepareCommit : TransactionState::PrepareAbort;
        next.lastUpdateTimestampMs = nowMs;
        return pending(std::move(next));
    }
    case TransactionState::CompleteCommit: return sameKindOr(commit, ErrorCode::None);
    case TransactionState::CompleteAbort: return sameKindOr(!commit, ErrorCode::None);
    case TransactionState::PrepareCommit: return sameKindOr(commit, ErrorCode::ConcurrentTransactions);
    case TransactionState::PrepareAbort: return sameKindOr(!commit, ErrorCode::ConcurrentTransactions);
    case TransactionState::Empty:
    case TransactionState::Dead:
    case TransactionState::PrepareEpochFence: break;
    }
    return {std::nullopt, ErrorCode::InvalidTxnState};
}

std::optional<TransactionMetadata> TransactionalIdState::prepareComplete(std::int64_t nowMs)
{
    if (m_pending)
        return std::nullopt;
    TransactionMetadata next = m_current;
    if (m_current.state == TransactionState::PrepareCommit)
        next.state = TransactionState::CompleteCommit;
    else if (m_current.state == TransactionState::PrepareAbort)
        next.state = TransactionState::CompleteAbort;
    else
        return std::nullopt;
    next.partitions.clear();
    next.lastUpdateTimestampMs = nowMs;
    return pending(std::move(next)).write;
}

std::optional<TransactionMetadata> TransactionalIdState::prepareAbortIfTimedOut(std::int64_t nowMs)
{
    if (m_pending || m_current.state != TransactionState::Ongoing ||
        m_current.startTimestampMs + m_current.timeoutMs >= nowMs)
        return std::nullopt;
    return pending(fencedAbort(nowMs)).write;
}

std::optional<TransactionMetadata> TransactionalIdState::prepareExpire(const TransactionLimits &limits,
                                                                       std::int64_t nowMs)
{
    if (m_pending || !isExpirationAllowed(m_current.state) ||
        m_current.lastUpdateTimestampMs > nowMs - limits.idExpirationMs)
        return std::nullopt;
    TransactionMetadata next = m_current;
    next.state = TransactionState::Dead;
    next.partitions.clear();
    return pending(std::move(next)).write;
}

TransactionTransition TransactionalIdState::pending(TransactionMetadata next, ErrorCode reply)
{
    // Kafka's table of previous states is the last word; the prepare functions only build
    // transitions it allows, so a refusal here is a bug reported as the client's state error.
    if (!isValidTransition(m_current.state, next.state))
        return {std::nullopt, ErrorCode::InvalidTxnState};
    // Every transition records the producer id it leaves (Kafka's lastProducerId), which
    // differs from the new one only after a rotation.
    next.previousProducerId = m_current.producerId;
    m_pending = next.state;
    m_pendingWrite = next;
    return {std::move(next), reply};
}

Status TransactionalIdState::complete(const TransactionMetadata &written)
{
    if (!m_pendingWrite)
        return Status::invalidArgument("transactional id '" + m_transactionalId +
                                       "' has no transition pending");
    if (written != *m_pendingWrite)
        return Status::invalidArgument("transactional id '" + m_transactionalId + "': the record written (" +
                                       std::string(transactionStateName(written.state)) +
                                       ") is not the pending transition to " +
                                       std::string(transactionStateName(*m_pending)));
    m_current = written;
    m_pending.reset();
    m_pendingWrite.reset();
    return Status::ok();
}

void TransactionalIdState::writeFailed()
{
    m_pending.reset();
    m_pendingWrite.reset();
}

} // namespace es
