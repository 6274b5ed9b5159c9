#include "app/command_line.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        QVERIFY(!cl.options.controlPort); // no control API unless asked for
    }

    void controlPortIsTaken()
    {
        QCOMPARE(parse({"--headless", "--control-port", "0"}).options.controlPort, std::optional<quint16>(0));
        QCOMPARE(parse({"--control-port=18080"}).options.controlPort, std::optional<quint16>(18080));
        // Next to the brokers' ports, not on them.
        QCOMPARE(parse({"--port", "19092", "--control-port", "19095"}).options.controlPort,
                 std::optional<quint16>(19095));
        QVERIFY(parse({"--help"}).text.contains(QStringLiteral("--control-port")));
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

    void noListenerKeepsTheDefault()
    {
        const CommandLine cl = parse({"--port", "19092"});
        QCOMPARE(cl.action, Action::Run);
        QVERIFY(cl.options.cluster.listeners.empty());
        const es::ClusterConfig config = cl.options.cluster.toClusterConfig();
        QVERIFY(config.listeners.empty());
        QCOMPARE(config.basePort, 19092);
        QVERIFY(!config.allowEveryoneIfNoAclFound);
        QVERIFY(config.scramUsers.empty() && config.superUsers.empty());
    }

    void onlyAStartNamingNoListenerUsesTheSavedOnes()
    {
        QVERIFY(parse({}).options.cluster.toClusterConfig().useSavedListeners);
        QVERIFY(parse({"--brokers", "5"}).options.cluster.toClusterConfig().useSavedListeners);
        for (const QStringList &named : {QStringList{"--port", "19092"}, QStringList{"--bind", "127.0.0.2"},
                                         QStringList{"--listener", "SASL_PLAINTEXT://127.0.0.1:9192"}})
            QVERIFY2(!parse(named).options.cluster.toClusterConfig().useSavedListeners,
                     qPrintable(named.join(QLatin1Char(' '))));
    }

    void securityOptionsAreTaken()
    {
        QTemporaryDir dir;
        for (const char *name : {"cert.pem", "key.pem", "ca.pem"}) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const CommandLine cl = parse({"--listener",
                                      "SASL_SSL://127.0.0.1:9192",
                                      "--listener=plaintext://localhost:9092",
                                      "--listener",
                                      "SSL://[::1]:9292",
                                      "--scram-user",
                                      "alice:pa:ss",
                                      "--scram-user",
                                      "bob:b",
                                      "--super-user",
                                      "User:admin",
                                      "--allow-everyone-if-no-acl",
                                      "false",
                                      "--tls-cert",
                                      dir.filePath("cert.pem"),
                                      "--tls-key",
                                      dir.filePath("key.pem"),
                                      "--tls-client-ca",
                                      dir.filePath("ca.pem"),
                                      "--tls-client-auth",
                                      "required"});
        QCOMPARE(cl.action, Action::Run);
        const es::ClusterConfig config = cl.options.cluster.toClusterConfig();
        QCOMPARE(config.listeners.size(), std::size_t(3));
        QCOMPARE(config.listeners[0].protocol, es::security::SecurityProtocol::SaslSsl);
        QCOMPARE(config.listeners[0].basePort, 9192);
        QCOMPARE(config.listeners[1].name, std::string("PLAINTEXT"));
        QCOMPARE(config.listeners[1].host, std::string("127.0.0.1")); // localhost, as an address
        QCOMPARE(config.listeners[2].host, std::string("::1"));
        QCOMPARE(config.scramUsers.size(), std::size_t(2));
        QCOMPARE(config.scramUsers[0].first, std::string("alice"));
        QCOMPARE(config.scramUsers[0].second, std::string("pa:ss")); // split at the first colon
        QVERIFY(config.superUsers == std::set<std::string>{"User:admin"});
        QCOMPARE(config.allowEveryoneIfNoAclFound, std::optional<bool>(false));
        QCOMPARE(QString::fromStdString(config.tls.certificateFile.string()), dir.filePath("cert.pem"));
        QCOMPARE(QString::fromStdString(config.tls.keyFile.string()), dir.filePath("key.pem"));
        QCOMPARE(QString::fromStdString(config.tls.clientCaFile.string()), dir.filePath("ca.pem"));
        QCOMPARE(config.tls.clientAuth, es::security::ClientAuth::Required);
        // The GUI shows the first listener's addresses.
        QCOMPARE(cl.options.cluster.bootstrapServers(),
                 QStringLiteral("127.0.0.1:9192,127.0.0.1:9193,127.0.0.1:9194"));
    }

    // As Kafka's listener.security.protocol.map: a listener may have a name of its own, mapped
    // to its protocol; names are upper-cased, and protocols' names need no entry.
    void listenersOfTheirOwnNameTakeTheMappedProtocol()
    {
        const CommandLine cl =
            parse({"--listener", "CLIENTS://127.0.0.1:9192", "--listener", "replication://127.0.0.1:9292",
                   "--listener", "SSL://127.0.0.1:9392", "--config",
                   "listener.security.protocol.map=CLIENTS:SASL_SSL, Replication:plaintext"});
        QCOMPARE(cl.action, Action::Run);
        QCOMPARE(cl.options.cluster.brokerConfigs.value("listener.security.protocol.map"),
                 QStringLiteral("CLIENTS:SASL_SSL, Replication:plaintext"));
        const es::ClusterConfig config = cl.options.cluster.toClusterConfig();
        QCOMPARE(config.listeners.size(), std::size_t(3));
        QCOMPARE(config.listeners[0].name, std::string("CLIENTS"));
        QCOMPARE(config.listeners[0].protocol, es::security::SecurityProtocol::SaslSsl);
        QCOMPARE(config.listeners[0].basePort, 9192);
        QCOMPARE(config.listeners[1].name, std::string("REPLICATION"));
        QCOMPARE(config.listeners[1].protocol, es::security::SecurityProtocol::Plaintext);
        QCOMPARE(config.listeners[2].name, std::string("SSL"));
        QCOMPARE(config.listeners[2].protocol, es::security::SecurityProtocol::Ssl);
        // Kafka's default map when none is given; a listener named after a protocol needs none.
        QCOMPARE(parse({"--config", "listener.security.protocol.map=PLAINTEXT:PLAINTEXT"}).action,
                 Action::Run);
        QCOMPARE(parse({"--listener", "SASL_PLAINTEXT://127.0.0.1:9192"}).action, Action::Run);
    }

    void authenticatedListenersMayListenEverywhere()
    {
        QCOMPARE(parse({"--bind", "0.0.0.0", "--listener", "SASL_SSL://:9192"}).action, Action::Run);
        QCOMPARE(parse({"--listener", "SSL://0.0.0.0:9193", "--tls-client-auth", "required"}).action,
                 Action::Run);
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
        QTest::newRow("listener without scheme") << QStringList{"--listener", "127.0.0.1:9092"} << "NAME://";
        QTest::newRow("listener protocol") << QStringList{"--listener", "TLS://127.0.0.1:9092"} << "SASL_SSL";
        QTest::newRow("listener port") << QStringList{"--listener", "SSL://127.0.0.1:http"} << "\"http\"";
        QTest::newRow("listener name not mapped")
            << QStringList{"--listener", "CLIENTS://127.0.0.1:9192"}
            << "add it there as CLIENTS:PROTOCOL, such as listener.security.protocol.map=CLIENTS:SASL_SSL";
        QTest::newRow("listener name not in the map given")
            << QStringList{"--listener", "CLIENTS://127.0.0.1:9192", "--config",
                           "listener.security.protocol.map=INTERNAL:SSL"}
            << "nor a name in listener.security.protocol.map";
        QTest::newRow("listener name characters")
            << QStringList{"--listener", "CLI.ENTS://127.0.0.1:9192"} << "holds '.'";
        QTest::newRow("map pair without colon")
            << QStringList{"--config", "listener.security.protocol.map=CLIENTS"} << "NAME:PROTOCOL";
        QTest::newRow("map protocol") << QStringList{"--config", "listener.security.protocol.map=CLIENTS:TLS"}
                                      << "\"TLS\" is not a security protocol";
        QTest::newRow("map name twice")
            << QStringList{"--config", "listener.security.protocol.map=CLIENTS:SSL,clients:SASL_SSL"}
            << "CLIENTS is given twice";
        QTest::newRow("map name characters")
            << QStringList{"--config", "listener.security.protocol.map=MY CLIENTS:SSL"} << "holds a space";
        QTest::newRow("listeners share a name of their own")
            << QStringList{"--listener", "CLIENTS://127.0.0.1:9093",
                           "--listener", "clients://127.0.0.1:9193",
                           "--config",   "listener.security.protocol.map=CLIENTS:SSL"}
            << "two listeners are named CLIENTS";
        QTest::newRow("listener host name")
            << QStringList{"--listener", "SSL://kafka.example.com:9093"} << "'kafka.example.com'";
        QTest::newRow("listener with --port")
            << QStringList{"--listener", "SSL://127.0.0.1:9093", "--port", "9092"} << "--port";
        QTest::newRow("listeners share a name")
            << QStringList{"--listener", "SSL://127.0.0.1:9093", "--listener", "SSL://127.0.0.1:9193"}
            << "two listeners are named SSL";
        QTest::newRow("listeners share ports")
            << QStringList{"--listener", "SSL://127.0.0.1:9093", "--listener", "PLAINTEXT://127.0.0.1:9094"}
            << "share ports";
        QTest::newRow("open to the network")
            << QStringList{"--bind", "0.0.0.0"}
            << "refusing to listen on 0.0.0.0 without authentication: listener PLAINTEXT://0.0.0.0:9092 lets "
               "anyone in; use SASL_SSL://0.0.0.0:9092 with --scram-user NAME:PASSWORD, or SSL with "
               "--tls-client-auth required";
        QTest::newRow("open listener to the network")
            << QStringList{"--listener", "SSL://0.0.0.0:9093", "--tls-client-auth", "requested"}
            << "refusing";
        QTest::newRow("scram user without password")
            << QStringList{"--scram-user", "alice"} << "NAME:PASSWORD";
        QTest::newRow("scram user without name") << QStringList{"--scram-user", ":secret"} << "NAME:PASSWORD";
        QTest::newRow("super user without type") << QStringList{"--super-user", "admin"} << "'admin'";
        QTest::newRow("allow everyone yes") << QStringList{"--allow-everyone-if-no-acl", "yes"} << "'yes'";
        QTest::newRow("client auth") << QStringList{"--listener", "SSL://127.0.0.1:9093", "--tls-client-auth",
                                                    "always"}
                                     << "'always'";
        QTest::newRow("cert without key")
            << QStringList{"--listener", "SSL://127.0.0.1:9093", "--tls-cert", "cert.pem"} << "--tls-key";
        QTest::newRow("missing cert")
            << QStringList{"--listener", "SSL://127.0.0.1:9093", "--tls-cert", "/nonexistent/cert.pem",
                           "--tls-key",  "/nonexistent/key.pem"}
            << "'/nonexistent/cert.pem'";
        QTest::newRow("control port not a number") << QStringList{"--control-port", "http"} << "'http'";
        QTest::newRow("control port negative") << QStringList{"--control-port", "-1"} << "'-1'";
        QTest::newRow("control port too big")
            << QStringList{"--control-port", "65536"} << "0 for any free port";
        QTest::newRow("control port missing value") << QStringList{"--control-port"} << "control-port";
        QTest::newRow("control port of a broker")
            << QStringList{"--port", "19092", "--control-port", "19094"} << "ports 19092 to 19094";
        QTest::newRow("control port of a listener")
            << QStringList{"--listener", "SSL://127.0.0.1:9193", "--control-port", "9194"} << "9193 to 9195";
        QTest::newRow("tls without tls listener")
            << QStringList{"--tls-client-auth", "required"} << "--listener SASL_SSL://";
    }

    void passwordsAreNotRepeated()
    {
        const CommandLine cl = parse({"--scram-user", "alice-secret-password"});
        QCOMPARE(cl.action, Action::Fail);
        QVERIFY(!cl.text.contains(QStringLiteral("alice-secret-password")));
    }

    void helpNamesTheSecurityOptions()
    {
        const CommandLine help = parse({"--help"});
        for (const char *option : {"--listener", "--scram-user", "--super-user", "--tls-cert", "--tls-key",
                                   "--tls-client-ca", "--tls-client-auth", "--allow-everyone-if-no-acl"})
            QVERIFY2(help.text.contains(QLatin1String(option)), option);
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
