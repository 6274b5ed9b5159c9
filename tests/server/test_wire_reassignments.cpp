// Partition reassignments over the wire (AlterPartitionReassignments and
// ListPartitionReassignments, KIP-455): a partition moves from brokers {1,2,3} to {2,3,4}
// on a four-broker cluster, its new replica catches up and the move completes, leadership
// leaves the removed broker and its log is deleted; moves in progress are listed, can be
// cancelled and survive a restart of the whole cluster; bad requests get Kafka's errors.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"

#include "client/producer.h"
#endif

#include <QObject>

#include <filesystem>
#include <map>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

using Ids = std::vector<std::int32_t>;
using Answers = std::map<TopicPartition, ErrorCode>;

const TopicPartition kMoved{"moves", 0};

PartitionInfo partitionOf(const Cluster &cluster, const TopicPartition &tp)
{
    const auto image = cluster.metadata();
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    return p ? *p : PartitionInfo{};
}

// A topic "moves" with one partition on brokers 1, 2 and 3, led by broker 1, holding
// `records` records.
void createMoves(Cluster &cluster, int records)
{
    CreateTopicSpec spec;
    spec.name = kMoved.topic;
    spec.assignments = {{1, 2, 3}};
    QVERIFY(cluster.createTopic(spec).ok());
    QVERIFY(eventually([&] { return partitionOf(cluster, kMoved).leader == 1; }));
    Producer producer(cluster);
    for (int i = 0; i < records; ++i) {
        ProducerRecord r;
        r.topic = kMoved.topic;
        r.partition = kMoved.partition;
        r.value = bytesOf("record " + std::to_string(i));
        producer.send(std::move(r));
    }
    QVERIFY(producer.flush(std::chrono::seconds(20)));
}

protocol::AlterPartitionReassignmentsRequest
reassign(std::vector<std::pair<TopicPartition, std::optional<Ids>>> moves)
{
    protocol::AlterPartitionReassignmentsRequest r;
    r.timeoutMs = 10000;
    for (auto &[tp, target] : moves) {
        auto t =
            std::find_if(r.topics.begin(), r.topics.end(), [&](const auto &x) { return x.name == tp.topic; });
        if (t == r.topics.end())
            t = r.topics.insert(r.topics.end(), {tp.topic, {}});
        t->partitions.push_back({tp.partition, std::move(target)});
    }
    return r;
}

Answers answersOf(const protocol::AlterPartitionReassignmentsResponse &r)
{
    Answers out;
    for (const auto &t : r.responses)
        for (const auto &p : t.partitions)
            out[{t.name, p.partitionIndex}] = p.errorCode;
    return out;
}

std::map<TopicPartition, protocol::ListPartitionReassignmentsResponse::Partition>
listed(WireClient &client,
       std::optional<std::vector<protocol::ListPartitionReassignmentsRequest::Topic>> topics = {})
{
    protocol::ListPartitionReassignmentsRequest request;
    request.topics = std::move(topics);
    std::map<TopicPartition, protocol::ListPartitionReassignmentsResponse::Partition> out;
    auto r = client.call(request, 0);
    if (!r || r->errorCode != ErrorCode::None)
        return out;
    for (const auto &t : r->topics)
        for (const auto &p : t.partitions)
            out[{t.name, p.partitionIndex}] = p;
    return out;
}

std::filesystem::path logDir(const QTemporaryDir &dir, std::int32_t broker)
{
    return std::filesystem::path(dir.path().toStdString()) / ("broker-" + std::to_string(broker)) / "moves-0";
}

// The log end offset broker `id` reports for the partition, -1 when it hosts none.
std::int64_t logEndOn(const Cluster &cluster, std::int32_t id)
{
    const auto snap = cluster.snapshot();
    if (!snap)
        return -1;
    for (const auto &t : snap->topics)
        if (t.name == kMoved.topic)
            for (const auto &r : t.partitions.at(0).replicas)
                if (r.broker == id)
                    return r.logEndOffset;
    return -1;
}

} // namespace

