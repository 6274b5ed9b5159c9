// The state machine of one transactional id at the transaction coordinator, driven the way
// real producers drive it: what each request writes to __transaction_state, and what a
// client is told when it is refused (a zombie fenced, a retry after a lost answer, a
// transaction aborted for its timeout, epochs running out).

#include "cluster/group/group_records.h"
#include "cluster/txn/fenced_error.h"
#include "cluster/txn/transaction_state.h"

#include <QTest>

#include <array>
#include <string>

using namespace es;

namespace {

constexpr std::int64_t kProducerId = 4000;
constexpr std::int32_t kTimeoutMs = 60000;
const TransactionLimits kLimits{};

const TopicPartition kOrders0{"orders", 0};
const TopicPartition kOrders1{"orders", 1};
const TopicPartition kAudit0{"audit", 0};

// Producer ids handed out on rotation, counted so a test sees whether one was taken.
struct IdAllocator {
    std::int64_t next = 9000;
    int calls = 0;
    std::int64_t operator()()
    {
        ++calls;
        return next++;
    }
};

// Completes the pending transition as the coordinator does once its record is replicated.
[[nodiscard]] bool replicate(TransactionalIdState &txn, const std::optional<TransactionMetadata> &write)
{
    return write && txn.complete(*write).isOk();
}

// A transactional id whose producer has run InitProducerId once: Empty at epoch 0.
TransactionalIdState initialised(IdAllocator &ids, std::int64_t nowMs = 100)
{
    TransactionalIdState txn("payments", kProducerId, kTimeoutMs, nowMs);
    const TransactionTransition init =
        txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, nowMs, std::ref(ids));
    if (init.write)
        (void)txn.complete(*init.write);
    return txn;
}

// A producer at `epoch` with a transaction on orders-0 started at `startMs`.
TransactionalIdState ongoing(std::int16_t epoch, std::int64_t startMs)
{
    TransactionMetadata m;
    m.producerId = kProducerId;
    m.producerEpoch = epoch;
    m.timeoutMs = kTimeoutMs;
    m.state = TransactionState::Ongoing;
    m.partitions = {kOrders0};
    m.startTimestampMs = startMs;
    m.lastUpdateTimestampMs = startMs;
    return TransactionalIdState("payments", m);
}

} // namespace

class TestTransactionState : public QObject {
    Q_OBJECT

private slots:
    void transitionsFollowKafkasPreviousStateTable()
    {
        using S = TransactionState;
        // Rows: the state moved to; columns: the state moved from, in id order
        // (Empty, Ongoing, PrepareCommit, PrepareAbort, CompleteCommit, CompleteAbort, Dead,
        // PrepareEpochFence), as Kafka's validPreviousStates lists them.
        const std::array<std::array<int, 8>, 8> allowed{{
            {1, 0, 0, 0, 1, 1, 0, 0}, // Empty
            {1, 1, 0, 0, 1, 1, 0, 0}, // Ongoing
            {0, 1, 0, 0, 0, 0, 0, 0}, // PrepareCommit
            {0, 1, 0, 0, 0, 0, 0, 1}, // PrepareAbort
            {0, 0, 1, 0, 0, 0, 0, 0}, // CompleteCommit
            {0, 0, 0, 1, 0, 0, 0, 0}, // CompleteAbort
            {1, 0, 0, 0, 1, 1, 0, 0}, // Dead
            {0, 1, 0, 0, 0, 0, 0, 0}, // PrepareEpochFence
        }};
        for (std::int8_t to = 0; to < 8; ++to) {
            for (std::int8_t from = 0; from < 8; ++from) {
                const S toState = *transactionStateFromId(to);
                const S fromState = *transactionStateFromId(from);
                QVERIFY2(isValidTransition(fromState, toState) == (allowed[to][from] == 1),
                         (std::string(transactionStateName(fromState)) + " -> " +
                          std::string(transactionStateName(toState)))
                             .c_str());
            }
        }
        QVERIFY(!transactionStateFromId(8));
        QVERIFY(!transactionStateFromId(-1));
    }

