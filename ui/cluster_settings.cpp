#include "ui/cluster_settings.h"

#include <QDir>
#include <QFileInfo>

namespace es {

QString ClusterSettings::name() const
{
    const QString clean = QDir::cleanPath(dataDir);
    const QString last = QFileInfo(clean).fileName();
    return last.isEmpty() ? clean : last;
}

QStringList ClusterSettings::brokerAddresses() const
{
    QString host = bindAddress;
    int port = basePort;
    if (!listeners.empty()) {
        if (!listeners.front().host.empty())
            host = QString::fromStdString(listeners.front().host);
        port = listeners.front().basePort;
    }
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');

    QStringList addresses;
    for (int i = 0; i < brokerCount; ++i)
        addresses << host + QLatin1Char(':') + QString::number(port + i);
    return addresses;
}

QString ClusterSettings::bootstrapServers() const { return brokerAddresses().join(QLatin1Char(',')); }

ClusterConfig ClusterSettings::toClusterConfig(ClusterConfig config) const
{
    config.dataDir = dataDir.toStdString();
    config.brokers = brokerCount;
    config.bindAddress = bindAddress.toStdString();
    config.basePort = basePort;
    for (auto it = brokerConfigs.begin(); it != brokerConfigs.end(); ++it)
        config.brokerConfigs[it.key().toStdString()] = it.value().toStdString();
    config.listeners = listeners;
    config.tls = tls;
    config.useSavedListeners = !listenersGiven;
    for (const QString &principal : superUsers)
        config.superUsers.insert(principal.toStdString());
    config.allowEveryoneIfNoAclFound = allowEveryoneIfNoAclFound;
    for (const auto &[user, password] : scramUsers)
        config.scramUsers.emplace_back(user.toStdString(), password.toStdString());
    return config;
}

} // namespace es
