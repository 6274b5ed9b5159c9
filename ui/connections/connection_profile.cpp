#include "ui/connections/connection_profile.h"

namespace es {

RemoteSettings ConnectionProfile::toRemoteSettings() const
{
    RemoteSettings s;
    s.name = name.toStdString();
    s.bootstrapServers = bootstrapServers.trimmed().toStdString();
    s.securityProtocol = securityProtocol;
    s.saslMechanism = saslMechanism;
    s.username = username.toStdString();
    s.password = password.toStdString();
    s.caFile = caFile.toStdString();
    s.certificateFile = certificateFile.toStdString();
    s.keyFile = keyFile.toStdString();
    s.keyPassword = keyPassword.toStdString();
    s.readOnly = readOnly;
    return s;
}

} // namespace es
