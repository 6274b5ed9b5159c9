#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_config.h"
#endif

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace es {

inline constexpr int kDefaultBrokerCount = 3;
inline constexpr int kMaxBrokerCount = 9;
inline constexpr quint16 kDefaultBasePort = 9092;

// What the user chose for the local cluster: where its data lives, where its brokers
// listen and who may use them. Broker i (counted from 1) listens on bindAddress, port
// basePort + i - 1, unless listeners are given. A plain value; the caller has validated it
// (see app/command_line.h).
struct ClusterSettings {
    QString dataDir;
    int brokerCount = kDefaultBrokerCount;
    quint16 basePort = kDefaultBasePort;
    QString bindAddress = QStringLiteral("127.0.0.1");
    // Kafka broker configs given at start (--config KEY=VALUE), by Kafka name: the cluster's
    // static broker configs (engine/cluster/broker_config_specs.h lists them).
    QMap<QString, QString> brokerConfigs;
    // Every broker's listeners (--listener NAME://HOST:PORT), broker i on a listener's port
    // + i - 1; none: one PLAINTEXT listener on bindAddress:basePort.
    std::vector<security::ListenerConfig> listeners;
    security::TlsSettings tls; // --tls-cert, --tls-key, --tls-client-*
    // Whether the listeners above were chosen (--listener, --port, --bind, --tls-*): if not,
    // the cluster runs with the listeners it saved last, if any.
    bool listenersGiven = false;
    QStringList superUsers;                        // --super-user, "User:admin"
    std::optional<bool> allowEveryoneIfNoAclFound; // --allow-everyone-if-no-acl
    QList<QPair<QString, QString>> scramUsers;     // --scram-user NAME:PASSWORD, (name, password)

    // The cluster's short name: the last component of the data directory ("default").
    [[nodiscard]] QString name() const;

    // "host:port" of the first listener for each broker, in broker order. A wildcard bind
    // address (0.0.0.0, ::) is reached through loopback; IPv6 hosts are bracketed.
    [[nodiscard]] QStringList brokerAddresses() const;

    // The comma-separated list that Kafka clients take as bootstrap.servers.
    [[nodiscard]] QString bootstrapServers() const;

    // `base` (tuning such as timeouts) with these settings in it: what the cluster runs.
    [[nodiscard]] ClusterConfig toClusterConfig(ClusterConfig base = {}) const;
};

} // namespace es
