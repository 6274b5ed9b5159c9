#pragma once

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <QString>

namespace es {

// The host a client dials for a listener bound to `host`: a wildcard bind address (or none)
// is reached on the loopback address.
QString clientHost(const std::string &host);

// The client settings that reach `listener` (librdkafka's names, as Java clients share
// them but for the CA): bootstrap.servers, security.protocol, and for SASL the mechanism
// with a user and password to fill in, for TLS ssl.ca.location = `caFile`.
QString clientSettings(const ListenerDescription &listener, const QString &caFile);

} // namespace es
