#include "ui/security/client_settings.h"

#include <QStringList>

namespace es {

QString clientHost(const std::string &host)
{
    if (host.empty() || host == "0.0.0.0" || host == "::")
        return QStringLiteral("127.0.0.1");
    return QString::fromStdString(host);
}

QString clientSettings(const ListenerDescription &listener, const QString &caFile)
{
    QStringList servers;
    for (const auto &[broker, port] : listener.brokerPorts)
        servers << QStringLiteral("%1:%2").arg(clientHost(listener.host)).arg(port);
    QStringList lines{QStringLiteral("bootstrap.servers=") + servers.join(QLatin1Char(',')),
                      QStringLiteral("security.protocol=") +
                          QString::fromLatin1(security::securityProtocolName(listener.protocol))};
    if (security::usesSasl(listener.protocol))
        lines << QStringLiteral("sasl.mechanism=SCRAM-SHA-512") << QStringLiteral("sasl.username=<user>")
              << QStringLiteral("sasl.password=<password>");
    if (security::usesTls(listener.protocol) && !caFile.isEmpty())
        lines << QStringLiteral("ssl.ca.location=") + caFile;
    return lines.join(QLatin1Char('\n'));
}

} // namespace es
