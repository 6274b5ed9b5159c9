// The group coordinator and __consumer_offsets: the partition that holds a group (Kafka's
// hash), the records in Kafka's layout, and groups and offsets rebuilt from those records
// when a partition is unloaded and loaded again or another coordinator takes over.

#include "group_coordinator_fixture.h"

#include "cluster/group/java_string_hash.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

class TestGroupLog : public QObject {
    Q_OBJECT

private slots:
    void partitionForMatchesKafka()
    {
        // Java's String.hashCode, by hand: h = 31 * h + c over the UTF-16 units.
        // "billing": 98 -> 3143 -> 97541 -> 3023879 -> 93740354 -> 2905951084 (int32: -1389016212)
        //            -> -1389016212 * 31 + 103 = -43059502469 (int32: -109829509).
        QCOMPARE(javaStringHashCode(""), 0);
        QCOMPARE(javaStringHashCode("billing"), -109829509);
        // "€uro": U+20AC is one UTF-16 unit (8364); "😀" (U+1F600) is the pair D83D DE00:
        // 55357 * 31 + 56832 = 1772899.
        QCOMPARE(javaStringHashCode("\xe2\x82\xac"
                                    "uro"),
                 249288006);
        QCOMPARE(javaStringHashCode("\xf0\x9f\x98\x80"), 1772899);
        // A string whose hash is Integer.MIN_VALUE: Kafka's Utils.abs maps it to 0.
        QCOMPARE(javaStringHashCode("polygenelubricants"), std::numeric_limits<std::int32_t>::min());

        QCOMPARE(GroupCoordinator::partitionFor("", 50), 0);
        QCOMPARE(GroupCoordinator::partitionFor("billing", 50), 109829509 % 50);
        QCOMPARE(GroupCoordinator::partitionFor("billing", 50), 9);
        QCOMPARE(GroupCoordinator::partitionFor("polygenelubricants", 50), 0);
        QCOMPARE(GroupCoordinator::partitionFor("\xf0\x9f\x98\x80", 50), 1772899 % 50);
    }

    void recordsUseKafkasLayout()
    {
        // Offset commit key v1: version, group, topic, partition.
        QCOMPARE(encodeOffsetCommitKey({"g", "t", 2}),
                 (Bytes{0x00, 0x01, 0x00, 0x01, 'g', 0x00, 0x01, 't', 0x00, 0x00, 0x00, 0x02}));
        QCOMPARE(encodeGroupMetadataKey({"g"}), (Bytes{0x00, 0x02, 0x00, 0x01, 'g'}));
        // Offset commit value v3: offset, leader epoch, metadata, commit timestamp.
        const Bytes value = encodeOffsetCommitValue({5, 7, "m", 9, std::nullopt});
        QCOMPARE(value, (Bytes{0x00, 0x03, 0,    0,   0, 0, 0, 0, 0, 5, 0, 0, 0,
                               7,    0x00, 0x01, 'm', 0, 0, 0, 0, 0, 0, 0, 9}));
        QCOMPARE(decodeOffsetCommitValue(value).value(), (OffsetCommitValue{5, 7, "m", 9, std::nullopt}));
        // With its own expiry a commit is written as v1, which has no leader epoch.
        const OffsetCommitValue expiring{5, -1, "m", 9, 100};
        const Bytes v1 = encodeOffsetCommitValue(expiring);
        QCOMPARE(v1[1], std::uint8_t{1});
        QCOMPARE(decodeOffsetCommitValue(v1).value(), expiring);

        GroupMetadataValue group;
        group.protocolType = "consumer";
        group.generation = 4;
        group.protocol = "range";
        group.leader = "a-1";
        group.currentStateTimestampMs = 1234;
        group.members.push_back(
            {"a-1", std::nullopt, "a", "/127.0.0.1", 30000, 10000, bytesOf("sub"), bytesOf("asg")});
        group.members.push_back({"b-1", "instance-b", "b", "/127.0.0.1", 30000, 10000, {}, {}});
        const Bytes encoded = encodeGroupMetadataValue(group);
        QCOMPARE(encoded[1], std::uint8_t{3});
        QCOMPARE(decodeGroupMetadataValue(encoded).value(), group);

        Bytes truncated(encoded.begin(), encoded.end() - 1);
        QCOMPARE(decodeGroupMetadataValue(truncated).status().code(), StatusCode::Corruption);
        Bytes flexible = encoded;
        flexible[1] = 4;
        QCOMPARE(decodeGroupMetadataValue(flexible).status().code(), StatusCode::Unsupported);
        QCOMPARE(decodeGroupRecordKey(Bytes{0x00, 0x09, 0x00}).status().code(), StatusCode::Unsupported);
    }

