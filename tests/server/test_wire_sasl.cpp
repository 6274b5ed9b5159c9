// SASL on a SASL_PLAINTEXT listener over real sockets, as Kafka's clients speak it: PLAIN
// and SCRAM through SaslHandshake v1 + SaslAuthenticate, PLAIN through a v0 handshake with
// bare tokens (kafka-python), and every way an unauthenticated client is turned away.

#ifndef Q_MOC_RUN
#include "server/sasl_login.h"
#include "server/scram_test_client.h"
#include "server/secure_wire_fixture.h"

#include "catalog/catalog.h"
#include "catalog/event_forms.h"
#include "security/scram_credential.h"
#include "security/security_store.h"
#endif

#include <QObject>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

Bytes plainToken(const std::string &user, const std::string &password)
{
    std::string token;
    token += '\0';
    token += user;
    token += '\0';
    token += password;
    return Bytes(token.begin(), token.end());
}

protocol::SaslHandshakeRequest handshake(const std::string &mechanism)
{
    protocol::SaslHandshakeRequest req;
    req.mechanism = mechanism;
    return req;
}

protocol::SaslAuthenticateRequest authenticate(Bytes token)
{
    protocol::SaslAuthenticateRequest req;
    req.authBytes = std::move(token);
    return req;
}

Bytes sized(const Bytes &token)
{
    Bytes out(4);
    const auto n = static_cast<std::uint32_t>(token.size());
    out[0] = static_cast<std::uint8_t>(n >> 24);
    out[1] = static_cast<std::uint8_t>(n >> 16);
    out[2] = static_cast<std::uint8_t>(n >> 8);
    out[3] = static_cast<std::uint8_t>(n);
    out.insert(out.end(), token.begin(), token.end());
    return out;
}

} // namespace

class TestWireSasl : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureWireCluster m_wire;

    [[nodiscard]] int port() const { return m_wire.port(0); }

    // A PLAIN login; the client's connection is left authenticated or closed.
    std::optional<protocol::SaslAuthenticateResponse> plainLogin(WireClient &client,
                                                                 const std::string &password)
    {
        auto hs = client.call(handshake("PLAIN"), 1);
        if (!hs || hs->errorCode != ErrorCode::None)
            return std::nullopt;
        return client.call(authenticate(plainToken("alice", password)), 2);
    }

    bool metadataWorks(WireClient &client)
    {
        auto md = client.call(protocol::MetadataRequest{}, 4);
        return md && md->brokers.size() == 1 && md->brokers[0].port == port();
    }

