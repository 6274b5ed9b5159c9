// Saved connections: everything round-trips, and the secrets go to the keyring only,
// never into the settings file.

#include "ui/connections/connection_store.h"
#include "ui/connections/secret_store.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace es;

namespace {

// A keyring in memory, which can be made to refuse.
class FakeSecrets final : public SecretStore {
public:
    void write(const QString &key, const QString &secret, std::function<void(QString)> done) override
    {
        if (!refusal.isEmpty()) {
            done(refusal);
            return;
        }
        secrets[key] = secret;
        done({});
    }
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done) override
    {
        if (!refusal.isEmpty()) {
            done(std::nullopt, refusal);
            return;
        }
        auto it = secrets.find(key);
        done(it == secrets.end() ? std::nullopt : std::optional<QString>(it->second), {});
    }
    void remove(const QString &key) override { secrets.erase(key); }

    std::map<QString, QString> secrets;
    QString refusal;
};

ConnectionProfile sample()
{
    ConnectionProfile p;
    p.name = QStringLiteral("staging");
    p.bootstrapServers = QStringLiteral("kafka-1.example.com:9093,kafka-2.example.com:9093");
    p.securityProtocol = security::SecurityProtocol::SaslSsl;
    p.saslMechanism = SaslMechanism::ScramSha512;
    p.username = QStringLiteral("alice");
    p.password = QStringLiteral("s3cret-pa55");
    p.caFile = QStringLiteral("/etc/ssl/staging-ca.pem");
    p.certificateFile = QStringLiteral("/home/alice/client.pem");
    p.keyFile = QStringLiteral("/home/alice/client.key");
    p.keyPassword = QStringLiteral("key-pa55");
    p.colour = QColor(QStringLiteral("#cc3300"));
    p.readOnly = false;
    return p;
}

} // namespace

class TestConnectionStore : public QObject {
    Q_OBJECT

private slots:
    void profilesRoundTripAndSecretsStayInTheKeyring();
    void aKeyringThatRefusesIsReportedAndNothingLeaks();
    void forgettingRemovesTheSecretsToo();
};

void TestConnectionStore::profilesRoundTripAndSecretsStayInTheKeyring()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("eventscope.conf"));
    FakeSecrets secrets;
    QString id;
    {
        QSettings settings(file, QSettings::IniFormat);
        ConnectionStore store(settings, secrets);
        QString error = QStringLiteral("not called");
        id = store.save(sample(), [&](const QString &e) { error = e; });
        QVERIFY(!id.isEmpty());
        QCOMPARE(error, QString());
    }
    QSettings settings(file, QSettings::IniFormat);
    ConnectionStore store(settings, secrets);
    const QList<ConnectionProfile> saved = store.profiles();
    QCOMPARE(saved.size(), 1);
    const ConnectionProfile &p = saved.front();
    QCOMPARE(p.id, id);
    QCOMPARE(p.name, sample().name);
    QCOMPARE(p.bootstrapServers, sample().bootstrapServers);
    QCOMPARE(p.securityProtocol, security::SecurityProtocol::SaslSsl);
    QCOMPARE(p.saslMechanism, SaslMechanism::ScramSha512);
    QCOMPARE(p.username, sample().username);
    QCOMPARE(p.caFile, sample().caFile);
    QCOMPARE(p.certificateFile, sample().certificateFile);
    QCOMPARE(p.keyFile, sample().keyFile);
    QCOMPARE(p.colour, sample().colour);
    QCOMPARE(p.readOnly, false);
    QVERIFY(p.password.isEmpty());
    QVERIFY(p.keyPassword.isEmpty());

    ConnectionProfile loaded;
    store.loadSecrets(p, [&](ConnectionProfile withSecrets, const QString &) { loaded = withSecrets; });
    QCOMPARE(loaded.password, sample().password);
    QCOMPARE(loaded.keyPassword, sample().keyPassword);

    // Neither secret is anywhere in the settings file.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray text = raw.readAll();
    QVERIFY(text.contains("alice"));
    QVERIFY(!text.contains("s3cret-pa55"));
    QVERIFY(!text.contains("key-pa55"));
}

void TestConnectionStore::aKeyringThatRefusesIsReportedAndNothingLeaks()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("eventscope.conf"));
    FakeSecrets secrets;
    secrets.refusal = QStringLiteral("no keyring daemon");
    QSettings settings(file, QSettings::IniFormat);
    ConnectionStore store(settings, secrets);
    QString error;
    const QString id = store.save(sample(), [&](const QString &e) { error = e; });
    QCOMPARE(error, QStringLiteral("no keyring daemon"));
    // The rest is saved, so the user is asked only for the password next time.
    QVERIFY(store.profile(id).has_value());
    QString readError;
    store.loadSecrets(*store.profile(id), [&](ConnectionProfile p, const QString &e) {
        readError = e;
        QVERIFY(p.password.isEmpty());
    });
    QCOMPARE(readError, QStringLiteral("no keyring daemon"));
    settings.sync();
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("s3cret-pa55"));
}

void TestConnectionStore::forgettingRemovesTheSecretsToo()
{
    QTemporaryDir dir;
    FakeSecrets secrets;
    QSettings settings(dir.filePath(QStringLiteral("eventscope.conf")), QSettings::IniFormat);
    ConnectionStore store(settings, secrets);
    const QString keep = store.save(sample(), [](const QString &) {});
    ConnectionProfile other = sample();
    other.name = QStringLiteral("production");
    const QString forget = store.save(other, [](const QString &) {});
    QCOMPARE(secrets.secrets.size(), std::size_t{4});
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().front().name, QStringLiteral("production"));

    store.remove(forget);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().front().id, keep);
    QCOMPARE(secrets.secrets.size(), std::size_t{2});
    QVERIFY(!store.profile(forget));

    // A password cleared by the user is removed from the keyring, not kept.
    ConnectionProfile cleared = *store.profile(keep);
    cleared.password.clear();
    store.save(cleared, [](const QString &) {});
    QCOMPARE(secrets.secrets.size(), std::size_t{0});
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "test_connection_store.moc"
