#include "cluster/listener_check.h"

#include <QTest>

using namespace es;
using security::ClientAuth;
using security::ListenerConfig;
using security::SecurityProtocol;

namespace {

ListenerConfig listener(const char *text)
{
    auto parsed = security::parseListener(text);
    if (!parsed)
        qFatal("bad listener in the test: %s", parsed.status().toString().c_str());
    return *parsed;
}

ClusterConfig withListeners(std::vector<ListenerConfig> listeners, int brokers = 3)
{
    ClusterConfig config;
    config.brokers = brokers;
    config.listeners = std::move(listeners);
    return config;
}

} // namespace

class TestListenerCheck : public QObject {
    Q_OBJECT

private slots:
    void theDefaultListenerIsAccepted() { QVERIFY(validateListeners(ClusterConfig{}).isOk()); }

    void severalListenersOnLoopback()
    {
        QVERIFY(validateListeners(
                    withListeners({listener("PLAINTEXT://127.0.0.1:9092"),
                                   listener("SASL_SSL://127.0.0.1:9192"), listener("SSL://[::1]:9292"),
                                   ListenerConfig{.name = "CLIENTS",
                                                  .protocol = SecurityProtocol::SaslPlaintext,
                                                  .host = "",
                                                  .basePort = 9392}}))
                    .isOk());
    }

    void namesAreDistinct()
    {
        const Status s = validateListeners(
            withListeners({listener("PLAINTEXT://127.0.0.1:9092"), listener("PLAINTEXT://127.0.0.1:9192")}));
        QCOMPARE(s.code(), StatusCode::InvalidArgument);
        QVERIFY2(s.message().find("two listeners are named PLAINTEXT") != std::string::npos,
                 s.message().c_str());
    }

    void namesAreLettersDigitsUnderscoresAndHyphens()
    {
        const auto named = [](const char *name) {
            return withListeners({ListenerConfig{.name = name,
                                                 .protocol = SecurityProtocol::Plaintext,
                                                 .host = "127.0.0.1",
                                                 .basePort = 9092}});
        };
        QVERIFY(validateListeners(named("CLIENTS-2_b")).isOk());
        for (const char *name : {"CLIENTS.1", "", "CLIENTS 1"}) {
            const Status s = validateListeners(named(name));
            QCOMPARE(s.code(), StatusCode::InvalidArgument);
            QVERIFY2(s.message().find("name") != std::string::npos, s.message().c_str());
        }
        const Status dot = validateListeners(named("CLIENTS.1"));
        QVERIFY2(dot.message().find("holds '.': a name is made of letters, digits, '_' and '-'") !=
                     std::string::npos,
                 dot.message().c_str());
    }

    void theProtocolMapIsParsedAsKafkaWritesIt()
    {
        const auto map = security::parseListenerProtocolMap(" CLIENTS:SASL_SSL , replication:plaintext ");
        QVERIFY(map);
        QCOMPARE(map->size(), std::size_t(2));
        QCOMPARE(map->at("CLIENTS"), SecurityProtocol::SaslSsl);
        QCOMPARE(map->at("REPLICATION"), SecurityProtocol::Plaintext);
        QVERIFY(security::parseListenerProtocolMap("").value().empty());
        const auto kafkas = security::parseListenerProtocolMap(security::kDefaultListenerProtocolMap);
        QVERIFY(kafkas);
        QCOMPARE(kafkas->size(), std::size_t(4));
        for (const auto &[name, protocol] : *kafkas)
            QCOMPARE(std::string(security::securityProtocolName(protocol)), name);
        // The catalog writes a map of the listeners it keeps, which reads back.
        const std::vector<ListenerConfig> listeners = {
            ListenerConfig{
                .name = "CLIENTS", .protocol = SecurityProtocol::SaslSsl, .host = "", .basePort = 1},
            listener("SSL://127.0.0.1:9093")};
        QCOMPARE(security::formatListenerProtocolMap(listeners), std::string("CLIENTS:SASL_SSL,SSL:SSL"));
    }

