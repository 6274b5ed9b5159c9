// The Kafka listeners over real sockets: version negotiation, ordering of pipelined
// answers, produce and fetch, long polling, bad input, and the listeners' life cycle.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"

#include "server/handler_registry.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#endif

#include <QObject>
#include <QProcess>

#include <chrono>
#include <future>
#include <thread>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

Bytes batchOf(const std::vector<std::pair<std::string, std::string>> &records)
{
    // Stamped now: records older than the topic's retention.ms (a week) would be deleted by
    // the first retention pass that finds their segment closed, as Kafka deletes them, and
    // a slow run (under a sanitizer) saw its records go while it read them back.
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    RecordBatchBuilder builder;
    for (const auto &[k, v] : records) {
        const Bytes key = bytesOf(k), value = bytesOf(v);
        builder.append(ByteView(key), ByteView(value), {}, now);
    }
    return *builder.build();
}

std::vector<std::pair<std::string, std::string>> recordsIn(const Bytes &data)
{
    std::vector<std::pair<std::string, std::string>> out;
    BatchIterator it(data, CrcCheck::Verify);
    while (it.next()) {
        auto view = RecordBatchView::parse(it.batch(), CrcCheck::Verify);
        if (!view)
            break;
        (void)view->forEachRecord([&](const RecordView &r) {
            out.emplace_back(std::string(r.key->begin(), r.key->end()),
                             std::string(r.value->begin(), r.value->end()));
        });
    }
    return out;
}

protocol::ProduceRequest produceRequest(const std::string &topic, std::int32_t partition, Bytes records)
{
    protocol::ProduceRequest req;
    req.acks = -1;
    req.timeoutMs = 10000;
    req.topicData.push_back({topic, {{partition, std::move(records)}}});
    return req;
}

protocol::FetchRequest fetchRequest(const std::string &topic, std::int32_t partition, std::int64_t offset,
                                    std::int32_t maxWaitMs)
{
    protocol::FetchRequest req;
    req.maxWaitMs = maxWaitMs;
    req.minBytes = 1;
    req.maxBytes = 1 << 20;
    req.isolationLevel = 1;
    req.topics.push_back({topic, {{partition, -1, offset, -1, -1, 1 << 20}}});
    return req;
}

std::int32_t leaderOf(const Cluster &cluster, const std::string &topic, std::int32_t partition)
{
    const PartitionInfo *p = cluster.metadata()->partition({topic, partition});
    return p ? p->leader : -1;
}

// A request the protocol layer cannot even start to read: api key 1000.
Bytes unknownApiFrame() { return {0, 0, 0, 10, 0x03, 0xe8, 0, 0, 0, 0, 0, 7, 0xff, 0xff}; }

} // namespace

