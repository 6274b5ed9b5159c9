// Broker configs over the wire as Kafka answers them: DescribeConfigs on a broker id and on
// the cluster default (""), IncrementalAlterConfigs and AlterConfigs that change the
// cluster-wide dynamic configs live (topics without their own value follow), refuse the
// read-only ones as Kafka does, keep them across a restart, and --config values reported
// as static.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/broker_config_calls.h"
#include "server/wire_fixture.h"
#endif

#include <QObject>

#include <map>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

class TestWireBrokerConfigs : public QObject {
    Q_OBJECT

private slots:
    // A broker id lists every broker config with its value, source, read-only flag, type,
    // synonyms and documentation.
    void describesEveryBrokerConfig()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        const Configs configs = describe(client, kBrokerResource, "1");
        QCOMPARE(value(configs, "broker.id"), std::string("1"));
        QCOMPARE(value(configs, "log.retention.hours"), std::string("168"));
        QCOMPARE(configs.at("log.retention.hours").configSource, kDefaultConfig);
        QVERIFY(!configs.at("log.retention.ms").value);
        QCOMPARE(value(configs, "message.max.bytes"), std::string("1048588"));
        QCOMPARE(configs.at("message.max.bytes").readOnly, false);
        QCOMPARE(configs.at("message.max.bytes").configType, std::int8_t(3)); // INT
        QCOMPARE(configs.at("num.partitions").readOnly, true);
        QCOMPARE(configs.at("auto.create.topics.enable").configType, std::int8_t(1)); // BOOLEAN
        QVERIFY(configs.at("min.insync.replicas").documentation.has_value());
        QCOMPARE(value(configs, "listener.security.protocol.map"),
                 std::string("PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL"));
        QCOMPARE(configs.at("listener.security.protocol.map").readOnly, true);
        QCOMPARE(configs.at("listener.security.protocol.map").configType, std::int8_t(2)); // STRING
        // The test cluster's own settings count as given at start.
        QCOMPARE(value(configs, "offsets.topic.num.partitions"), std::string("5"));
        QCOMPARE(configs.at("offsets.topic.num.partitions").configSource, kStaticBroker);
        // log.retention.ms lists the hours it falls back to.
        const auto &synonyms = configs.at("log.retention.ms").synonyms;
        QVERIFY(std::any_of(synonyms.begin(), synonyms.end(),
                            [](const auto &s) { return s.name == "log.retention.hours"; }));

