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
    if (host == QLatin1String("0.0.0.0"))
        host = QStringLiteral("127.0.0.1");
    else if (host == QLatin1String("::"))
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');

    QStringList addresses;
    for (int i = 0; i < brokerCount; ++i)
        addresses << host + QLatin1Char(':') + QString::number(basePort + i);
    return addresses;
}

QString ClusterSettings::bootstrapServers() const { return brokerAddresses().join(QLatin1Char(',')); }

} // namespace es