class TestWireServer : public QObject {
    Q_OBJECT

private slots:
    void apiVersionsAnswersV0AndV3FromTheRegistry()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        QVERIFY(client.connected());
        for (std::int16_t version : {std::int16_t(0), std::int16_t(3)}) {
            protocol::ApiVersionsRequest req;
            req.clientSoftwareName = "wire-test";
            req.clientSoftwareVersion = "1.0";
            auto resp = client.call(req, version);
            QVERIFY2(resp, ("no ApiVersions v" + std::to_string(version) + " answer").c_str());
            QCOMPARE(resp->errorCode, ErrorCode::None);
            QCOMPARE(resp->apiKeys.size(), server::handledApis().size());
            for (std::size_t i = 0; i < resp->apiKeys.size(); ++i) {
                QCOMPARE(resp->apiKeys[i].apiKey, static_cast<std::int16_t>(server::handledApis()[i].key));
                QCOMPARE(resp->apiKeys[i].maxVersion, server::handledApis()[i].maxVersion);
            }
        }
    }

    void unsupportedApiVersionsVersionGetsError35InV0Layout()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        // ApiVersions v9: request header v2 (api key, version, correlation id, client id,
        // no tagged fields), then a body the broker does not know.
        const Bytes frame = {0, 0, 0, 15, 0, 18, 0, 9, 0, 0, 0, 42, 0, 2, 'k', 'c', 0, 0, 0};
        QVERIFY(client.sendRaw(frame));
        std::int32_t correlation = -1;
        auto resp = client.read<protocol::ApiVersionsResponse>(0, &correlation);
        QVERIFY(resp);
        QCOMPARE(correlation, 42);
        QCOMPARE(resp->errorCode, ErrorCode::UnsupportedVersion);
        QVERIFY(!resp->apiKeys.empty());
        // The client retries at a version it shares with us, on the same connection.
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        QVERIFY(w.cluster->createTopic({"pipe", 1, 1, {}, false, false}).ok());
        QVERIFY(w.cluster->waitUntilReady(10s));
        WireClient client(w.port(1));
        // A long poll first, then two requests answered at once: they must wait for it.
        QVERIFY(client.send(fetchRequest("pipe", 0, 0, 400), 11, 1));
        QVERIFY(client.send(protocol::MetadataRequest{}, 1, 2));
        QVERIFY(client.send(protocol::ApiVersionsRequest{}, 2, 3));
        std::int32_t id = 0;
        QVERIFY(client.read<protocol::FetchResponse>(11, &id));
        QCOMPARE(id, 1);
        QVERIFY(client.read<protocol::MetadataResponse>(1, &id));
        QCOMPARE(id, 2);
        QVERIFY(client.read<protocol::ApiVersionsResponse>(2, &id));
        QCOMPARE(id, 3);
    }

    // Large requests arrive over many reads, split anywhere, and back to back with small
    // ones: each is answered once, in order, with every byte it carried.
    void largeRequestsSplitAcrossReadsKeepEveryByte()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        QVERIFY(w.cluster->createTopic({"big", 1, 1, {}, false, false}).ok());
        QVERIFY(w.cluster->waitUntilReady(10s));
        const auto largeBatch = [](int first) {
            std::vector<std::pair<std::string, std::string>> records;
            for (int i = first; i < first + 2000; ++i)
                records.emplace_back("key-" + std::to_string(i), std::string(100, 'a' + static_cast<char>(i % 26)));
            return batchOf(records);
        };
        const auto frame = [](const auto &request, std::int16_t version, std::int32_t correlationId) {
            protocol::RequestHeader header;
            header.apiKey = std::decay_t<decltype(request)>::Api::kKey;
            header.apiVersion = version;
            header.correlationId = correlationId;
            header.clientId = "wire-test";
            return *protocol::encodeRequestFrame(header, request);
        };
        Bytes stream;
        for (const Bytes &f : {frame(produceRequest("big", 0, largeBatch(0)), 7, 1),
                               frame(protocol::ApiVersionsRequest{}, 2, 2),
                               frame(produceRequest("big", 0, largeBatch(2000)), 7, 3)})
            stream.insert(stream.end(), f.begin(), f.end());
        QVERIFY(stream.size() > 2 * 200 * 1024);

        WireClient client(w.port(1));
        // Pieces that end inside a size prefix, inside a frame and exactly at a frame's end.
        std::size_t at = 0;
        for (const std::size_t piece : {std::size_t(2), std::size_t(70001), std::size_t(3), std::size_t(150000)}) {
            QVERIFY(client.sendRaw(Bytes(stream.begin() + static_cast<std::ptrdiff_t>(at),
                                         stream.begin() + static_cast<std::ptrdiff_t>(at + piece))));
            at += piece;
            std::this_thread::sleep_for(20ms);
        }
        QVERIFY(client.sendRaw(Bytes(stream.begin() + static_cast<std::ptrdiff_t>(at), stream.end())));

        std::int32_t id = 0;
        auto first = client.read<protocol::ProduceResponse>(7, &id);
        QVERIFY(first);
        QCOMPARE(id, 1);
        QCOMPARE(first->responses[0].partitionResponses[0].errorCode, ErrorCode::None);
        QCOMPARE(first->responses[0].partitionResponses[0].baseOffset, 0);
        QVERIFY(client.read<protocol::ApiVersionsResponse>(2, &id));
        QCOMPARE(id, 2);
        auto second = client.read<protocol::ProduceResponse>(7, &id);
        QVERIFY(second);
        QCOMPARE(id, 3);
        QCOMPARE(second->responses[0].partitionResponses[0].baseOffset, 2000);

        std::vector<std::pair<std::string, std::string>> stored;
        while (stored.size() < 4000) {
            auto fetched = client.call(fetchRequest("big", 0, static_cast<std::int64_t>(stored.size()), 100), 11);
            QVERIFY(fetched);
            const auto &part = fetched->responses.at(0).partitions.at(0);
            QCOMPARE(part.errorCode, ErrorCode::None);
            const auto more = recordsIn(*part.records);
            QVERIFY(!more.empty());
            stored.insert(stored.end(), more.begin(), more.end());
        }
        QCOMPARE(stored.size(), std::size_t(4000));
        for (int i : {0, 1999, 2000, 3999}) {
            QCOMPARE(stored[static_cast<std::size_t>(i)].first, "key-" + std::to_string(i));
            QCOMPARE(stored[static_cast<std::size_t>(i)].second, std::string(100, 'a' + static_cast<char>(i % 26)));
        }
    }

    void produceThenFetchRoundTrip()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"orders", 2, 3, {}, false, false}).ok());
        QVERIFY(w.cluster->waitUntilReady(10s));
        const std::int32_t leader = leaderOf(*w.cluster, "orders", 1);
        WireClient client(w.port(leader));
        auto produced =
            client.call(produceRequest("orders", 1, batchOf({{"k1", "v1"}, {"k2", "v2"}, {"k3", "v3"}})), 7);
        QVERIFY(produced);
        QCOMPARE(produced->responses.size(), 1u);
        QCOMPARE(produced->responses[0].partitionResponses[0].errorCode, ErrorCode::None);
        QCOMPARE(produced->responses[0].partitionResponses[0].baseOffset, 0);

        auto fetched = client.call(fetchRequest("orders", 1, 0, 100), 11);
        QVERIFY(fetched);
        const auto &p = fetched->responses.at(0).partitions.at(0);
        QCOMPARE(p.errorCode, ErrorCode::None);
        QCOMPARE(p.highWatermark, 3);
        QCOMPARE(p.lastStableOffset, 3);
        QVERIFY(p.abortedTransactions && p.abortedTransactions->empty());
        const auto records = recordsIn(*p.records);
        QCOMPARE(records.size(), 3u);
        QCOMPARE(records[2].first, std::string("k3"));
        QCOMPARE(records[2].second, std::string("v3"));

        // A follower answers NOT_LEADER_OR_FOLLOWER, as Kafka's would.
        const std::int32_t other = leader == 1 ? 2 : 1;
        WireClient follower(w.port(other));
        auto wrong = follower.call(produceRequest("orders", 1, batchOf({{"k", "v"}})), 7);
        QVERIFY(wrong);
        QCOMPARE(wrong->responses[0].partitionResponses[0].errorCode, ErrorCode::NotLeaderOrFollower);
    }

    void longPollFetchIsWokenByAnAppend()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        QVERIFY(w.cluster->createTopic({"waits", 1, 3, {}, false, false}).ok());
        QVERIFY(w.cluster->waitUntilReady(10s));
        const int port = w.port(leaderOf(*w.cluster, "waits", 0));
        WireClient consumer(port);
        const auto started = std::chrono::steady_clock::now();
        QVERIFY(consumer.send(fetchRequest("waits", 0, 0, 10000), 11, 1));
        std::this_thread::sleep_for(300ms);
        WireClient producer(port);
        QVERIFY(producer.call(produceRequest("waits", 0, batchOf({{"a", "b"}})), 7));
        auto fetched = consumer.read<protocol::FetchResponse>(11);
        const auto waited = std::chrono::steady_clock::now() - started;
        QVERIFY(fetched);
        QCOMPARE(recordsIn(*fetched->responses.at(0).partitions.at(0).records).size(), 1u);
        QVERIFY2(waited < 5s, "the fetch waited for its max wait instead of the append");
    }

    void badInputClosesOnlyThatConnection_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("oversize frame") << 0;
        QTest::newRow("garbage") << 1;
        QTest::newRow("truncated body") << 2;
        QTest::newRow("unknown api key") << 3;
        QTest::newRow("cut off mid-frame") << 4;
        QTest::newRow("negative size") << 5;
    }

    void badInputClosesOnlyThatConnection()
    {
        QFETCH(int, kind);
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient good(w.port(1));
        QVERIFY(good.call(protocol::ApiVersionsRequest{}, 3));

        WireClient bad(w.port(1));
        switch (kind) {
        case 0: // 200 MiB announced: over socket.request.max.bytes
            QVERIFY(bad.sendRaw({0x0c, 0x80, 0, 0, 0, 0, 0, 0}));
            break;
        case 1: QVERIFY(bad.sendRaw({0, 0, 0, 5, 0xde, 0xad, 0xbe, 0xef, 0x42})); break;
        case 2: { // a Metadata v1 request whose topic list says 5 names and holds none
            QVERIFY(bad.sendRaw({0, 0, 0, 14, 0, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 5}));
            break;
        }
        case 3: QVERIFY(bad.sendRaw(unknownApiFrame())); break;
        case 4: // half a frame, then the client goes away
            QVERIFY(bad.sendRaw({0, 0, 0, 100, 0, 18, 0}));
            bad.shutdownWrite();
            break;
        case 5: QVERIFY(bad.sendRaw({0xff, 0xff, 0xff, 0xf0, 0, 0})); break;
        }
        QVERIFY(bad.closedByPeer());
        QVERIFY(good.call(protocol::ApiVersionsRequest{}, 3));
        WireClient fresh(w.port(1));
        QVERIFY(fresh.call(protocol::MetadataRequest{}, 1));
    }

    void portInUseFailsTheStartNamingThePort()
    {
        QTemporaryDir dir;
        ClusterConfig config = fastConfig(dir, 2);
        config.basePort = freeBasePort(2);
        PortBlocker blocker(config.basePort + 1);
        QVERIFY(blocker.ok());
        auto cluster = Cluster::create(config);
        QVERIFY(cluster);
        server::installListeners(**cluster);
        const Status s = (*cluster)->start();
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().find(std::to_string(config.basePort + 1)) != std::string::npos,
                 s.message().c_str());
        QVERIFY2(s.message().find("127.0.0.1") != std::string::npos, s.message().c_str());
    }

    void stopClosesConnectionsAndRestartListensAgain()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        WireClient client(w.port(2));
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QVERIFY(w.cluster->stopBroker(2).isOk());
        QVERIFY(client.closedByPeer());
        QVERIFY(!WireClient(w.port(2)).connected());

        {
            PortBlocker blocker(w.port(2));
            QVERIFY(blocker.ok());
            const Status s = w.cluster->restartBroker(2);
            QVERIFY(!s.isOk());
            QVERIFY2(s.message().find(std::to_string(w.port(2))) != std::string::npos, s.message().c_str());
        }
        QVERIFY(w.cluster->restartBroker(2).isOk());
        WireClient again(w.port(2));
        QVERIFY(again.connected());
        QVERIFY(again.call(protocol::ApiVersionsRequest{}, 3));

        QVERIFY(w.cluster->crashBroker(3, false).isOk());
        QVERIFY(!WireClient(w.port(3)).connected());
        auto added = w.cluster->addBroker();
        QVERIFY(added);
        QVERIFY(WireClient(w.port(*added)).call(protocol::ApiVersionsRequest{}, 3));
    }

    void aBrokerRestartsWhileAChildProcessRuns()
    {
        // A process started while the brokers listen (a client, a tool) must not inherit
        // their sockets: it would hold the port of a crashed broker.
#if defined(__SANITIZE_THREAD__)
        // QProcess starts its child with clone(CLONE_VM | CLONE_VFORK): the child runs in
        // this process's memory until it execs, a start ThreadSanitizer does not intercept.
        // After it, and never without it, TSan reports races on the main thread's stack
        // between brokers' loop threads in the cluster's teardown.
        QSKIP("ThreadSanitizer cannot follow QProcess's vfork-style start");
#endif
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        WireClient client(w.port(2));
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(child.waitForStarted());
        QVERIFY(w.cluster->crashBroker(2, false).isOk());
        QVERIFY(client.closedByPeer());
        const Status restarted = w.cluster->restartBroker(2);
        child.kill();
        child.waitForFinished();
        QVERIFY2(restarted.isOk(), restarted.toString().c_str());
        QVERIFY(WireClient(w.port(2)).call(protocol::ApiVersionsRequest{}, 3));
    }

    void clientLinkFaultsAndPausesHoldTheWire()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));

        w.cluster->setLink(kClientsNode, 1, LinkFault{0, 0, true});
        QVERIFY(client.send(protocol::ApiVersionsRequest{}, 3, 100));
        QVERIFY(!client.readFrame(300ms)); // nothing crosses a cut link
        w.cluster->setLink(kClientsNode, 1, LinkFault{});
        QVERIFY(client.read<protocol::ApiVersionsResponse>(3));

        w.cluster->setLink(kClientsNode, 1, LinkFault{150, 0, false});
        auto started = std::chrono::steady_clock::now();
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QVERIFY(std::chrono::steady_clock::now() - started >= 300ms); // both directions
        w.cluster->healLinks();

        QVERIFY(w.cluster->pauseBroker(1).isOk());
        QVERIFY(client.send(protocol::ApiVersionsRequest{}, 3, 200));
        QVERIFY(!client.readFrame(300ms)); // a frozen broker answers nothing
        QVERIFY(w.cluster->resumeBroker(1).isOk());
        QVERIFY(client.read<protocol::ApiVersionsResponse>(3));
    }

    void adminRequestsGoThroughTheController()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        WireClient client(w.port(2));

        protocol::CreateTopicsRequest create;
        create.topics.push_back({"audit", 2, 2, {}, {{"retention.ms", std::string("3600000")}}});
        create.topics.push_back({"bad name!", 1, 1, {}, {}});
        create.timeoutMs = 10000;
        auto created = client.call(create, 5);
        QVERIFY(created);
        QCOMPARE(created->topics.size(), 2u);
        QCOMPARE(created->topics[0].errorCode, ErrorCode::None);
        QCOMPARE(created->topics[0].numPartitions, 2);
        QCOMPARE(created->topics[0].replicationFactor, std::int16_t(2));
        QCOMPARE(created->topics[1].errorCode, ErrorCode::InvalidTopicException);
        // Answered once this broker knows the topic: its next Metadata answer shows it.
        protocol::MetadataRequest md;
        md.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, std::string("audit")}};
        auto known = client.call(md, 1);
        QVERIFY(known);
        QCOMPARE(known->topics.at(0).errorCode, ErrorCode::None);
        QCOMPARE(known->topics.at(0).partitions.size(), 2u);

        protocol::IncrementalAlterConfigsRequest alter;
        alter.resources.push_back({2, "audit", {{"cleanup.policy", 2, std::string("compact")}}});
        auto altered = client.call(alter, 0);
        QVERIFY(altered);
        QCOMPARE(altered->responses.at(0).errorCode, ErrorCode::None);
        protocol::DescribeConfigsRequest describe;
        describe.resources.push_back(
            {2, "audit", std::vector<std::string>{"cleanup.policy", "retention.ms"}});
        auto described = client.call(describe, 1);
        QVERIFY(described);
        QCOMPARE(described->results.at(0).configs.size(), 2u);
        QCOMPARE(*described->results.at(0).configs[0].value, std::string("delete,compact"));
        QCOMPARE(*described->results.at(0).configs[1].value, std::string("3600000"));

        protocol::CreatePartitionsRequest grow;
        grow.topics.push_back({"audit", 4, std::nullopt});
        grow.timeoutMs = 10000;
        auto grown = client.call(grow, 1);
        QVERIFY(grown);
        QCOMPARE(grown->results.at(0).errorCode, ErrorCode::None);
        QCOMPARE(w.cluster->metadata()->topic("audit")->partitions.size(), 4u);

        auto pid = client.call(protocol::InitProducerIdRequest{}, 1);
        QVERIFY(pid);
        QCOMPARE(pid->errorCode, ErrorCode::None);
        QVERIFY(pid->producerId >= 0);

        auto cluster = client.call(protocol::DescribeClusterRequest{}, 0);
        QVERIFY(cluster);
        QCOMPARE(cluster->brokers.size(), 3u);

        protocol::DeleteTopicsRequest remove;
        remove.topicNames = {"audit", "never-was"};
        remove.timeoutMs = 10000;
        auto removed = client.call(remove, 4);
        QVERIFY(removed);
        QCOMPARE(removed->responses.at(0).errorCode, ErrorCode::None);
        QCOMPARE(removed->responses.at(1).errorCode, ErrorCode::UnknownTopicOrPartition);
        QVERIFY(!w.cluster->metadata()->topic("audit"));
    }

    void idleConnectionsAreClosed()
    {
        QTemporaryDir dir;
        server::ServerConfig config;
        config.connectionsMaxIdle = 300ms;
        auto w = startWireCluster(dir, 1, config);
        WireClient client(w.port(1));
        QVERIFY(client.call(protocol::ApiVersionsRequest{}, 3));
        QVERIFY(client.closedByPeer(3s));
    }

    void metadataAutoCreatesAndAdvertisesRealAddresses()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        WireClient client(w.port(1));
        protocol::MetadataRequest req;
        req.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, std::string("fresh")}};
        req.allowAutoTopicCreation = true;
        auto first = client.call(req, 4);
        QVERIFY(first);
        QCOMPARE(first->brokers.size(), 3u);
        for (const auto &b : first->brokers) {
            QCOMPARE(b.host, std::string("127.0.0.1"));
            QCOMPARE(b.port, w.port(b.nodeId));
        }
        QVERIFY(std::any_of(first->brokers.begin(), first->brokers.end(),
                            [&](const auto &b) { return b.nodeId == first->controllerId; }));
        QVERIFY(eventually([&] {
            auto r = client.call(req, 4);
            return r && r->topics.size() == 1 && r->topics[0].errorCode == ErrorCode::None &&
                   r->topics[0].partitions.size() == 3 && r->topics[0].partitions[0].leaderId > 0;
        }));

        // v4+ lets the client say no.
        req.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, std::string("not-wanted")}};
        req.allowAutoTopicCreation = false;
        auto refused = client.call(req, 4);
        QVERIFY(refused);
        QCOMPARE(refused->topics[0].errorCode, ErrorCode::UnknownTopicOrPartition);
    }

    void findCoordinatorCreatesTheOffsetsTopic()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        WireClient client(w.port(1));
        protocol::FindCoordinatorRequest req;
        req.key = "billing";
        auto first = client.call(req, 2);
        QVERIFY(first);
        QVERIFY(eventually([&] {
            auto r = client.call(req, 2);
            return r && r->errorCode == ErrorCode::None && r->port == w.port(r->nodeId);
        }));
    }
};

QTEST_GUILESS_MAIN(TestWireServer)
#include "test_wire_server.moc"
