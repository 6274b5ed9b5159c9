#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace es {

// Where connection secrets are kept: the desktop keyring, never a settings file. Answers
// come asynchronously on the GUI thread. GUI thread only.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // `done` gets "" on success, else why the secret could not be kept.
    virtual void write(const QString &key, const QString &secret, std::function<void(QString)> done) = 0;
    // `done` gets the secret, or nullopt and why not ("" when there is simply none).
    virtual void read(const QString &key, std::function<void(std::optional<QString>, QString)> done) = 0;
    virtual void remove(const QString &key) = 0;
};

// The desktop keyring through QtKeychain (the Secret Service, KWallet...).
class KeychainSecretStore final : public SecretStore {
public:
    void write(const QString &key, const QString &secret, std::function<void(QString)> done) override;
    void read(const QString &key, std::function<void(std::optional<QString>, QString)> done) override;
    void remove(const QString &key) override;

    // The one the application uses.
    static KeychainSecretStore &instance();
};

} // namespace es