    void aBadProtocolMapSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no colon") << "CLIENTS"
                                  << "\"CLIENTS\" is not NAME:PROTOCOL (expected NAME:PROTOCOL pairs";
        QTest::newRow("no name") << ":SSL"
                                 << "a listener needs a name";
        QTest::newRow("bad name") << "CLIENTS/1:SSL"
                                  << "holds '/'";
        QTest::newRow("unknown protocol") << "CLIENTS:TLS"
                                          << "\"TLS\" is not a security protocol; use PLAINTEXT, SSL, "
                                             "SASL_PLAINTEXT or SASL_SSL";
        QTest::newRow("name twice") << "CLIENTS:SSL,clients:SASL_SSL"
                                    << "listener name CLIENTS is given twice";
        QTest::newRow("empty pair") << "CLIENTS:SSL,,A:SSL"
                                    << "is not NAME:PROTOCOL";
    }
    void aBadProtocolMapSaysWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto map = security::parseListenerProtocolMap(text.toStdString());
        QVERIFY(!map);
        QCOMPARE(map.status().code(), StatusCode::InvalidArgument);
        QVERIFY2(map.status().message().find(mentions.toStdString()) != std::string::npos,
                 map.status().message().c_str());
    }

    void listenerNamesResolveThroughTheMap()
    {
        const security::ListenerProtocolMap map = {{"CLIENTS", SecurityProtocol::SaslSsl},
                                                   {"SSL", SecurityProtocol::Plaintext}};
        const auto clients = security::parseListener("clients://:9192", map);
        QVERIFY(clients);
        QCOMPARE(clients->name, std::string("CLIENTS"));
        QCOMPARE(clients->protocol, SecurityProtocol::SaslSsl);
        QCOMPARE(security::formatListener(*clients), std::string("CLIENTS://:9192"));
        // The map decides before the protocols' names, as in Kafka; those it lacks are their own.
        QCOMPARE(security::parseListener("SSL://:9193", map)->protocol, SecurityProtocol::Plaintext);
        QCOMPARE(security::parseListener("SASL_PLAINTEXT://:9194", map)->protocol,
                 SecurityProtocol::SaslPlaintext);
        const auto unknown = security::parseListener("REPLICATION://:9195", map);
        QVERIFY(!unknown);
        QVERIFY2(unknown.status().message().find("add it there as REPLICATION:PROTOCOL, such as "
                                                 "listener.security.protocol.map=REPLICATION:SASL_SSL") !=
                     std::string::npos,
                 unknown.status().message().c_str());
        const auto bad = security::parseListener("CLI@ENTS://:9196", map);
        QVERIFY(!bad);
        QVERIFY2(bad.status().message().find("holds '@'") != std::string::npos,
                 bad.status().message().c_str());
    }

    void portRangesDoNotMeet()
    {
        // 9092..9094 and 9094..9096 share 9094.
        const auto config = withListeners(
            {listener("PLAINTEXT://127.0.0.1:9092"), listener("SASL_PLAINTEXT://127.0.0.1:9094")});
        const Status s = validateListeners(config);
        QCOMPARE(s.code(), StatusCode::InvalidArgument);
        QVERIFY2(s.message().find("share ports") != std::string::npos, s.message().c_str());
        QVERIFY(validateListeners(config, 2).isOk()); // two brokers: 9092..9093 and 9094..9095
        QVERIFY(!validateListeners(withListeners({listener("PLAINTEXT://127.0.0.1:9092"),
                                                  listener("SASL_PLAINTEXT://127.0.0.1:9095")}),
                                   5)
                     .isOk()); // a cluster grown to five brokers
    }

    void portsEndAt65535()
    {
        const Status s = validateListeners(withListeners({listener("PLAINTEXT://127.0.0.1:65534")}));
        QCOMPARE(s.code(), StatusCode::InvalidArgument);
        QVERIFY2(s.message().find("65536") != std::string::npos, s.message().c_str());
    }

    void anOpenListenerBeyondLoopbackIsRefused()
    {
        const Status s = validateListeners(withListeners({listener("PLAINTEXT://0.0.0.0:9092")}));
        QCOMPARE(s.code(), StatusCode::InvalidArgument);
        QCOMPARE(s.message(),
                 std::string("refusing to listen on 0.0.0.0 without authentication: listener "
                             "PLAINTEXT://0.0.0.0:9092 lets anyone in; use SASL_SSL://0.0.0.0:9092 "
                             "with --scram-user NAME:PASSWORD, or SSL with --tls-client-auth required"));
    }

    void theClusterBindAddressCountsToo()
    {
        ClusterConfig config;
        config.bindAddress = "192.168.1.20";
        QVERIFY(!validateListeners(config).isOk()); // the default PLAINTEXT listener
        config.listeners = {listener("SASL_PLAINTEXT://:9192")};
        QVERIFY(validateListeners(config).isOk());
        config.listeners.push_back(listener("PLAINTEXT://127.0.0.1:9092"));
        QVERIFY(validateListeners(config).isOk()); // loopback may stay open
        config.listeners.push_back(listener("PLAINTEXT://:9292"));
        QVERIFY(!validateListeners(config).isOk());
    }

    void tlsAuthenticatesOnlyWhenClientCertificatesAreRequired()
    {
        auto config = withListeners({listener("SSL://0.0.0.0:9093")});
        for (ClientAuth auth : {ClientAuth::None, ClientAuth::Requested}) {
            config.tls.clientAuth = auth;
            QVERIFY(!validateListeners(config).isOk());
        }
        config.tls.clientAuth = ClientAuth::Required;
        QVERIFY(validateListeners(config).isOk());
        QVERIFY(validateListeners(withListeners({listener("SASL_SSL://[::]:9192")})).isOk());
    }

    void loopbackHosts()
    {
        for (const char *host : {"127.0.0.1", "127.1.2.3", "::1", "localhost"})
            QVERIFY2(isLoopbackHost(host), host);
        for (const char *host : {"0.0.0.0", "::", "10.0.0.1", "128.0.0.1", "localhost.example.com"})
            QVERIFY2(!isLoopbackHost(host), host);
    }
};

QTEST_GUILESS_MAIN(TestListenerCheck)
#include "test_listener_check.moc"
