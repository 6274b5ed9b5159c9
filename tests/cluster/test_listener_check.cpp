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
