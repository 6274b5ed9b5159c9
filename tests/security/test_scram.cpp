// SCRAM-SHA-256/512 as a Kafka client meets it: RFC 7677's published exchange byte for byte,
// round trips against a client computed with OpenSSL, and every way a client-first or
// client-final is refused, with the message that tells nothing about which users exist.

#include "scram_test_client.h"
#include "security/sasl_server.h"
#include "security/scram_server.h"

#include <QTest>

#include <map>
#include <memory>

using namespace es;
using namespace es::security;
using es::security::testing::TestScramClient;
using es::security::testing::toBytes;

Q_DECLARE_METATYPE(es::security::ScramMechanism)

namespace {

constexpr int kIterations = 4096;

QString failureFor(ScramMechanism mechanism)
{
    return "Authentication failed during authentication due to invalid credentials with SASL mechanism " +
           QString::fromUtf8(scramMechanismName(mechanism));
}

QString text(ByteView bytes) { return QString::fromUtf8(asChars(bytes)); }

QString message(const Result<SaslStep> &step) { return QString::fromStdString(step.status().message()); }

// Users and their credentials, as the security store would answer; records who was asked for.
struct Users {
    std::map<std::pair<std::string, ScramMechanism>, ScramCredential> credentials;
    std::vector<std::string> asked;

    void add(const std::string &user, ScramMechanism mechanism, std::string_view password)
    {
        credentials[{user, mechanism}] = *makeScramCredential(mechanism, password, kIterations);
    }

    CredentialLookup lookup()
    {
        return [this](const std::string &user, ScramMechanism mechanism) -> std::optional<ScramCredential> {
            asked.push_back(user);
            const auto found = credentials.find({user, mechanism});
            if (found == credentials.end())
                return std::nullopt;
            return found->second;
        };
    }
};

std::unique_ptr<SaslServer> scramServer(ScramMechanism mechanism, Users &users)
{
    return makeSaslServer(scramMechanismName(mechanism), users.lookup());
}

} // namespace

