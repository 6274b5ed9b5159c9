#include "ui/connections/connection_store.h"

#include "ui/connections/secret_store.h"

#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace es {

namespace {

const QString kGroup = QStringLiteral("connections");

QString passwordKey(const QString &id) { return id + QStringLiteral("/password"); }
QString keyPasswordKey(const QString &id) { return id + QStringLiteral("/key-password"); }

// Writes or removes one secret, then calls `next` with the error so far.
void keep(SecretStore &secrets, const QString &key, const QString &secret, QString errorSoFar,
          std::function<void(QString)> next)
{
    if (secret.isEmpty()) {
        secrets.remove(key);
        next(std::move(errorSoFar));
        return;
    }
    secrets.write(key, secret, [errorSoFar = std::move(errorSoFar), next = std::move(next)](QString error) {
        next(errorSoFar.isEmpty() ? error : errorSoFar);
    });
}

} // namespace

ConnectionStore::ConnectionStore(QSettings &settings, SecretStore &secrets)
    : m_settings(settings), m_secrets(secrets)
{}

ConnectionStore &ConnectionStore::application()
{
    static QSettings settings;
    static ConnectionStore store(settings, KeychainSecretStore::instance());
    return store;
}

QList<ConnectionProfile> ConnectionStore::profiles() const
{
    m_settings.beginGroup(kGroup);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<ConnectionProfile> out;
    for (const QString &id : ids)
        if (auto p = profile(id))
            out << *p;
    std::sort(out.begin(), out.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return out;
}

std::optional<ConnectionProfile> ConnectionStore::profile(const QString &id) const
{
    m_settings.beginGroup(kGroup + QLatin1Char('/') + id);
    const auto done = qScopeGuard([this] { m_settings.endGroup(); });
    if (!m_settings.contains(QStringLiteral("bootstrap")))
        return std::nullopt;
    ConnectionProfile p;
    p.id = id;
    p.name = m_settings.value(QStringLiteral("name")).toString();
    p.bootstrapServers = m_settings.value(QStringLiteral("bootstrap")).toString();
    p.securityProtocol = static_cast<security::SecurityProtocol>(
        std::clamp(m_settings.value(QStringLiteral("securityProtocol")).toInt(), 0, 3));
    p.saslMechanism = static_cast<SaslMechanism>(
        std::clamp(m_settings.value(QStringLiteral("saslMechanism")).toInt(), 0, 2));
    p.username = m_settings.value(QStringLiteral("username")).toString();
    p.caFile = m_settings.value(QStringLiteral("caFile")).toString();
    p.certificateFile = m_settings.value(QStringLiteral("certificateFile")).toString();
    p.keyFile = m_settings.value(QStringLiteral("keyFile")).toString();
    p.colour = QColor(m_settings.value(QStringLiteral("colour")).toString());
    p.readOnly = m_settings.value(QStringLiteral("readOnly"), true).toBool();
    return p;
}

QString ConnectionStore::save(ConnectionProfile profile, std::function<void(QString)> done)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings.beginGroup(kGroup + QLatin1Char('/') + profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name);
    m_settings.setValue(QStringLiteral("bootstrap"), profile.bootstrapServers);
    m_settings.setValue(QStringLiteral("securityProtocol"), static_cast<int>(profile.securityProtocol));
    m_settings.setValue(QStringLiteral("saslMechanism"), static_cast<int>(profile.saslMechanism));
    m_settings.setValue(QStringLiteral("username"), profile.username);
    m_settings.setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings.setValue(QStringLiteral("certificateFile"), profile.certificateFile);
    m_settings.setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings.setValue(QStringLiteral("colour"),
                        profile.colour.isValid() ? profile.colour.name() : QString());
    m_settings.setValue(QStringLiteral("readOnly"), profile.readOnly);
    m_settings.endGroup();
    m_settings.sync();

    const QString id = profile.id;
    SecretStore &secrets = m_secrets;
    keep(secrets, passwordKey(id), profile.password, {},
         [&secrets, id, keyPassword = profile.keyPassword, done = std::move(done)](QString error) mutable {
             keep(secrets, keyPasswordKey(id), keyPassword, std::move(error), std::move(done));
         });
    return id;
}

void ConnectionStore::loadSecrets(ConnectionProfile profile,
                                  std::function<void(ConnectionProfile, QString)> done)
{
    SecretStore &secrets = m_secrets;
    const QString id = profile.id;
    secrets.read(passwordKey(id), [&secrets, id, profile = std::move(profile), done = std::move(done)](
                                      std::optional<QString> password, QString error) mutable {
        profile.password = password.value_or(QString());
        secrets.read(keyPasswordKey(id),
                     [profile = std::move(profile), error = std::move(error),
                      done = std::move(done)](std::optional<QString> keyPassword, QString keyError) mutable {
                         profile.keyPassword = keyPassword.value_or(QString());
                         done(std::move(profile), error.isEmpty() ? keyError : error);
                     });
    });
}

void ConnectionStore::remove(const QString &id)
{
    m_settings.remove(kGroup + QLatin1Char('/') + id);
    m_settings.sync();
    m_secrets.remove(passwordKey(id));
    m_secrets.remove(keyPasswordKey(id));
}

QString ConnectionStore::catalogFile(const QString &id)
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/eventscope/connections/") + id + QStringLiteral("/catalog.sqlite");
}

} // namespace es
