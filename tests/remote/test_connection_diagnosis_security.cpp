// "Test connection" against TLS and SASL listeners answers within 5 s (issue 21) with what a
// person can act on: who answered when the settings are right; the authentication when the
// password or user is wrong; the TLS handshake, and why, when the CA is another or the
// cluster wants a client certificate; the protocol when plaintext meets a TLS port.

#ifndef Q_MOC_RUN
#include "remote/connection_diagnosis.h"
#include "remote/secure_remote_fixture.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace es;
using namespace es::test;
using security::SecurityProtocol;

namespace {

const std::string kUser = "alice";
const std::string kPassword = "alice-secret";

struct TimedDiagnosis {
    ConnectionDiagnosis diagnosis;
    std::int64_t tookMs = 0; // measured here, the client's teardown included
};

TimedDiagnosis diagnoseTimed(const RemoteSettings &settings)
{
    const auto start = std::chrono::steady_clock::now();
    TimedDiagnosis t{diagnoseConnection(settings)};
    t.tookMs = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
                   .count();
    return t;
}

bool contains(const std::string &text, std::string_view part) { return text.find(part) != std::string::npos; }

// The issue's 5 s, with a margin for scheduling on a loaded machine.
constexpr std::int64_t kAnswerBoundMs = 6000;

} // namespace

class TestConnectionDiagnosisSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rightCredentialsAnswerWithTheClustersIdentity();
    void aWrongPasswordFailsAuthentication();
    void anUnknownUserFailsAuthentication();
    void anotherCaFailsTheHandshakeSayingTheCertificateIsNotVerified();
    void plaintextToATlsPortNamesTheProtocol();
    void aMissingClientCertificateFailsTheHandshake();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_mtlsDir;
    QTemporaryDir m_otherCaDir;
    SecureRemoteCluster m_cluster;
};

void TestConnectionDiagnosisSecurity::initTestCase()
{
    m_cluster = startSecureRemoteCluster(m_dir,
                                         {SecurityProtocol::Plaintext, SecurityProtocol::SaslSsl,
                                          SecurityProtocol::SaslPlaintext, SecurityProtocol::Ssl},
                                         {.scramUsers = {{kUser, kPassword}}});
    QVERIFY(m_cluster.cluster->tlsMaterial());
}

void TestConnectionDiagnosisSecurity::rightCredentialsAnswerWithTheClustersIdentity()
{
    const TimedDiagnosis plain = diagnoseTimed(m_cluster.settings(SecurityProtocol::Plaintext));
    QVERIFY2(plain.diagnosis.ok(), plain.diagnosis.detail.c_str());

    for (const auto &[protocol, mechanism] :
         {std::pair{SecurityProtocol::SaslSsl, SaslMechanism::ScramSha512},
          std::pair{SecurityProtocol::SaslPlaintext, SaslMechanism::ScramSha256},
          std::pair{SecurityProtocol::SaslPlaintext, SaslMechanism::Plain},
          std::pair{SecurityProtocol::Ssl, SaslMechanism::Plain}}) {
        const std::string what = std::string(security::securityProtocolName(protocol)) + " " +
                                 std::string(saslMechanismName(mechanism));
        const TimedDiagnosis t = diagnoseTimed(m_cluster.settings(protocol, kUser, kPassword, mechanism));
        QVERIFY2(t.diagnosis.ok(), (what + ": " + t.diagnosis.detail).c_str());
        QCOMPARE(t.diagnosis.brokers, 1);
        QCOMPARE(t.diagnosis.clusterId, plain.diagnosis.clusterId);
        QCOMPARE(t.diagnosis.version, plain.diagnosis.version); // the same version line
        QVERIFY2(t.tookMs < kAnswerBoundMs, what.c_str());
    }
}

