#include "ui/connections/secret_store.h"

#include <qt6keychain/keychain.h>

namespace es {

namespace {
const QString kService = QStringLiteral("eventscope");
} // namespace

void KeychainSecretStore::write(const QString &key, const QString &secret, std::function<void(QString)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, std::function<void(std::optional<QString>, QString)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, [done = std::move(done)](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError)
            done(read->textData(), QString());
        else if (j->error() == QKeychain::EntryNotFound)
            done(std::nullopt, QString());
        else
            done(std::nullopt, j->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    job->start();
}

KeychainSecretStore &KeychainSecretStore::instance()
{
    static KeychainSecretStore store;
    return store;
}

} // namespace es
