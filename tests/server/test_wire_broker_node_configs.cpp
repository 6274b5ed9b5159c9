// One broker's own dynamic configs over the wire, as Kafka answers them: DescribeConfigs and
// IncrementalAlterConfigs / AlterConfigs on the broker resource "<id>", sent to that broker.
// Its value wins over the cluster-wide one on that broker only (DYNAMIC_BROKER_CONFIG over
// DYNAMIC_DEFAULT_BROKER_CONFIG), the broker applies it to what it leads, it survives a
// restart, and another broker's id or a name that is not a number is refused in Kafka's words.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/broker_config_calls.h"
#include "server/wire_fixture.h"
#include "storage/record_batch_builder.h"
#endif

#include <QObject>

#include <map>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

ErrorCode produceAllAcks(WireClient &client, const std::string &topic, std::int32_t partition)
{
    RecordBatchBuilder builder;
    const Bytes key = bytesOf("k"), record = bytesOf("v");
    builder.append(ByteView(key), ByteView(record), {}, 1700000000000);
    protocol::ProduceRequest request;
    request.acks = -1;
    request.timeoutMs = 5000;
    request.topicData.push_back({topic, {{partition, *builder.build()}}});
    auto produced = client.call(request, 7);
    if (!produced || produced->responses.empty())
        qFatal("Produce got no answer");
    return produced->responses[0].partitionResponses[0].errorCode;
}

} // namespace

