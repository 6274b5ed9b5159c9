// Replica administration over the wire: DescribeLogDirs shows each broker's replicas with
// their sizes, ElectLeaders runs preferred and unclean elections through the controller,
// and OffsetCommit refuses the partitions the cluster does not have while committing the
// others (and so does the application's own offset reset).

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"

#include "client/admin.h"
#include "client/producer.h"
#endif

#include <QObject>

#include <filesystem>
#include <map>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

using Elected = std::map<TopicPartition, ErrorCode>;

Elected electionErrors(const protocol::ElectLeadersResponse &r)
{
    Elected out;
    for (const auto &t : r.replicaElectionResults)
        for (const auto &p : t.partitionResult)
            out[{t.topic, p.partitionId}] = p.errorCode;
    return out;
}

protocol::ElectLeadersRequest election(std::int8_t type,
                                       std::vector<protocol::ElectLeadersRequest::Topic> topics)
{
    protocol::ElectLeadersRequest r;
    r.electionType = type;
    r.topicPartitions = std::move(topics);
    r.timeoutMs = 10000;
    return r;
}

PartitionInfo partitionOf(const Cluster &cluster, const TopicPartition &tp)
{
    const auto image = cluster.metadata();
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    return p ? *p : PartitionInfo{};
}

void produceTo(Cluster &cluster, const TopicPartition &tp, int count)
{
    Producer producer(cluster);
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = tp.topic;
        r.partition = tp.partition;
        r.value = bytesOf("record " + std::to_string(i));
        producer.send(std::move(r));
    }
    producer.flush(std::chrono::seconds(20));
}

// The broker the group's coordinator runs on, asked over the wire.
int coordinatorPort(const WireCluster &w, const std::string &group)
{
    WireClient client(w.port(1));
    protocol::FindCoordinatorRequest find;
    find.key = group;
    int port = -1;
    eventually([&] {
        auto r = client.call(find, 2);
        if (r && r->errorCode == ErrorCode::None)
            port = r->port;
        return port > 0;
    });
    return port;
}

std::map<TopicPartition, std::int64_t> committed(WireClient &client, const std::string &group,
                                                 const std::vector<TopicPartition> &tps)
{
    protocol::OffsetFetchRequest fetch;
    fetch.groupId = group;
    fetch.topics.emplace();
    for (const auto &tp : tps)
        fetch.topics->push_back({tp.topic, {tp.partition}});
    std::map<TopicPartition, std::int64_t> out;
    if (auto r = client.call(fetch, 1))
        for (const auto &t : r->topics)
            for (const auto &p : t.partitions)
                out[{t.name, p.partitionIndex}] = p.committedOffset;
    return out;
}

} // namespace

