#pragma once

#include "ui/connections/connection_profile.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSettings;

namespace es {

class SecretStore;

// The saved connections. Everything but the secrets goes to the application's settings
// under "connections/<id>/"; the password and key password go to the SecretStore under
// "<id>/password" and "<id>/key-password", and nowhere else. GUI thread only.
class ConnectionStore {
public:
    ConnectionStore(QSettings &settings, SecretStore &secrets);
    // The application's: its settings file and the desktop keyring.
    static ConnectionStore &application();

    // Sorted by name; secrets left empty (loadSecrets() fills them in).
    [[nodiscard]] QList<ConnectionProfile> profiles() const;
    [[nodiscard]] std::optional<ConnectionProfile> profile(const QString &id) const;

    // Saves `profile`, giving it an id when it has none, and returns the id. `done` follows
    // once the secrets are in the keyring: "" or why they could not be kept there (the rest
    // is saved anyway; the user will be asked for the password next time).
    QString save(ConnectionProfile profile, std::function<void(QString)> done);
    // The profile with its secrets from the keyring; `done` gets it and "" or why they could
    // not be read (then they are empty).
    void loadSecrets(ConnectionProfile profile, std::function<void(ConnectionProfile, QString)> done);
    void remove(const QString &id);

    // Where a connection keeps its timeline, rates and lag history:
    // <data location>/eventscope/connections/<id>/catalog.sqlite.
    [[nodiscard]] static QString catalogFile(const QString &id);

private:
    QSettings &m_settings;
    SecretStore &m_secrets;
};

} // namespace es
