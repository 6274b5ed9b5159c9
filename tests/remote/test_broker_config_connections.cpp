// Broker configs through the embedded Connection, as a settings view would use them: it lists every config
// cluster-wide and per broker with its source and default, set and delete a broker's own value, check without
// changing (validate only), and refuse read-only configs and bad values with Kafka's errors.

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

void checkConnection(Connection &c)
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

    QCOMPARE(c.alterBrokerConfigs(std::nullopt, {{"num.partitions", "7"}}, false).error,
             ErrorCode::InvalidRequest);
    const AdminResult bad = c.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", "10"}}, false);
    QCOMPARE(bad.error, ErrorCode::InvalidConfig);
    QVERIFY(bad.message.find("log.segment.bytes") != std::string::npos);
    QVERIFY(c.alterBrokerConfigs(std::nullopt, {{"log.segment.bytes", "2000000"}}, false).ok());
    const auto cluster = c.describeBrokerConfigs(std::nullopt);
    QCOMPARE(find(*cluster, "log.segment.bytes")->source, ConfigSource::DynamicDefaultBroker);

    QVERIFY(c.alterBrokerConfigs(2, {{"log.retention.ms", std::nullopt}}, false).ok());
    QVERIFY(!find(*c.describeBrokerConfigs(2), "log.retention.ms")->value);
    // The cluster-wide value survives the whole-set replacement of broker 2's values.
    QCOMPARE(*find(*c.describeBrokerConfigs(2), "log.segment.bytes")->value, std::string("2000000"));
}

} // namespace

class TestBrokerConfigConnections : public QObject {
    Q_OBJECT

private slots:
    void embedded()
    {
        QTemporaryDir dir;
        auto w = startRemoteTestCluster(dir, 2);
        EmbeddedConnection connection(*w.cluster);
        checkConnection(connection);
    }
};

QTEST_GUILESS_MAIN(TestBrokerConfigConnections)
#include "test_broker_config_connections.moc"
