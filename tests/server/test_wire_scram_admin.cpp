// DescribeUserScramCredentials and AlterUserScramCredentials over the wire, as Kafka's admin
// client sends them: a credential upserted from a salted password lets its user log in with
// SCRAM; the answers and messages of Kafka's controller for every refusal; and both need
// the cluster's Describe / Alter.

#ifndef Q_MOC_RUN
#include "server/sasl_login.h"
#include "server/scram_test_client.h"
#include "server/secure_wire_fixture.h"

#include "security/scram_credential.h"
#include "security/security_store.h"
#endif

#include <QObject>

#include <openssl/evp.h>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int8_t kSha256 = 1;
constexpr std::int8_t kSha512 = 2;

// What Kafka's admin client sends: PBKDF2 of the password, never the password.
protocol::AlterUserScramCredentialsRequest::Upsertion upsertion(const std::string &user,
                                                                const std::string &password,
                                                                std::int8_t mechanism,
                                                                std::int32_t iterations)
{
    protocol::AlterUserScramCredentialsRequest::Upsertion u;
    u.name = user;
    u.mechanism = mechanism;
    u.iterations = iterations;
    u.salt = bytesOf("salt-of-" + user);
    const EVP_MD *digest = mechanism == kSha512 ? EVP_sha512() : EVP_sha256();
    u.saltedPassword.resize(static_cast<std::size_t>(EVP_MD_get_size(digest)));
    PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), u.salt.data(),
                      static_cast<int>(u.salt.size()), iterations, digest,
                      static_cast<int>(u.saltedPassword.size()), u.saltedPassword.data());
    return u;
}

using UserResult = protocol::AlterUserScramCredentialsResponse::UserResult;

const UserResult *resultFor(const protocol::AlterUserScramCredentialsResponse &r, const std::string &user)
{
    for (const auto &u : r.results)
        if (u.user == user)
            return &u;
    return nullptr;
}

} // namespace

class TestWireScramAdmin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureWireCluster m_wire;

    security::SecurityStore &store() { return m_wire.cluster->security(); }

    std::unique_ptr<WireClient> as(const std::string &user)
    {
        auto client = std::make_unique<WireClient>(m_wire.port(0));
        if (!plainLogin(*client, user, user + "-secret"))
            return nullptr;
        return client;
    }

    bool scramLogin(const std::string &user, const std::string &password)
    {
        WireClient client(m_wire.port(0));
        protocol::SaslHandshakeRequest handshake;
        handshake.mechanism = "SCRAM-SHA-256";
        auto hs = client.call(handshake, 1);
        if (!hs || hs->errorCode != ErrorCode::None)
            return false;
        ScramTestClient scram(EVP_sha256(), user, password);
        protocol::SaslAuthenticateRequest first;
        first.authBytes = scram.clientFirst();
        auto serverFirst = client.call(first, 1);
        if (!serverFirst || serverFirst->errorCode != ErrorCode::None)
            return false;
        protocol::SaslAuthenticateRequest final;
        final.authBytes = scram.clientFinal(serverFirst->authBytes);
        auto serverFinal = client.call(final, 1);
        return serverFinal && serverFinal->errorCode == ErrorCode::None &&
               scram.serverFinalValid(serverFinal->authBytes);
    }

    std::optional<protocol::AlterUserScramCredentialsResponse>
    alter(WireClient &client, std::vector<protocol::AlterUserScramCredentialsRequest::Deletion> deletions,
          std::vector<protocol::AlterUserScramCredentialsRequest::Upsertion> upsertions)
    {
        protocol::AlterUserScramCredentialsRequest req;
        req.deletions = std::move(deletions);
        req.upsertions = std::move(upsertions);
        return client.call(req, 0);
    }

    std::optional<protocol::DescribeUserScramCredentialsResponse> describe(WireClient &client,
                                                                           std::vector<std::string> users)
    {
        protocol::DescribeUserScramCredentialsRequest req;
        if (!users.empty()) {
            req.users.emplace();
            for (auto &u : users)
                req.users->push_back({std::move(u)});
        }
        return client.call(req, 0);
    }

