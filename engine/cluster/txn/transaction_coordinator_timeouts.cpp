// What happens with time: transactions open longer than their timeout are aborted (their
// producer fenced), ids idle past transactional.id.expiration.ms are removed, and markers
// that failed are retried.

#include "cluster/txn/transaction_coordinator.h"
#include "common/logging.h"

namespace es {

void TransactionCoordinator::tick(std::int64_t nowMs)
{
    CallScope scope(*this);
    if (nowMs >= m_nextTimeoutCheckMs) {
        m_nextTimeoutCheckMs = nowMs + m_config.abortTimedOutIntervalMs;
        abortTimedOutTransactions(nowMs);
    }
    if (nowMs >= m_nextExpiryCheckMs) {
        m_nextExpiryCheckMs = nowMs + m_config.removeExpiredIntervalMs;
        removeExpiredIds(nowMs);
    }
    retryDueMarkers(nowMs);
    giveUpWaiting([nowMs](const std::string &, std::int64_t deadlineMs) { return nowMs >= deadlineMs; });
}

void TransactionCoordinator::abortTimedOutTransactions(std::int64_t nowMs)
{
    std::vector<std::string> ongoing;
    for (const auto &[id, entry] : m_ids)
        if (entry.state.state() == TransactionState::Ongoing)
            ongoing.push_back(id);
    // A synchronous store may complete each write (and its follow-ups) inside the loop.
    for (const std::string &id : ongoing) {
        Entry *entry = findEntry(id);
        const std::optional<TransactionMetadata> next =
            entry ? entry->state.prepareAbortIfTimedOut(nowMs) : std::nullopt;
        if (!next)
            continue;
        const std::set<TopicPartition> partitions = next->partitions;
        logger("txn")->info("transactional id {}: the transaction of producer id {} is open longer than its "
                            "{} ms timeout; aborting it and fencing epoch {}",
                            id, next->producerId, next->timeoutMs, next->producerEpoch - 1);
        write(id, *next, [this, id, next = *next, partitions](ErrorCode error) {
            if (error != ErrorCode::None) {
                // Still Ongoing: the next check tries again.
                logger("txn")->warn("transactional id {}: aborting the timed-out transaction failed: {}", id,
                                    errorName(error));
                return;
            }
            raiseEvent(TransactionEventKind::TimedOut, id, next, partitions);
            startMarkers(id);
        });
    }
}

void TransactionCoordinator::removeExpiredIds(std::int64_t nowMs)
{
    std::vector<std::string> ids;
    for (const auto &[id, entry] : m_ids)
        ids.push_back(id);
    for (const std::string &id : ids) {
        Entry *entry = findEntry(id);
        const std::optional<TransactionMetadata> next =
            entry ? entry->state.prepareExpire(m_config.limits, nowMs) : std::nullopt;
        if (!next)
            continue;
        write(id, *next, [this, id, next = *next](ErrorCode error) {
            if (error != ErrorCode::None) {
                logger("txn")->warn("transactional id {}: writing its expiry failed: {}", id,
                                    errorName(error));
                return;
            }
            // The tombstone is replicated: the id is gone, a later InitProducerId starts it afresh.
            if (const Entry *expired = findEntry(id);
                expired && expired->state.state() == TransactionState::Dead)
                m_ids.erase(id);
            logger("txn")->info("transactional id {} expired (producer id {})", id, next.producerId);
            raiseEvent(TransactionEventKind::Expired, id, next, {});
        });
    }
}

} // namespace es