    void stateSurvivesUnloadAndReload()
    {
        Fixture f;
        auto [ids, generation] = f.stableGroup("billing", {"client-a", "client-b"});
        QCOMPARE(
            f.commit("billing", generation, ids[0], {{"orders", 0, 11, 2, "a"}, {"orders", 1, 12, 2, "b"}})[0]
                .error,
            ErrorCode::None);
        QCOMPARE(
            f.commit("audit", -1, "", {{"payments", 0, 5, -1, "x"}, {"payments", 1, 6, -1, ""}})[0].error,
            ErrorCode::None);
        QCOMPARE(f.commit("old", -1, "", {{"orders", 0, 1, -1, ""}})[0].error, ErrorCode::None);
        Reply<std::vector<DeleteGroupResult>> deleted;
        f.coordinator->deleteGroups({"old"}, deleted.callback());
        QCOMPARE(deleted->front().error, ErrorCode::None);
        Reply<OffsetDeleteResult> offsetDeleted;
        f.coordinator->deleteOffsets("audit", {{"payments", 1}}, offsetDeleted.callback());
        QCOMPARE(offsetDeleted->error, ErrorCode::None);
        const GroupSnapshot before = f.coordinator->snapshot().front();
        QCOMPARE(q(before.groupId), QString("audit"));

        // Leadership of billing's partition moves away: a waiting join is told, and so is everyone after.
        const std::int32_t billingPartition = f.coordinator->partitionFor("billing");
        auto rejoin = f.join(joinRequest("billing", ids[0], "client-a"));
        QVERIFY(!rejoin.ready());
        f.coordinator->unloadPartition(billingPartition);
        QCOMPARE(rejoin->error, ErrorCode::NotCoordinator);
        QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::NotCoordinator);
        QCOMPARE(f.coordinator->fetchOffsets("billing", std::nullopt).error, ErrorCode::NotCoordinator);
        QCOMPARE(f.describe("billing").error, ErrorCode::NotCoordinator);

        // While it loads again, its groups are not available yet.
        f.coordinator->beginLoading(billingPartition);
        QCOMPARE(f.heartbeat("billing", generation, ids[1]), ErrorCode::CoordinatorLoadInProgress);
        QCOMPARE(f.coordinator->listGroups().error, ErrorCode::CoordinatorLoadInProgress);
        f.coordinator->loadRecords(billingPartition, f.store.logs[billingPartition]);
        f.coordinator->finishLoading(billingPartition);
        QVERIFY(f.coordinator->ownsPartition(billingPartition));

        // A brand-new coordinator (another broker) rebuilds everything from the log.
        f.start();
        const GroupDescription billing = f.describe("billing");
        QCOMPARE(billing.state, GroupState::Stable);
        QCOMPARE(q(billing.protocol), QString("range"));
        QCOMPARE(billing.members.size(), 2u);
        for (const DescribedMember &m : billing.members) {
            QCOMPARE(m.assignment, bytesOf("assignment-of-" + m.memberId));
            QCOMPARE(m.metadata, subscription({"orders"}));
            QCOMPARE(q(m.clientHost), QString("/127.0.0.1"));
        }
        const std::vector<GroupSnapshot> after = f.coordinator->snapshot();
        auto find = [&](const std::string &id) {
            return std::find_if(after.begin(), after.end(),
                                [&](const GroupSnapshot &s) { return s.groupId == id; });
        };
        QVERIFY(find("billing") != after.end());
        QCOMPARE(find("billing")->generation, generation);
        QCOMPARE(q(find("billing")->leaderId), q(ids[0]));
        QCOMPARE(find("billing")->offsets.at({"orders", 1}).offset, 12);
        QCOMPARE(q(find("billing")->offsets.at({"orders", 1}).metadata), QString("b"));
        QCOMPARE(find("billing")->offsets.at({"orders", 1}).leaderEpoch, 2);
        QVERIFY(find("audit") != after.end());
        QCOMPARE(find("audit")->state, GroupState::Empty);
        QVERIFY(find("audit")->offsets == before.offsets);
        QCOMPARE(find("audit")->offsets.size(), 1u);
        QVERIFY(find("old") == after.end());
        QCOMPARE(f.describe("old").state, GroupState::Dead);

        // Members carry on with the new coordinator; one that stays silent expires.
        QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::None);
        f.advance(kSessionMs / 2);
        QCOMPARE(f.heartbeat("billing", generation, ids[0]), ErrorCode::None);
        f.advance(kSessionMs / 2);
        QCOMPARE(f.describe("billing").state, GroupState::PreparingRebalance);
        QVERIFY(f.sawEvent(GroupEventKind::MemberExpired, ids[1]));
    }
};

QTEST_GUILESS_MAIN(TestGroupLog)
#include "test_group_log.moc"
