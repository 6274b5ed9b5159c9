#pragma once

#ifndef Q_MOC_RUN
#include "remote/remote_settings.h"
#endif

#include <QColor>
#include <QString>

namespace es {

// A Kafka cluster the user connects to, as the connection dialog edits it and the
// connection store saves it. The secrets (password, key password) travel with it in memory
// but are saved only to the desktop keyring.
struct ConnectionProfile {
    QString id; // stable across renames; names the connection's catalog folder
    QString name;
    QString bootstrapServers;
    security::SecurityProtocol securityProtocol = security::SecurityProtocol::Plaintext;
    SaslMechanism saslMechanism = SaslMechanism::Plain;
    QString username;
    QString password;
    QString caFile;
    QString certificateFile;
    QString keyFile;
    QString keyPassword;
    QColor colour;
    bool readOnly = true; // external clusters are only looked at unless the user says otherwise

    [[nodiscard]] RemoteSettings toRemoteSettings() const;
};

} // namespace es