    void firstInitProducerIdGivesEpochZero()
    {
        IdAllocator ids;
        TransactionalIdState txn("payments", kProducerId, kTimeoutMs, 100);
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 150, std::ref(ids));
        QCOMPARE(init.reply, ErrorCode::None);
        QVERIFY(init.write);
        QCOMPARE(init.write->state, TransactionState::Empty);
        QCOMPARE(init.write->producerId, kProducerId);
        QCOMPARE(init.write->producerEpoch, std::int16_t{0});
        QCOMPARE(init.write->lastUpdateTimestampMs, std::int64_t{150});
        // Nothing changes until the record is replicated.
        QCOMPARE(txn.current().producerEpoch, batch::kNoProducerEpoch);
        QCOMPARE(txn.pendingState(), std::optional(TransactionState::Empty));
        QVERIFY(replicate(txn, init.write));
        QCOMPARE(txn.current().producerEpoch, std::int16_t{0});
        QVERIFY(!txn.pendingState());
        QCOMPARE(ids.calls, 0);
    }

    void aTimeoutAboveTheBrokersMaximumIsRefused()
    {
        IdAllocator ids;
        TransactionalIdState txn("payments", kProducerId, kTimeoutMs, 100);
        for (std::int32_t timeout : {kLimits.maxTimeoutMs + 1, 0, -1}) {
            const TransactionTransition init =
                txn.prepareInitProducerId(timeout, std::nullopt, kLimits, 100, std::ref(ids));
            QCOMPARE(init.reply, ErrorCode::InvalidTransactionTimeout);
            QVERIFY(!init.write);
            QVERIFY(!txn.pendingState());
        }
        QVERIFY(
            txn.prepareInitProducerId(kLimits.maxTimeoutMs, std::nullopt, kLimits, 100, std::ref(ids)).write);
    }

    void aTransactionRunsFromFirstPartitionToCommit()
    {
        IdAllocator ids;
        TransactionalIdState txn = initialised(ids);
        TransactionTransition add = txn.prepareAddPartitions(kProducerId, 0, {kOrders0, kOrders1}, 1000);
        QVERIFY(add.write);
        QCOMPARE(add.write->state, TransactionState::Ongoing);
        QCOMPARE(add.write->startTimestampMs, std::int64_t{1000});
        QVERIFY(replicate(txn, add.write));

        // Partitions already in the transaction: success with nothing to write.
        add = txn.prepareAddPartitions(kProducerId, 0, {kOrders1}, 1100);
        QCOMPARE(add.reply, ErrorCode::None);
        QVERIFY(!add.write);

        add = txn.prepareAddPartitions(kProducerId, 0, {kAudit0}, 1200);
        QVERIFY(add.write);
        QCOMPARE(add.write->startTimestampMs, std::int64_t{1000}); // still the first partition's
        QCOMPARE(add.write->partitions, (std::set<TopicPartition>{kAudit0, kOrders0, kOrders1}));
        QVERIFY(replicate(txn, add.write));

        const TransactionTransition end = txn.prepareEndTxn(kProducerId, 0, true, 1300);
        QCOMPARE(end.reply, ErrorCode::None);
        QVERIFY(end.write);
        QCOMPARE(end.write->state, TransactionState::PrepareCommit);
        QCOMPARE(end.write->partitions.size(), std::size_t{3}); // the markers go to these
        QVERIFY(replicate(txn, end.write));

        const std::optional<TransactionMetadata> done = txn.prepareComplete(1400);
        QVERIFY(done);
        QCOMPARE(done->state, TransactionState::CompleteCommit);
        QVERIFY(done->partitions.empty());
        QVERIFY(replicate(txn, done));

        // The next transaction starts afresh under the same epoch.
        add = txn.prepareAddPartitions(kProducerId, 0, {kOrders0}, 2000);
        QVERIFY(add.write);
        QCOMPARE(add.write->startTimestampMs, std::int64_t{2000});
        QCOMPARE(add.write->partitions, std::set<TopicPartition>{kOrders0});
    }

    void addOffsetsAddsTheGroupsOffsetsPartition()
    {
        IdAllocator ids;
        TransactionalIdState txn = initialised(ids);
        const TransactionTransition add = txn.prepareAddOffsets(kProducerId, 0, 7, 1000);
        QVERIFY(add.write);
        QCOMPARE(add.write->state, TransactionState::Ongoing);
        QCOMPARE(add.write->partitions,
                 (std::set<TopicPartition>{TopicPartition{std::string(kOffsetsTopic), 7}}));
    }

    void aZombieWithAnOldEpochIsFenced()
    {
        IdAllocator ids;
        TransactionalIdState txn = initialised(ids);
        // A second instance of the application starts with the same transactional id.
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 500, std::ref(ids));
        QVERIFY(init.write);
        QCOMPARE(init.write->producerEpoch, std::int16_t{1});
        QVERIFY(replicate(txn, init.write));

        QCOMPARE(txn.prepareAddPartitions(kProducerId, 0, {kOrders0}, 600).reply, ErrorCode::ProducerFenced);
        QCOMPARE(txn.prepareAddOffsets(kProducerId, 0, 3, 600).reply, ErrorCode::ProducerFenced);
        QCOMPARE(txn.prepareEndTxn(kProducerId, 0, true, 600).reply, ErrorCode::ProducerFenced);
        // KIP-360: the old instance cannot bump its way back in either.
        const TransactionTransition zombieInit = txn.prepareInitProducerId(
            kTimeoutMs, ProducerIdAndEpoch{kProducerId, 0}, kLimits, 600, std::ref(ids));
        QCOMPARE(zombieInit.reply, ErrorCode::ProducerFenced);
        QVERIFY(!zombieInit.write);
        // A producer id this id never had.
        QCOMPARE(txn.prepareAddPartitions(kProducerId + 1, 1, {kOrders0}, 600).reply,
                 ErrorCode::InvalidProducerIdMapping);
        QVERIFY(!txn.pendingState());
        // The new instance is unaffected.
        QVERIFY(txn.prepareAddPartitions(kProducerId, 1, {kOrders0}, 700).write);
    }

    void anEndTxnRetriedAfterALostAnswerSucceeds()
    {
        for (const bool commit : {true, false}) {
            TransactionalIdState txn = ongoing(3, 1000);
            const TransactionTransition end = txn.prepareEndTxn(kProducerId, 3, commit, 2000);
            QVERIFY(end.write);
            // Retried while the record is being replicated.
            QCOMPARE(txn.prepareEndTxn(kProducerId, 3, commit, 2010).reply,
                     ErrorCode::ConcurrentTransactions);
            QVERIFY(replicate(txn, end.write));
            // Retried while the markers are being written: try again later.
            QCOMPARE(txn.prepareEndTxn(kProducerId, 3, commit, 2020).reply,
                     ErrorCode::ConcurrentTransactions);
            QCOMPARE(txn.prepareEndTxn(kProducerId, 3, !commit, 2020).reply, ErrorCode::InvalidTxnState);
            QVERIFY(replicate(txn, txn.prepareComplete(2030)));
            QCOMPARE(txn.state(),
                     commit ? TransactionState::CompleteCommit : TransactionState::CompleteAbort);
            // Retried after completion: the answer the first attempt would have had.
            const TransactionTransition retry = txn.prepareEndTxn(kProducerId, 3, commit, 2040);
            QCOMPARE(retry.reply, ErrorCode::None);
            QVERIFY(!retry.write);
            QCOMPARE(txn.prepareEndTxn(kProducerId, 3, !commit, 2040).reply, ErrorCode::InvalidTxnState);
        }
    }

    void anEndTxnWithoutATransactionIsInvalid()
    {
        IdAllocator ids;
        TransactionalIdState txn = initialised(ids);
        for (const bool commit : {true, false}) {
            const TransactionTransition end = txn.prepareEndTxn(kProducerId, 0, commit, 500);
            QCOMPARE(end.reply, ErrorCode::InvalidTxnState);
            QVERIFY(!end.write);
        }
    }

    void aTransactionPastItsTimeoutIsAbortedWithABumpedEpoch()
    {
        IdAllocator ids;
        TransactionalIdState txn = ongoing(4, 1000);
        QVERIFY(!txn.prepareAbortIfTimedOut(1000 + kTimeoutMs)); // at the limit, not past it
        const std::optional<TransactionMetadata> abort = txn.prepareAbortIfTimedOut(1001 + kTimeoutMs);
        QVERIFY(abort);
        QCOMPARE(abort->state, TransactionState::PrepareAbort);
        QCOMPARE(abort->producerEpoch, std::int16_t{5});
        QCOMPARE(abort->partitions, std::set<TopicPartition>{kOrders0});
        QVERIFY(replicate(txn, abort));

        // The producer comes back to commit: it has been fenced.
        QCOMPARE(txn.prepareEndTxn(kProducerId, 4, true, 70000).reply, ErrorCode::ProducerFenced);
        QCOMPARE(txn.prepareAddPartitions(kProducerId, 4, {kOrders1}, 70000).reply,
                 ErrorCode::ProducerFenced);
        QVERIFY(replicate(txn, txn.prepareComplete(70000)));
        QCOMPARE(txn.state(), TransactionState::CompleteAbort);
        QVERIFY(!txn.prepareAbortIfTimedOut(10000000)); // nothing left to abort
        // A KIP-360 producer trying to recover with its old epoch is fenced too (the fence
        // cleared the last epoch); a fresh instance gets the epoch after the fencing one.
        QCOMPARE(txn.prepareInitProducerId(kTimeoutMs, ProducerIdAndEpoch{kProducerId, 4}, kLimits, 70000,
                                           std::ref(ids))
                     .reply,
                 ErrorCode::ProducerFenced);
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 70000, std::ref(ids));
        QVERIFY(init.write);
        QCOMPARE(init.write->producerEpoch, std::int16_t{6});
    }

    void initProducerIdDuringATransactionFencesAndAbortsIt()
    {
        IdAllocator ids;
        TransactionalIdState txn = ongoing(2, 1000);
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 1500, std::ref(ids));
        // The abort is written first, under the fencing epoch, and the client told to retry.
        QCOMPARE(init.reply, ErrorCode::ConcurrentTransactions);
        QVERIFY(init.write);
        QCOMPARE(init.write->state, TransactionState::PrepareAbort);
        QCOMPARE(init.write->producerEpoch, std::int16_t{3});
        QCOMPARE(init.write->partitions, std::set<TopicPartition>{kOrders0});
        QVERIFY(replicate(txn, init.write));

        // The old producer's transaction is over for it.
        QCOMPARE(txn.prepareAddPartitions(kProducerId, 2, {kOrders1}, 1600).reply, ErrorCode::ProducerFenced);
        QCOMPARE(txn.prepareEndTxn(kProducerId, 2, true, 1600).reply, ErrorCode::ProducerFenced);
        // The new one retries while the abort markers are written, then gets its epoch.
        QCOMPARE(txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 1700, std::ref(ids)).reply,
                 ErrorCode::ConcurrentTransactions);
        QVERIFY(replicate(txn, txn.prepareComplete(1800)));
        const TransactionTransition retry =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 1900, std::ref(ids));
        QCOMPARE(retry.reply, ErrorCode::None);
        QVERIFY(retry.write);
        QCOMPARE(retry.write->state, TransactionState::Empty);
        QCOMPARE(retry.write->producerEpoch, std::int16_t{4});
        QVERIFY(retry.write->partitions.empty());
        QCOMPARE(retry.write->startTimestampMs, std::int64_t{-1});
    }

    void epochExhaustionGivesANewProducerId()
    {
        IdAllocator ids;
        TransactionMetadata m;
        m.producerId = kProducerId;
        m.producerEpoch = kExhaustedProducerEpoch;
        m.timeoutMs = kTimeoutMs;
        m.state = TransactionState::CompleteCommit;
        TransactionalIdState txn("payments", m);

        // A KIP-360 producer bumping after an error.
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, ProducerIdAndEpoch{kProducerId, kExhaustedProducerEpoch},
                                      kLimits, 100, std::ref(ids));
        QCOMPARE(init.reply, ErrorCode::None);
        QVERIFY(init.write);
        QCOMPARE(init.write->producerId, std::int64_t{9000});
        QCOMPARE(init.write->producerEpoch, std::int16_t{0});
        QCOMPARE(init.write->previousProducerId, kProducerId);
        QCOMPARE(ids.calls, 1);
        QVERIFY(replicate(txn, init.write));

        // Its answer was lost: the retry names the old id and gets the new one again.
        const TransactionTransition retry =
            txn.prepareInitProducerId(kTimeoutMs, ProducerIdAndEpoch{kProducerId, kExhaustedProducerEpoch},
                                      kLimits, 200, std::ref(ids));
        QCOMPARE(retry.reply, ErrorCode::None);
        QVERIFY(retry.write);
        QCOMPARE(retry.write->producerId, std::int64_t{9000});
        QCOMPARE(retry.write->producerEpoch, std::int16_t{0});
        QCOMPARE(ids.calls, 1);
    }

    void fencingAtTheLastEpochRotatesOnTheRetry()
    {
        IdAllocator ids;
        TransactionalIdState txn = ongoing(kExhaustedProducerEpoch - 1, 1000);
        const TransactionTransition fence =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 1500, std::ref(ids));
        QVERIFY(fence.write);
        QCOMPARE(fence.write->producerEpoch, kExhaustedProducerEpoch);
        QVERIFY(replicate(txn, fence.write));
        QVERIFY(replicate(txn, txn.prepareComplete(1600)));
        const TransactionTransition init =
            txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 1700, std::ref(ids));
        QVERIFY(init.write);
        QCOMPARE(init.write->producerId, std::int64_t{9000});
        QCOMPARE(init.write->producerEpoch, std::int16_t{0});
        QCOMPARE(init.write->lastProducerEpoch, batch::kNoProducerEpoch);
    }

    void aRetriedInitProducerIdGetsTheSameEpoch()
    {
        IdAllocator ids;
        TransactionalIdState txn = initialised(ids);
        const ProducerIdAndEpoch current{kProducerId, 0};
        const TransactionTransition bump =
            txn.prepareInitProducerId(kTimeoutMs, current, kLimits, 500, std::ref(ids));
        QVERIFY(bump.write);
        QCOMPARE(bump.write->producerEpoch, std::int16_t{1});
        QCOMPARE(bump.write->lastProducerEpoch, std::int16_t{0});
        QVERIFY(replicate(txn, bump.write));

        const TransactionTransition retry =
            txn.prepareInitProducerId(kTimeoutMs, current, kLimits, 600, std::ref(ids));
        QCOMPARE(retry.reply, ErrorCode::None);
        QVERIFY(retry.write);
        QCOMPARE(retry.write->producerEpoch, std::int16_t{1});
        txn.writeFailed();

        QCOMPARE(txn.prepareInitProducerId(kTimeoutMs, ProducerIdAndEpoch{kProducerId, 7}, kLimits, 600,
                                           std::ref(ids))
                     .reply,
                 ErrorCode::ProducerFenced);
        QCOMPARE(txn.prepareInitProducerId(kTimeoutMs, ProducerIdAndEpoch{kProducerId + 1, 1}, kLimits, 600,
                                           std::ref(ids))
                     .reply,
                 ErrorCode::ProducerFenced);
    }

    void oneTransitionIsPendingAtATime()
    {
        IdAllocator ids;
        TransactionalIdState txn = ongoing(1, 1000);
        const TransactionTransition end = txn.prepareEndTxn(kProducerId, 1, true, 2000);
        QVERIFY(end.write);
        QCOMPARE(txn.prepareAddPartitions(kProducerId, 1, {kOrders1}, 2001).reply,
                 ErrorCode::ConcurrentTransactions);
        QCOMPARE(txn.prepareInitProducerId(kTimeoutMs, std::nullopt, kLimits, 2001, std::ref(ids)).reply,
                 ErrorCode::ConcurrentTransactions);
        QVERIFY(!txn.prepareAbortIfTimedOut(10000000));
        QVERIFY(!txn.prepareComplete(2001));

        // A record other than the prepared one is refused and changes nothing.
        TransactionMetadata other = *end.write;
        other.state = TransactionState::PrepareAbort;
        QCOMPARE(txn.complete(other).code(), StatusCode::InvalidArgument);
        QCOMPARE(txn.state(), TransactionState::Ongoing);

        // The write failed: the state stays and the client may try again.
        txn.writeFailed();
        QVERIFY(!txn.pendingState());
        QCOMPARE(txn.state(), TransactionState::Ongoing);
        QCOMPARE(txn.complete(*end.write).code(), StatusCode::InvalidArgument);
        QVERIFY(replicate(txn, txn.prepareEndTxn(kProducerId, 1, true, 2100).write));
        QCOMPARE(txn.state(), TransactionState::PrepareCommit);
    }

    void aFailedFenceWriteFencesWithTheSameEpochAgain()
    {
        TransactionalIdState txn = ongoing(6, 1000);
        const std::optional<TransactionMetadata> first = txn.prepareAbortIfTimedOut(1001 + kTimeoutMs);
        QVERIFY(first);
        QCOMPARE(first->producerEpoch, std::int16_t{7});
        txn.writeFailed();
        const std::optional<TransactionMetadata> second = txn.prepareAbortIfTimedOut(1002 + kTimeoutMs);
        QVERIFY(second);
        QCOMPARE(second->producerEpoch, std::int16_t{7});
    }

    void anIdleIdExpires()
    {
        IdAllocator ids;
        const TransactionLimits limits{kLimits.maxTimeoutMs, 10000};
        TransactionalIdState txn = initialised(ids, 1000);
        QVERIFY(!txn.prepareExpire(limits, 10999));
        const std::optional<TransactionMetadata> dead = txn.prepareExpire(limits, 11000);
        QVERIFY(dead);
        QCOMPARE(dead->state, TransactionState::Dead);
        QVERIFY(replicate(txn, dead));
        QCOMPARE(txn.state(), TransactionState::Dead);
        QCOMPARE(txn.prepareAddPartitions(kProducerId, 0, {kOrders0}, 12000).reply,
                 ErrorCode::InvalidProducerIdMapping);
        QCOMPARE(txn.prepareEndTxn(kProducerId, 0, false, 12000).reply, ErrorCode::InvalidProducerIdMapping);

        // An id in a transaction never expires, however old: the timeout ends it first.
        TransactionalIdState busy = ongoing(0, 1000);
        QVERIFY(!busy.prepareExpire(limits, 100000000));
    }

    void olderClientsAreToldInvalidProducerEpoch()
    {
        // Clients from before KIP-588 do not know PRODUCER_FENCED; they get the code they do.
        QCOMPARE(fencedErrorForVersion(ErrorCode::ProducerFenced, TransactionApi::InitProducerId, 3),
                 ErrorCode::InvalidProducerEpoch);
        QCOMPARE(fencedErrorForVersion(ErrorCode::ProducerFenced, TransactionApi::InitProducerId, 4),
                 ErrorCode::ProducerFenced);
        for (TransactionApi api :
             {TransactionApi::AddPartitionsToTxn, TransactionApi::AddOffsetsToTxn, TransactionApi::EndTxn}) {
            QCOMPARE(fencedErrorForVersion(ErrorCode::ProducerFenced, api, 1),
                     ErrorCode::InvalidProducerEpoch);
            QCOMPARE(fencedErrorForVersion(ErrorCode::ProducerFenced, api, 2), ErrorCode::ProducerFenced);
        }
        QCOMPARE(fencedErrorForVersion(ErrorCode::ConcurrentTransactions, TransactionApi::EndTxn, 0),
                 ErrorCode::ConcurrentTransactions);
    }

    void metadataSurvivesTheLog()
    {
        TransactionMetadata m;
        m.producerId = kProducerId;
        m.producerEpoch = 9;
        m.timeoutMs = kTimeoutMs;
        m.state = TransactionState::PrepareCommit;
        m.partitions = {kOrders1, kAudit0, kOrders0};
        m.startTimestampMs = 1000;
        m.lastUpdateTimestampMs = 2000;
        const TransactionLogValue value = m.toLogValue();
        QVERIFY(value.partitions);
        QCOMPARE(value.partitions->size(), std::size_t{2});
        QCOMPARE(value.partitions->at(0), (TransactionLogTopic{"audit", {0}}));
        QCOMPARE(value.partitions->at(1), (TransactionLogTopic{"orders", {0, 1}}));

        Result<TransactionLogValue> decoded = decodeTransactionLogValue(encodeTransactionLogValue(value));
        QVERIFY(decoded.isOk());
        QVERIFY(TransactionMetadata::fromLogValue(*decoded) == m);

        // Empty writes no partition array.
        m.state = TransactionState::Empty;
        m.partitions.clear();
        QVERIFY(!m.toLogValue().partitions);
    }
};

QTEST_GUILESS_MAIN(TestTransactionState)
#include "test_transaction_state.moc"
