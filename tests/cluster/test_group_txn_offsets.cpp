// Offsets committed inside a producer's transaction (TxnOffsetCommit): written as the
// producer's transactional batch, invisible until the transaction's marker commits them,
// dropped when it aborts, rebuilt from the records and markers when a partition is loaded
// again, and never brought back for a topic deleted before the marker.

#include "group_coordinator_fixture.h"

#include <QTest>

#include <string>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kProducer = 4000;
constexpr std::int64_t kOtherProducer = 4001;

TxnOffsetCommitRequest txnCommit(const std::string &group, std::int64_t producerId,
                                 std::vector<OffsetCommitPartition> partitions)
{
    TxnOffsetCommitRequest r;
    r.groupId = group;
    r.producerId = producerId;
    r.producerEpoch = 3;
    r.partitions = std::move(partitions);
    return r;
}

OffsetCommitResult commitInTransaction(Fixture &f, TxnOffsetCommitRequest request)
{
    Reply<OffsetCommitResult> reply;
    f.coordinator->commitTransactionalOffsets(std::move(request), reply.callback());
    return reply.ready() ? *reply : OffsetCommitResult{};
}

FetchedOffset fetchOne(const Fixture &f, const std::string &group, TopicPartition tp,
                       bool requireStable = false)
{
    OffsetFetchResult r =
        f.coordinator->fetchOffsets(group, std::vector<TopicPartition>{std::move(tp)}, requireStable);
    if (r.error != ErrorCode::None || r.partitions.size() != 1)
        return FetchedOffset{"", 0, -2, -1, "", r.error};
    return r.partitions.front();
}

// The transaction coordinator's side: the marker goes into the group's partition, and then
// the broker tells the group coordinator.
void endTransaction(Fixture &f, const std::string &group, std::int64_t producerId, bool commit)
{
    const std::int32_t partition = f.coordinator->partitionFor(group);
    f.store.appendMarker(partition, producerId, commit);
    f.coordinator->completeTransaction(partition, producerId, commit);
}

} // namespace