        ErrorCode error = ErrorCode::None;
        describe(client, kBrokerResource, "one", &error);
        QCOMPARE(error, ErrorCode::InvalidRequest);
        QVERIFY(describe(client, kBrokerResource, "").empty()); // nothing set cluster-wide yet
    }

    // A cluster-wide dynamic config changes the default of every topic that does not set its
    // own, at once; deleting it brings the default back.
    void dynamicConfigsApplyLive()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        QVERIFY(w.cluster->createTopic({"plain", 1, 1, {}}).ok());
        QVERIFY(w.cluster->createTopic({"own", 1, 1, {{"retention.ms", "5000"}}}).ok());

        QCOMPARE(alter(client, "", {set("log.retention.ms", "60000")}, true).errorCode, ErrorCode::None);
        QCOMPARE(value(describe(client, kTopicResource, "plain"), "retention.ms"), std::string("604800000"));

        QCOMPARE(alter(client, "", {set("log.retention.ms", "60000"), set("message.max.bytes", "2000000")})
                     .errorCode,
                 ErrorCode::None);
        const Configs plain = describe(client, kTopicResource, "plain");
        QCOMPARE(value(plain, "retention.ms"), std::string("60000"));
        QCOMPARE(plain.at("retention.ms").configSource, kDynamicDefaultBroker);
        QCOMPARE(plain.at("retention.ms").synonyms.front().name, std::string("log.retention.ms"));
        QCOMPARE(value(plain, "max.message.bytes"), std::string("2000000"));
        QCOMPARE(value(describe(client, kTopicResource, "own"), "retention.ms"), std::string("5000"));

        const Configs cluster = describe(client, kBrokerResource, "");
        QCOMPARE(cluster.size(), std::size_t(2));
        QCOMPARE(cluster.at("log.retention.ms").configSource, kDynamicDefaultBroker);
        QCOMPARE(value(describe(client, kBrokerResource, "1"), "log.retention.ms"), std::string("60000"));

        // What the brokers obey changes too: a batch above the old limit is accepted.
        QCOMPARE(w.cluster->metadata()->topic("plain")->config.logConfig().maxMessageBytes, 2000000);

        QCOMPARE(alter(client, "", {unset("log.retention.ms")}).errorCode, ErrorCode::None);
        QCOMPARE(value(describe(client, kTopicResource, "plain"), "retention.ms"), std::string("604800000"));
        QCOMPARE(describe(client, kTopicResource, "plain").at("retention.ms").configSource, kDefaultConfig);
    }

    // Read-only configs, unknown names and bad values are refused as Kafka
    // refuses them, and nothing changes.
    void refusesWhatKafkaRefuses()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir, 1);
        WireClient client(w.port(1));
        auto readOnly = alter(client, "", {set("num.partitions", "7")});
        QCOMPARE(readOnly.errorCode, ErrorCode::InvalidRequest);
        QVERIFY(readOnly.errorMessage->find("Cannot update these configs dynamically: num.partitions") !=
                std::string::npos);
        QCOMPARE(alter(client, "", {set("no.such.config", "1")}).errorCode, ErrorCode::InvalidConfig);
        auto bad = alter(client, "", {set("log.segment.bytes", "10")});
        QCOMPARE(bad.errorCode, ErrorCode::InvalidConfig);
        QVERIFY(bad.errorMessage->find("log.segment.bytes") != std::string::npos);
        QVERIFY(describe(client, kBrokerResource, "").empty());

        // AlterConfigs replaces the whole cluster-wide set.
        QCOMPARE(alter(client, "", {set("log.retention.bytes", "1000")}).errorCode, ErrorCode::None);
        protocol::AlterConfigsRequest replace;
        replace.resources.push_back({kBrokerResource, "", {{"log.segment.bytes", std::string("1048576")}}});
        auto replaced = client.call(replace, 1);
        QVERIFY(replaced && replaced->responses.size() == 1);
        QCOMPARE(replaced->responses[0].errorCode, ErrorCode::None);
        const Configs cluster = describe(client, kBrokerResource, "");
        QCOMPARE(cluster.size(), std::size_t(1));
        QCOMPARE(value(cluster, "log.segment.bytes"), std::string("1048576"));
    }

    // Dynamic configs survive a restart; values given at start are static, and the dynamic
    // ones win over them, as in Kafka.
    void dynamicConfigsPersistAndStaticOnesAreReported()
    {
        QTemporaryDir dir;
        {
            auto w = startWireCluster(dir, 1);
            WireClient client(w.port(1));
            QCOMPARE(alter(client, "", {set("log.retention.ms", "90000")}).errorCode, ErrorCode::None);
            w.cluster->stop();
        }
        ClusterConfig config = fastConfig(dir, 1);
        config.brokerConfigs = {{"log.retention.ms", "1000"},
                                {"log.segment.bytes", "2000000"},
                                {"num.partitions", "2"},
                                {"listener.security.protocol.map", "CLIENTS:SASL_SSL,PLAINTEXT:PLAINTEXT"}};
        auto cluster = startCluster(config);
        const BrokerConfigs configs(cluster->config(), cluster->controller().dynamicBrokerConfigs());
        std::map<std::string, BrokerConfigEntry> byName;
        for (auto &e : configs.describe())
            byName[e.name] = e;
        QCOMPARE(*byName.at("log.retention.ms").value, std::string("90000"));
        QCOMPARE(byName.at("log.retention.ms").source, ConfigSource::DynamicDefaultBroker);
        QCOMPARE(*byName.at("log.segment.bytes").value, std::string("2000000"));
        QCOMPARE(byName.at("log.segment.bytes").source, ConfigSource::StaticBroker);
        QCOMPARE(cluster->config().defaultPartitions, 2);
        QCOMPARE(byName.at("num.partitions").source, ConfigSource::StaticBroker);
        QCOMPARE(*byName.at("listener.security.protocol.map").value,
                 std::string("CLIENTS:SASL_SSL,PLAINTEXT:PLAINTEXT"));
        QCOMPARE(byName.at("listener.security.protocol.map").source, ConfigSource::StaticBroker);

        QVERIFY(cluster->createTopic({"later", -1, 1, {}}).ok());
        const TopicInfo *later = cluster->metadata()->topic("later");
        QCOMPARE(later->partitions.size(), std::size_t(2));
        QCOMPARE(later->config.logConfig().retentionMs, std::int64_t(90000));
        QCOMPARE(later->config.logConfig().segmentBytes, std::int64_t(2000000));
    }

    // The table's defaults are the engine's: ClusterConfig's fields and the topic configs'
    // own defaults.
    void defaultsAreTheEnginesOwn()
    {
        const ClusterConfig plain;
        const BrokerConfigs configs(plain, {});
        for (const auto &e : configs.describe())
            QVERIFY2(e.source == ConfigSource::Default, e.name.c_str());
        for (const auto &[name, d] : configs.topicDefaults())
            QCOMPARE(d.value, std::string(findTopicConfigSpec(name)->defaultValue));
        QCOMPARE(configs.topicDefaults().size(), std::size_t(23)); // all but 6 without a broker synonym
    }

    // A bad value given at start stops the cluster from being created, naming the config.
    void badStaticConfigIsRefused()
    {
        QTemporaryDir dir;
        ClusterConfig config = fastConfig(dir, 1);
        config.brokerConfigs = {{"num.partitions", "zero"}};
        auto cluster = Cluster::create(config);
        QVERIFY(!cluster);
        QVERIFY(cluster.status().message().find("num.partitions") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestWireBrokerConfigs)
#include "test_wire_broker_configs.moc"
