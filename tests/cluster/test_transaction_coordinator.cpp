// The transaction coordinator as producers and the GUI drive it: what each request writes to
// __transaction_state and when it is answered, the markers that end a transaction, the aborts
// that time and new producers force, failures of the log and of the leaders, and which
// broker answers for an id.

#include "transaction_coordinator_fixture.h"

#include "cluster/group/group_coordinator.h"

using namespace es;
using namespace es::test;

namespace {

using S = TransactionState;
using K = TransactionEventKind;

} // namespace

class TestTransactionCoordinator : public QObject {
    Q_OBJECT

private slots:
    void commitWritesEachStepThenMarkersThenCompletes()
    {
        Fixture f;
        const InitResult producer = f.init("payments");
        QCOMPARE(producer.error, ErrorCode::None);
        QCOMPARE(producer.producerId, std::int64_t{1000});
        QCOMPARE(producer.epoch, std::int16_t{0});
        QCOMPARE(f.add("payments", producer, {kOrders1, kOrders0}), ErrorCode::None);

        // EndTxn is answered once PrepareCommit is logged, before any leader has its marker.
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.store.statesOf("payments"), (std::vector<S>{S::Empty, S::Ongoing, S::PrepareCommit}));
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
        // A retried EndTxn meanwhile is told to wait.
        QCOMPARE(f.end("payments", producer, true), ErrorCode::ConcurrentTransactions);

        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        const TxnMarkerRequest &marker = f.markers.requests.front();
        QCOMPARE(marker.producerId, producer.producerId);
        QCOMPARE(marker.producerEpoch, producer.epoch);
        QVERIFY(marker.commit);
        QCOMPARE(marker.coordinatorEpoch, kCoordinatorEpoch);
        QCOMPARE(marker.partitions, (std::vector<TopicPartition>{kOrders0, kOrders1}));

