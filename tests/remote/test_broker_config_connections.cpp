// Broker configs through a Connection, as a settings view would use them: it lists every config
// cluster-wide and per broker with its source and default, set and delete a broker's own value, check without
// changing (validate only), and refuse read-only configs and bad values with Kafka's errors. The same
// through the embedded connection and through the remote one (librdkafka) to the same cluster, whose
// answers match the embedded connection's.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "connection/embedded_connection.h"
#include "remote/remote_fixture.h"
#endif

#include <QObject>
#include <QTest>

using namespace es;
using namespace es::test;

namespace {

const BrokerConfigDescription *find(const std::vector<BrokerConfigDescription> &configs,
                                    const std::string &name)
{
    for (const auto &c : configs)
        if (c.name == name)
            return &c;
    return nullptr;
}

// Both connections tell the same of every config, cluster-wide and for broker `broker`; the
// documentation aside, which librdkafka 2.0 does not ask for.
void checkSameAnswers(Connection &embedded, Connection &remote, std::int32_t broker)
{
    for (const std::optional<std::int32_t> scope : {std::optional<std::int32_t>{}, std::optional{broker}}) {
        const auto mine = embedded.describeBrokerConfigs(scope);
        const auto theirs = remote.describeBrokerConfigs(scope);
        QVERIFY2(mine.isOk(), mine.status().toString().c_str());
        QVERIFY2(theirs.isOk(), theirs.status().toString().c_str());
        std::vector<std::string> mineNames, theirNames;
        for (const auto &c : *mine)
            mineNames.push_back(c.name);
        for (const auto &c : *theirs)
            theirNames.push_back(c.name);
        QCOMPARE(theirNames, mineNames);
        for (const auto &e : *mine) {
            const BrokerConfigDescription *r = find(*theirs, e.name);
            const QByteArray what =
                QByteArray::fromStdString(e.name + (scope ? " of broker " : " of all brokers"));
            QVERIFY2(r->value == e.value, what.constData());
            QVERIFY2(r->source == e.source, what.constData());
            QVERIFY2(r->readOnly == e.readOnly, what.constData());
            QVERIFY2(r->defaultValue == e.defaultValue, what.constData());
            QVERIFY2(r->unit == e.unit, what.constData());
            QVERIFY2(r->documentation == e.documentation, what.constData());
        }
    }
}

// `embedded` changes the cluster-wide values where `c` cannot (librdkafka 2.0 cannot address
// the broker resource ""), and is `c` itself for the embedded connection.
void checkConnection(Connection &c, Connection &embedded)
{
    QVERIFY(c.capabilities().brokerConfigs);
    auto all = c.describeBrokerConfigs(std::nullopt);
    QVERIFY2(all.isOk(), all.status().toString().c_str());
    const std::vector<BrokerConfigDescription> allConfigs = *all;
    const auto *retention = find(allConfigs, "log.retention.hours");
    QVERIFY(retention);
    QCOMPARE(*retention->value, std::string("168"));
    QCOMPARE(*retention->defaultValue, std::string("168"));
    QCOMPARE(retention->unit, ConfigUnit::Hours);
    QVERIFY(find(allConfigs, "num.partitions")->readOnly);
    QVERIFY(!find(allConfigs, "log.retention.ms")->readOnly);

    QVERIFY(c.alterBrokerConfigs(2, {{"log.retention.ms", "60000"}}, true).ok());
    QVERIFY(!find(*c.describeBrokerConfigs(2), "log.retention.ms")->value); // only checked
    QVERIFY(c.alterBrokerConfigs(2, {{"log.retention.ms", "60000"}}, false).ok());
    const auto mine = c.describeBrokerConfigs(2);
    QVERIFY(mine.isOk());
    const std::vector<BrokerConfigDescription> mineConfigs = *mine;
    QCOMPARE(*find(mineConfigs, "log.retention.ms")->value, std::string("60000"));
    QCOMPARE(find(mineConfigs, "log.retention.ms")->source, ConfigSource::DynamicBroker);
    const auto other = c.describeBrokerConfigs(1);
    QVERIFY2(other.isOk(), other.status().toString().c_str());
    const std::vector<BrokerConfigDescription> otherConfigs = *other;
    QVERIFY(!find(otherConfigs, "log.retention.ms")->value);
    // The cluster-wide view leaves broker 2's own value out.
    const auto wide = c.describeBrokerConfigs(std::nullopt);
    QVERIFY2(wide.isOk(), wide.status().toString().c_str());
    const std::vector<BrokerConfigDescription> wideConfigs = *wide;
    QVERIFY(find(wideConfigs, "log.retention.ms"));
    QVERIFY(!find(wideConfigs, "log.retention.ms")->value);

    if (&c != &embedded) {
        const AdminResult refused =
            c.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", "2000000"}}, false);
        QCOMPARE(refused.error, ErrorCode::InvalidRequest);
        QVERIFY2(refused.message.find("broker by broker") != std::string::npos, refused.message.c_str());
    }
    QCOMPARE(embedded.alterBrokerConfigs(std::nullopt, {{"num.partitions", "7"}}, false).error,
             ErrorCode::InvalidRequest);
    const AdminResult bad = embedded.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", "10"}}, false);
    QCOMPARE(bad.error, ErrorCode::InvalidConfig);
    QVERIFY(bad.message.find("log.segment.bytes") != std::string::npos);
    QVERIFY(embedded.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", "2000000"}}, false).ok());
    const auto cluster = c.describeBrokerConfigs(std::nullopt);
    QCOMPARE(find(*cluster, "log.segment.bytes")->source, ConfigSource::DynamicDefaultBroker);

    QVERIFY(c.alterBrokerConfigs(2, {{"log.retention.ms", std::nullopt}}, false).ok());
    QVERIFY(!find(*c.describeBrokerConfigs(2), "log.retention.ms")->value);
    // The cluster-wide value survives the whole-set replacement of broker 2's values.
    QCOMPARE(*find(*c.describeBrokerConfigs(2), "log.segment.bytes")->value, std::string("2000000"));
    // What the listeners obey is listed too, read-only; a broker's id only for that broker.
    const auto two = *c.describeBrokerConfigs(2);
    QCOMPARE(*find(two, "broker.id")->value, std::string("2"));
    QVERIFY(find(two, "broker.id")->readOnly);
    QCOMPARE(*find(two, "socket.request.max.bytes")->value,
             std::to_string(server::ServerConfig{}.socketRequestMaxBytes));
    QCOMPARE(*find(two, "connections.max.idle.ms")->value,
             std::to_string(server::ServerConfig{}.connectionsMaxIdle.count()));
    QVERIFY(!find(*c.describeBrokerConfigs(std::nullopt), "broker.id"));
    QVERIFY(embedded.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", std::nullopt}}, false).ok());
}

ListenerLimits defaultListenerLimits()
{
    const server::ServerConfig s;
    return {s.socketRequestMaxBytes, s.connectionsMaxIdle.count()};
}

std::unique_ptr<RemoteConnection> openRemote(const WireCluster &w, const QTemporaryDir &dir)
{
    auto opened =
        RemoteConnection::open(remoteSettingsFor(w), dir.filePath("remote/catalog.db").toStdString());
    if (!opened)
        qFatal("cannot open the remote connection: %s", opened.status().toString().c_str());
    // Its all-brokers view is read from a broker of its first snapshot.
    if (!QTest::qWaitFor([&] { return (*opened)->snapshot() && (*opened)->snapshot()->brokers.size() == 2; },
                         15000))
        qFatal("the remote connection saw no brokers");
    return std::move(*opened);
}

} // namespace

class TestBrokerConfigConnections : public QObject {
    Q_OBJECT

private slots:
    void embedded()
    {
        QTemporaryDir dir;
        auto w = startRemoteTestCluster(dir, 2);
        EmbeddedConnection connection(*w.cluster, defaultListenerLimits());
        checkConnection(connection, connection);
    }

    void remote()
    {
        QTemporaryDir dir;
        auto w = startRemoteTestCluster(dir, 2);
        auto connection = openRemote(w, dir);
        EmbeddedConnection embedded(*w.cluster, defaultListenerLimits());
        checkConnection(*connection, embedded);
    }

    // Before and after values of every level are set, through either connection.
    void remoteAnswersAsTheEmbeddedOne()
    {
        QTemporaryDir dir;
        auto w = startRemoteTestCluster(dir, 2);
        EmbeddedConnection embedded(*w.cluster, defaultListenerLimits());
        auto remote = openRemote(w, dir);
        checkSameAnswers(embedded, *remote, 2);
        QVERIFY(embedded.alterBrokerConfigs(std::nullopt, {{"log.retention.ms", "7200000"}}, false).ok());
        QVERIFY(embedded.alterBrokerConfigs(2, {{"log.retention.hours", "5"}}, false).ok());
        QVERIFY(remote->alterBrokerConfigs(1, {{"log.segment.bytes", "3000000"}}, false).ok());
        checkSameAnswers(embedded, *remote, 2);
        checkSameAnswers(embedded, *remote, 1);
        // Read back through the other connection.
        QCOMPARE(*find(*embedded.describeBrokerConfigs(1), "log.segment.bytes")->value,
                 std::string("3000000"));
        QCOMPARE(find(*embedded.describeBrokerConfigs(1), "log.segment.bytes")->source,
                 ConfigSource::DynamicBroker);
        QCOMPARE(*find(*remote->describeBrokerConfigs(2), "log.retention.hours")->value, std::string("5"));
    }
};

QTEST_GUILESS_MAIN(TestBrokerConfigConnections)
#include "test_broker_config_connections.moc"
