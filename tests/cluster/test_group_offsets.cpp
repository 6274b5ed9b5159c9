// The group coordinator's committed offsets: commits and fetches (written before they are
// acknowledged), their expiry, deleting and resetting them, and deleting whole groups
// with their offsets.

#include "group_coordinator_fixture.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

class TestGroupOffsets : public QObject {
    Q_OBJECT

private slots:
    void commitAndFetchOffsets()
    {
        Fixture f;
        // A standalone consumer (generation -1) needs no membership.
        OffsetCommitResult committed =
            f.commit("standalone", -1, "", {{"orders", 0, 42, 3, "checkpoint"}, {"orders", 1, 7, -1, ""}});
        QCOMPARE(committed.size(), 2u);
        QCOMPARE(committed[0].error, ErrorCode::None);
        QCOMPARE(committed[1].error, ErrorCode::None);
        OffsetFetchResult fetched = f.coordinator->fetchOffsets(
            "standalone", std::vector<TopicPartition>{{"orders", 0}, {"orders", 2}});
        QCOMPARE(fetched.error, ErrorCode::None);
        QCOMPARE(fetched.partitions.size(), 2u);
        QCOMPARE(fetched.partitions[0].offset, 42);
        QCOMPARE(fetched.partitions[0].leaderEpoch, 3);
        QCOMPARE(q(fetched.partitions[0].metadata), QString("checkpoint"));
        QCOMPARE(fetched.partitions[1].offset, -1);
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::nullopt).partitions.size(), 2u);
        QCOMPARE(f.coordinator->fetchOffsets("nobody", std::nullopt).partitions.size(), 0u);

        // Metadata over offset.metadata.max.bytes is refused for that partition only.
        committed = f.commit("standalone", -1, "",
                             {{"orders", 0, 50, -1, std::string(5000, 'x')}, {"orders", 1, 8, -1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::OffsetMetadataTooLarge);
        QCOMPARE(committed[1].error, ErrorCode::None);
        fetched = f.coordinator->fetchOffsets("standalone",
                                              std::vector<TopicPartition>{{"orders", 0}, {"orders", 1}});
        QCOMPARE(fetched.partitions[0].offset, 42);
        QCOMPARE(fetched.partitions[1].offset, 8);

        // A commit is written before it is acknowledged or visible.
        f.store.hold = true;
        OffsetCommitRequest request{"standalone", -1, "", std::nullopt, -1, {{"orders", 1, 9, -1, ""}}};
        Reply<OffsetCommitResult> held;
        f.coordinator->commitOffsets(request, held.callback());
        QVERIFY(!held.ready());
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 8);
        f.store.hold = false;
        f.store.release();
        QVERIFY(held.ready());
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 9);

        // A failed write is reported in Kafka's terms and changes nothing.
        f.store.failWith = ErrorCode::NotEnoughReplicas;
        committed = f.commit("standalone", -1, "", {{"orders", 1, 10, -1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::CoordinatorNotAvailable);
        f.store.failWith = ErrorCode::NotLeaderOrFollower;
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 1, 10, -1, ""}})[0].error,
                 ErrorCode::NotCoordinator);
        f.store.failWith = ErrorCode::None;
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::vector<TopicPartition>{{"orders", 1}})
                     .partitions[0]
                     .offset,
                 9);

        // A member of a stable group commits with its generation.
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        committed = f.commit("billing", generation, ids[1], {{"orders", 3, 100, 1, ""}});
        QCOMPARE(committed[0].error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.front().offset, 100);
        const GroupSnapshot snapshot = f.coordinator->snapshot().front();
        QCOMPARE(q(snapshot.groupId), QString("billing"));
        QCOMPARE(snapshot.offsets.at({"orders", 3}).commitTimestampMs, f.clock.nowMs());
    }

    void oldOffsetsExpire()
    {
        GroupCoordinatorConfig config = Fixture::defaultConfig();
        config.offsetsRetentionMs = 60000;
        config.offsetsRetentionCheckIntervalMs = 1000;
        Fixture f(config);
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 0, 1, -1, ""}})[0].error, ErrorCode::None);
        OffsetCommitRequest shortLived{"short", -1, "", std::nullopt, 5000, {{"orders", 0, 1, -1, ""}}};
        Reply<OffsetCommitResult> committed;
        f.coordinator->commitOffsets(shortLived, committed.callback());
        QCOMPARE(committed->front().error, ErrorCode::None);
        const GroupLogRecord written = f.store.records(f.coordinator->partitionFor("short")).back();
        QCOMPARE(written.key, encodeOffsetCommitKey({"short", "orders", 0}));
        QCOMPARE(written.value->at(1), std::uint8_t{1}); // value v1: the only one with an expiry

        // A commit with its own retention keeps to it.
        f.advance(6000);
        QCOMPARE(f.describe("short").state, GroupState::Dead);
        QCOMPARE(f.describe("standalone").state, GroupState::Empty);
        f.advance(55000);
        QCOMPARE(f.describe("standalone").state, GroupState::Dead);
        QVERIFY(f.sawEvent(GroupEventKind::GroupDeleted, ""));

        // Nothing comes back from the log.
        f.start();
        QCOMPARE(f.coordinator->listGroups().groups.size(), 0u);
    }

    // Kafka's handleDeletedPartitions: a deleted topic's offsets leave every group, in the
    // log too, so a topic of the same name created later is read from its start.
    void offsetsOfDeletedTopicsGo()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        QCOMPARE(f.commit("billing", generation, ids[0], {{"orders", 0, 30, -1, ""}, {"payments", 0, 7, -1, ""}})[0]
                     .error,
                 ErrorCode::None);
        QCOMPARE(f.commit("audit", -1, "", {{"orders", 0, 30, -1, ""}, {"orders", 1, 30, -1, ""}})[0].error,
                 ErrorCode::None);
        QCOMPARE(f.commit("shipping", -1, "", {{"payments", 2, 5, -1, ""}})[0].error, ErrorCode::None);

        f.coordinator->onTopicsDeleted({"orders"});

        // The stable group keeps its other topic; the group that had only the deleted
        // topic's offsets is gone; a group without them is untouched.
        const auto billing = f.coordinator->fetchOffsets("billing", std::nullopt).partitions;
        QCOMPARE(billing.size(), 1u);
        QCOMPARE(q(billing[0].topic), QString("payments"));
        QCOMPARE(f.describe("billing").state, GroupState::Stable);
        QCOMPARE(f.describe("audit").state, GroupState::Dead);
        QVERIFY(std::any_of(f.events.begin(), f.events.end(), [](const GroupEvent &e) {
            return e.kind == GroupEventKind::GroupDeleted && e.groupId == "audit";
        }));
        QCOMPARE(f.coordinator->fetchOffsets("shipping", std::nullopt).partitions.size(), 1u);
        const GroupLogRecord tombstone{encodeOffsetCommitKey({"audit", "orders", 1}), std::nullopt};
        const std::vector<GroupLogRecord> auditLog = f.store.records(f.coordinator->partitionFor("audit"));
        QVERIFY(std::find(auditLog.begin(), auditLog.end(), tombstone) != auditLog.end());

        // After a restart the log says the same.
        f.start();
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.size(), 1u);
        QCOMPARE(f.coordinator->fetchOffsets("audit", std::nullopt).partitions.size(), 0u);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::vector<TopicPartition>{{"orders", 0}})
                     .partitions[0]
                     .offset,
                 -1);
    }

    void deleteGroupsRules()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        QCOMPARE(f.commit("standalone", -1, "", {{"orders", 0, 3, -1, ""}})[0].error, ErrorCode::None);
        Reply<std::vector<DeleteGroupResult>> reply;
        f.coordinator->deleteGroups({"billing", "standalone", "nobody"}, reply.callback());
        QVERIFY(reply.ready());
        QCOMPARE(reply->size(), 3u);
        QCOMPARE((*reply)[0].error, ErrorCode::NonEmptyGroup);
        QCOMPARE((*reply)[1].error, ErrorCode::None);
        QCOMPARE((*reply)[2].error, ErrorCode::GroupIdNotFound);
        QVERIFY(f.sawEvent(GroupEventKind::GroupDeleted, ""));

        // Tombstones for the offset and the group went to the group's partition.
        const std::vector<GroupLogRecord> log = f.store.records(f.coordinator->partitionFor("standalone"));
        QVERIFY(log.size() >= 3u);
        QCOMPARE(log.back().key, encodeGroupMetadataKey({"standalone"}));
        QVERIFY(!log.back().value.has_value());
        QCOMPARE(log[log.size() - 2].key, encodeOffsetCommitKey({"standalone", "orders", 0}));
        QVERIFY(!log[log.size() - 2].value.has_value());
        QCOMPARE(f.describe("standalone").state, GroupState::Dead);
        QCOMPARE(f.coordinator->fetchOffsets("standalone", std::nullopt).partitions.size(), 0u);

        // Once its last member leaves, the group can go.
        f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}}});
        Reply<std::vector<DeleteGroupResult>> again;
        f.coordinator->deleteGroups({"billing"}, again.callback());
        QCOMPARE(again->front().error, ErrorCode::None);
        QCOMPARE(f.coordinator->listGroups().groups.size(), 0u);
    }

    void deleteOffsetsKeepsConsumedTopics()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a"});
        f.commit("billing", generation, ids[0], {{"orders", 0, 1, -1, ""}, {"legacy", 0, 2, -1, ""}});
        Reply<OffsetDeleteResult> reply;
        f.coordinator->deleteOffsets("billing", {{"orders", 0}, {"legacy", 0}}, reply.callback());
        QCOMPARE(reply->error, ErrorCode::None);
        QCOMPARE(reply->partitions[0].error, ErrorCode::GroupSubscribedToTopic);
        QCOMPARE(reply->partitions[1].error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).partitions.size(), 1u);
        Reply<OffsetDeleteResult> missing;
        f.coordinator->deleteOffsets("nobody", {{"orders", 0}}, missing.callback());
        QCOMPARE(missing->error, ErrorCode::GroupIdNotFound);
    }

    void resetOffsetsNeedsAGroupWithoutMembers()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        Reply<ResetOffsetsResult> refused;
        f.coordinator->resetOffsets("billing", {{{"orders", 0}, 0}}, refused.callback());
        QCOMPARE(refused->error, ErrorCode::NonEmptyGroup);
        QVERIFY(refused->message.find(ids[0]) != std::string::npos);
        QVERIFY(refused->message.find(ids[1]) != std::string::npos);

        f.coordinator->leaveGroup({"billing", {{ids[0], std::nullopt}, {ids[1], std::nullopt}}});
        QCOMPARE(f.describe("billing").state, GroupState::Empty);
        Reply<ResetOffsetsResult> reset;
        f.coordinator->resetOffsets("billing", {{{"orders", 0}, 17}, {{"orders", 1}, 0}}, reset.callback());
        QCOMPARE(reset->error, ErrorCode::None);
        OffsetFetchResult fetched = f.coordinator->fetchOffsets("billing", std::nullopt);
        QCOMPARE(fetched.partitions.size(), 2u);
        QCOMPARE(fetched.partitions[0].offset, 17);
        QCOMPARE(fetched.partitions[1].offset, 0);
        QVERIFY(std::any_of(f.events.begin(), f.events.end(),
                            [](const GroupEvent &e) { return e.kind == GroupEventKind::OffsetsReset; }));

        // A group nobody has used yet is created by the reset.
        Reply<ResetOffsetsResult> fresh;
        f.coordinator->resetOffsets("replay", {{{"orders", 2}, 5}}, fresh.callback());
        QCOMPARE(fresh->error, ErrorCode::None);
        QCOMPARE(f.coordinator->fetchOffsets("replay", std::nullopt).partitions.front().offset, 5);
        Reply<ResetOffsetsResult> negative;
        f.coordinator->resetOffsets("replay", {{{"orders", 2}, -3}}, negative.callback());
        QCOMPARE(negative->error, ErrorCode::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestGroupOffsets)
#include "test_group_offsets.moc"