private slots:
    void initTestCase()
    {
        m_wire = startSecureWireCluster(m_dir, {security::SecurityProtocol::SaslPlaintext});
        auto &store = m_wire.cluster->security();
        for (auto mechanism : {security::ScramMechanism::Sha256, security::ScramMechanism::Sha512}) {
            auto credential = security::makeScramCredential(mechanism, "alice-secret", 4096);
            QVERIFY(credential);
            QVERIFY(store.upsertCredential("alice", *credential).isOk());
        }
    }
    void cleanupTestCase() { m_wire.cluster.reset(); }

    void apiVersionsIsServedBeforeAuthentication()
    {
        WireClient client(port());
        auto versions = client.call(protocol::ApiVersionsRequest{}, 2);
        QVERIFY(versions);
        QCOMPARE(versions->errorCode, ErrorCode::None);
        const auto lists = [&](protocol::ApiKey key) {
            return std::any_of(versions->apiKeys.begin(), versions->apiKeys.end(),
                               [&](const auto &v) { return v.apiKey == static_cast<std::int16_t>(key); });
        };
        QVERIFY(lists(protocol::ApiKey::SaslHandshake));
        QVERIFY(lists(protocol::ApiKey::SaslAuthenticate));
    }

    void plainSucceedsAndServesRequestsAfterwards()
    {
        WireClient client(port());
        auto auth = plainLogin(client, "alice-secret");
        QVERIFY(auth);
        QCOMPARE(auth->errorCode, ErrorCode::None);
        QCOMPARE(auth->sessionLifetimeMs, std::int64_t{0});
        QVERIFY(metadataWorks(client));
        // Authenticated: a second handshake is out of order, as in Kafka.
        auto again = client.call(handshake("PLAIN"), 1);
        QVERIFY(again);
        QCOMPARE(again->errorCode, ErrorCode::IllegalSaslState);
    }

    void scramSucceeds_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("SHA-256") << "SCRAM-SHA-256";
        QTest::newRow("SHA-512") << "SCRAM-SHA-512";
    }
    void scramSucceeds()
    {
        QFETCH(QString, mechanism);
        const EVP_MD *digest = mechanism == "SCRAM-SHA-256" ? EVP_sha256() : EVP_sha512();
        WireClient client(port());
        auto hs = client.call(handshake(mechanism.toStdString()), 1);
        QVERIFY(hs);
        QCOMPARE(hs->errorCode, ErrorCode::None);
        ScramTestClient scram(digest, "alice", "alice-secret");
        auto first = client.call(authenticate(scram.clientFirst()), 1);
        QVERIFY(first);
        QCOMPARE(first->errorCode, ErrorCode::None);
        auto final = client.call(authenticate(scram.clientFinal(first->authBytes)), 1);
        QVERIFY(final);
        QCOMPARE(final->errorCode, ErrorCode::None);
        QVERIFY(scram.serverFinalValid(final->authBytes));
        QVERIFY(metadataWorks(client));
    }

    void wrongPasswordFailsAndCloses()
    {
        WireClient client(port());
        auto auth = plainLogin(client, "not-the-password");
        QVERIFY(auth);
        QCOMPARE(auth->errorCode, ErrorCode::SaslAuthenticationFailed);
        QVERIFY(auth->errorMessage && !auth->errorMessage->empty());
        QVERIFY(client.closedByPeer());
        // The timeline tells who failed, how and where.
        EventQuery failures;
        failures.kinds = {EventKind::AuthenticationFailed};
        std::vector<EventRecord> said;
        QVERIFY(eventually([&] {
            auto written = m_wire.cluster->catalog()->events(failures);
            if (written.isOk())
                said = *written;
            return !said.empty();
        }));
        const EventSentence &sentence = said.front().sentence;
        QCOMPARE(sentence.form, EventForm::AuthenticationFailed);
        QCOMPARE(std::string(eventArg(sentence, "user")), std::string("alice"));
        QCOMPARE(std::string(eventArg(sentence, "mechanism")), std::string("PLAIN"));
        QCOMPARE(std::string(eventArg(sentence, "client")), std::string("127.0.0.1"));
        QCOMPARE(std::string(eventArg(sentence, "listener")), std::string("SASL_PLAINTEXT"));
        QCOMPARE(std::string(eventArg(sentence, "broker")), std::string("1"));
    }

    // A listener's own name (listener.security.protocol.map) changes nothing on the wire:
    // its protocol decides whether a client logs in, and the timeline names the listener.
    void listenersOfTheirOwnNameServeTheirProtocol()
    {
        QTemporaryDir dir;
        const SecureWireCluster named = startSecureWireCluster(
            dir, {security::SecurityProtocol::SaslPlaintext, security::SecurityProtocol::Plaintext}, 1, {},
            {"CLIENTS", "REPLICATION"});
        auto credential = security::makeScramCredential(security::ScramMechanism::Sha256, "bob-secret", 4096);
        QVERIFY(credential);
        QVERIFY(named.cluster->security().upsertCredential("bob", *credential).isOk());

        WireClient replication(named.port(1));
        auto unauthenticated = replication.call(protocol::MetadataRequest{}, 4);
        QVERIFY(unauthenticated);
        QCOMPARE(unauthenticated->brokers.size(), std::size_t(1));
        QCOMPARE(unauthenticated->brokers[0].port, named.port(1));

        WireClient anonymous(named.port(0));
        QVERIFY(anonymous.send(protocol::MetadataRequest{}, 4, 1));
        QVERIFY(anonymous.closedByPeer());

        WireClient client(named.port(0));
        QVERIFY(es::test::plainLogin(client, "bob", "bob-secret"));
        auto md = client.call(protocol::MetadataRequest{}, 4);
        QVERIFY(md);
        QCOMPARE(md->brokers.size(), std::size_t(1));
        QCOMPARE(md->brokers[0].port, named.port(0));

        WireClient guess(named.port(0));
        QVERIFY(!es::test::plainLogin(guess, "bob", "guess"));
        EventQuery failures;
        failures.kinds = {EventKind::AuthenticationFailed};
        std::vector<EventRecord> said;
        QVERIFY(eventually([&] {
            auto written = named.cluster->catalog()->events(failures);
            if (written.isOk())
                said = *written;
            return !said.empty();
        }));
        QCOMPARE(std::string(eventArg(said.front().sentence, "listener")), std::string("CLIENTS"));
    }

    void metadataBeforeAuthenticationCloses()
    {
        WireClient client(port());
        QVERIFY(client.send(protocol::MetadataRequest{}, 4, 1));
        QVERIFY(client.closedByPeer());
    }

    void authenticateBeforeHandshakeIsIllegal()
    {
        WireClient client(port());
        auto auth = client.call(authenticate(plainToken("alice", "alice-secret")), 1);
        QVERIFY(auth);
        QCOMPARE(auth->errorCode, ErrorCode::IllegalSaslState);
        QVERIFY(client.closedByPeer());
    }

    void unknownMechanismListsTheEnabledOnes()
    {
        WireClient client(port());
        auto hs = client.call(handshake("GSSAPI"), 1);
        QVERIFY(hs);
        QCOMPARE(hs->errorCode, ErrorCode::UnsupportedSaslMechanism);
        const std::vector<std::string> expected{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"};
        for (const auto &m : expected)
            QVERIFY(std::find(hs->mechanisms.begin(), hs->mechanisms.end(), m) != hs->mechanisms.end());
        QVERIFY(client.closedByPeer());
    }

    void handshakeV0ThenBareTokens()
    {
        WireClient client(port());
        auto hs = client.call(handshake("PLAIN"), 0);
        QVERIFY(hs);
        QCOMPARE(hs->errorCode, ErrorCode::None);
        QVERIFY(client.sendRaw(sized(plainToken("alice", "alice-secret"))));
        auto answer = client.readFrame();
        QVERIFY(answer); // an empty token: PLAIN has nothing to say back
        QVERIFY(answer->empty());
        QVERIFY(metadataWorks(client));
    }

    void malformedTokensFailWhileOthersAreServed()
    {
        WireClient served(port());
        QVERIFY(plainLogin(served, "alice-secret"));
        WireClient client(port());
        auto hs = client.call(handshake("SCRAM-SHA-256"), 1);
        QVERIFY(hs);
        Bytes garbage(64);
        for (std::size_t i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<std::uint8_t>(i * 37 + 11);
        auto auth = client.call(authenticate(garbage), 1);
        if (auth) // the answer may be held back by the failure throttle, never skipped
            QCOMPARE(auth->errorCode, ErrorCode::SaslAuthenticationFailed);
        QVERIFY(client.closedByPeer(10s));
        QVERIFY(metadataWorks(served));
    }

    void repeatedFailuresAreAnsweredLater()
    {
        // Earlier tests failed too; failures from one address slow down after a few.
        std::vector<std::chrono::milliseconds> took;
        for (int i = 0; i < 6; ++i) {
            WireClient client(port());
            const auto start = std::chrono::steady_clock::now();
            auto hs = client.call(handshake("PLAIN"), 1);
            QVERIFY(hs);
            QVERIFY(client.send(authenticate(plainToken("alice", "guess")), 1, 99));
            // While this failure is held back, another client is served at once.
            WireClient other(port());
            const auto otherStart = std::chrono::steady_clock::now();
            QVERIFY(other.call(protocol::ApiVersionsRequest{}, 2));
            QVERIFY(std::chrono::steady_clock::now() - otherStart < 500ms);
            auto auth = client.read<protocol::SaslAuthenticateResponse>(1, nullptr, 10s);
            QVERIFY(auth);
            QCOMPARE(auth->errorCode, ErrorCode::SaslAuthenticationFailed);
            took.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::steady_clock::now() - start));
            if (took.size() >= 2 && took.back() >= 1500ms)
                break;
        }
        // Some failure waited about a second, and a later one longer still.
        QVERIFY2(took.back() >= 1500ms, "failures are not slowed down");
        QVERIFY(took[took.size() - 2] >= 700ms);
        QVERIFY(took.back() - took[took.size() - 2] >= 500ms);
        QVERIFY(took.back() < 6s);
    }
};

QTEST_GUILESS_MAIN(TestWireSasl)
#include "test_wire_sasl.moc"
