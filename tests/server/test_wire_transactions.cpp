// Transactions over real sockets, request by request, with the exact answers Kafka gives:
// the coordinator found by FindCoordinator, a committed and an aborted transaction as
// DescribeTransactions, ListTransactions, DescribeProducers, Fetch and ListOffsets show
// them at each step, and the errors a transactional client or an administrator meets.
// A real client covers the happy path end to end (tests/interop/test_transactions.py);
// this covers what such a client never calls or never shows.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/txn_wire_calls.h"
#endif

#include <QObject>

#include <algorithm>
#include <set>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

using Errors = std::map<TopicPartition, ErrorCode>;

std::set<std::string> listedIds(const protocol::ListTransactionsResponse &r)
{
    std::set<std::string> out;
    for (const auto &t : r.transactionStates)
        out.insert(t.transactionalId);
    return out;
}

std::optional<protocol::ListTransactionsResponse> listTransactions(WireClient &client,
                                                                   std::vector<std::string> states = {})
{
    protocol::ListTransactionsRequest list;
    list.stateFilters = std::move(states);
    return client.call(list, 1);
}

bool reachesState(WireClient &coordinator, const std::string &id, const std::string &state)
{
    return eventually([&] {
        auto d = describeTransaction(coordinator, id);
        return d && d->transactionState == state;
    });
}

} // namespace

class TestWireTransactions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    WireCluster m_w;

    void createTopic(const std::string &name, std::int32_t partitions)
    {
        QVERIFY(m_w.cluster->createTopic({name, partitions, 3, {}, false, false}).ok());
    }

