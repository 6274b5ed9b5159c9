// A transaction coordinator that takes over __transaction_state partitions: what it finds in
// the log is what it continues. A commit logged but not yet marked is still committed, an
// open transaction still times out from when it began, and a coordinator that lost the
// partition stops acting on it.

#include "transaction_coordinator_fixture.h"

using namespace es;
using namespace es::test;

namespace {

using S = TransactionState;
using K = TransactionEventKind;

} // namespace

class TestTransactionCoordinatorRecovery : public QObject {
    Q_OBJECT

private slots:
    void commitLoggedBeforeACrashIsMarkedAfterReload()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0, kOrders1});
        // The leaders never answer: the broker dies between PrepareCommit and the markers.
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        auto lost = std::move(f.markers.held);
        f.markers.held.clear();
        f.markers.hold = false;

        f.start(kCoordinatorEpoch + 1);
        QCOMPARE(f.describe("payments").state, S::CompleteCommit);
        QCOMPARE(f.markers.requests.size(), std::size_t{2});
        const TxnMarkerRequest &again = f.markers.requests.back();
        QVERIFY(again.commit);
        QCOMPARE(again.producerId, producer.producerId);
        QCOMPARE(again.producerEpoch, producer.epoch);
        QCOMPARE(again.coordinatorEpoch, kCoordinatorEpoch + 1);
        QCOMPARE(again.partitions, (std::vector<TopicPartition>{kOrders0, kOrders1}));
        QCOMPARE(f.store.statesOf("payments"),
                 (std::vector<S>{S::Empty, S::Ongoing, S::PrepareCommit, S::CompleteCommit}));
        QCOMPARE(f.events.back().kind, K::Committed);

        // The dead coordinator's answers arrive late and change nothing.
        for (auto &[request, done] : lost)
            done({{kOrders0, ErrorCode::None}, {kOrders1, ErrorCode::None}});
        QCOMPARE(f.store.statesOf("payments").size(), std::size_t{4});
    }

    void abortLoggedBeforeACrashIsMarkedAfterReload()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0}, 1000);
        f.markers.hold = true;
        f.advance(1100); // the timeout aborts it at epoch 1
        QCOMPARE(f.describe("payments").state, S::PrepareAbort);
        f.markers.held.clear();
        f.markers.hold = false;

        f.start(kCoordinatorEpoch + 1);
        QCOMPARE(f.describe("payments").state, S::CompleteAbort);
        QVERIFY(!f.markers.requests.back().commit);
        QCOMPARE(f.markers.requests.back().producerEpoch, std::int16_t{1});
        QCOMPARE(f.add("payments", producer, {kOrders0}), ErrorCode::ProducerFenced);
    }

    void openTransactionKeepsItsTimeoutFromItsStart()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0}, 1000);
        f.advance(800);
        f.start(kCoordinatorEpoch + 1);
        QCOMPARE(f.describe("payments").state, S::Ongoing);
        f.advance(300);
        QCOMPARE(f.describe("payments").state, S::CompleteAbort);
        QCOMPARE(f.eventKinds(), (std::vector<K>{K::Begun, K::TimedOut, K::Aborted}));
        QCOMPARE(f.end("payments", producer, true), ErrorCode::ProducerFenced);
    }

    void reloadedProducerContinuesAndOlderEpochsStayFenced()
    {
        Fixture f;
        const InitResult old = f.init("payments");
        const InitResult current = f.init("payments");
        QCOMPARE(current.epoch, std::int16_t{1});
        f.start(kCoordinatorEpoch + 1);
        QCOMPARE(f.add("payments", old, {kOrders0}), ErrorCode::ProducerFenced);
        QCOMPARE(f.add("payments", current, {kOrders0}), ErrorCode::None);
        QCOMPARE(f.end("payments", current, true), ErrorCode::None);
        QCOMPARE(f.markers.requests.back().coordinatorEpoch, kCoordinatorEpoch + 1);
        QCOMPARE(f.init("payments").epoch, std::int16_t{2});
    }

    void exhaustedEpochRotatesToANewProducerIdWhenOneIsAvailable()
    {
        Fixture f;
        TransactionMetadata worn;
        worn.producerId = 1000;
        worn.producerEpoch = kExhaustedProducerEpoch;
        worn.timeoutMs = kTimeoutMs;
        worn.state = S::CompleteCommit;
        f.store.logs[f.coordinator->partitionFor("payments")].push_back({"payments", worn.toLogValue()});
        f.nextProducerId = 2000;
        f.start();

        f.producerIdsExhausted = true;
        QCOMPARE(f.init("payments").error, ErrorCode::CoordinatorNotAvailable);
        QCOMPARE(f.describe("payments").producerEpoch, kExhaustedProducerEpoch);
        QVERIFY(!f.coordinator->snapshot().front().pendingState);
        QCOMPARE(f.init("billing").error, ErrorCode::CoordinatorNotAvailable);
        QCOMPARE(f.describe("billing").error, ErrorCode::TransactionalIdNotFound);

        f.producerIdsExhausted = false;
        const InitResult rotated = f.init("payments");
        QCOMPARE(rotated.error, ErrorCode::None);
        QCOMPARE(rotated.producerId, std::int64_t{2000});
        QCOMPARE(rotated.epoch, std::int16_t{0});
    }

    void corruptRecordsAreSkipped()
    {
        Fixture f;
        QCOMPARE(f.init("payments").error, ErrorCode::None);
        const std::int32_t p = f.coordinator->partitionFor("payments");
        std::vector<TransactionLogEntry> log = f.store.entries(p);
        log.insert(log.begin(), TransactionLogEntry{Bytes{0, 7, 1}, Bytes{1, 2}});
        const Bytes value = log.back().value.value_or(Bytes{});
        QVERIFY(value.size() > 5);
        // A later, broken value: the last good one stands.
        log.push_back(TransactionLogEntry{log.back().key, Bytes(value.begin(), value.begin() + 5)});
        f.coordinator->loadPartition(p, kCoordinatorEpoch + 1, log);
        const TransactionDescription d = f.describe("payments");
        QCOMPARE(d.error, ErrorCode::None);
        QCOMPARE(d.state, S::Empty);
        QCOMPARE(d.producerEpoch, std::int16_t{0});
    }

    void tombstoneRemovesTheIdOnLoad()
    {
        Fixture f;
        QCOMPARE(f.init("payments").error, ErrorCode::None);
        const std::int32_t p = f.coordinator->partitionFor("payments");
        f.store.logs[p].push_back({"payments", std::nullopt});
        f.start();
        QCOMPARE(f.describe("payments").error, ErrorCode::TransactionalIdNotFound);
    }

    void staleResignationKeepsANewerLoad()
    {
        Fixture f;
        const std::int32_t p = f.coordinator->partitionFor("payments");
        f.coordinator->loadPartition(p, kCoordinatorEpoch + 2, f.store.entries(p));
        f.coordinator->unloadPartition(p, kCoordinatorEpoch + 1);
        QVERIFY(f.coordinator->ownsPartition(p));
        f.coordinator->unloadPartition(p, kCoordinatorEpoch + 2);
        QVERIFY(!f.coordinator->ownsPartition(p));
    }

    void unloadStopsMarkersAndTheirCompletion()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0});
        f.markers.hold = true;
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        const std::int32_t p = f.coordinator->partitionFor("payments");
        f.coordinator->unloadPartition(p);
        f.markers.answerHeld();
        f.advance(1000);
        QCOMPARE(f.store.statesOf("payments").back(), S::PrepareCommit);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QVERIFY(f.coordinator->snapshot().empty());
    }

    void fencedCoordinatorStopsSendingMarkers()
    {
        Fixture f;
        const InitResult producer = f.openTransaction("payments", {kOrders0, kOrders1});
        f.markers.scripted[kOrders0] = {ErrorCode::TransactionCoordinatorFenced};
        f.markers.scripted[kOrders1] = {ErrorCode::NotLeaderOrFollower};
        QCOMPARE(f.end("payments", producer, true), ErrorCode::None);
        f.advance(1000);
        QCOMPARE(f.markers.requests.size(), std::size_t{1});
        QCOMPARE(f.describe("payments").state, S::PrepareCommit);
    }
};

QTEST_GUILESS_MAIN(TestTransactionCoordinatorRecovery)
#include "test_transaction_coordinator_recovery.moc"