private slots:
    void initTestCase()
    {
        m_wire = startSecureWireCluster(m_dir, {security::SecurityProtocol::SaslPlaintext});
        for (const std::string user : {"alice", "admin"}) {
            auto credential =
                security::makeScramCredential(security::ScramMechanism::Sha512, user + "-secret", 4096);
            QVERIFY(credential);
            QVERIFY(store().upsertCredential(user, *credential).isOk());
        }
        QVERIFY(store().setOptions({{"User:admin"}, false}).isOk());
    }
    void cleanupTestCase() { m_wire.cluster.reset(); }

    void upsertedUserLogsInWithScram()
    {
        auto admin = as("admin");
        QVERIFY(admin);
        QVERIFY(!scramLogin("alice2", "alice2-secret"));
        auto altered = alter(*admin, {}, {upsertion("alice2", "alice2-secret", kSha256, 8192)});
        QVERIFY(altered);
        QCOMPARE(altered->results.size(), std::size_t{1});
        QCOMPARE(altered->results[0].user, std::string("alice2"));
        QCOMPARE(altered->results[0].errorCode, ErrorCode::None);
        QVERIFY(scramLogin("alice2", "alice2-secret"));
        QVERIFY(!scramLogin("alice2", "wrong"));
    }

    void describeListsMechanismsAndIterations()
    {
        auto admin = as("admin");
        QVERIFY(admin);
        QVERIFY(alter(*admin, {}, {upsertion("carol", "carol-secret", kSha512, 4096)}));
        auto all = describe(*admin, {});
        QVERIFY(all);
        QCOMPARE(all->errorCode, ErrorCode::None);
        const auto find = [&](const std::string &user) {
            return std::find_if(all->results.begin(), all->results.end(),
                                [&](const auto &r) { return r.user == user; });
        };
        QVERIFY(find("admin") != all->results.end());
        const auto alice2 = find("alice2");
        QVERIFY(alice2 != all->results.end());
        QCOMPARE(alice2->credentialInfos.size(), std::size_t{1});
        QCOMPARE(alice2->credentialInfos[0].mechanism, kSha256);
        QCOMPARE(alice2->credentialInfos[0].iterations, 8192);

        auto named = describe(*admin, {"carol", "nobody", "alice", "alice"});
        QVERIFY(named);
        QCOMPARE(named->results.size(), std::size_t{3});
        QCOMPARE(named->results[0].user, std::string("carol"));
        QCOMPARE(named->results[0].credentialInfos.size(), std::size_t{1});
        QCOMPARE(named->results[0].credentialInfos[0].mechanism, kSha512);
        QCOMPARE(named->results[1].errorCode, ErrorCode::ResourceNotFound);
        QCOMPARE(
            named->results[1].errorMessage,
            std::optional<std::string>("Attempt to describe a user credential that does not exist: nobody"));
        QCOMPARE(named->results[2].errorCode, ErrorCode::DuplicateResource);
    }

    void refusalsAsKafkasController()
    {
        auto admin = as("admin");
        QVERIFY(admin);
        auto unknownMechanism = upsertion("dave", "x", kSha256, 4096);
        unknownMechanism.mechanism = 3;
        auto r = alter(*admin, {{"ghost", kSha256}, {"erin", kSha256}},
                       {unknownMechanism, upsertion("frank", "x", kSha256, 1024),
                        upsertion("gina", "x", kSha256, 20000), upsertion("", "x", kSha256, 4096),
                        upsertion("erin", "x", kSha256, 4096)});
        QVERIFY(r);
        const auto check = [&](const std::string &user, ErrorCode code, const std::string &message) {
            const UserResult *u = resultFor(*r, user);
            QVERIFY2(u, user.c_str());
            QCOMPARE(u->errorCode, code);
            QCOMPARE(u->errorMessage.value_or(""), message);
        };
        check("ghost", ErrorCode::ResourceNotFound,
              "Attempt to delete a user credential that does not exist");
        check("dave", ErrorCode::UnsupportedSaslMechanism, "Unknown SCRAM mechanism");
        check("frank", ErrorCode::UnacceptableCredential, "Too few iterations");
        check("gina", ErrorCode::UnacceptableCredential, "Too many iterations");
        check("", ErrorCode::UnacceptableCredential, "Username must not be empty");
        check("erin", ErrorCode::DuplicateResource,
              "A user credential cannot be altered twice in the same request");
        QCOMPARE(r->results.size(), std::size_t{6});
        const auto users = store().state().users;
        for (const std::string user : {"dave", "frank", "gina", "erin", ""})
            QVERIFY(!users.contains(user));
    }

    void deletionRemovesTheMechanism()
    {
        auto admin = as("admin");
        QVERIFY(admin);
        auto r = alter(*admin, {{"carol", kSha512}}, {});
        QVERIFY(r);
        QCOMPARE(r->results[0].errorCode, ErrorCode::None);
        QVERIFY(!store().credential("carol", security::ScramMechanism::Sha512));
    }

    void nonSuperUserIsRefused()
    {
        auto alice = as("alice");
        QVERIFY(alice);
        auto described = describe(*alice, {});
        QVERIFY(described);
        QCOMPARE(described->errorCode, ErrorCode::ClusterAuthorizationFailed);
        QVERIFY(described->results.empty());
        auto altered = alter(*alice, {}, {upsertion("mallory", "x", kSha256, 4096)});
        QVERIFY(altered);
        QCOMPARE(altered->results.size(), std::size_t{1});
        QCOMPARE(altered->results[0].errorCode, ErrorCode::ClusterAuthorizationFailed);
        QVERIFY(!store().credential("mallory", security::ScramMechanism::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestWireScramAdmin)
#include "test_wire_scram_admin.moc"
