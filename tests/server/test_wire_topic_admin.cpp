// Topic administration over the wire as Kafka answers it: CreateTopics and CreatePartitions
// with replica lists chosen by the client (validated as Kafka's controller does, the first
// replica the preferred leader, the replicas really hosted where named), and every topic
// config Kafka 3.x defines known, validated and described with its default and source.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"

#include "client/producer.h"
#endif

#include <QObject>

#include <map>
#include <set>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

constexpr std::int8_t kTopicResource = 2;
constexpr std::int8_t kDynamicTopicConfig = 1;
constexpr std::int8_t kDefaultConfig = 5;

using Lists = std::vector<std::vector<std::int32_t>>;
using TopicAssignments = std::vector<protocol::CreateTopicsRequest::Assignment>;

protocol::CreateTopicsRequest::Topic manualTopic(const std::string &name, TopicAssignments assignments,
                                                 std::int32_t partitions = -1, std::int16_t rf = -1)
{
    return {name, partitions, rf, std::move(assignments), {}};
}

ErrorCode createOne(WireClient &client, protocol::CreateTopicsRequest::Topic topic, bool validateOnly = false)
{
    protocol::CreateTopicsRequest create;
    create.topics.push_back(std::move(topic));
    create.timeoutMs = 10000;
    create.validateOnly = validateOnly;
    auto created = client.call(create, 5);
    return created && created->topics.size() == 1 ? created->topics[0].errorCode
                                                  : ErrorCode::NetworkException;
}

ErrorCode growOne(WireClient &client, const std::string &name, std::int32_t count, std::optional<Lists> lists)
{
    protocol::CreatePartitionsRequest grow;
    std::optional<std::vector<protocol::CreatePartitionsRequest::Assignment>> assignments;
    if (lists) {
        assignments.emplace();
        for (auto &l : *lists)
            assignments->push_back({l});
    }
    grow.topics.push_back({name, count, std::move(assignments)});
    grow.timeoutMs = 10000;
    auto grown = client.call(grow, 1);
    return grown && grown->results.size() == 1 ? grown->results[0].errorCode : ErrorCode::NetworkException;
}

Lists replicasOf(const Cluster &cluster, const std::string &topic)
{
    Lists out;
    const auto image = cluster.metadata();
    if (const TopicInfo *t = image ? image->topic(topic) : nullptr)
        for (const auto &p : t->partitions)
            out.push_back(p.replicas);
    return out;
}

// Whether the snapshot shows every partition of `topic` on exactly `expected`'s brokers,
// each holding `records` records, led by its first replica.
bool hostedAsAssigned(const Cluster &cluster, const std::string &topic, const Lists &expected,
                      std::int64_t records)
{
    const auto snapshot = cluster.snapshot();
    for (const auto &t : snapshot ? snapshot->topics : std::vector<TopicSnapshot>{}) {
        if (t.name != topic || t.partitions.size() != expected.size())
            continue;
        for (const auto &p : t.partitions) {
            const auto &want = expected.at(static_cast<std::size_t>(p.partition));
            if (p.leader != want.front() || p.replicas.size() != want.size())
                return false;
            for (std::size_t i = 0; i < want.size(); ++i)
                if (p.replicas[i].broker != want[i] || p.replicas[i].logEndOffset != records ||
                    !p.replicas[i].inSync)
                    return false;
        }
        return true;
    }
    return false;
}

void produceToEach(Cluster &cluster, const std::string &topic, int partitions, int count)
{
    Producer producer(cluster);
    for (int p = 0; p < partitions; ++p)
        for (int i = 0; i < count; ++i) {
            ProducerRecord r;
            r.topic = topic;
            r.partition = p;
            r.value = bytesOf("record " + std::to_string(i));
            producer.send(std::move(r));
        }
    producer.flush(std::chrono::seconds(20));
}

std::map<std::string, protocol::DescribeConfigsResponse::Config> describeAll(WireClient &client,
                                                                             const std::string &topic)
{
    protocol::DescribeConfigsRequest describe;
    describe.resources.push_back({kTopicResource, topic, std::nullopt});
    std::map<std::string, protocol::DescribeConfigsResponse::Config> out;
    if (auto described = client.call(describe, 3); described && described->results.size() == 1)
        for (const auto &c : described->results[0].configs)
            out[c.name] = c;
    return out;
}