class TestWireReassignments : public QObject {
    Q_OBJECT

private slots:
    void aMoveCatchesUpThenCompletesAndTheLeaderLeavesTheRemovedBroker()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 4);
        createMoves(*w.cluster, 200);
        QVERIFY(std::filesystem::exists(logDir(dir, 1)));
        // Broker 4 is down, so the move stays in progress until it is back.
        QVERIFY(w.cluster->stopBroker(4).isOk());
        WireClient client(w.port(2));

        auto started = client.call(reassign({{kMoved, Ids{2, 3, 4}}}), 0);
        QVERIFY(started);
        QCOMPARE(started->errorCode, ErrorCode::None);
        QCOMPARE(answersOf(*started), (Answers{{kMoved, ErrorCode::None}}));
        PartitionInfo p = partitionOf(*w.cluster, kMoved);
        QCOMPARE(p.replicas, (Ids{2, 3, 4, 1}));
        QCOMPARE(p.addingReplicas, (Ids{4}));
        QCOMPARE(p.removingReplicas, (Ids{1}));
        QCOMPARE(p.leader, 1); // nothing moves before the new replica is in sync

        auto moving = listed(client);
        QCOMPARE(moving.size(), std::size_t{1});
        QCOMPARE(moving[kMoved].replicas, (Ids{2, 3, 4, 1}));
        QCOMPARE(moving[kMoved].addingReplicas, (Ids{4}));
        QCOMPARE(moving[kMoved].removingReplicas, (Ids{1}));
        QVERIFY(eventually([&] {
            const auto s = w.cluster->snapshot();
            return s && s->metadataVersion >= w.cluster->metadata()->version;
        }));
        for (const auto &t : w.cluster->snapshot()->topics)
            if (t.name == kMoved.topic) {
                QVERIFY(t.partitions.at(0).moving());
                QCOMPARE(t.partitions.at(0).addingReplicas, (Ids{4}));
            }

        QVERIFY(w.cluster->restartBroker(4).isOk());
        QVERIFY(eventually([&] { return !partitionOf(*w.cluster, kMoved).reassigning(); }, 20s));
        p = partitionOf(*w.cluster, kMoved);
        QCOMPARE(p.replicas, (Ids{2, 3, 4}));
        QVERIFY(!p.inIsr(1));
        QVERIFY(p.leader == 2 || p.leader == 3 || p.leader == 4);
        QCOMPARE(p.isr.size(), std::size_t{3});
        QVERIFY(listed(client).empty());
        // The removed broker deletes its replica; the new one holds every record.
        QVERIFY(eventually([&] { return !std::filesystem::exists(logDir(dir, 1)); }));
        QVERIFY(eventually([&] { return logEndOn(*w.cluster, 4) == 200; }));
    }

    void listingNamesPartitionsAndCancellingRevertsTheMove()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 4);
        createMoves(*w.cluster, 10);
        QVERIFY(w.cluster->stopBroker(4).isOk());
        WireClient client(w.port(3));
        auto started = client.call(reassign({{kMoved, Ids{2, 3, 4}}}), 0);
        QVERIFY(started);
        QCOMPARE(answersOf(*started), (Answers{{kMoved, ErrorCode::None}}));

        QCOMPARE(listed(client, {{{"moves", {0, 7}}}}).size(), std::size_t{1});
        QVERIFY(listed(client, {{{"moves", {7}}, {"ghost", {0}}}}).empty());

        // A new target replaces the old one, relative to the original replicas.
        auto replaced = client.call(reassign({{kMoved, Ids{1, 2, 4}}}), 0);
        QVERIFY(replaced);
        QCOMPARE(answersOf(*replaced), (Answers{{kMoved, ErrorCode::None}}));
        PartitionInfo p = partitionOf(*w.cluster, kMoved);
        QCOMPARE(p.replicas, (Ids{1, 2, 4, 3}));
        QCOMPARE(p.addingReplicas, (Ids{4}));
        QCOMPARE(p.removingReplicas, (Ids{3}));

        auto cancelled = client.call(reassign({{kMoved, std::nullopt}}), 0);
        QVERIFY(cancelled);
        QCOMPARE(answersOf(*cancelled), (Answers{{kMoved, ErrorCode::None}}));
        p = partitionOf(*w.cluster, kMoved);
        QCOMPARE(p.replicas, (Ids{1, 2, 3}));
        QVERIFY(!p.reassigning());
        QCOMPARE(p.leader, 1);
        QVERIFY(listed(client).empty());

        auto again = client.call(reassign({{kMoved, std::nullopt}}), 0);
        QVERIFY(again);
        QCOMPARE(answersOf(*again), (Answers{{kMoved, ErrorCode::NoReassignmentInProgress}}));
    }

    void badTargetsGetKafkasErrors()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 4);
        createMoves(*w.cluster, 1);
        WireClient client(w.port(1));
        auto answer = client.call(
            reassign({{{"ghost", 0}, Ids{1, 2}}, {{"moves", 9}, Ids{1, 2}}, {{"moves", 0}, Ids{}}}), 0);
        QVERIFY(answer);
        QCOMPARE(answersOf(*answer), (Answers{{{"ghost", 0}, ErrorCode::UnknownTopicOrPartition},
                                              {{"moves", 9}, ErrorCode::UnknownTopicOrPartition},
                                              {{"moves", 0}, ErrorCode::InvalidReplicaAssignment}}));
        for (const Ids &bad : {Ids{1, 1, 2}, Ids{1, 2, 9}}) {
            auto refused = client.call(reassign({{kMoved, bad}}), 0);
            QVERIFY(refused);
            QCOMPARE(answersOf(*refused), (Answers{{kMoved, ErrorCode::InvalidReplicaAssignment}}));
            QVERIFY(refused->responses.at(0).partitions.at(0).errorMessage);
        }
        QCOMPARE(partitionOf(*w.cluster, kMoved).replicas, (Ids{1, 2, 3}));
    }

    void aMoveInProgressSurvivesARestartOfTheCluster()
    {
        QTemporaryDir dir;
        ClusterConfig config = fastConfig(dir, 4);
        {
            auto cluster = startCluster(config);
            createMoves(*cluster, 50);
            QVERIFY(cluster->stopBroker(4).isOk());
            const auto results = cluster->alterPartitionReassignments({{kMoved, Ids{2, 3, 4}}});
            QCOMPARE(results.size(), std::size_t{1});
            QCOMPARE(results[0].error, ErrorCode::None);
            QCOMPARE(cluster->listPartitionReassignments().size(), std::size_t{1});
            cluster->stop();
        }
        // Only the persisted move can finish what was started: without it, replicas {2,3,4,1}
        // would stay as they are.
        auto cluster = startCluster(config);
        QVERIFY(eventually([&] { return partitionOf(*cluster, kMoved).replicas == Ids{2, 3, 4}; }, 20s));
        QVERIFY(cluster->listPartitionReassignments().empty());
        QVERIFY(eventually([&] { return logEndOn(*cluster, 4) == 50; }));
    }
};

QTEST_GUILESS_MAIN(TestWireReassignments)
#include "test_wire_reassignments.moc"
