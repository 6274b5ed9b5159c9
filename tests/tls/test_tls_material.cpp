#include "security/local_ca.h"
#include "security/tls_material.h"
#include "tls_loopback.h"

#include <QTemporaryDir>
#include <QTest>

#include <asio/ssl/context.hpp>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

namespace fs = std::filesystem;
using es::security::ClientAuth;
using es::security::ensureTlsMaterial;
using es::security::issueClientCertificate;
using es::security::makeServerTlsContext;
using es::security::principalFromCertificate;
using es::security::TlsMaterial;
using es::security::TlsSettings;

namespace {

using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

std::string contents(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void overwrite(const fs::path &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

fs::perms permissions(const fs::path &path) { return fs::status(path).permissions() & fs::perms::all; }

X509Ptr loadCertificate(const fs::path &path)
{
    std::FILE *file = std::fopen(path.c_str(), "r");
    X509 *certificate = file ? PEM_read_X509(file, nullptr, nullptr, nullptr) : nullptr;
    if (file)
        std::fclose(file);
    return {certificate, X509_free};
}

// Computed here with OpenSSL directly, not through the code under test.
std::string fingerprint(const fs::path &path)
{
    const X509Ptr certificate = loadCertificate(path);
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    X509_digest(certificate.get(), EVP_sha256(), digest.data(), &length);
    std::string out;
    for (unsigned int i = 0; i < length; ++i)
        out += QString::asprintf(i == 0 ? "%02X" : ":%02X", digest[i]).toStdString();
    return out;
}

bool chainsTo(const fs::path &certificate, const fs::path &ca)
{
    const X509Ptr leaf = loadCertificate(certificate);
    const X509Ptr root = loadCertificate(ca);
    return leaf && root && X509_verify(leaf.get(), X509_get0_pubkey(root.get())) == 1;
}

double medianMs(std::vector<std::chrono::nanoseconds> times)
{
    std::sort(times.begin(), times.end());
    return std::chrono::duration<double, std::milli>(times[times.size() / 2]).count();
}

} // namespace

class TestTlsMaterial : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;
    int m_case = 0;

    // A fresh tls directory per test, not created yet.
    fs::path freshDir()
    {
        m_dir = fs::path(m_tmp.path().toStdString()) / ("tls" + std::to_string(++m_case));
        return m_dir;
    }

    TlsMaterial localMaterial(const std::vector<std::string> &hosts = {})
    {
        auto material = ensureTlsMaterial(m_dir, TlsSettings{}, hosts);
        if (!material)
            qFatal("ensureTlsMaterial: %s", material.status().message().c_str());
        return *material;
    }

    std::shared_ptr<asio::ssl::context> server(const TlsMaterial &material, ClientAuth clientAuth)
    {
        auto context = makeServerTlsContext(material, clientAuth);
        if (!context)
            qFatal("makeServerTlsContext: %s", context.status().message().c_str());
        return *context;
    }

private slots:
    void firstUseCreatesCaAndBrokerCertificate()
    {
        freshDir();
        const TlsMaterial material = localMaterial();
        QCOMPARE(material.caCertificate, m_dir / "ca.pem");
        QCOMPARE(material.certificate, m_dir / "broker.pem");
        QCOMPARE(material.key, m_dir / "broker-key.pem");
        QCOMPARE(material.clientCa, m_dir / "ca.pem");
        QVERIFY(!material.ownCertificate);
        QCOMPARE(material.caFingerprint, fingerprint(m_dir / "ca.pem"));
        QCOMPARE(material.caFingerprint.size(), std::size_t{32 * 3 - 1});

        QCOMPARE(permissions(m_dir), fs::perms::owner_all);
        QCOMPARE(permissions(m_dir / "ca-key.pem"), fs::perms::owner_read | fs::perms::owner_write);
        QCOMPARE(permissions(m_dir / "broker-key.pem"), fs::perms::owner_read | fs::perms::owner_write);

        const X509Ptr ca = loadCertificate(m_dir / "ca.pem");
        QVERIFY(X509_check_ca(ca.get()) != 0);
        QVERIFY(chainsTo(m_dir / "broker.pem", m_dir / "ca.pem"));
        const X509Ptr broker = loadCertificate(m_dir / "broker.pem");
        QCOMPARE(X509_check_host(broker.get(), "localhost", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(broker.get(), "127.0.0.1", 0), 1);
        QCOMPARE(X509_check_ip_asc(broker.get(), "::1", 0), 1);
        QCOMPARE(X509_check_purpose(broker.get(), X509_PURPOSE_SSL_SERVER, 0), 1);
    }

    void secondUseKeepsTheFiles()
    {
        freshDir();
        const TlsMaterial first = localMaterial({"10.0.0.5"});
        std::vector<std::string> before;
        for (const char *name : {"ca.pem", "ca-key.pem", "broker.pem", "broker-key.pem"})
            before.push_back(contents(m_dir / name));
        const TlsMaterial second = localMaterial({"10.0.0.5"});
        QCOMPARE(second.caFingerprint, first.caFingerprint);
        std::size_t i = 0;
        for (const char *name : {"ca.pem", "ca-key.pem", "broker.pem", "broker-key.pem"})
            QVERIFY2(contents(m_dir / name) == before[i++], name);
    }

    void newHostReissuesOnlyTheBrokerCertificate()
    {
        freshDir();
        const TlsMaterial first = localMaterial();
        const std::string ca = contents(m_dir / "ca.pem");
        const std::string broker = contents(m_dir / "broker.pem");

        const TlsMaterial second = localMaterial({"kafka.example.test", "10.1.2.3", "[fd00::7]"});
        QCOMPARE(second.caFingerprint, first.caFingerprint);
        QVERIFY(contents(m_dir / "ca.pem") == ca);
        QVERIFY(contents(m_dir / "broker.pem") != broker);
        QVERIFY(chainsTo(m_dir / "broker.pem", m_dir / "ca.pem"));
        const X509Ptr reissued = loadCertificate(m_dir / "broker.pem");
        QCOMPARE(X509_check_host(reissued.get(), "kafka.example.test", 0, 0, nullptr), 1);
        QCOMPARE(X509_check_ip_asc(reissued.get(), "10.1.2.3", 0), 1);
        QCOMPARE(X509_check_ip_asc(reissued.get(), "fd00::7", 0), 1);
        QCOMPARE(X509_check_ip_asc(reissued.get(), "127.0.0.1", 0), 1);
    }

    void corruptBrokerCertificateIsReissued()
    {
        freshDir();
        localMaterial();
        overwrite(m_dir / "broker.pem",
                  "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        localMaterial();
        QVERIFY(chainsTo(m_dir / "broker.pem", m_dir / "ca.pem"));
    }

    void brokerCertificateNearItsEndIsReissued()
    {
        freshDir();
        localMaterial();
        auto ca = es::security::loadLocalCa(m_dir);
        QVERIFY2(ca, ca.status().message().c_str());
        const es::security::CertificateRequest shortLived{.commonName = "Eventscope broker",
                                                          .role = es::security::CertificateRole::Server,
                                                          .hosts = {"localhost", "127.0.0.1", "::1"},
                                                          .validityDays = 29};
        QVERIFY(es::security::issueToFiles(*ca, shortLived, m_dir / "broker.pem", m_dir / "broker-key.pem")
                    .isOk());
        const std::string nearItsEnd = contents(m_dir / "broker.pem");
        localMaterial();
        QVERIFY(contents(m_dir / "broker.pem") != nearItsEnd);
        const X509Ptr reissued = loadCertificate(m_dir / "broker.pem");
        std::time_t inAYear = std::time(nullptr) + 365 * 24 * 3600;
        QVERIFY(X509_cmp_time(X509_get0_notAfter(reissued.get()), &inAYear) > 0);
    }

    void corruptCaIsAnErrorAndStaysInPlace()
    {
        freshDir();
        localMaterial();
        const std::string garbage = "this is not a certificate\n";
        overwrite(m_dir / "ca.pem", garbage);
        auto material = ensureTlsMaterial(m_dir, TlsSettings{}, {});
        QVERIFY(!material);
        const std::string &message = material.status().message();
        QVERIFY2(message.find((m_dir / "ca.pem").string()) != std::string::npos, message.c_str());
        QVERIFY2(message.find("move") != std::string::npos, message.c_str());
        QCOMPARE(contents(m_dir / "ca.pem"), garbage);
    }

    void missingCaKeyIsAnError()
    {
        freshDir();
        localMaterial();
        fs::remove(m_dir / "ca-key.pem");
        auto material = ensureTlsMaterial(m_dir, TlsSettings{}, {});
        QVERIFY(!material);
        QVERIFY2(material.status().message().find((m_dir / "ca-key.pem").string()) != std::string::npos,
                 material.status().message().c_str());
        QVERIFY(fs::exists(m_dir / "ca.pem"));
    }

    void usersOwnCertificateLoads()
    {
        const fs::path issuer = freshDir();
        localMaterial();
        const fs::path out = issuer / "issued";
        auto own = issueClientCertificate(issuer, "own broker", out);
        QVERIFY2(own, own.status().message().c_str());
        QCOMPARE(own->certificate, out / "own_broker.pem");
        QCOMPARE(permissions(own->key), fs::perms::owner_read | fs::perms::owner_write);

        TlsSettings settings;
        settings.certificateFile = own->certificate;
        settings.keyFile = own->key;
        auto material = ensureTlsMaterial(freshDir(), settings, {});
        QVERIFY2(material, material.status().message().c_str());
        QVERIFY(material->ownCertificate);
        QCOMPARE(material->certificate, own->certificate);
        QCOMPARE(material->key, own->key);
        QCOMPARE(material->caCertificate, own->certificate);
        QCOMPARE(material->caFingerprint, fingerprint(own->certificate));
        QVERIFY(!fs::exists(m_dir / "broker.pem"));

        settings.clientCaFile = issuer / "ca.pem";
        material = ensureTlsMaterial(m_dir, settings, {});
        QVERIFY2(material, material.status().message().c_str());
        QCOMPARE(material->caCertificate, issuer / "ca.pem");
        QCOMPARE(material->clientCa, issuer / "ca.pem");
        QCOMPARE(material->caFingerprint, fingerprint(issuer / "ca.pem"));
        QVERIFY(makeServerTlsContext(*material, ClientAuth::Required));
    }

    void mismatchedOrMissingFilesAreNamed()
    {
        const fs::path issuer = freshDir();
        localMaterial();
        auto a = issueClientCertificate(issuer, "a", issuer);
        auto b = issueClientCertificate(issuer, "b", issuer);
        QVERIFY(a && b);

        TlsSettings settings;
        settings.certificateFile = a->certificate;
        settings.keyFile = b->key;
        auto material = ensureTlsMaterial(freshDir(), settings, {});
        QVERIFY(!material);
        QVERIFY2(material.status().message().find(b->key.string()) != std::string::npos,
                 material.status().message().c_str());

        settings.certificateFile = issuer / "missing.pem";
        material = ensureTlsMaterial(m_dir, settings, {});
        QVERIFY(!material);
        QVERIFY2(material.status().message().starts_with("cannot read the TLS certificate " +
                                                         (issuer / "missing.pem").string() + ": "),
                 material.status().message().c_str());
    }

    void clientCertificateNeedsTheLocalCa()
    {
        auto issued = issueClientCertificate(freshDir(), "app", m_dir / "out");
        QVERIFY(!issued);
        QVERIFY2(issued.status().message().find((m_dir / "ca.pem").string()) != std::string::npos,
                 issued.status().message().c_str());
    }

    void principalIsTheSubjectMostSpecificFirst()
    {
        QCOMPARE(principalFromCertificate(nullptr), std::string("User:ANONYMOUS"));
        const X509Ptr certificate(X509_new(), X509_free);
        X509_NAME *name = X509_get_subject_name(certificate.get());
        // Added as X.500 orders them, the least specific first.
        for (const auto &[field, value] : {std::pair{"O", "Example"}, {"OU", "dev"}, {"CN", "app"}})
            X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
        QCOMPARE(principalFromCertificate(certificate.get()), std::string("User:CN=app,OU=dev,O=Example"));
    }

    void handshakeWithTheLocalCa()
    {
        freshDir();
        const TlsMaterial material = localMaterial();
        auto server = this->server(material, ClientAuth::None);
        auto client = es::tests::clientContext(material.caCertificate.string());
        const auto outcome = es::tests::connectOnLoopback(*server, client);
        QVERIFY2(!outcome.clientHandshake, outcome.clientHandshake.message().c_str());
        QVERIFY2(!outcome.serverHandshake, outcome.serverHandshake.message().c_str());
        QCOMPARE(outcome.echoed, std::string("hello"));
        QCOMPARE(outcome.serverPrincipal, std::string("User:ANONYMOUS"));

        std::vector<std::chrono::nanoseconds> times;
        for (int i = 0; i < 20; ++i)
            times.push_back(es::tests::connectOnLoopback(*server, client).handshakeTime);
        qInfo("TLS handshake on loopback (EC P-256, server authentication only): median %.2f ms of 20",
              medianMs(times));
    }

    void clientTrustingAnotherCaRefusesTheBroker()
    {
        freshDir();
        const TlsMaterial other = localMaterial();
        freshDir();
        const TlsMaterial material = localMaterial();
        QVERIFY(other.caFingerprint != material.caFingerprint);
        auto server = this->server(material, ClientAuth::None);
        auto client = es::tests::clientContext(other.caCertificate.string());
        const auto outcome = es::tests::connectOnLoopback(*server, client);
        QVERIFY(outcome.clientHandshake);
        QVERIFY(outcome.echoed.empty());
    }

    void requiredClientCertificate()
    {
        freshDir();
        const TlsMaterial material = localMaterial();
        auto server = this->server(material, ClientAuth::Required);

        auto anonymous = es::tests::clientContext(material.caCertificate.string());
        const auto refused = es::tests::connectOnLoopback(*server, anonymous);
        // With TLS 1.3 the client's side of the handshake ends before the server has judged
        // its (missing) certificate: the refusal shows on the server and in no reply.
        QVERIFY(refused.serverHandshake);
        QVERIFY(refused.echoed.empty());

        auto issued = issueClientCertificate(m_dir, "app-1", m_dir / "clients");
        QVERIFY2(issued, issued.status().message().c_str());
        auto withCertificate = es::tests::clientContext(material.caCertificate.string());
        withCertificate.use_certificate_chain_file(issued->certificate.string());
        withCertificate.use_private_key_file(issued->key.string(), asio::ssl::context::pem);
        const auto accepted = es::tests::connectOnLoopback(*server, withCertificate);
        QVERIFY2(!accepted.serverHandshake, accepted.serverHandshake.message().c_str());
        QCOMPARE(accepted.echoed, std::string("hello"));
        QCOMPARE(accepted.serverPrincipal, std::string("User:CN=app-1"));

        std::vector<std::chrono::nanoseconds> times;
        for (int i = 0; i < 20; ++i)
            times.push_back(es::tests::connectOnLoopback(*server, withCertificate).handshakeTime);
        qInfo("TLS handshake on loopback (EC P-256, mutual TLS): median %.2f ms of 20", medianMs(times));
    }

    void requestedClientCertificateIsOptional()
    {
        freshDir();
        const TlsMaterial material = localMaterial();
        auto server = this->server(material, ClientAuth::Requested);
        auto anonymous = es::tests::clientContext(material.caCertificate.string());
        const auto outcome = es::tests::connectOnLoopback(*server, anonymous);
        QVERIFY2(!outcome.serverHandshake, outcome.serverHandshake.message().c_str());
        QCOMPARE(outcome.echoed, std::string("hello"));
        QCOMPARE(outcome.serverPrincipal, std::string("User:ANONYMOUS"));
    }

    void clientCertificateFromAnotherCaIsRefused()
    {
        freshDir();
        localMaterial();
        auto stranger = issueClientCertificate(m_dir, "stranger", m_dir / "clients");
        QVERIFY(stranger);
        freshDir();
        const TlsMaterial material = localMaterial();
        auto server = this->server(material, ClientAuth::Required);
        auto client = es::tests::clientContext(material.caCertificate.string());
        client.use_certificate_chain_file(stranger->certificate.string());
        client.use_private_key_file(stranger->key.string(), asio::ssl::context::pem);
        const auto outcome = es::tests::connectOnLoopback(*server, client);
        QVERIFY(outcome.serverHandshake);
        QVERIFY(outcome.echoed.empty());
    }
};

QTEST_GUILESS_MAIN(TestTlsMaterial)
#include "test_tls_material.moc"