void TestConnectionDiagnosisSecurity::aWrongPasswordFailsAuthentication()
{
    for (const auto protocol : {SecurityProtocol::SaslSsl, SecurityProtocol::SaslPlaintext}) {
        const TimedDiagnosis t = diagnoseTimed(m_cluster.settings(protocol, kUser, "not-the-password"));
        QCOMPARE(t.diagnosis.outcome, DiagnosisOutcome::AuthenticationFailed);
        QVERIFY(!t.diagnosis.detail.empty());
        QVERIFY(t.tookMs < kAnswerBoundMs);
    }
    const TimedDiagnosis plain = diagnoseTimed(
        m_cluster.settings(SecurityProtocol::SaslPlaintext, kUser, "wrong", SaslMechanism::Plain));
    QCOMPARE(plain.diagnosis.outcome, DiagnosisOutcome::AuthenticationFailed);
    QVERIFY(plain.tookMs < kAnswerBoundMs);
}

void TestConnectionDiagnosisSecurity::anUnknownUserFailsAuthentication()
{
    const TimedDiagnosis t =
        diagnoseTimed(m_cluster.settings(SecurityProtocol::SaslSsl, "mallory", kPassword));
    QCOMPARE(t.diagnosis.outcome, DiagnosisOutcome::AuthenticationFailed);
    QVERIFY(t.tookMs < kAnswerBoundMs);
}

void TestConnectionDiagnosisSecurity::anotherCaFailsTheHandshakeSayingTheCertificateIsNotVerified()
{
    auto other = security::ensureTlsMaterial(m_otherCaDir.path().toStdString(), {}, {"127.0.0.1"});
    QVERIFY2(other, other ? "" : other.status().toString().c_str());
    for (const auto protocol : {SecurityProtocol::Ssl, SecurityProtocol::SaslSsl}) {
        RemoteSettings s = m_cluster.settings(protocol, kUser, kPassword);
        s.caFile = other->caCertificate.string();
        const TimedDiagnosis t = diagnoseTimed(s);
        QCOMPARE(t.diagnosis.outcome, DiagnosisOutcome::TlsFailed);
        QVERIFY2(contains(t.diagnosis.detail, "certificate verify failed") ||
                     contains(t.diagnosis.detail, "could not be verified"),
                 t.diagnosis.detail.c_str());
        QVERIFY(t.tookMs < kAnswerBoundMs);
    }
}

void TestConnectionDiagnosisSecurity::plaintextToATlsPortNamesTheProtocol()
{
    RemoteSettings s = m_cluster.settings(SecurityProtocol::Ssl);
    s.securityProtocol = SecurityProtocol::Plaintext;
    const TimedDiagnosis t = diagnoseTimed(s);
    QVERIFY(!t.diagnosis.ok());
    QVERIFY2(contains(t.diagnosis.detail, "SSL") || contains(t.diagnosis.detail, "TLS") ||
                 contains(t.diagnosis.detail, "security.protocol"),
             t.diagnosis.detail.c_str());
    QVERIFY(t.tookMs < kAnswerBoundMs);
}

void TestConnectionDiagnosisSecurity::aMissingClientCertificateFailsTheHandshake()
{
    SecureClusterOptions options;
    options.tls.clientAuth = security::ClientAuth::Required;
    const SecureRemoteCluster mtls = startSecureRemoteCluster(m_mtlsDir, {SecurityProtocol::Ssl}, options);

    const TimedDiagnosis without = diagnoseTimed(mtls.settings(SecurityProtocol::Ssl));
    QCOMPARE(without.diagnosis.outcome, DiagnosisOutcome::TlsFailed);
    QVERIFY(without.tookMs < kAnswerBoundMs);

    // With a certificate from the cluster's CA, the same settings are let in.
    auto issued = security::issueClientCertificate(mtls.cluster->tlsMaterial()->caCertificate.parent_path(),
                                                   "app", m_mtlsDir.path().toStdString());
    QVERIFY2(issued, issued ? "" : issued.status().toString().c_str());
    RemoteSettings s = mtls.settings(SecurityProtocol::Ssl);
    s.certificateFile = issued->certificate.string();
    s.keyFile = issued->key.string();
    const TimedDiagnosis with = diagnoseTimed(s);
    QVERIFY2(with.diagnosis.ok(), with.diagnosis.detail.c_str());
    QVERIFY(with.tookMs < kAnswerBoundMs);
}

QTEST_GUILESS_MAIN(TestConnectionDiagnosisSecurity)
#include "test_connection_diagnosis_security.moc"