class TestScram : public QObject {
    Q_OBJECT

private slots:
    void mechanismsAreKafkas()
    {
        QCOMPARE(supportedSaslMechanisms(),
                 (std::vector<std::string>{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"}));
        for (const std::string &name : supportedSaslMechanisms()) {
            const std::unique_ptr<SaslServer> server = makeSaslServer(name, {});
            QVERIFY(server);
            QCOMPARE(server->mechanism(), name);
        }
        QVERIFY(!makeSaslServer("scram-sha-256", {})); // names are case-sensitive
        QVERIFY(!makeSaslServer("GSSAPI", {}));
        QCOMPARE(parseScramMechanism("SCRAM-SHA-512"), ScramMechanism::Sha512);
        QCOMPARE(scramMechanismFromCode(1), ScramMechanism::Sha256);
        QCOMPARE(scramMechanismFromCode(2), ScramMechanism::Sha512);
        QVERIFY(!scramMechanismFromCode(0));
    }

    // RFC 7677 section 3, with the RFC's server nonce: the server's messages byte for byte.
    void rfc7677Exchange()
    {
        const Bytes salt = *fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        const ScramCredential credential = *makeScramCredential(ScramMechanism::Sha256, "pencil", 4096, salt);
        ScramServer server(
            ScramMechanism::Sha256,
            [&](const std::string &user, ScramMechanism) -> std::optional<ScramCredential> {
                if (user == "user")
                    return credential;
                return std::nullopt;
            },
            "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");

        const Result<SaslStep> first = server.evaluate(toBytes("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        QVERIFY2(first, first.status().message().c_str());
        QVERIFY(!first->complete);
        QCOMPARE(text(first->challenge),
                 "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
        QCOMPARE(server.claimedUser(), "user");

        const Result<SaslStep> final =
            server.evaluate(toBytes("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                    "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        QVERIFY2(final, final.status().message().c_str());
        QVERIFY(final->complete);
        QCOMPARE(final->user, "user");
        QCOMPARE(text(final->challenge), "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    void roundTrip_data()
    {
        QTest::addColumn<ScramMechanism>("mechanism");
        QTest::newRow("SCRAM-SHA-256") << ScramMechanism::Sha256;
        QTest::newRow("SCRAM-SHA-512") << ScramMechanism::Sha512;
    }

    // Random server nonces; the client's proof and the server's signature computed apart.
    void roundTrip()
    {
        QFETCH(ScramMechanism, mechanism);
        Users users;
        users.add("alice", mechanism, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(mechanism, users);
        TestScramClient client(mechanism, "alice", "alice-secret");

        const Result<SaslStep> first = server->evaluate(client.clientFirst());
        QVERIFY2(first, first.status().message().c_str());
        const std::string serverFirst(asChars(first->challenge));
        const std::string serverNonce = testing::attributesOf(serverFirst).at('r');
        QVERIFY(serverNonce.starts_with("fyko+d2lbbFgONRv9qkxdawL"));
        QCOMPARE(serverNonce.size(), std::string("fyko+d2lbbFgONRv9qkxdawL").size() + 44); // 32 bytes, base64
        QCOMPARE(testing::attributesOf(serverFirst).at('i'), "4096");
        QCOMPARE(users.asked, std::vector<std::string>{"alice"});

        const Result<SaslStep> final = server->evaluate(client.clientFinal(serverFirst));
        QVERIFY2(final, final.status().message().c_str());
        QVERIFY(final->complete);
        QCOMPARE(final->user, "alice");
        QCOMPARE(final->challenge, client.expectedServerFinal());

        // A second exchange draws another nonce.
        const std::unique_ptr<SaslServer> again = scramServer(mechanism, users);
        const Result<SaslStep> otherFirst = again->evaluate(client.clientFirst());
        QVERIFY(otherFirst);
        QVERIFY(testing::attributesOf(asChars(otherFirst->challenge)).at('r') != serverNonce);
    }

    void wrongPasswordFails()
    {
        Users users;
        users.add("alice", ScramMechanism::Sha512, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha512, users);
        TestScramClient client(ScramMechanism::Sha512, "alice", "not-her-secret");
        const Result<SaslStep> first = server->evaluate(client.clientFirst());
        QVERIFY(first);
        const Result<SaslStep> final = server->evaluate(client.clientFinal(asChars(first->challenge)));
        QVERIFY(!final);
        QCOMPARE(final.status().code(), StatusCode::InvalidArgument);
        QCOMPARE(message(final), failureFor(ScramMechanism::Sha512));
        QCOMPARE(server->claimedUser(), "alice");
    }

    // Fails at the final step like a wrong password, after a server-first whose salt is the
    // same on every attempt, as a real user's is.
    void unknownUserFailsAtTheFinalStep()
    {
        Users users;
        users.add("alice", ScramMechanism::Sha256, "alice-secret");
        TestScramClient client(ScramMechanism::Sha256, "mallory", "guess");
        std::string salts[2];
        for (std::string &salt : salts) {
            const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha256, users);
            const Result<SaslStep> first = server->evaluate(client.clientFirst());
            QVERIFY2(first, first.status().message().c_str());
            const auto attributes = testing::attributesOf(asChars(first->challenge));
            salt = attributes.at('s');
            QCOMPARE(fromBase64(salt)->size(), std::size_t(32));
            QCOMPARE(attributes.at('i'), "4096");
            QCOMPARE(server->claimedUser(), "mallory");
            const Result<SaslStep> final = server->evaluate(client.clientFinal(asChars(first->challenge)));
            QVERIFY(!final);
            QCOMPARE(message(final), failureFor(ScramMechanism::Sha256));
        }
        QCOMPARE(salts[0], salts[1]);

        // A user with a credential for the other mechanism only is unknown to this one.
        const std::unique_ptr<SaslServer> sha512 = scramServer(ScramMechanism::Sha512, users);
        TestScramClient alice(ScramMechanism::Sha512, "alice", "alice-secret");
        const Result<SaslStep> first = sha512->evaluate(alice.clientFirst());
        QVERIFY(first);
        const Result<SaslStep> final = sha512->evaluate(alice.clientFinal(asChars(first->challenge)));
        QCOMPARE(message(final), failureFor(ScramMechanism::Sha512));
    }

    void clientFinalIsChecked_data()
    {
        QTest::addColumn<QString>("nonce");          // empty: the server's
        QTest::addColumn<QString>("channelBinding"); // empty: base64 of "n,,"
        QTest::newRow("the client's nonce only") << "fyko+d2lbbFgONRv9qkxdawL"
                                                 << "";
        QTest::newRow("a nonce of its own") << "fyko+d2lbbFgONRv9qkxdawLxyz"
                                            << "";
        QTest::newRow("channel binding of y,,") << ""
                                                << "eSws";
        QTest::newRow("channel binding asked for") << ""
                                                   << "cD10bHMtdW5pcXVlLCw=";
        QTest::newRow("channel binding not base64") << ""
                                                    << "biws!";
    }

    void clientFinalIsChecked()
    {
        QFETCH(QString, nonce);
        QFETCH(QString, channelBinding);
        Users users;
        users.add("alice", ScramMechanism::Sha256, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha256, users);
        TestScramClient client(ScramMechanism::Sha256, "alice", "alice-secret");
        const Result<SaslStep> first = server->evaluate(client.clientFirst());
        QVERIFY(first);
        const auto optional = [](const QString &s) {
            return s.isEmpty() ? std::nullopt : std::optional<std::string>(s.toStdString());
        };
        const Result<SaslStep> final = server->evaluate(
            client.clientFinal(asChars(first->challenge), optional(nonce), optional(channelBinding)));
        QVERIFY(!final);
        QCOMPARE(message(final), failureFor(ScramMechanism::Sha256));
    }

    void malformedClientFinalFails_data()
    {
        QTest::addColumn<QString>("clientFinal"); // NONCE stands for the server's nonce
        QTest::newRow("empty") << "";
        QTest::newRow("no proof") << "c=biws,r=NONCE";
        QTest::newRow("empty proof") << "c=biws,r=NONCE,p=";
        QTest::newRow("proof not base64") << "c=biws,r=NONCE,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ";
        QTest::newRow("short proof") << "c=biws,r=NONCE,p=AAAA";
        QTest::newRow("no channel binding") << "r=NONCE,p=AAAA";
        QTest::newRow("no nonce") << "c=biws,p=AAAA";
        QTest::newRow("attributes out of order") << "r=NONCE,c=biws,p=AAAA";
    }

    void malformedClientFinalFails()
    {
        QFETCH(QString, clientFinal);
        Users users;
        users.add("alice", ScramMechanism::Sha256, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha256, users);
        const Result<SaslStep> first = server->evaluate(toBytes("n,,n=alice,r=abc"));
        QVERIFY(first);
        const std::string nonce = testing::attributesOf(asChars(first->challenge)).at('r');
        const Result<SaslStep> final = server->evaluate(
            toBytes(clientFinal.replace("NONCE", QString::fromStdString(nonce)).toStdString()));
        QVERIFY(!final);
        QCOMPARE(message(final), failureFor(ScramMechanism::Sha256));
    }

    void malformedClientFirstFails_data()
    {
        QTest::addColumn<QString>("clientFirst");
        QTest::newRow("empty") << "";
        QTest::newRow("no gs2 header") << "n=alice,r=abc";
        QTest::newRow("channel binding") << "p=tls-unique,,n=alice,r=abc";
        QTest::newRow("unknown gs2 flag") << "x,,n=alice,r=abc";
        QTest::newRow("no user") << "n,,r=abc";
        QTest::newRow("empty user") << "n,,n=,r=abc";
        QTest::newRow("no nonce") << "n,,n=alice";
        QTest::newRow("empty nonce") << "n,,n=alice,r=";
        QTest::newRow("nonce not printable") << "n,,n=alice,r=a b";
        QTest::newRow("mandatory extension") << "n,,m=ext,n=alice,r=abc";
        QTest::newRow("unknown extension") << "n,,n=alice,r=abc,x=1";
        QTest::newRow("extension without =") << "n,,n=alice,r=abc,x";
        QTest::newRow("authzid not a=") << "n,b=alice,n=alice,r=abc";
        QTest::newRow("escape =2D") << "n,,n=al=2Dice,r=abc";
        QTest::newRow("escape in lower case") << "n,,n=al=2cice,r=abc";
        QTest::newRow("escape cut short") << "n,,n=alice=2,r=abc";
        QTest::newRow("lone =") << "n,,n=alice=,r=abc";
        QTest::newRow("NUL in user") << QString("n,,n=al") + QChar(0) + "ice,r=abc";
    }

    void malformedClientFirstFails()
    {
        QFETCH(QString, clientFirst);
        Users users;
        users.add("alice", ScramMechanism::Sha512, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha512, users);
        const Result<SaslStep> first = server->evaluate(toBytes(clientFirst.toStdString()));
        QVERIFY(!first);
        QCOMPARE(first.status().code(), StatusCode::InvalidArgument);
        QCOMPARE(message(first), failureFor(ScramMechanism::Sha512));
        QVERIFY(users.asked.empty());
    }

    void delegationTokensAreRefused()
    {
        Users users;
        users.add("alice", ScramMechanism::Sha512, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha512, users);
        const Result<SaslStep> first = server->evaluate(toBytes("n,,n=alice,r=abc,tokenauth=true"));
        QVERIFY(!first);
        QCOMPARE(message(first), "Authentication failed: delegation tokens are not supported");
    }

    // "=2C" and "=3D" stand for ',' and '=' in the name the client sends.
    void escapedUserNames()
    {
        Users users;
        users.add("a,b=c", ScramMechanism::Sha256, "secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha256, users);
        TestScramClient client(ScramMechanism::Sha256, "a=2Cb=3Dc", "secret");
        const Result<SaslStep> first = server->evaluate(client.clientFirst());
        QVERIFY2(first, first.status().message().c_str());
        QCOMPARE(server->claimedUser(), "a,b=c");
        QCOMPARE(users.asked, std::vector<std::string>{"a,b=c"});
        const Result<SaslStep> final = server->evaluate(client.clientFinal(asChars(first->challenge)));
        QVERIFY2(final, final.status().message().c_str());
        QCOMPARE(final->user, "a,b=c");
    }

    void authorizationId_data()
    {
        QTest::addColumn<QString>("gs2Header");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << "n,," << true;
        QTest::newRow("client could bind, server does not offer") << "y,," << true;
        QTest::newRow("the user itself") << "n,a=alice," << true;
        QTest::newRow("another user") << "n,a=bob," << false;
    }

    void authorizationId()
    {
        QFETCH(QString, gs2Header);
        QFETCH(bool, accepted);
        Users users;
        users.add("alice", ScramMechanism::Sha512, "alice-secret");
        const std::unique_ptr<SaslServer> server = scramServer(ScramMechanism::Sha512, users);
        TestScramClient client(ScramMechanism::Sha512, "alice", "alice-secret", "abc",
                               gs2Header.toStdString());
        const Result<SaslStep> first = server->evaluate(client.clientFirst());
        if (!accepted) {
            QVERIFY(!first);
            QCOMPARE(message(first), "Authentication failed: Client requested an authorization id that is "
                                     "different from username");
            QCOMPARE(server->claimedUser(), "alice");
            return;
        }
        QVERIFY2(first, first.status().message().c_str());
        const Result<SaslStep> final = server->evaluate(client.clientFinal(asChars(first->challenge)));
        QVERIFY2(final, final.status().message().c_str());
        QVERIFY(final->complete);
    }

    void noTokenAfterTheEnd()
    {
        Users users;
        users.add("alice", ScramMechanism::Sha256, "alice-secret");
        const QString over = "Authentication failed: the SASL exchange is already over";

        const std::unique_ptr<SaslServer> done = scramServer(ScramMechanism::Sha256, users);
        TestScramClient client(ScramMechanism::Sha256, "alice", "alice-secret");
        const Result<SaslStep> first = done->evaluate(client.clientFirst());
        QVERIFY(first);
        const Bytes clientFinal = client.clientFinal(asChars(first->challenge));
        QVERIFY(done->evaluate(clientFinal));
        QCOMPARE(message(done->evaluate(clientFinal)), over);
        QCOMPARE(message(done->evaluate(client.clientFirst())), over);

        // After a failure, not even a correct client-final is accepted.
        const std::unique_ptr<SaslServer> failed = scramServer(ScramMechanism::Sha256, users);
        const Result<SaslStep> again = failed->evaluate(client.clientFirst());
        QVERIFY(again);
        QVERIFY(!failed->evaluate(toBytes("c=biws,r=wrong,p=AAAA")));
        QCOMPARE(message(failed->evaluate(client.clientFinal(asChars(again->challenge)))), over);
    }
};

QTEST_GUILESS_MAIN(TestScram)
#include "test_scram.moc"