const std::set<std::string> kKafkaTopicConfigs = {
    "cleanup.policy",
    "compression.type",
    "delete.retention.ms",
    "file.delete.delay.ms",
    "flush.messages",
    "flush.ms",
    "follower.replication.throttled.replicas",
    "index.interval.bytes",
    "leader.replication.throttled.replicas",
    "local.retention.bytes",
    "local.retention.ms",
    "max.compaction.lag.ms",
    "max.message.bytes",
    "message.downconversion.enable",
    "message.format.version",
    "message.timestamp.difference.max.ms",
    "message.timestamp.type",
    "min.cleanable.dirty.ratio",
    "min.compaction.lag.ms",
    "min.insync.replicas",
    "preallocate",
    "remote.storage.enable",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "segment.index.bytes",
    "segment.jitter.ms",
    "segment.ms",
    "unclean.leader.election.enable",
};

} // namespace

Q_DECLARE_METATYPE(es::ErrorCode)
Q_DECLARE_METATYPE(TopicAssignments)

class TestWireTopicAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_w = startWireCluster(m_dir); }
    void cleanupTestCase() { m_w.cluster.reset(); }

    // Each partition's replicas are the brokers named, the first leads, and each replica
    // really holds the partition's records on its broker.
    void createTopicsPlacesReplicasWhereNamed()
    {
        WireClient client(m_w.port(2));
        // Given out of order, as a client may.
        QCOMPARE(createOne(client, manualTopic("placed", {{2, {1, 2}}, {0, {3, 1}}, {1, {2, 3}}})),
                 ErrorCode::None);
        const Lists expected{{3, 1}, {2, 3}, {1, 2}};
        QCOMPARE(replicasOf(*m_w.cluster, "placed"), expected);

        protocol::MetadataRequest md;
        md.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, std::string("placed")}};
        auto known = client.call(md, 1);
        QVERIFY(known);
        QCOMPARE(known->topics.at(0).partitions.size(), 3u);
        for (const auto &p : known->topics.at(0).partitions) {
            QCOMPARE(p.replicaNodes, expected.at(static_cast<std::size_t>(p.partitionIndex)));
            QCOMPARE(p.leaderId, expected.at(static_cast<std::size_t>(p.partitionIndex)).front());
        }

        produceToEach(*m_w.cluster, "placed", 3, 5);
        QVERIFY(eventually([&] { return hostedAsAssigned(*m_w.cluster, "placed", expected, 5); }, 15s));
    }

    void createTopicsRefusesWhatKafkaRefuses_data()
    {
        QTest::addColumn<TopicAssignments>("assignments");
        QTest::addColumn<int>("partitions");
        QTest::addColumn<int>("replicationFactor");
        QTest::addColumn<ErrorCode>("expected");
        const auto bad = ErrorCode::InvalidReplicaAssignment;
        QTest::newRow("a partition count too")
            << TopicAssignments{{0, {1}}} << 1 << -1 << ErrorCode::InvalidRequest;
        QTest::newRow("a replication factor too")
            << TopicAssignments{{0, {1}}} << -1 << 1 << ErrorCode::InvalidRequest;
        QTest::newRow("a gap in the partitions") << TopicAssignments{{0, {1}}, {2, {2}}} << -1 << -1 << bad;
        QTest::newRow("not from 0") << TopicAssignments{{1, {1}}, {2, {2}}} << -1 << -1 << bad;
        QTest::newRow("a partition twice") << TopicAssignments{{0, {1}}, {0, {2}}} << -1 << -1 << bad;
        QTest::newRow("lists of different lengths")
            << TopicAssignments{{0, {1, 2}}, {1, {3}}} << -1 << -1 << bad;
        QTest::newRow("a broker twice in a list") << TopicAssignments{{0, {1, 1}}} << -1 << -1 << bad;
        QTest::newRow("an unknown broker") << TopicAssignments{{0, {1, 7}}} << -1 << -1 << bad;
        QTest::newRow("an empty list") << TopicAssignments{{0, {}}} << -1 << -1 << bad;
    }

    void createTopicsRefusesWhatKafkaRefuses()
    {
        QFETCH(TopicAssignments, assignments);
        QFETCH(int, partitions);
        QFETCH(int, replicationFactor);
        QFETCH(ErrorCode, expected);
        WireClient client(m_w.port(1));
        QCOMPARE(createOne(client, manualTopic("refused", assignments, partitions,
                                               static_cast<std::int16_t>(replicationFactor))),
                 expected);
        QVERIFY(!m_w.cluster->metadata()->topic("refused"));
    }

    // validateOnly checks the assignment and creates nothing.
    void validateOnlyChecksAssignments()
    {
        WireClient client(m_w.port(1));
        QCOMPARE(createOne(client, manualTopic("checked", {{0, {1, 9}}}), true),
                 ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(createOne(client, manualTopic("checked", {{0, {1, 2}}}), true), ErrorCode::None);
        QVERIFY(!m_w.cluster->metadata()->topic("checked"));
    }

    void createPartitionsPlacesNewReplicasWhereNamed()
    {
        WireClient client(m_w.port(3));
        QCOMPARE(createOne(client, manualTopic("grown", {{0, {1, 2}}})), ErrorCode::None);
        // One list per new partition, each as long as the topic's replication factor.
        QCOMPARE(growOne(client, "grown", 3, Lists{{3, 1}}), ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(growOne(client, "grown", 3, Lists{{3, 1}, {2}}), ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(growOne(client, "grown", 3, Lists{{3, 1}, {2, 2}}), ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(growOne(client, "grown", 3, Lists{{3, 1}, {2, 8}}), ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(replicasOf(*m_w.cluster, "grown").size(), 1u);

        QCOMPARE(growOne(client, "grown", 3, Lists{{3, 1}, {2, 3}}), ErrorCode::None);
        const Lists expected{{1, 2}, {3, 1}, {2, 3}};
        QCOMPARE(replicasOf(*m_w.cluster, "grown"), expected);
        produceToEach(*m_w.cluster, "grown", 3, 4);
        QVERIFY(eventually([&] { return hostedAsAssigned(*m_w.cluster, "grown", expected, 4); }, 15s));
    }

    // A named broker that is down still gets its replica; the first running one leads
    // meanwhile. A partition with no running replica is refused, as Kafka's controller does.
    void aStoppedBrokerCanBeNamed()
    {
        QVERIFY(m_w.cluster->stopBroker(3).isOk());
        WireClient client(m_w.port(1));
        QCOMPARE(createOne(client, manualTopic("waiting", {{0, {3}}})), ErrorCode::InvalidReplicaAssignment);
        QCOMPARE(createOne(client, manualTopic("waiting", {{0, {3, 1}}})), ErrorCode::None);
        const PartitionInfo *p = m_w.cluster->metadata()->partition({"waiting", 0});
        QVERIFY(p);
        QCOMPARE(p->replicas, (std::vector<std::int32_t>{3, 1}));
        QCOMPARE(p->leader, 1);
        QVERIFY(m_w.cluster->restartBroker(3).isOk());
        QVERIFY(eventually(
            [&] {
                const PartitionInfo *now = m_w.cluster->metadata()->partition({"waiting", 0});
                return now && now->isr.size() == 2;
            },
            15s));
    }

    // DescribeConfigs lists every config Kafka 3.x defines, with Kafka's defaults, and says
    // which ones the topic sets.
    void everyKafkaTopicConfigIsDescribed()
    {
        WireClient client(m_w.port(1));
        auto topic = manualTopic("configured", {{0, {1}}});
        topic.configs = {{"compression.type", std::string("zstd")},
                         {"message.format.version", std::string("2.8")},
                         {"preallocate", std::string("TRUE")}};
        QCOMPARE(createOne(client, topic), ErrorCode::None);

        const auto configs = describeAll(client, "configured");
        std::set<std::string> names;
        for (const auto &[name, c] : configs)
            names.insert(name);
        QCOMPARE(names, kKafkaTopicConfigs);
        for (const auto &[name, c] : configs) {
            const bool set =
                name == "compression.type" || name == "message.format.version" || name == "preallocate";
            QCOMPARE(c.configSource, set ? kDynamicTopicConfig : kDefaultConfig);
        }
        QCOMPARE(*configs.at("compression.type").value, std::string("zstd"));
        QCOMPARE(*configs.at("preallocate").value, std::string("true"));
        QCOMPARE(*configs.at("file.delete.delay.ms").value, std::string("60000"));
        QCOMPARE(*configs.at("local.retention.ms").value, std::string("-2"));
        QCOMPARE(*configs.at("min.cleanable.dirty.ratio").value, std::string("0.5"));
        QCOMPARE(configs.at("min.cleanable.dirty.ratio").configType, std::int8_t(6)); // DOUBLE
        QCOMPARE(*configs.at("segment.index.bytes").value, std::string("10485760"));
        QCOMPARE(configs.at("segment.index.bytes").configType, std::int8_t(3)); // INT
        QCOMPARE(*configs.at("message.downconversion.enable").value, std::string("true"));
        QCOMPARE(configs.at("leader.replication.throttled.replicas").configType, std::int8_t(7)); // LIST
    }

    void topicConfigsAreValidatedAsKafkaDoes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ratio in range") << "min.cleanable.dirty.ratio"
                                        << "0.25" << true;
        QTest::newRow("ratio above 1") << "min.cleanable.dirty.ratio"
                                       << "1.5" << false;
        QTest::newRow("ratio not a number") << "min.cleanable.dirty.ratio"
                                            << "half" << false;
        QTest::newRow("boolean") << "message.downconversion.enable"
                                 << "false" << true;
        QTest::newRow("not a boolean") << "preallocate"
                                       << "yes" << false;
        QTest::newRow("no tiered storage") << "remote.storage.enable"
                                           << "true" << false;
        QTest::newRow("tiered storage off") << "remote.storage.enable"
                                            << "false" << true;
        QTest::newRow("int too large") << "segment.index.bytes"
                                       << "3000000000" << false;
        QTest::newRow("index too small") << "segment.index.bytes"
                                         << "3" << false;
        QTest::newRow("local retention -2") << "local.retention.bytes"
                                            << "-2" << true;
        QTest::newRow("local retention -3") << "local.retention.ms"
                                            << "-3" << false;
        QTest::newRow("compaction lag 0") << "max.compaction.lag.ms"
                                          << "0" << false;
        QTest::newRow("jitter") << "segment.jitter.ms"
                                << "1000" << true;
        QTest::newRow("throttled pairs") << "leader.replication.throttled.replicas"
                                         << "0:1,1:2" << true;
        QTest::newRow("throttled all") << "follower.replication.throttled.replicas"
                                       << "*" << true;
        QTest::newRow("throttled nonsense") << "follower.replication.throttled.replicas"
                                            << "broker-1" << false;
        QTest::newRow("old format version") << "message.format.version"
                                            << "0.10.2" << true;
        QTest::newRow("format version IV") << "message.format.version"
                                           << "3.0-IV1" << true;
        QTest::newRow("not a version") << "message.format.version"
                                       << "banana" << false;
        QTest::newRow("codec") << "compression.type"
                               << "lz4" << true;
        QTest::newRow("uncompressed") << "compression.type"
                                      << "uncompressed" << true;
        QTest::newRow("unknown codec") << "compression.type"
                                       << "brotli" << false;
        QTest::newRow("unknown name") << "retention.msec"
                                      << "1000" << false;
    }

    void topicConfigsAreValidatedAsKafkaDoes()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        WireClient client(m_w.port(1));
        auto topic = manualTopic("validated", {{0, {1}}});
        topic.configs = {{name.toStdString(), value.toStdString()}};
        QCOMPARE(createOne(client, topic, true), accepted ? ErrorCode::None : ErrorCode::InvalidConfig);

        // Altering an existing topic answers the same.
        QCOMPARE(createOne(client, manualTopic("altered", {{0, {1}}})), ErrorCode::None);
        protocol::IncrementalAlterConfigsRequest alter;
        alter.resources.push_back(
            {kTopicResource, "altered", {{name.toStdString(), 0, value.toStdString()}}});
        auto altered = client.call(alter, 0);
        QVERIFY(altered);
        QCOMPARE(altered->responses.at(0).errorCode, accepted ? ErrorCode::None : ErrorCode::InvalidConfig);
        protocol::DeleteTopicsRequest remove;
        remove.topicNames = {"altered"};
        remove.timeoutMs = 10000;
        QVERIFY(client.call(remove, 4));
    }

private:
    QTemporaryDir m_dir;
    WireCluster m_w;
};

QTEST_GUILESS_MAIN(TestWireTopicAdmin)
#include "test_wire_topic_admin.moc"