        f.markers.answerHeld();
        QCOMPARE(f.store.statesOf("payments"),
                 (std::vector<S>{S::Empty, S::Ongoing, S::PrepareCommit, S::CompleteCommit}));
        const TransactionDescription d = f.describe("payments");
        QCOMPARE(d.state, S::CompleteCommit);
        QVERIFY(d.partitions.empty());
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::Committed}));
        QCOMPARE(f.events.back().partitions, (std::vector<TopicPartition>{kOrders0, kOrders1}));
        // The retry after a lost answer now succeeds, and the next transaction can start.
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.add("payments", producer, {kAudit0}), ErrorCode::None);
    }

    void abortWritesAbortMarkers()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        QCOMPARE(f.end("payments", producer, false), ErrorCode::None);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QVERIFY(!f.markers.requests.front().commit);
        QCOMPARE(f.markers.requests.front().producerEpoch, std::int16_t{0});
        QCOMPARE(f.store.statesOf("payments"),
                 (std::vector<S>{S::Empty, S::Ongoing, S::PrepareAbort, S::CompleteAbort}));
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::Aborted}));
        // Committing what was aborted is the client's error.
        QCOMPARE(f.end("payments", producer, true), ErrorCode::InvalidTxnState);
    }

    void addOffsetsAddsTheGroupsOffsetsPartition()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        QCOMPARE(f.addOffsets("payments", producer, "billing"), ErrorCode::None);
        const TopicPartition offsets{std::string(kOffsetsTopic),
                                     GroupCoordinator::partitionFor("billing", 50)};
        const std::vector<TopicPartition> partitions = f.describe("payments").partitions;
        QVERIFY(std::find(partitions.begin(), partitions.end(), offsets) != partitions.end());
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        const std::vector<TopicPartition> marked = f.markers.requests.front().partitions;
        QVERIFY(std::find(marked.begin(), marked.end(), offsets) != marked.end());
    }

    void timedOutTransactionIsAbortedAndItsProducerFenced()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0}, 1000);
        f.advance(900);
        QCOMPARE(f.describe("payments").state, S::Ongoing);
        f.advance(300);

        QCOMPARE(f.store.statesOf("payments"),
                 (std::vector<S>{S::Empty, S::Ongoing, S::PrepareAbort, S::CompleteAbort}));
        const std::optional<TransactionLogValue> abort = f.store.recordsOf("payments")[2];
        QCOMPARE(abort->producerEpoch, std::int16_t{1});
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QVERIFY(!f.markers.requests.front().commit);
        QCOMPARE(f.markers.requests.front().producerEpoch, std::int16_t{1});
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::TimedOut, K::Aborted}));

        // The producer learns on its next request that it was fenced.
        QCOMPARE(f.add("payments", producer, {kOrders1}), ErrorCode::ProducerFenced);
        QCOMPARE(f.end("payments", producer, true), ErrorCode::ProducerFenced);
        // A new instance starts above the fencing epoch.
        const InitResult next = f.init("payments");
        QCOMPARE(next.error, ErrorCode::None);
        QCOMPARE(next.epoch, std::int16_t{2});
    }

    void initWhileOngoingFencesAbortsAndTheRetrySucceeds()
    {
        Fixture f;
        const InitResult zombie = f.openTransaction("payments", {kOrders0, kAudit0});
        f.markers.hold = true;
        const InitResult first = f.init("payments");
        QCOMPARE(first.error, ErrorCode::ConcurrentTransactions);
        QCOMPARE(f.describe("payments").state, S::PrepareAbort);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QVERIFY(!f.markers.requests.front().commit);
        QCOMPARE(f.markers.requests.front().producerEpoch, std::int16_t{1});
        // Until its markers are written, the retry waits too.
        QCOMPARE(f.init("payments").error, ErrorCode::ConcurrentTransactions);
        QCOMPARE(f.end("payments", zombie, true), ErrorCode::ProducerFenced);

        f.markers.answerHeld();
        QCOMPARE(f.describe("payments").state, S::CompleteAbort);
        const InitResult retry = f.init("payments");
        QCOMPARE(retry.error, ErrorCode::None);
        QCOMPARE(retry.producerId, zombie.producerId);
        QCOMPARE(retry.epoch, std::int16_t{2});
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::Fenced, K::Aborted}));
        QCOMPARE(f.add("payments", zombie, {kOrders0}), ErrorCode::ProducerFenced);
        QCOMPARE(f.add("payments", retry, {kOrders0}), ErrorCode::None);
    }

    void markersRetryPartitionsWhoseLeaderMoved()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0, kOrders1});
        f.markers.scripted[kOrders1] = {ErrorCode::NotLeaderOrFollower, ErrorCode::RequestTimedOut};
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
        QCOMPARE(f.coordinator->snapshot().front().awaitingMarkers, (std::vector<TopicPartition>{kOrders1}));

        // Only the partition that failed is sent again, after the backoff.
        f.advance(100);
        QCOMPARE(f.markers.requests.size(), std::size_t{2});
        QCOMPARE(f.markers.requests[1].partitions, (std::vector<TopicPartition>{kOrders1}));
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
        f.advance(100);
        QCOMPARE(f.markers.requests.size(), std::size_t{3});
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
        QCOMPARE(f.markers.requests[2].producerEpoch, producer.epoch);
        QCOMPARE(f.markers.requests[2].coordinatorEpoch, kCoordinatorEpoch);
    }

    void deletedTopicsGetNoMarkers()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0, kAudit0});
        // A leader that no longer knows the partition because its topic went away.
        f.markers.scripted[kAudit0] = {ErrorCode::UnknownTopicOrPartition};
        f.deletedTopics.insert("audit");
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
        QCOMPARE(f.markers.requests.front().partitions, (std::vector<TopicPartition>{kOrders0}));
    }

    void unknownTopicOfALiveTopicIsRetried()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.markers.scripted[kOrders0] = {ErrorCode::UnknownTopicOrPartition};
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
        f.advance(100);
        QCOMPARE(f.markers.requests.size(), std::size_t{2});
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
    }

    void addPartitionsRefusesPartitionsThatDoNotExist()
    {
        Fixture f;
        const InitResult producer = f.init("payments");
        f.deletedTopics.insert("audit");
        auto reply = f.addAsync("payments", producer, {kOrders0, kAudit0});
        QVERIFY(reply.ready());
        QCOMPARE(reply->at(kAudit0), ErrorCode::UnknownTopicOrPartition);
        QCOMPARE(reply->at(kOrders0), ErrorCode::OperationNotAttempted);
        QCOMPARE(f.describe("payments").state, S::Empty);
        auto none = f.addAsync("payments", producer, {});
        QVERIFY(none.ready());
        QVERIFY(none->empty());
        QCOMPARE(f.describe("payments").state, S::Empty);
    }

    void failedWriteAnswersTheErrorAndChangesNothing()
    {
        Fixture f;
        const InitResult producer = f.init("payments");
        f.store.failWith = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::NotCoordinator);
        QCOMPARE(f.describe("payments").state, S::Empty);
        QCOMPARE(f.store.statesOf("payments"), (std::vector<S>{S::Empty}));

        f.store.failWith = ErrorCode::None;
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::None);
        f.store.failWith = ErrorCode::NotEnoughReplicas;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::CoordinatorNotAvailable);
        QCOMPARE(f.describe("payments").state, S::Ongoing);
        QVERIFY(f.markers.requests.empty());
        f.store.failWith = ErrorCode::None;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
    }

    void failedFirstInitLeavesNoId()
    {
        Fixture f;
        f.store.failWith = ErrorCode::RequestTimedOut;
        QCOMPARE(f.init("payments").error, ErrorCode::CoordinatorNotAvailable);
        QCOMPARE(f.describe("payments").error, ErrorCode::TransactionalIdNotFound);
        QVERIFY(f.coordinator->snapshot().empty());
        QCOMPARE(f.init("payments", std::nullopt, 0).error, ErrorCode::InvalidTransactionTimeout);
        QCOMPARE(f.nextProducerId, std::int64_t{1001}); // the refused timeout took no producer id
    }

    void completionWriteIsRetriedUntilLogged()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        f.store.failWith = ErrorCode::NotEnoughReplicas;
        f.markers.answerHeld();
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
        f.store.failWith = ErrorCode::None;
        f.advance(100);
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
        QCOMPARE(f.markers.requests.size(), std::size_t{1}); // the markers were not sent again
    }

    void idempotentProducersGetANewId()
    {
        Fixture f;
        f.coordinator->unloadPartition(0); // any broker answers, coordinator or not
        Reply<InitResult> reply;
        f.coordinator->initProducerId(std::nullopt, 0, std::nullopt,
                                      [reply](ErrorCode e, std::int64_t pid, std::int16_t epoch) {
                                          reply.set({e, pid, epoch});
                                      });
        QVERIFY(reply.ready());
        QCOMPARE(reply->error, ErrorCode::None);
        QCOMPARE(reply->producerId, std::int64_t{1000});
        QCOMPARE(reply->epoch, std::int16_t{0});
        QVERIFY(f.store.logs.empty());

        f.producerIdsExhausted = true;
        f.coordinator->initProducerId(std::nullopt, 0, std::nullopt,
                                      [reply](ErrorCode e, std::int64_t pid, std::int16_t epoch) {
                                          reply.set({e, pid, epoch});
                                      });
        QCOMPARE(reply->error, ErrorCode::CoordinatorNotAvailable);
    }

    void idsOfOtherPartitionsAreNotCoordinated()
    {
        Fixture f;
        const std::int32_t p = f.coordinator->partitionFor("payments");
        QCOMPARE(p, TransactionCoordinator::partitionFor("payments", kStatePartitions));
        QCOMPARE(TransactionCoordinator::partitionFor("payments", 50),
                 GroupCoordinator::partitionFor("payments", 50));
        const InitResult producer = f.init("payments");

        f.coordinator->unloadPartition(p);
        QVERIFY(!f.coordinator->ownsPartition(p));
        QCOMPARE(f.init("payments").error, ErrorCode::NotCoordinator);
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::NotCoordinator);
        QCOMPARE(f.end("payments", producer, true), ErrorCode::NotCoordinator);
        QCOMPARE(f.describe("payments").error, ErrorCode::NotCoordinator);

        f.coordinator->beginLoading(p, kCoordinatorEpoch + 1);
        QVERIFY(f.coordinator->isLoading(p));
        QCOMPARE(f.init("payments").error, ErrorCode::CoordinatorLoadInProgress);
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::CoordinatorLoadInProgress);
        QCOMPARE(f.describe("payments").error, ErrorCode::CoordinatorLoadInProgress);
        QCOMPARE(f.coordinator->listTransactions({}, {}).error, ErrorCode::CoordinatorLoadInProgress);
        const std::vector<TransactionLogEntry> log = f.store.entries(p);
        f.coordinator->loadRecords(p, log);
        f.coordinator->finishLoading(p);
        QVERIFY(f.coordinator->ownsPartition(p));
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::None);
    }

    void nextTransactionWaitsForTheMarkersOfTheLast()
    {
        // EndTxn is answered before the markers are written; the producer's next
        // AddPartitionsToTxn waits for them instead of being sent away to back off.
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        auto add = f.addAsync("payments", producer, {kOrders1});
        QVERIFY(!add.ready());
        f.markers.answerHeld();
        QVERIFY(add.ready());
        QCOMPARE(add->at(kOrders1), ErrorCode::None);
        QCOMPARE(f.describe("payments").state, TransactionState::Ongoing);
        QCOMPARE(f.describe("payments").partitions, (std::vector<TopicPartition>{kOrders1}));
    }

    void waitForMarkersEndsWithConcurrentTransactions()
    {
        // Markers that cannot be written (a leader away): the wait is bounded.
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        auto add = f.addAsync("payments", producer, {kOrders1});
        f.advance(500);
        QVERIFY(!add.ready());
        f.advance(600);
        QVERIFY(add.ready());
        QCOMPARE(add->at(kOrders1), ErrorCode::ConcurrentTransactions);
        // Losing the partition answers the waiting ones too.
        auto again = f.addAsync("payments", producer, {kOrders1});
        QVERIFY(!again.ready());
        f.coordinator->unloadPartition(f.coordinator->partitionFor("payments"));
        QVERIFY(again.ready());
        QCOMPARE(again->at(kOrders1), ErrorCode::ConcurrentTransactions);
    }

    void unloadWhileAWriteIsInFlightAnswersNotCoordinator()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.store.hold = true;
        auto reply = f.endAsync("payments", producer, true);
        QVERIFY(!reply.ready());
        f.coordinator->unloadPartition(f.coordinator->partitionFor("payments"));
        f.store.release();
        QVERIFY(reply.ready());
        QCOMPARE(*reply, ErrorCode::NotCoordinator);
        QVERIFY(f.markers.requests.empty()); // the new coordinator writes them after loading
    }

    void destroyedCoordinatorAnswersNotCoordinator()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.store.hold = true;
        auto end = f.endAsync("payments", producer, true);
        auto add = f.addAsync("payments", producer, {kOrders1}); // refused at once: a write is pending
        auto init = f.initAsync("billing");
        f.coordinator.reset();
        f.store.release();
        QVERIFY(end.ready());
        QCOMPARE(*end, ErrorCode::NotCoordinator);
        QCOMPARE(add->at(kOrders1), ErrorCode::ConcurrentTransactions);
        QVERIFY(init.ready());
        QCOMPARE(init->error, ErrorCode::NotCoordinator);
    }

    void describeAndList()
    {
        Fixture f;
        const InitResult a = f.openTransaction("alpha", {kOrders0, kAudit0});
        f.advance(5000);
        const InitResult b = f.openTransaction("beta", {kOrders1});
        QCOMPARE(f.end("beta", b, true), ErrorCode::None);
        QCOMPARE(f.init("gamma").error, ErrorCode::None);

        const auto described = f.coordinator->describeTransactions({"alpha", "nobody"});
        QCOMPARE(described.size(), std::size_t{2});
        QCOMPARE(described[0].error, ErrorCode::None);
        QCOMPARE(described[0].state, S::Ongoing);
        QCOMPARE(described[0].producerId, a.producerId);
        QCOMPARE(described[0].producerEpoch, std::int16_t{0});
        QCOMPARE(described[0].timeoutMs, kTimeoutMs);
        QCOMPARE(described[0].startTimestampMs, f.clock.nowMs() - 5000);
        QCOMPARE(described[0].partitions, (std::vector<TopicPartition>{kAudit0, kOrders0}));
        QCOMPARE(described[1].error, ErrorCode::TransactionalIdNotFound);

        auto ids = [](const ListTransactionsResult &r) {
            std::vector<std::string> out;
            for (const ListedTransaction &t : r.transactions)
                out.push_back(t.transactionalId);
            return out;
        };
        const ListTransactionsResult all = f.coordinator->listTransactions({}, {});
        QCOMPARE(all.error, ErrorCode::None);
        QCOMPARE(ids(all), (std::vector<std::string>{"alpha", "beta", "gamma"}));
        QCOMPARE(all.transactions[1].state, S::CompleteCommit);
        QCOMPARE(all.transactions[1].producerId, b.producerId);
        QCOMPARE(ids(f.coordinator->listTransactions({"Ongoing"}, {})), (std::vector<std::string>{"alpha"}));
        QCOMPARE(ids(f.coordinator->listTransactions({}, {b.producerId})),
                 (std::vector<std::string>{"beta"}));
        const ListTransactionsResult unknown = f.coordinator->listTransactions({"Hanging"}, {});
        QCOMPARE(unknown.unknownStateFilters, (std::vector<std::string>{"Hanging"}));
        QVERIFY(unknown.transactions.empty());
        // Transactions open longer than a second: alpha (5 s), not beta's (ended, started now).
        QCOMPARE(ids(f.coordinator->listTransactions({"Ongoing", "CompleteCommit"}, {}, 1000)),
                 (std::vector<std::string>{"alpha"}));

        const std::vector<TransactionSnapshot> snapshot = f.coordinator->snapshot();
        QCOMPARE(snapshot.size(), std::size_t{3});
        QCOMPARE(snapshot[0].transactionalId, std::string("alpha"));
        QCOMPARE(snapshot[0].statePartition, f.coordinator->partitionFor("alpha"));
        QCOMPARE(snapshot[0].partitions, (std::vector<TopicPartition>{kAudit0, kOrders0}));
        QCOMPARE(snapshot[0].timeoutMs, kTimeoutMs);
        QCOMPARE(snapshot[2].state, S::Empty);
    }

    void adminAbortEndsAHangingTransaction()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        QCOMPARE(f.adminAbort("payments"), ErrorCode::None);
        QCOMPARE(f.describe("payments").state, S::CompleteAbort);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QVERIFY(!f.markers.requests.front().commit);
        QCOMPARE(f.markers.requests.front().producerEpoch, std::int16_t{1});
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::AdminAborted, K::Aborted}));
        QCOMPARE(f.end("payments", producer, true), ErrorCode::ProducerFenced);

        QCOMPARE(f.adminAbort("payments"), ErrorCode::InvalidTxnState); // nothing open
        QCOMPARE(f.adminAbort("nobody"), ErrorCode::TransactionalIdNotFound);
    }

    void idleIdsExpire()
    {
        TransactionCoordinatorConfig config = Fixture::defaultConfig();
        config.limits.idExpirationMs = 10000;
        config.removeExpiredIntervalMs = 1000;
        Fixture f(config);
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.init("billing").error, ErrorCode::None);
        f.advance(5000);
        QCOMPARE(f.add("billing", f.init("billing"), {kOrders0}), ErrorCode::None); // billing stays busy
        f.advance(6000);

        QCOMPARE(f.store.statesOf("payments").back(), S::Dead); // a tombstone
        QCOMPARE(f.describe("payments").error, ErrorCode::TransactionalIdNotFound);
        QCOMPARE(f.describe("billing").state, S::Ongoing);
        QCOMPARE(f.eventKinds().back(), K::Expired);
        // A producer coming back starts afresh, under a new producer id.
        const InitResult again = f.init("payments");
        QCOMPARE(again.error, ErrorCode::None);
        QVERIFY(again.producerId != producer.producerId);
        QCOMPARE(again.epoch, std::int16_t{0});
    }
};

QTEST_GUILESS_MAIN(TestTransactionCoordinator)
#include "test_transaction_coordinator.moc"