private slots:
    void initTestCase()
    {
        m_w = startWireCluster(m_dir);
        createTopic("paid", 2);
        createTopic("dropped", 1);
        createTopic("orders", 2);

        // The first transactional lookup creates __transaction_state and, as Kafka, answers
        // COORDINATOR_NOT_AVAILABLE until it has a leader.
        WireClient client(m_w.port(1));
        protocol::FindCoordinatorRequest find;
        find.key = "payments";
        find.keyType = 1;
        auto first = client.call(find, 3);
        QVERIFY(first);
        QCOMPARE(first->errorCode, ErrorCode::CoordinatorNotAvailable);
        QVERIFY(transactionCoordinator(client, "payments").port > 0);
    }

    void cleanupTestCase() { m_w.cluster.reset(); }

    void aCommittedTransactionStepByStep()
    {
        const std::string id = "payments";
        WireClient bootstrap(m_w.port(1));
        const Coordinator coordinator = transactionCoordinator(bootstrap, id);
        QVERIFY(coordinator.port > 0);
        WireClient txn(coordinator.port);

        const auto init = initTransactions(txn, id, 45000);
        QCOMPARE(init.errorCode, ErrorCode::None);
        QVERIFY(init.producerId >= 0);
        QCOMPARE(init.producerEpoch, std::int16_t{0});
        const std::int64_t pid = init.producerId;

        // paid-0 holds a record from before the transaction, so its transaction starts at 1.
        const auto leaders = leaderPorts(bootstrap, "paid", 2);
        QCOMPARE(leaders.size(), std::size_t{2});
        const TopicPartition p0{"paid", 0}, p1{"paid", 1};
        const std::int64_t stamp = wallClockMs();
        const auto before = produce(leaders.at(0), std::nullopt, p0, batchOf({"before"}, stamp));
        QCOMPARE(before.errorCode, ErrorCode::None);
        QCOMPARE(before.baseOffset, std::int64_t{0});

        const std::int64_t startMs = wallClockMs();
        QCOMPARE(addPartitions(txn, id, pid, 0, {{"paid", {0, 1}}}),
                 (Errors{{p0, ErrorCode::None}, {p1, ErrorCode::None}}));
        const std::map<TopicPartition, std::int64_t> first{{p0, 1}, {p1, 0}};
        for (const auto &tp : {p0, p1}) {
            const auto written =
                produce(leaders.at(tp.partition), id, tp, batchOf({"a", "b", "c"}, stamp, pid, 0, 0));
            QCOMPARE(written.errorCode, ErrorCode::None);
            QCOMPARE(written.baseOffset, first.at(tp));
        }

        auto ongoing = describeTransaction(txn, id);
        QVERIFY(ongoing);
        QCOMPARE(ongoing->errorCode, ErrorCode::None);
        QCOMPARE(ongoing->transactionState, std::string("Ongoing"));
        QCOMPARE(ongoing->producerId, pid);
        QCOMPARE(ongoing->producerEpoch, std::int16_t{0});
        QCOMPARE(ongoing->transactionTimeoutMs, 45000);
        QVERIFY(ongoing->transactionStartTimeMs >= startMs - 1000 &&
                ongoing->transactionStartTimeMs <= wallClockMs());
        QCOMPARE(ongoing->topics.size(), std::size_t{1});
        QCOMPARE(ongoing->topics[0].topic, std::string("paid"));
        auto partitions = ongoing->topics[0].partitions;
        std::sort(partitions.begin(), partitions.end());
        QCOMPARE(partitions, (std::vector<std::int32_t>{0, 1}));

        auto all = listTransactions(txn);
        QVERIFY(all);
        QCOMPARE(all->errorCode, ErrorCode::None);
        QVERIFY(listedIds(*all).count(id));
        for (const auto &t : all->transactionStates)
            if (t.transactionalId == id) {
                QCOMPARE(t.producerId, pid);
                QCOMPARE(t.transactionState, std::string("Ongoing"));
            }
        auto open = listTransactions(txn, {"Ongoing"});
        QVERIFY(open);
        QVERIFY(listedIds(*open).count(id));
        QVERIFY(open->unknownStateFilters.empty());
        // Kafka lists nothing when the only filter names no state, and says which it did not know.
        auto unknown = listTransactions(txn, {"Frozen"});
        QVERIFY(unknown);
        QCOMPARE(unknown->errorCode, ErrorCode::None);
        QCOMPARE(unknown->unknownStateFilters, std::vector<std::string>{"Frozen"});
        QVERIFY(unknown->transactionStates.empty());

        for (const auto &tp : {p0, p1}) {
            const auto producers = describeProducers(leaders.at(tp.partition), tp);
            QCOMPARE(producers.errorCode, ErrorCode::None);
            const auto it = std::find_if(producers.activeProducers.begin(), producers.activeProducers.end(),
                                         [&](const auto &p) { return p.producerId == pid; });
            QVERIFY(it != producers.activeProducers.end());
            QCOMPARE(it->producerEpoch, 0);
            QCOMPARE(it->lastSequence, 2);
            QCOMPARE(it->lastTimestamp, stamp);
            QCOMPARE(it->currentTxnStartOffset, first.at(tp));
        }

        // The open transaction holds read_committed readers back at its first offset.
        const auto held = fetch(leaders.at(0), p0, 0, 1);
        QCOMPARE(held.errorCode, ErrorCode::None);
        QCOMPARE(held.highWatermark, std::int64_t{4});
        QCOMPARE(held.lastStableOffset, std::int64_t{1});
        const auto heldBatches = batchesIn(held.records);
        QCOMPARE(heldBatches.size(), std::size_t{1});
        QCOMPARE(heldBatches[0].values, std::vector<std::string>{"before"});
        const auto nothing = fetch(leaders.at(1), p1, 0, 1);
        QCOMPARE(nothing.errorCode, ErrorCode::None);
        QCOMPARE(nothing.lastStableOffset, std::int64_t{0});
        QVERIFY(batchesIn(nothing.records).empty());
        const auto uncommitted = batchesIn(fetch(leaders.at(1), p1, 0, 0).records);
        QCOMPARE(uncommitted.size(), std::size_t{1});
        QVERIFY(uncommitted[0].header.isTransactional());
        QCOMPARE(uncommitted[0].header.producerId, pid);
        QCOMPARE(uncommitted[0].values, (std::vector<std::string>{"a", "b", "c"}));
        QCOMPARE(latestOffset(leaders.at(0), p0, 1), std::int64_t{1});
        QCOMPARE(latestOffset(leaders.at(0), p0, 0), std::int64_t{4});

        QCOMPARE(endTxn(txn, id, pid, 0, true), ErrorCode::None);
        QVERIFY(reachesState(txn, id, "CompleteCommit"));
        auto done = describeTransaction(txn, id);
        QVERIFY(done);
        QVERIFY(done->topics.empty());
        QCOMPARE(done->producerEpoch, std::int16_t{0});
        auto stillOpen = listTransactions(txn, {"Ongoing"});
        QVERIFY(stillOpen);
        QVERIFY(!listedIds(*stillOpen).count(id));

        // Kafka writes markers with acks=all before CompleteCommit: they are readable now.
        for (const auto &tp : {p0, p1}) {
            const auto committed = fetch(leaders.at(tp.partition), tp, first.at(tp), 1);
            QCOMPARE(committed.errorCode, ErrorCode::None);
            QCOMPARE(committed.highWatermark, first.at(tp) + 4);
            QCOMPARE(committed.lastStableOffset, first.at(tp) + 4);
            QVERIFY(committed.abortedTransactions && committed.abortedTransactions->empty());
            const auto batches = batchesIn(committed.records);
            QCOMPARE(batches.size(), std::size_t{2});
            QCOMPARE(batches[0].values, (std::vector<std::string>{"a", "b", "c"}));
            QVERIFY(batches[1].header.isControl() && batches[1].header.isTransactional());
            QCOMPARE(batches[1].header.baseOffset, first.at(tp) + 3);
            QCOMPARE(batches[1].header.producerId, pid);
            QCOMPARE(batches[1].controlType, batch::kControlTypeCommit);
            QCOMPARE(latestOffset(leaders.at(tp.partition), tp, 1), first.at(tp) + 4);

            const auto producers = describeProducers(leaders.at(tp.partition), tp);
            const auto it = std::find_if(producers.activeProducers.begin(), producers.activeProducers.end(),
                                         [&](const auto &p) { return p.producerId == pid; });
            QVERIFY(it != producers.activeProducers.end());
            QCOMPARE(it->currentTxnStartOffset, std::int64_t{-1});
        }
    }

    void anAbortedTransactionIsNamedToReadCommittedFetches()
    {
        const std::string id = "dropper";
        WireClient bootstrap(m_w.port(1));
        const Coordinator coordinator = transactionCoordinator(bootstrap, id);
        QVERIFY(coordinator.port > 0);
        WireClient txn(coordinator.port);
        const auto init = initTransactions(txn, id);
        QCOMPARE(init.errorCode, ErrorCode::None);
        const std::int64_t pid = init.producerId;
        const TopicPartition tp{"dropped", 0};
        const auto leaders = leaderPorts(bootstrap, "dropped", 1);
        QCOMPARE(leaders.size(), std::size_t{1});
        const int leader = leaders.at(0);

        QCOMPARE(addPartitions(txn, id, pid, 0, {{"dropped", {0}}}), (Errors{{tp, ErrorCode::None}}));
        const auto written = produce(leader, id, tp, batchOf({"x", "y", "z"}, wallClockMs(), pid, 0, 0));
        QCOMPARE(written.errorCode, ErrorCode::None);
        QCOMPARE(written.baseOffset, std::int64_t{0});
        QCOMPARE(endTxn(txn, id, pid, 0, false), ErrorCode::None);
        QVERIFY(reachesState(txn, id, "CompleteAbort"));

        const auto aborted = fetch(leader, tp, 0, 1);
        QCOMPARE(aborted.errorCode, ErrorCode::None);
        QCOMPARE(aborted.highWatermark, std::int64_t{4});
        QCOMPARE(aborted.lastStableOffset, std::int64_t{4});
        QVERIFY(aborted.abortedTransactions);
        QCOMPARE(*aborted.abortedTransactions,
                 (std::vector<protocol::FetchResponse::AbortedTransaction>{{pid, 0}}));
        const auto batches = batchesIn(aborted.records);
        QCOMPARE(batches.size(), std::size_t{2});
        QCOMPARE(batches[0].values, (std::vector<std::string>{"x", "y", "z"}));
        QCOMPARE(batches[0].header.producerId, pid);
        QVERIFY(batches[1].header.isControl());
        QCOMPARE(batches[1].header.baseOffset, std::int64_t{3});
        QCOMPARE(batches[1].controlType, batch::kControlTypeAbort);

        // A fetch from past the aborted transaction's records is not told about it.
        const auto after = fetch(leader, tp, 4, 1);
        QCOMPARE(after.errorCode, ErrorCode::None);
        QVERIFY(after.abortedTransactions && after.abortedTransactions->empty());
    }

    void endTxnWithAStaleEpochIsFencedInEachVersionsWords()
    {
        const std::string id = "fenced";
        WireClient bootstrap(m_w.port(1));
        WireClient txn(transactionCoordinator(bootstrap, id).port);
        const auto init = initTransactions(txn, id);
        QCOMPARE(init.errorCode, ErrorCode::None);
        QCOMPARE(addPartitions(txn, id, init.producerId, 0, {{"orders", {0}}}),
                 (Errors{{{"orders", 0}, ErrorCode::None}}));
        // PRODUCER_FENCED exists from v2; older clients are told INVALID_PRODUCER_EPOCH.
        QCOMPARE(endTxn(txn, id, init.producerId, 7, true, 0), ErrorCode::InvalidProducerEpoch);
        QCOMPARE(endTxn(txn, id, init.producerId, 7, true, 1), ErrorCode::InvalidProducerEpoch);
        QCOMPARE(endTxn(txn, id, init.producerId, 7, true, 2), ErrorCode::ProducerFenced);
        QCOMPARE(endTxn(txn, id, init.producerId, 7, false, 3), ErrorCode::ProducerFenced);
        QCOMPARE(addPartitions(txn, id, init.producerId, 7, {{"orders", {1}}}, 1),
                 (Errors{{{"orders", 1}, ErrorCode::InvalidProducerEpoch}}));
        QCOMPARE(addPartitions(txn, id, init.producerId, 7, {{"orders", {1}}}, 2),
                 (Errors{{{"orders", 1}, ErrorCode::ProducerFenced}}));
        auto d = describeTransaction(txn, id);
        QVERIFY(d);
        QCOMPARE(d->transactionState, std::string("Ongoing")); // the stale requests changed nothing
        QCOMPARE(endTxn(txn, id, init.producerId, 0, false), ErrorCode::None);
        QVERIFY(reachesState(txn, id, "CompleteAbort"));
    }

    void endTxnWithNoTransactionOpenIsInvalidTxnState()
    {
        const std::string id = "idle";
        WireClient bootstrap(m_w.port(1));
        WireClient txn(transactionCoordinator(bootstrap, id).port);
        const auto init = initTransactions(txn, id);
        QCOMPARE(init.errorCode, ErrorCode::None);
        QCOMPARE(endTxn(txn, id, init.producerId, 0, true), ErrorCode::InvalidTxnState);
        QCOMPARE(endTxn(txn, id, init.producerId, 0, false), ErrorCode::InvalidTxnState);
        auto d = describeTransaction(txn, id);
        QVERIFY(d);
        QCOMPARE(d->transactionState, std::string("Empty"));
    }

    void addPartitionsOfAnUnknownTopicAttemptsNone()
    {
        const std::string id = "unknowns";
        WireClient bootstrap(m_w.port(1));
        WireClient txn(transactionCoordinator(bootstrap, id).port);
        const auto init = initTransactions(txn, id);
        QCOMPARE(init.errorCode, ErrorCode::None);
        const std::int64_t pid = init.producerId;

        QCOMPARE(addPartitions(txn, id, pid, 0, {{"orders", {0, 1}}, {"nowhere", {0}}}),
                 (Errors{{{"orders", 0}, ErrorCode::OperationNotAttempted},
                         {{"orders", 1}, ErrorCode::OperationNotAttempted},
                         {{"nowhere", 0}, ErrorCode::UnknownTopicOrPartition}}));
        auto d = describeTransaction(txn, id);
        QVERIFY(d);
        QCOMPARE(d->transactionState, std::string("Empty"));
        QVERIFY(d->topics.empty());

        // Kafka judges each partition: a missing partition of a topic that exists fails
        // alone, and its topic's other partitions are not attempted.
        auto partly = addPartitions(txn, id, pid, 0, {{"orders", {0, 99}}});
        QCOMPARE(partly.size(), std::size_t{2});
        QCOMPARE(partly[(TopicPartition{"orders", 99})], ErrorCode::UnknownTopicOrPartition);
        QCOMPARE(partly[(TopicPartition{"orders", 0})], ErrorCode::OperationNotAttempted);
    }

    void aBrokerThatIsNotTheCoordinatorSaysSo()
    {
        const std::string id = "elsewhere";
        WireClient bootstrap(m_w.port(1));
        const Coordinator coordinator = transactionCoordinator(bootstrap, id);
        QVERIFY(coordinator.nodeId > 0);
        WireClient txn(coordinator.port);
        const auto init = initTransactions(txn, id);
        QCOMPARE(init.errorCode, ErrorCode::None);

        for (std::int32_t broker = 1; broker <= 3; ++broker) {
            if (broker == coordinator.nodeId)
                continue;
            WireClient other(m_w.port(broker));
            protocol::InitProducerIdRequest initThere;
            initThere.transactionalId = id;
            initThere.transactionTimeoutMs = 60000;
            auto refused = other.call(initThere, 4);
            QVERIFY(refused);
            QCOMPARE(refused->errorCode, ErrorCode::NotCoordinator);
            QCOMPARE(refused->producerId, std::int64_t{-1});
            QCOMPARE(addPartitions(other, id, init.producerId, 0, {{"orders", {0}}}),
                     (Errors{{{"orders", 0}, ErrorCode::NotCoordinator}}));
            QCOMPARE(endTxn(other, id, init.producerId, 0, true), ErrorCode::NotCoordinator);
            auto d = describeTransaction(other, id);
            QVERIFY(d);
            QCOMPARE(d->errorCode, ErrorCode::NotCoordinator);
            auto listed = listTransactions(other);
            QVERIFY(listed);
            QVERIFY(!listedIds(*listed).count(id));
        }
    }

    void apiVersionsListsTheTransactionApisClientsSend()
    {
        WireClient client(m_w.port(1));
        protocol::ApiVersionsRequest request;
        request.clientSoftwareName = "wire-test";
        request.clientSoftwareVersion = "1";
        auto r = client.call(request, 3);
        QVERIFY(r);
        QCOMPARE(r->errorCode, ErrorCode::None);
        std::map<protocol::ApiKey, std::pair<int, int>> versions;
        for (const auto &k : r->apiKeys)
            versions[static_cast<protocol::ApiKey>(k.apiKey)] = {k.minVersion, k.maxVersion};
        using protocol::ApiKey;
        const std::map<ApiKey, std::pair<int, int>> expected{
            {ApiKey::InitProducerId, {0, 4}},       {ApiKey::AddPartitionsToTxn, {0, 3}},
            {ApiKey::AddOffsetsToTxn, {0, 3}},      {ApiKey::EndTxn, {0, 3}},
            {ApiKey::TxnOffsetCommit, {0, 3}},      {ApiKey::DescribeProducers, {0, 0}},
            {ApiKey::DescribeTransactions, {0, 0}}, {ApiKey::ListTransactions, {0, 1}},
        };
        for (const auto &[key, range] : expected) {
            QVERIFY2(versions.count(key), std::to_string(static_cast<int>(key)).c_str());
            QCOMPARE(versions.at(key), range);
        }
        // Brokers send each other markers in-process; no client may.
        QVERIFY(!versions.count(ApiKey::WriteTxnMarkers));
    }
};

QTEST_GUILESS_MAIN(TestWireTransactions)
#include "test_wire_transactions.moc"