class TestWireReplicaAdmin : public QObject {
    Q_OBJECT

private slots:
    void offsetCommitRefusesOnlyThePartitionsThatDoNotExist()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"orders", 2, 3, {}, false, false}).ok());
        const int port = coordinatorPort(w, "billing");
        QVERIFY(port > 0);
        WireClient client(port);

        protocol::OffsetCommitRequest commit;
        commit.groupId = "billing";
        commit.topics = {{"orders", {{0, 5, -1, -1, std::nullopt}, {7, 1, -1, -1, std::nullopt}}},
                         {"nowhere", {{0, 1, -1, -1, std::nullopt}}}};
        std::map<TopicPartition, ErrorCode> answers;
        QVERIFY(eventually([&] {
            answers.clear();
            auto r = client.call(commit, 2);
            if (r)
                for (const auto &t : r->topics)
                    for (const auto &p : t.partitions)
                        answers[{t.name, p.partitionIndex}] = p.errorCode;
            return answers[{"orders", 0}] == ErrorCode::None; // the coordinator may still be loading
        }));
        QCOMPARE(answers.size(), std::size_t{3});
        QCOMPARE(answers[(TopicPartition{"orders", 7})], ErrorCode::UnknownTopicOrPartition);
        QCOMPARE(answers[(TopicPartition{"nowhere", 0})], ErrorCode::UnknownTopicOrPartition);

        const auto offsets = committed(client, "billing", {{"orders", 0}, {"orders", 7}, {"nowhere", 0}});
        QCOMPARE(offsets.at({"orders", 0}), std::int64_t{5});
        QCOMPARE(offsets.at({"orders", 7}), std::int64_t{-1});
        QCOMPARE(offsets.at({"nowhere", 0}), std::int64_t{-1});
    }

    void theApplicationsResetRefusesUnknownPartitionsAndSetsTheOthers()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"orders", 2, 3, {}, false, false}).ok());
        Admin admin(*w.cluster);
        AdminResult reset;
        QVERIFY(eventually([&] {
            reset = admin.resetGroupOffsets("billing",
                                            {{{"orders", 1}, 3}, {{"orders", 9}, 1}, {{"nowhere", 0}, 1}});
            return reset.error != ErrorCode::CoordinatorLoadInProgress &&
                   reset.error != ErrorCode::NotCoordinator;
        }));
        QCOMPARE(reset.error, ErrorCode::UnknownTopicOrPartition);
        QVERIFY2(reset.message.find("group billing: nowhere-0, orders-9: ") == 0, reset.message.c_str());

        const int port = coordinatorPort(w, "billing");
        WireClient client(port);
        const auto offsets = committed(client, "billing", {{"orders", 1}, {"nowhere", 0}});
        QCOMPARE(offsets.at({"orders", 1}), std::int64_t{3});
        QCOMPARE(offsets.at({"nowhere", 0}), std::int64_t{-1});

        reset = admin.resetGroupOffsets("billing", {{{"nowhere", 0}, 1}});
        QCOMPARE(reset.error, ErrorCode::UnknownTopicOrPartition);
    }

    void describeLogDirsShowsEachReplicaWithItsSize()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"sizes", 2, 3, {}, false, false}).ok());
        produceTo(*w.cluster, {"sizes", 0}, 200);

        for (std::int32_t broker = 1; broker <= 3; ++broker) {
            WireClient client(w.port(broker));
            // Followers copy the records shortly after the leader has them.
            std::optional<protocol::DescribeLogDirsResponse> all;
            QVERIFY(eventually([&] {
                all = client.call(protocol::DescribeLogDirsRequest{}, 4);
                if (!all || all->results.size() != 1)
                    return false;
                for (const auto &t : all->results[0].topics)
                    if (t.name == "sizes")
                        for (const auto &p : t.partitions)
                            if (p.partitionIndex == 0)
                                return p.partitionSize > 0 && p.offsetLag == 0;
                return false;
            }));
            const auto &logDir = all->results[0];
            QCOMPARE(all->errorCode, ErrorCode::None);
            QCOMPARE(logDir.errorCode, ErrorCode::None);
            const std::filesystem::path expected =
                std::filesystem::absolute(dir.path().toStdString()) / ("broker-" + std::to_string(broker));
            QCOMPARE(std::filesystem::path(logDir.logDir), expected);
            QVERIFY(logDir.totalBytes > 0);
            QVERIFY(logDir.usableBytes >= 0 && logDir.usableBytes <= logDir.totalBytes);
            const auto sizes = std::find_if(logDir.topics.begin(), logDir.topics.end(),
                                            [](const auto &t) { return t.name == "sizes"; });
            QVERIFY(sizes != logDir.topics.end());
            QCOMPARE(sizes->partitions.size(), std::size_t{2});
            for (const auto &p : sizes->partitions) {
                QCOMPARE(p.partitionIndex == 0, p.partitionSize > 0); // only partition 0 has records
                QVERIFY(!p.isFutureKey);
            }

            // Named partitions only, at a classic version (no totals there).
            protocol::DescribeLogDirsRequest one;
            one.topics = {{{"sizes", {1}}, {"nowhere", {0}}}};
            auto named = client.call(one, 1);
            QVERIFY(named);
            QCOMPARE(named->results.size(), std::size_t{1});
            QCOMPARE(named->results[0].topics.size(), std::size_t{1});
            QCOMPARE(named->results[0].topics[0].name, std::string("sizes"));
            QCOMPARE(named->results[0].topics[0].partitions.size(), std::size_t{1});
            QCOMPARE(named->results[0].topics[0].partitions[0].partitionIndex, 1);
            QCOMPARE(named->results[0].totalBytes, std::int64_t{-1});
        }
    }

    void preferredElectionReturnsLeadershipAfterARestart()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir); // automatic leader rebalancing is off
        QVERIFY(w.cluster->createTopic({"moves", 3, 3, {}, false, false}).ok());
        QVERIFY(eventually([&] { return partitionOf(*w.cluster, {"moves", 2}).leader > 0; }));
        const TopicPartition first{"moves", 0};
        const std::int32_t preferred = partitionOf(*w.cluster, first).replicas.front();
        QCOMPARE(partitionOf(*w.cluster, first).leader, preferred);
        const std::int32_t other = preferred % 3 + 1;
        WireClient client(w.port(other));

        QVERIFY(w.cluster->stopBroker(preferred).isOk());
        QVERIFY(eventually([&] { return partitionOf(*w.cluster, first).leader != preferred; }));
        // v0: no election type, always preferred.
        auto unavailable = client.call(election(protocol::kPreferredElection, {{"moves", {0}}}), 0);
        QVERIFY(unavailable);
        QCOMPARE(electionErrors(*unavailable), (Elected{{first, ErrorCode::PreferredLeaderNotAvailable}}));

        QVERIFY(w.cluster->restartBroker(preferred).isOk());
        QVERIFY(eventually(
            [&] {
                for (std::int32_t p = 0; p < 3; ++p)
                    if (!partitionOf(*w.cluster, {"moves", p}).inIsr(preferred))
                        return false;
                return true;
            },
            20s));
        QVERIFY(partitionOf(*w.cluster, first).leader != preferred); // nothing moved it back yet

        auto elected =
            client.call(election(protocol::kPreferredElection, {{"moves", {0, 99}}, {"ghost", {0}}}), 1);
        QVERIFY(elected);
        QCOMPARE(elected->errorCode, ErrorCode::None);
        QCOMPARE(electionErrors(*elected), (Elected{{first, ErrorCode::None},
                                                    {{"moves", 99}, ErrorCode::UnknownTopicOrPartition},
                                                    {{"ghost", 0}, ErrorCode::UnknownTopicOrPartition}}));
        QCOMPARE(partitionOf(*w.cluster, first).leader, preferred);
        // The answer waited for this broker's metadata: a client asking it sees the new leader.
        protocol::MetadataRequest metadata;
        metadata.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, std::string("moves")}};
        auto seen = client.call(metadata, 4);
        QVERIFY(seen);
        for (const auto &p : seen->topics.at(0).partitions)
            if (p.partitionIndex == 0)
                QCOMPARE(p.leaderId, preferred);

        auto again = client.call(election(protocol::kPreferredElection, {{"moves", {0}}}), 1);
        QVERIFY(again);
        QCOMPARE(electionErrors(*again), (Elected{{first, ErrorCode::ElectionNotNeeded}}));

        // Every partition (null): the ones that moved are named, the others left out.
        protocol::ElectLeadersRequest everything;
        everything.timeoutMs = 10000;
        auto rest = client.call(everything, 2);
        QVERIFY(rest);
        for (const auto &[tp, error] : electionErrors(*rest))
            QCOMPARE(error, ErrorCode::None);
        for (std::int32_t p = 0; p < 3; ++p) {
            const PartitionInfo info = partitionOf(*w.cluster, {"moves", p});
            QCOMPARE(info.leader, info.replicas.front());
        }
        auto none = client.call(everything, 2);
        QVERIFY(none);
        QVERIFY(none->replicaElectionResults.empty());
    }

    void uncleanElectionTakesALiveReplicaOutsideTheIsr()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"lonely", 1, 2, {}, false, false}).ok());
        const TopicPartition tp{"lonely", 0};
        QVERIFY(eventually([&] { return partitionOf(*w.cluster, tp).isr.size() == 2; }));
        const std::vector<std::int32_t> replicas = partitionOf(*w.cluster, tp).replicas;
        const std::int32_t a = replicas[0];
        const std::int32_t b = replicas[1];
        const std::int32_t bystander = 6 - a - b;
        WireClient client(w.port(bystander));

        auto notNeeded = client.call(election(protocol::kUncleanElection, {{"lonely", {0}}}), 1);
        QVERIFY(notNeeded);
        QCOMPARE(electionErrors(*notNeeded), (Elected{{tp, ErrorCode::ElectionNotNeeded}}));

        // b leaves the ISR, then a, the last in-sync replica, goes: the partition is offline.
        QVERIFY(w.cluster->stopBroker(b).isOk());
        QVERIFY(eventually([&] { return partitionOf(*w.cluster, tp).isr == std::vector<std::int32_t>{a}; }));
        QVERIFY(w.cluster->stopBroker(a).isOk());
        QVERIFY(eventually([&] { return partitionOf(*w.cluster, tp).leader < 0; }));
        auto noneAlive = client.call(election(protocol::kUncleanElection, {{"lonely", {0}}}), 2);
        QVERIFY(noneAlive);
        QCOMPARE(electionErrors(*noneAlive), (Elected{{tp, ErrorCode::EligibleLeadersNotAvailable}}));

        // b comes back out of sync: a clean election cannot choose it, an unclean one does.
        QVERIFY(w.cluster->restartBroker(b).isOk());
        QVERIFY(eventually([&] {
            const auto image = w.cluster->metadata();
            return image && image->brokerAlive(b);
        }));
        QCOMPARE(partitionOf(*w.cluster, tp).leader, -1);
        auto preferred = client.call(election(protocol::kPreferredElection, {{"lonely", {0}}}), 1);
        QVERIFY(preferred);
        QCOMPARE(electionErrors(*preferred), (Elected{{tp, ErrorCode::PreferredLeaderNotAvailable}}));

        auto unclean = client.call(election(protocol::kUncleanElection, {{"lonely", {0}}}), 1);
        QVERIFY(unclean);
        QCOMPARE(electionErrors(*unclean), (Elected{{tp, ErrorCode::None}}));
        const PartitionInfo after = partitionOf(*w.cluster, tp);
        QCOMPARE(after.leader, b);
        QCOMPARE(after.isr, std::vector<std::int32_t>{b});

        auto unknownType = client.call(election(7, {{"lonely", {0}}}), 1);
        QVERIFY(unknownType);
        QCOMPARE(unknownType->errorCode, ErrorCode::InvalidRequest);
    }
};

QTEST_GUILESS_MAIN(TestWireReplicaAdmin)
#include "test_wire_replica_admin.moc"
