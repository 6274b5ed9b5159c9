// Transactional offset commits through a real broker: its __consumer_offsets log takes the
// producer's transactional batches (one after another, without sequence numbers) and the
// transaction markers, and a restarted broker rebuilds committed and pending offsets from
// those batches and markers.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "client/client_node.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/topic_name.h"
#include "cluster_fixture.h"
#include "storage/record_batch_builder.h"
#endif

#include <QObject>

#include <chrono>
#include <future>
#include <optional>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kCallTimeoutMs = 10000;

// Runs `request` on broker `to`'s loop and waits for its answer.
template <typename R>
std::optional<R> callBroker(ClientNode &node, std::int32_t to,
                            std::function<void(Broker &, Reply<R>)> request)
{
    auto answer = std::make_shared<std::promise<std::optional<R>>>();
    std::future<std::optional<R>> result = answer->get_future();
    node.loop().post([&node, to, request = std::move(request), answer] {
        node.call<R>(
            to, request, [answer](std::optional<R> r) { answer->set_value(std::move(r)); }, kCallTimeoutMs);
    });
    return result.get();
}

ErrorCode commitInTransaction(ClientNode &node, std::int32_t coordinator, std::int64_t producerId,
                              std::int64_t offset)
{
    TxnOffsetCommitRequest request;
    request.groupId = "billing";
    request.producerId = producerId;
    request.producerEpoch = 0;
    request.partitions = {{"orders", 0, offset, -1, ""}};
    auto result = callBroker<OffsetCommitResult>(
        node, coordinator, [request](Broker &b, Reply<OffsetCommitResult> reply) {
            b.groups().commitTransactionalOffsets(request, std::move(reply));
        });
    return result && result->size() == 1 ? result->front().error : ErrorCode::RequestTimedOut;
}

// What the transaction coordinator and the broker do to end a transaction in the group's
// partition: append the marker, then tell the group coordinator.
ErrorCode endTransaction(ClientNode &node, std::int32_t coordinator, std::int32_t partition,
                         std::int64_t producerId, bool commit)
{
    auto result = callBroker<ErrorCode>(node, coordinator, [=](Broker &b, Reply<ErrorCode> reply) {
        ProduceRequest produce;
        produce.clientId = "transaction-coordinator";
        produce.origin = AppendOrigin::Coordinator;
        produce.partitions.push_back(
            {{std::string(kConsumerOffsetsTopic), partition},
             buildControlBatch({.type = commit ? batch::kControlTypeCommit : batch::kControlTypeAbort,
                                .producerId = producerId,
                                .producerEpoch = 0})});
        b.handleProduce(
            std::move(produce), [&b, partition, producerId, commit, reply](ProduceResponse response) {
                const ErrorCode error = response.partitions.empty() ? ErrorCode::UnknownServerError
                                                                    : response.partitions.front().error;
                if (error == ErrorCode::None)
                    b.groups().completeTransaction(partition, producerId, commit);
                reply(error);
            });
    });
    return result.value_or(ErrorCode::RequestTimedOut);
}

FetchedOffset fetchOffset(ClientNode &node, std::int32_t coordinator)
{
    auto result =
        callBroker<OffsetFetchResult>(node, coordinator, [](Broker &b, Reply<OffsetFetchResult> reply) {
            reply(b.groups().fetchOffsets("billing", std::vector<TopicPartition>{{"orders", 0}}, true));
        });
    if (!result || result->error != ErrorCode::None || result->partitions.size() != 1)
        return FetchedOffset{"", 0, -2, -1, "", result ? result->error : ErrorCode::RequestTimedOut};
    return result->partitions.front();
}

} // namespace

class TestGroupTxnOffsetsBroker : public QObject {
    Q_OBJECT

private slots:
    void transactionalOffsetsSurviveARestart()
    {
        QTemporaryDir dir;
        const ClusterConfig config = fastConfig(dir, 1);
        auto cluster = startCluster(config);
        QVERIFY(cluster->ensureOffsetsTopic().ok());
        QVERIFY(eventually([&] { return cluster->coordinatorFor("billing") >= 0; }));
        const std::int32_t coordinator = cluster->coordinatorFor("billing");
        const std::int32_t partition =
            GroupCoordinator::partitionFor("billing", config.offsetsTopicPartitions);
        const std::int64_t producer = cluster->allocateProducerId();
        const std::int64_t otherProducer = cluster->allocateProducerId();
        QVERIFY(producer >= 0 && otherProducer >= 0);
        {
            ClientNode node(*cluster, "test");
            // The coordinator may still be loading its partitions.
            QVERIFY(eventually(
                [&] { return commitInTransaction(node, coordinator, producer, 10) == ErrorCode::None; }));
            // Each commit of the transaction is a batch of its own: the log takes them all.
            QCOMPARE(commitInTransaction(node, coordinator, producer, 11), ErrorCode::None);
            QCOMPARE(commitInTransaction(node, coordinator, producer, 12), ErrorCode::None);
            QCOMPARE(fetchOffset(node, coordinator).error, ErrorCode::UnstableOffsetCommit);
            QCOMPARE(endTransaction(node, coordinator, partition, producer, true), ErrorCode::None);
            QCOMPARE(fetchOffset(node, coordinator).offset, 12);

            // Another producer's transaction is aborted, then the first producer opens another.
            QCOMPARE(commitInTransaction(node, coordinator, otherProducer, 50), ErrorCode::None);
            QCOMPARE(endTransaction(node, coordinator, partition, otherProducer, false), ErrorCode::None);
            QCOMPARE(fetchOffset(node, coordinator).offset, 12);
            QCOMPARE(commitInTransaction(node, coordinator, producer, 13), ErrorCode::None);
        }

        QVERIFY(cluster->restartBroker(coordinator).isOk());
        ClientNode node(*cluster, "test-after-restart");
        // Loaded from the log: the first transaction's offset, the open one still pending.
        QVERIFY(eventually(
            [&] { return fetchOffset(node, coordinator).error == ErrorCode::UnstableOffsetCommit; }));
        QCOMPARE(endTransaction(node, coordinator, partition, producer, true), ErrorCode::None);
        QCOMPARE(fetchOffset(node, coordinator).offset, 13);
    }
};

QTEST_GUILESS_MAIN(TestGroupTxnOffsetsBroker)
#include "test_group_txn_offsets_broker.moc"
