// What the broker keeps of a password (salt, iteration count, stored and server keys):
// derived as RFC 5802 says, within Kafka's iteration bounds, and checkable against a password.

#include "scram_test_client.h"
#include "security/scram_credential.h"

#include <QTest>

using namespace es;
using namespace es::security;
using namespace es::security::testing;

Q_DECLARE_METATYPE(es::security::ScramMechanism)

class TestScramCredential : public QObject {
    Q_OBJECT

private slots:
    void iterationBounds()
    {
        for (std::int32_t iterations : {0, -1, kMinScramIterations - 1, kMaxScramIterations + 1}) {
            const Result<ScramCredential> made =
                makeScramCredential(ScramMechanism::Sha256, "pw", iterations);
            QVERIFY(!made);
            QCOMPARE(made.status().code(), StatusCode::InvalidArgument);
            QVERIFY(made.status().message().find("4096") != std::string::npos);
        }
        for (std::int32_t iterations : {kMinScramIterations, kMaxScramIterations}) {
            const Result<ScramCredential> made =
                makeScramCredential(ScramMechanism::Sha256, "pw", iterations);
            QVERIFY2(made, made.status().message().c_str());
            QCOMPARE(made->iterations, iterations);
        }
    }

    void keysAsRfc5802Derives_data()
    {
        QTest::addColumn<ScramMechanism>("mechanism");
        QTest::newRow("SCRAM-SHA-256") << ScramMechanism::Sha256;
        QTest::newRow("SCRAM-SHA-512") << ScramMechanism::Sha512;
    }

    void keysAsRfc5802Derives()
    {
        QFETCH(ScramMechanism, mechanism);
        const Bytes salt = toBytes("a fixed salt");
        const Result<ScramCredential> made = makeScramCredential(mechanism, "pencil", 4096, salt);
        QVERIFY(made);
        QCOMPARE(made->mechanism, mechanism);
        QCOMPARE(made->salt, salt);
        const Bytes salted = testSaltedPassword(mechanism, "pencil", salt, 4096);
        QCOMPARE(made->storedKey, testHash(mechanism, testHmac(mechanism, salted, asBytes("Client Key"))));
        QCOMPARE(made->serverKey, testHmac(mechanism, salted, asBytes("Server Key")));
        QCOMPARE(made->storedKey.size(), mechanism == ScramMechanism::Sha256 ? 32u : 64u);
    }

    // RFC 7677's salted password for "pencil" yields the server signature the RFC shows.
    void rfc7677Keys()
    {
        const Bytes salt = *fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
        const ScramCredential credential = *makeScramCredential(ScramMechanism::Sha256, "pencil", 4096, salt);
        const std::string authMessage = "n=user,r=rOprNGfwEbeRWgbNEkqO,"
                                        "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                                        "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,"
                                        "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        QCOMPARE(toBase64(testHmac(ScramMechanism::Sha256, credential.serverKey, asBytes(authMessage))),
                 "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    void freshSaltEachTime()
    {
        const ScramCredential a = *makeScramCredential(ScramMechanism::Sha512, "same", 4096);
        const ScramCredential b = *makeScramCredential(ScramMechanism::Sha512, "same", 4096);
        QCOMPARE(a.salt.size(), std::size_t(32));
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.storedKey != b.storedKey);
    }

    void passwordMatches()
    {
        for (ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512}) {
            const ScramCredential credential = *makeScramCredential(mechanism, "correct horse", 4096);
            QVERIFY(scramPasswordMatches(credential, "correct horse"));
            QVERIFY(!scramPasswordMatches(credential, "correct horse "));
            QVERIFY(!scramPasswordMatches(credential, ""));
            ScramCredential otherIterations = credential;
            otherIterations.iterations = 4097;
            QVERIFY(!scramPasswordMatches(otherIterations, "correct horse"));
        }
        const ScramCredential empty = *makeScramCredential(ScramMechanism::Sha256, "", 4096);
        QVERIFY(scramPasswordMatches(empty, ""));
        QVERIFY(!scramPasswordMatches(empty, "x"));
    }

    // AlterUserScramCredentials sends the salted password; the keys are those of the password.
    void fromSaltedPasswordEqualsFromPassword()
    {
        for (ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512}) {
            const ScramCredential fromPassword = *makeScramCredential(mechanism, "secret", 8192);
            const Bytes salted = testSaltedPassword(mechanism, "secret", fromPassword.salt, 8192);
            const Result<ScramCredential> fromSalted =
                scramCredentialFromSaltedPassword(mechanism, fromPassword.salt, salted, 8192);
            QVERIFY2(fromSalted, fromSalted.status().message().c_str());
            QCOMPARE(*fromSalted, fromPassword);
            QVERIFY(scramPasswordMatches(*fromSalted, "secret"));
        }
    }

    void fromSaltedPasswordRefusesWhatCannotBe()
    {
        const Bytes salt = toBytes("salt");
        const Bytes salted32(32, 0x5a);
        QVERIFY(scramCredentialFromSaltedPassword(ScramMechanism::Sha256, salt, salted32, 4096));
        QVERIFY(!scramCredentialFromSaltedPassword(ScramMechanism::Sha512, salt, salted32, 4096));
        QVERIFY(!scramCredentialFromSaltedPassword(ScramMechanism::Sha256, {}, salted32, 4096));
        QVERIFY(!scramCredentialFromSaltedPassword(ScramMechanism::Sha256, salt, salted32, 4095));
        QVERIFY(!scramCredentialFromSaltedPassword(ScramMechanism::Sha256, salt, salted32, 16385));
    }
};

QTEST_GUILESS_MAIN(TestScramCredential)
#include "test_scram_credential.moc"