class TestWireBrokerNodeConfigs : public QObject {
    Q_OBJECT

private slots:
    // A broker's own value wins over the cluster-wide one there, with both as synonyms in
    // Kafka's order, while the other broker keeps the cluster-wide value; deleting it brings
    // the cluster-wide value back.
    void ownValueWinsOnThatBrokerOnly()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 2);
        WireClient one(w.port(1)), two(w.port(2));
        QCOMPARE(alter(one, "", {set("log.retention.ms", "60000")}).errorCode, ErrorCode::None);
        QCOMPARE(alter(two, "2", {set("log.retention.ms", "30000")}).errorCode, ErrorCode::None);

        const Configs mine = describe(two, kBrokerResource, "2");
        QCOMPARE(value(mine, "log.retention.ms"), std::string("30000"));
        QCOMPARE(mine.at("log.retention.ms").configSource, kDynamicBroker);
        const auto &synonyms = mine.at("log.retention.ms").synonyms;
        QVERIFY(synonyms.size() >= 3);
        QCOMPARE(synonyms[0].source, kDynamicBroker);
        QCOMPARE(synonyms[1].source, kDynamicDefaultBroker);
        QCOMPARE(*synonyms[1].value, std::string("60000"));
        QCOMPARE(synonyms[2].name, std::string("log.retention.hours"));

        const Configs other = describe(one, kBrokerResource, "1");
        QCOMPARE(value(other, "log.retention.ms"), std::string("60000"));
        QCOMPARE(other.at("log.retention.ms").configSource, kDynamicDefaultBroker);
        // The cluster-wide resource lists only what is set cluster-wide.
        const Configs cluster = describe(two, kBrokerResource, "");
        QCOMPARE(cluster.size(), std::size_t(1));
        QCOMPARE(value(cluster, "log.retention.ms"), std::string("60000"));

        // A topic's defaults are those of the broker that answers, as in Kafka.
        QVERIFY(w.cluster->createTopic({"plain", 1, 2, {}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(value(describe(two, kTopicResource, "plain"), "retention.ms"),
                                  std::string("30000"), 10000);
        QCOMPARE(describe(two, kTopicResource, "plain").at("retention.ms").configSource, kDynamicBroker);
        QCOMPARE(value(describe(one, kTopicResource, "plain"), "retention.ms"), std::string("60000"));

        QCOMPARE(alter(two, "2", {unset("log.retention.ms")}).errorCode, ErrorCode::None);
        const Configs back = describe(two, kBrokerResource, "2");
        QCOMPARE(value(back, "log.retention.ms"), std::string("60000"));
        QCOMPARE(back.at("log.retention.ms").configSource, kDynamicDefaultBroker);
    }

    // The broker applies its own min.insync.replicas to the partitions it leads: acks=all
    // fails there and not on the other broker.
    void brokerAppliesItsOwnValue()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 2);
        QVERIFY(w.cluster->createTopic({"orders", 2, 2, {}, false, false}).ok());
        QVERIFY(w.cluster->waitUntilReady(10s));
        std::map<std::int32_t, std::int32_t> partitionLedBy;
        for (std::int32_t p = 0; p < 2; ++p)
            partitionLedBy[w.cluster->metadata()->partition({"orders", p})->leader] = p;
        if (partitionLedBy.size() != 2)
            QSKIP("both partitions are led by one broker");
        WireClient one(w.port(1)), two(w.port(2));
        QCOMPARE(alter(two, "2", {set("min.insync.replicas", "3")}).errorCode, ErrorCode::None);
        QTRY_COMPARE_WITH_TIMEOUT(produceAllAcks(two, "orders", partitionLedBy[2]),
                                  ErrorCode::NotEnoughReplicas, 10000);
        QCOMPARE(produceAllAcks(one, "orders", partitionLedBy[1]), ErrorCode::None);
    }

    // Kafka's refusals: another broker's id, a name that is not a number, a read-only config.
    void refusesWhatKafkaRefuses()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 2);
        WireClient one(w.port(1));
        ErrorCode error = ErrorCode::None;
        std::string message;
        describe(one, kBrokerResource, "2", &error, &message);
        QCOMPARE(error, ErrorCode::InvalidRequest);
        QCOMPARE(message, std::string("Unexpected broker id, expected 1 or empty string, but received 2"));
        describe(one, kBrokerResource, "one", &error, &message);
        QCOMPARE(error, ErrorCode::InvalidRequest);
        QCOMPARE(message, std::string("Broker id must be an integer, but it is: one"));

        auto elsewhere = alter(one, "7", {set("log.retention.ms", "1000")});
        QCOMPARE(elsewhere.errorCode, ErrorCode::InvalidRequest);
        QCOMPARE(*elsewhere.errorMessage, std::string("Unexpected broker id, expected 1, but received 7"));
        QCOMPARE(alter(one, "x", {set("log.retention.ms", "1000")}).errorCode, ErrorCode::InvalidRequest);
        auto readOnly = alter(one, "1", {set("num.partitions", "7")});
        QCOMPARE(readOnly.errorCode, ErrorCode::InvalidRequest);
        QVERIFY(readOnly.errorMessage->find("Cannot update these configs dynamically") != std::string::npos);
        QCOMPARE(alter(one, "1", {set("log.segment.bytes", "10")}).errorCode, ErrorCode::InvalidConfig);
        QCOMPARE(describe(one, kBrokerResource, "1").at("log.segment.bytes").configSource, std::int8_t(5));

        // The controller refuses an id the cluster never had, as Kafka's does.
        QCOMPARE(w.cluster->alterBrokerConfigs(7, {{"log.retention.ms", "1000"}}, false).error,
                 ErrorCode::BrokerIdNotRegistered);
    }

    // AlterConfigs on "<id>" replaces that broker's own set only; the set survives a restart.
    void ownValuesPersistAndAlterConfigsReplacesThem()
    {
        QTemporaryDir dir;
        int basePort = 0;
        {
            auto w = startWireCluster(dir, 2);
            basePort = w.basePort;
            WireClient two(w.port(2));
            QCOMPARE(alter(two, "", {set("log.retention.bytes", "5000")}).errorCode, ErrorCode::None);
            QCOMPARE(alter(two, "2", {set("log.retention.ms", "30000")}).errorCode, ErrorCode::None);
            protocol::AlterConfigsRequest replace;
            replace.resources.push_back(
                {kBrokerResource, "2", {{"log.segment.bytes", std::string("1048576")}}});
            auto replaced = two.call(replace, 1);
            QVERIFY(replaced && replaced->responses.size() == 1);
            QCOMPARE(replaced->responses[0].errorCode, ErrorCode::None);
            w.cluster->stop();
        }
        auto w = startWireCluster(dir, 2, {}, basePort);
        WireClient two(w.port(2));
        const Configs mine = describe(two, kBrokerResource, "2");
        QCOMPARE(value(mine, "log.segment.bytes"), std::string("1048576"));
        QCOMPARE(mine.at("log.segment.bytes").configSource, kDynamicBroker);
        QCOMPARE(mine.at("log.retention.ms").configSource, std::int8_t(5)); // replaced away
        QCOMPARE(value(mine, "log.retention.bytes"), std::string("5000"));  // the cluster-wide one stays
        QCOMPARE(mine.at("log.retention.bytes").configSource, kDynamicDefaultBroker);
    }
};

QTEST_GUILESS_MAIN(TestWireBrokerNodeConfigs)
#include "test_wire_broker_node_configs.moc"