class TestGroupTxnOffsets : public QObject {
    Q_OBJECT

private slots:
    void pendingUntilTheMarkerCommits()
    {
        Fixture f;
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 1, 5, -1, ""}})[0].error, ErrorCode::None);
        const OffsetCommitResult result = commitInTransaction(
            f, txnCommit("billing", kProducer, {{"orders", 0, 42, 2, "txn"}, {"orders", 1, 7, -1, ""}}));
        QCOMPARE(result.size(), 2u);
        QCOMPARE(result[0].error, ErrorCode::None);
        QCOMPARE(result[1].error, ErrorCode::None);

        // Written as the producer's transactional batch.
        const auto &log = f.store.logs[f.coordinator->partitionFor("billing")];
        QVERIFY(log.back().kind == GroupLogEntry::Kind::TransactionalRecord);
        QCOMPARE(log.back().producerId, kProducer);
        QCOMPARE(log.back().record.key, encodeOffsetCommitKey({"billing", "orders", 1}));

        // Not visible yet: not to OffsetFetch, not in the snapshot (lag).
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}).offset, 5);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.size(), 1u);
        QCOMPARE(f.coordinator->snapshot().front().offsets.size(), 1u);

        // Another producer's marker changes nothing.
        endTransaction(f, "billing", kOtherProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);

        endTransaction(f, "billing", kProducer, true);
        const FetchedOffset committed = fetchOne(f, "billing", {"orders", 0});
        QCOMPARE(committed.offset, 42);
        QCOMPARE(committed.leaderEpoch, 2);
        QCOMPARE(q(committed.metadata), QString("txn"));
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}).offset, 7);
        QCOMPARE(f.coordinator->snapshot().front().offsets.size(), 2u);
    }

    void abortDropsThem()
    {
        Fixture f;
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 0, 5, -1, ""}})[0].error, ErrorCode::None);
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer,
                                                  {{"orders", 0, 42, -1, ""}, {"orders", 1, 9, -1, ""}}))[0]
                     .error,
                 ErrorCode::None);
        endTransaction(f, "billing", kProducer, false);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 5);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}).offset, -1);
        // Nothing is left pending: a stable fetch gets the committed offset.
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).error, ErrorCode::None);
        // A late commit marker has nothing to commit.
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 5);
    }

    void requireStableSeesPendingCommits()
    {
        Fixture f;
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 0, 5, -1, ""}, {"orders", 1, 6, -1, ""}})[0].error,
                 ErrorCode::None);
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);

        FetchedOffset unstable = fetchOne(f, "billing", {"orders", 0}, true);
        QCOMPARE(unstable.error, ErrorCode::UnstableOffsetCommit);
        QCOMPARE(unstable.offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}, true).offset, 6);
        // Without require_stable a consumer reads the last committed offset.
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 5);
        OffsetFetchResult all = f.coordinator->fetchOffsets("billing", std::nullopt, true);
        QCOMPARE(all.partitions.size(), 2u);
        QCOMPARE(all.partitions[0].error, ErrorCode::UnstableOffsetCommit);
        QCOMPARE(all.partitions[1].error, ErrorCode::None);

        // A plain commit still being written is not stable either (Kafka's pendingOffsetCommits).
        f.store.hold = true;
        Reply<OffsetCommitResult> held;
        f.coordinator->commitOffsets({"billing", -1, "", std::nullopt, -1, {{"orders", 1, 8, -1, ""}}},
                                     held.callback());
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}, true).error, ErrorCode::UnstableOffsetCommit);
        f.store.hold = false;
        f.store.release();
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}, true).offset, 8);

        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).offset, 42);
    }

    void openTransactionSurvivesReload()
    {
        Fixture f;
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);
        // A new coordinator replays the log: the transaction has no marker yet.
        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).error, ErrorCode::UnstableOffsetCommit);
        QCOMPARE(f.describe("billing").state, GroupState::Empty);

        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 42);
        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).offset, 42);
    }

    void markerDuringLoadIsReplayed()
    {
        Fixture f;
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);
        const std::int32_t partition = f.coordinator->partitionFor("billing");
        f.coordinator->beginLoading(partition);
        f.coordinator->loadRecords(partition, f.store.logs[partition]);
        f.store.appendMarker(partition, kProducer, true);
        f.coordinator->completeTransaction(partition, kProducer, true);
        f.coordinator->finishLoading(partition);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).offset, 42);
    }

    void reloadAppliesCommitAndAbortMarkers()
    {
        Fixture f;
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kOtherProducer, {{"orders", 1, 99, -1, ""}}))[0]
                     .error,
                 ErrorCode::None);
        QCOMPARE(
            commitInTransaction(f, txnCommit("audit", kOtherProducer, {{"orders", 0, 7, -1, ""}}))[0].error,
            ErrorCode::None);
        endTransaction(f, "billing", kProducer, true);
        endTransaction(f, "billing", kOtherProducer, false);
        endTransaction(f, "audit", kOtherProducer, false);

        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).offset, 42);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}, true).offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}, true).error, ErrorCode::None);
        // A group that only ever had aborted offsets does not come back.
        QCOMPARE(f.describe("audit").state, GroupState::Dead);
    }

    void laterPlainCommitWins()
    {
        Fixture f;
        // A plain commit written after the transactional one is newer: the marker leaves it.
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 10, -1, ""}}))[0].error,
            ErrorCode::None);
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 0, 20, -1, ""}})[0].error, ErrorCode::None);
        // One written before the transactional one is older: the marker replaces it.
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 1, 5, -1, ""}})[0].error, ErrorCode::None);
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 1, 15, -1, ""}}))[0].error,
            ErrorCode::None);
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 20);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}).offset, 15);

        // The log says the same to the next coordinator.
        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 20);
        QCOMPARE(fetchOne(f, "billing", {"orders", 1}).offset, 15);

        // A plain commit written after the transactional record wins, even when its write
        // ends only after the marker.
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 2, 30, -1, ""}}))[0].error,
            ErrorCode::None);
        f.store.hold = true;
        Reply<OffsetCommitResult> slow;
        f.coordinator->commitOffsets({"billing", -1, "", std::nullopt, -1, {{"orders", 2, 31, -1, ""}}},
                                     slow.callback());
        f.store.hold = false;
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 2}).offset, 30);
        f.store.release();
        QCOMPARE(slow->front().error, ErrorCode::None);
        QCOMPARE(fetchOne(f, "billing", {"orders", 2}).offset, 31);
        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 2}).offset, 31);
    }

    void deletedTopicStaysDeleted()
    {
        Fixture f;
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer,
                                                  {{"orders", 0, 42, -1, ""}, {"payments", 0, 8, -1, ""}}))[0]
                     .error,
                 ErrorCode::None);
        QCOMPARE(commitInTransaction(f, txnCommit("audit", kProducer, {{"orders", 3, 1, -1, ""}}))[0].error,
                 ErrorCode::None);
        f.coordinator->onTopicsDeleted({"orders"});
        // The group that had nothing else goes.
        QCOMPARE(f.describe("audit").state, GroupState::Dead);
        endTransaction(f, "billing", kProducer, true);
        endTransaction(f, "audit", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"payments", 0}).offset, 8);
        QCOMPARE(f.describe("audit").state, GroupState::Dead);

        // The tombstones lie between the records and the marker: a replay agrees.
        f.start();
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);
        QCOMPARE(fetchOne(f, "billing", {"payments", 0}).offset, 8);
        QCOMPARE(f.describe("audit").state, GroupState::Dead);
    }

    void deletedGroupIsNotRevived()
    {
        Fixture f;
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);
        Reply<std::vector<DeleteGroupResult>> deleted;
        f.coordinator->deleteGroups({"billing"}, deleted.callback());
        QCOMPARE(deleted->front().error, ErrorCode::None);
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(f.describe("billing").state, GroupState::Dead);
        f.start();
        QCOMPARE(f.describe("billing").state, GroupState::Dead);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);
    }

    void memberChecks()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        auto withMember = [&](std::int32_t gen, const std::string &member,
                              std::optional<std::string> instance) {
            TxnOffsetCommitRequest r = txnCommit("billing", kProducer, {{"orders", 0, 1, -1, ""}});
            r.generationId = gen;
            r.memberId = member;
            r.groupInstanceId = std::move(instance);
            return commitInTransaction(f, std::move(r))[0].error;
        };
        QCOMPARE(withMember(generation + 1, ids[0], std::nullopt), ErrorCode::IllegalGeneration);
        QCOMPARE(withMember(generation, "someone-else", std::nullopt), ErrorCode::UnknownMemberId);
        QCOMPARE(withMember(generation, ids[0], std::nullopt), ErrorCode::None);
        // Without member information a producer may commit for a group with members.
        QCOMPARE(withMember(-1, "", std::nullopt), ErrorCode::None);
        // A group this coordinator does not know has no such member.
        TxnOffsetCommitRequest unknown = txnCommit("nobody", kProducer, {{"orders", 0, 1, -1, ""}});
        unknown.generationId = 1;
        unknown.memberId = "m";
        QCOMPARE(commitInTransaction(f, unknown)[0].error, ErrorCode::UnknownMemberId);
        QCOMPARE(f.describe("nobody").state, GroupState::Dead);

        // A static member replaced under the same instance id is fenced.
        JoinGroupRequest staticJoin = joinRequest("static", "", "client-s");
        staticJoin.groupInstanceId = "instance-s";
        auto joined = f.join(staticJoin);
        f.advance(kInitialDelayMs + 100);
        QVERIFY(joined.ready());
        QCOMPARE(joined->error, ErrorCode::None);
        TxnOffsetCommitRequest fenced = txnCommit("static", kProducer, {{"orders", 0, 1, -1, ""}});
        fenced.generationId = joined->generationId;
        fenced.memberId = "an-old-id";
        fenced.groupInstanceId = "instance-s";
        QCOMPARE(commitInTransaction(f, fenced)[0].error, ErrorCode::FencedInstanceId);

        QCOMPARE(commitInTransaction(f, txnCommit("", kProducer, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::InvalidGroupId);
    }

    void coordinatorAndStoreErrors()
    {
        Fixture f;
        const std::int32_t partition = f.coordinator->partitionFor("billing");
        f.coordinator->unloadPartition(partition);
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::NotCoordinator);
        f.coordinator->beginLoading(partition);
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::CoordinatorLoadInProgress);
        f.coordinator->finishLoading(partition);

        // A fenced epoch is the log's answer; nothing stays pending.
        f.store.failWith = ErrorCode::InvalidProducerEpoch;
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::InvalidProducerEpoch);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}, true).error, ErrorCode::None);
        f.store.failWith = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::NotCoordinator);
        f.store.failWith = ErrorCode::None;
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, -1);

        QCOMPARE(commitInTransaction(f, txnCommit("billing", -1, {{"orders", 0, 1, -1, ""}}))[0].error,
                 ErrorCode::InvalidProducerIdMapping);
    }

    void expiryKeepsGroupsWithPendingOffsets()
    {
        GroupCoordinatorConfig config = Fixture::defaultConfig();
        config.offsetsRetentionMs = 60000;
        config.offsetsRetentionCheckIntervalMs = 1000;
        Fixture f(config);
        QCOMPARE(f.commit("billing", -1, "", {{"orders", 0, 5, -1, ""}})[0].error, ErrorCode::None);
        QCOMPARE(
            commitInTransaction(f, txnCommit("billing", kProducer, {{"orders", 0, 42, -1, ""}}))[0].error,
            ErrorCode::None);
        f.advance(61000);
        // The committed offset has a transaction on its way: it is not old.
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 5);
        endTransaction(f, "billing", kProducer, true);
        QCOMPARE(fetchOne(f, "billing", {"orders", 0}).offset, 42);
    }
};

QTEST_GUILESS_MAIN(TestGroupTxnOffsets)
#include "test_group_txn_offsets.moc"
