#include "ui/cluster_settings.h"

#include <QTest>

using es::ClusterSettings;

class TestClusterSettings : public QObject {
    Q_OBJECT

private slots:
    void nameIsTheLastDirectory()
    {
        ClusterSettings s;
        s.dataDir = QStringLiteral("/var/lib/eventscope/clusters/default");
        QCOMPARE(s.name(), QStringLiteral("default"));
        s.dataDir = QStringLiteral("/var/lib/eventscope/clusters/orders/");
        QCOMPARE(s.name(), QStringLiteral("orders"));
        s.dataDir = QStringLiteral("/");
        QCOMPARE(s.name(), QStringLiteral("/"));
    }

    void brokerIListensOnBasePortPlusIMinusOne()
    {
        ClusterSettings s;
        s.brokerCount = 3;
        s.basePort = 9092;
        QCOMPARE(s.brokerAddresses(),
                 (QStringList{QStringLiteral("127.0.0.1:9092"), QStringLiteral("127.0.0.1:9093"),
                              QStringLiteral("127.0.0.1:9094")}));
        QCOMPARE(s.bootstrapServers(), QStringLiteral("127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094"));
    }

    void hostFollowsTheBindAddress_data()
    {
        QTest::addColumn<QString>("bind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ipv4") << "192.168.1.20"
                              << "192.168.1.20:9092";
        QTest::newRow("any ipv4 via loopback") << "0.0.0.0"
                                               << "127.0.0.1:9092";
        QTest::newRow("ipv6 bracketed") << "::1"
                                        << "[::1]:9092";
        QTest::newRow("any ipv6 via loopback") << "::"
                                               << "[::1]:9092";
    }

    void hostFollowsTheBindAddress()
    {
        QFETCH(QString, bind);
        QFETCH(QString, expected);
        ClusterSettings s;
        s.brokerCount = 1;
        s.bindAddress = bind;
        QCOMPARE(s.bootstrapServers(), expected);
    }
};

QTEST_GUILESS_MAIN(TestClusterSettings)
#include "test_cluster_settings.moc"
