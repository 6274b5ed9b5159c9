#include "app/command_line.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using es::CommandLine;
using es::parseCommandLine;
using Action = es::CommandLine::Action;

namespace {

CommandLine parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("eventscope"));
    return parseCommandLine(arguments);
}

} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void defaults()
    {
        const CommandLine cl = parse({});
        QCOMPARE(cl.action, Action::Run);
        QCOMPARE(cl.options.cluster.brokerCount, 3);
        QCOMPARE(cl.options.cluster.basePort, quint16(9092));
        QCOMPARE(cl.options.cluster.bindAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(cl.options.cluster.dataDir,
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                     QStringLiteral("/eventscope/clusters/default"));
        QCOMPARE(cl.options.logLevel, QStringLiteral("info"));
        QVERIFY(!cl.options.headless);
    }

    void everyOptionIsTaken()
    {
        const CommandLine cl = parse({"--headless", "--brokers", "5", "--port=19092", "--data-dir",
                                      "clusters/orders", "--bind", "::1", "--log-level", "debug"});
        QCOMPARE(cl.action, Action::Run);
        QVERIFY(cl.options.headless);
        QCOMPARE(cl.options.cluster.brokerCount, 5);
        QCOMPARE(cl.options.cluster.basePort, quint16(19092));
        QCOMPARE(cl.options.cluster.dataDir,
                 QDir::current().absoluteFilePath(QStringLiteral("clusters/orders")));
        QCOMPARE(cl.options.cluster.bindAddress, QStringLiteral("::1"));
        QCOMPARE(cl.options.logLevel, QStringLiteral("debug"));
    }

    // --config repeats; values are kept as Kafka parses them, in headless and GUI mode alike.
    void brokerConfigsAreTaken()
    {
        for (const bool headless : {false, true}) {
            QStringList args = {"--config", "num.partitions=6",
                                "--config", "log.retention.ms= 60000",
                                "--config", "auto.create.topics.enable=FALSE"};
            if (headless)
                args << "--headless";
            const CommandLine cl = parse(args);
            QCOMPARE(cl.action, Action::Run);
            QCOMPARE(cl.options.headless, headless);
            QCOMPARE(cl.options.cluster.brokerConfigs.size(), 3);
            QCOMPARE(cl.options.cluster.brokerConfigs.value("num.partitions"), QStringLiteral("6"));
            QCOMPARE(cl.options.cluster.brokerConfigs.value("log.retention.ms"), QStringLiteral("60000"));
            QCOMPARE(cl.options.cluster.brokerConfigs.value("auto.create.topics.enable"),
                     QStringLiteral("false"));
        }
        QVERIFY(parse({}).options.cluster.brokerConfigs.isEmpty());
    }

    void limitsAreInclusive()
    {
        QCOMPARE(parse({"--brokers", "1"}).action, Action::Run);
        QCOMPARE(parse({"--brokers", "9"}).action, Action::Run);
        QCOMPARE(parse({"--port", "1"}).action, Action::Run);
        const CommandLine top = parse({"--brokers", "3", "--port", "65533"});
        QCOMPARE(top.action, Action::Run);
        QCOMPARE(top.options.cluster.brokerAddresses().constLast(), QStringLiteral("127.0.0.1:65535"));
    }

    void everyLogLevelIsAccepted()
    {
        for (const char *level : {"trace", "debug", "info", "warn", "error", "off"})
            QCOMPARE(parse({"--log-level", level}).action, Action::Run);
    }

    void helpAndVersion()
    {
        const CommandLine help = parse({"--help"});
        QCOMPARE(help.action, Action::ShowHelp);
        for (const char *option :
             {"--brokers", "--port", "--data-dir", "--bind", "--log-level", "--headless"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
        QCOMPARE(parse({"-h"}).action, Action::ShowHelp);

        const CommandLine version = parse({"--version"});
        QCOMPARE(version.action, Action::ShowVersion);
        QVERIFY(QRegularExpression(QStringLiteral("^eventscope \\d+\\.\\d+\\.\\d+$"))
                    .match(version.text)
                    .hasMatch());
        QCOMPARE(version.text, es::versionText());
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no brokers") << QStringList{"--brokers", "0"} << "--brokers";
        QTest::newRow("too many brokers") << QStringList{"--brokers", "10"} << "from 1 to 9";
        QTest::newRow("brokers not a number") << QStringList{"--brokers", "three"} << "'three'";
        QTest::newRow("brokers missing value") << QStringList{"--brokers"} << "brokers";
        QTest::newRow("port zero") << QStringList{"--port", "0"} << "--port";
        QTest::newRow("port too big") << QStringList{"--port", "65536"} << "65535";
        QTest::newRow("port not a number") << QStringList{"--port", "kafka"} << "'kafka'";
        QTest::newRow("ports run out") << QStringList{"--port", "65534"} << "65536";
        QTest::newRow("log level") << QStringList{"--log-level", "loud"} << "'loud'";
        QTest::newRow("bind a host name") << QStringList{"--bind", "localhost"} << "'localhost'";
        QTest::newRow("empty data dir") << QStringList{"--data-dir", ""} << "--data-dir";
        QTest::newRow("unknown option") << QStringList{"--partitions", "3"} << "partitions";
        QTest::newRow("stray argument") << QStringList{"orders"} << "'orders'";
        QTest::newRow("config without =") << QStringList{"--config", "num.partitions"} << "KEY=VALUE";
        QTest::newRow("config unknown") << QStringList{"--config", "num.partitons=3"} << "'num.partitons'";
        QTest::newRow("config bad value") << QStringList{"--config", "num.partitions=0"} << "num.partitions";
        QTest::newRow("config not a number")
            << QStringList{"--config", "log.retention.ms=week"} << "\"week\"";
    }

    void badInputIsExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CommandLine cl = parse(arguments);
        QCOMPARE(cl.action, Action::Fail);
        QVERIFY2(cl.text.contains(mentions), qPrintable(cl.text));
        QVERIFY2(cl.text.contains(QStringLiteral("--help")), qPrintable(cl.text));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
