// "Test connection" says what is wrong, quickly: a refused port, a name that does not
// resolve, settings that cannot work; and who answered when it works.

#ifndef Q_MOC_RUN
#include "remote/connection_diagnosis.h"
#include "remote/remote_fixture.h"
#endif

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;

class TestConnectionDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void parsesBootstrapServers();
    void aRunningClusterAnswersWithItsIdentity();
    void aClosedPortIsRefused();
    void anUnknownHostDoesNotResolve();
    void settingsThatCannotWorkAreNamed();
};

void TestConnectionDiagnosis::parsesBootstrapServers()
{
    auto servers = parseBootstrapServers(" a:9092, [::1]:9093 ,b.example:1");
    QVERIFY(servers.isOk());
    QCOMPARE(servers->size(), std::size_t{3});
    QCOMPARE((*servers)[1].host, std::string("::1"));
    QCOMPARE((*servers)[1].port, std::uint16_t{9093});
    for (const char *bad : {"", "a", "a:", "a:0", "a:70000", "a:9x", "::1:9092", "[::1]9092"}) {
        auto parsed = parseBootstrapServers(bad);
        QVERIFY2(!parsed.isOk(), bad);
        QCOMPARE(parsed.status().code(), StatusCode::InvalidArgument);
    }
}

void TestConnectionDiagnosis::aRunningClusterAnswersWithItsIdentity()
{
    QTemporaryDir dir;
    WireCluster w = startWireCluster(dir, 3);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 1, 1)).ok());
    const ConnectionDiagnosis d = diagnoseConnection(remoteSettingsFor(w));
    QVERIFY2(d.ok(), d.detail.c_str());
    QCOMPARE(d.brokers, 3);
    QVERIFY(d.topics >= 1);
    QVERIFY(eventually([&] { return w.cluster->snapshot() != nullptr; }));
    QCOMPARE(d.clusterId, w.cluster->snapshot()->clusterId);
    QCOMPARE(d.controllerId, w.cluster->snapshot()->controllerId);
    QVERIFY(d.elapsedMs < 5000);
}

void TestConnectionDiagnosis::aClosedPortIsRefused()
{
    RemoteSettings s;
    s.bootstrapServers = "127.0.0.1:" + std::to_string(closedTestPort());
    const ConnectionDiagnosis d = diagnoseConnection(s);
    QCOMPARE(d.outcome, DiagnosisOutcome::ConnectionRefused);
    QVERIFY2(d.detail.find("refused") != std::string::npos, d.detail.c_str());
    QVERIFY(d.elapsedMs < 5000);
}

void TestConnectionDiagnosis::anUnknownHostDoesNotResolve()
{
    RemoteSettings s;
    s.bootstrapServers = "no-such-host.invalid:9092";
    const ConnectionDiagnosis d = diagnoseConnection(s);
    QCOMPARE(d.outcome, DiagnosisOutcome::NameNotResolved);
    QVERIFY2(d.detail.find("no-such-host.invalid") != std::string::npos, d.detail.c_str());
    QVERIFY(d.elapsedMs < 5000);
}

void TestConnectionDiagnosis::settingsThatCannotWorkAreNamed()
{
    RemoteSettings s;
    s.bootstrapServers = "localhost";
    ConnectionDiagnosis d = diagnoseConnection(s);
    QCOMPARE(d.outcome, DiagnosisOutcome::InvalidSettings);
    QVERIFY2(d.detail.find("\"localhost\" is not host:port") != std::string::npos, d.detail.c_str());

    s.bootstrapServers = "localhost:9092";
    s.securityProtocol = security::SecurityProtocol::Ssl;
    s.caFile = "/nonexistent/ca.pem";
    d = diagnoseConnection(s);
    QCOMPARE(d.outcome, DiagnosisOutcome::InvalidSettings);
    QVERIFY2(d.detail.find("/nonexistent/ca.pem") != std::string::npos, d.detail.c_str());
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosis)
#include "test_connection_diagnosis.moc"
