// SASL/PLAIN checked against the SCRAM credentials the broker keeps: Kafka's messages, and
// the same answer for an unknown user as for a wrong password.

#include "security/sasl_server.h"

#include <QTest>

#include <map>
#include <memory>

using namespace es;
using namespace es::security;

namespace {

const QString kInvalid = "Authentication failed: Invalid username or password";

Bytes token(std::string_view authzid, std::string_view user, std::string_view password)
{
    std::string text;
    text.append(authzid).append(1, '\0').append(user).append(1, '\0').append(password);
    return {text.begin(), text.end()};
}

struct Users {
    std::map<std::pair<std::string, ScramMechanism>, ScramCredential> credentials;

    void add(const std::string &user, ScramMechanism mechanism, std::string_view password)
    {
        credentials[{user, mechanism}] = *makeScramCredential(mechanism, password, kMinScramIterations);
    }

    CredentialLookup lookup() const
    {
        return [this](const std::string &user, ScramMechanism mechanism) -> std::optional<ScramCredential> {
            const auto found = credentials.find({user, mechanism});
            if (found == credentials.end())
                return std::nullopt;
            return found->second;
        };
    }
};

} // namespace

class TestSaslPlain : public QObject {
    Q_OBJECT

    Users m_users;

    Result<SaslStep> authenticate(const Bytes &message, std::string *claimed = nullptr)
    {
        const std::unique_ptr<SaslServer> server = makeSaslServer("PLAIN", m_users.lookup());
        Result<SaslStep> step = server->evaluate(message);
        if (claimed)
            *claimed = server->claimedUser();
        return step;
    }

    static QString message(const Result<SaslStep> &step)
    {
        return QString::fromStdString(step.status().message());
    }

private slots:
    void initTestCase()
    {
        m_users.add("alice", ScramMechanism::Sha512, "alice-secret");
        m_users.add("alice", ScramMechanism::Sha256, "an older secret");
        m_users.add("bob", ScramMechanism::Sha256, "bob-secret");
    }

    void rightPasswordSucceeds()
    {
        std::string claimed;
        const Result<SaslStep> step = authenticate(token("", "alice", "alice-secret"), &claimed);
        QVERIFY2(step, step.status().message().c_str());
        QVERIFY(step->complete);
        QCOMPARE(step->user, "alice");
        QVERIFY(step->challenge.empty());
        QCOMPARE(claimed, "alice");
    }

    // The SCRAM-SHA-512 credential is the one checked when there is one; else SCRAM-SHA-256.
    void sha512FirstThenSha256()
    {
        QVERIFY(!authenticate(token("", "alice", "an older secret")));
        const Result<SaslStep> bob = authenticate(token("", "bob", "bob-secret"));
        QVERIFY2(bob, bob.status().message().c_str());
        QCOMPARE(bob->user, "bob");
    }

    void wrongPasswordAndUnknownUserAreOneAnswer()
    {
        std::string claimed;
        const Result<SaslStep> wrong = authenticate(token("", "alice", "bob-secret"), &claimed);
        QVERIFY(!wrong);
        QCOMPARE(wrong.status().code(), StatusCode::InvalidArgument);
        QCOMPARE(message(wrong), kInvalid);
        QCOMPARE(claimed, "alice");
        const Result<SaslStep> unknown = authenticate(token("", "mallory", "alice-secret"), &claimed);
        QVERIFY(!unknown);
        QCOMPARE(message(unknown), kInvalid);
        QCOMPARE(claimed, "mallory");
    }

    void authorizationId()
    {
        QVERIFY(authenticate(token("alice", "alice", "alice-secret")));
        const Result<SaslStep> other = authenticate(token("bob", "alice", "alice-secret"));
        QVERIFY(!other);
        QCOMPARE(
            message(other),
            "Authentication failed: Client requested an authorization id that is different from username");
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("error");
        const QString threeTokens = "Invalid SASL/PLAIN response: expected 3 tokens";
        QTest::newRow("empty") << QByteArray() << threeTokens;
        QTest::newRow("no NUL") << QByteArray("alicealice-secret") << threeTokens;
        QTest::newRow("one NUL") << QByteArray("alice\0alice-secret", 18) << threeTokens;
        QTest::newRow("four parts") << QByteArray("\0alice\0alice-secret\0", 20) << threeTokens;
        QTest::newRow("two NULs only")
            << QByteArray("\0\0", 2) << "Authentication failed: username not specified";
        QTest::newRow("empty user") << QByteArray("\0\0alice-secret", 14)
                                    << "Authentication failed: username not specified";
        QTest::newRow("empty password")
            << QByteArray("\0alice\0", 7) << "Authentication failed: password not specified";
    }

    void malformed()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, error);
        const Result<SaslStep> step = authenticate(Bytes(message.begin(), message.end()));
        QVERIFY(!step);
        QCOMPARE(step.status().code(), StatusCode::InvalidArgument);
        QCOMPARE(TestSaslPlain::message(step), error);
    }

    void oneTokenOnly()
    {
        const std::unique_ptr<SaslServer> server = makeSaslServer("PLAIN", m_users.lookup());
        QVERIFY(server->evaluate(token("", "alice", "alice-secret")));
        QVERIFY(!server->evaluate(token("", "alice", "alice-secret")));
        const std::unique_ptr<SaslServer> failed = makeSaslServer("PLAIN", m_users.lookup());
        QVERIFY(!failed->evaluate(token("", "alice", "wrong")));
        const Result<SaslStep> retry = failed->evaluate(token("", "alice", "alice-secret"));
        QVERIFY(!retry);
        QCOMPARE(message(retry), "Authentication failed: the SASL exchange is already over");
    }
};

QTEST_GUILESS_MAIN(TestSaslPlain)
#include "test_sasl_plain.moc"
