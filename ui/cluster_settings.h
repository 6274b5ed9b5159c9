#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace es {

inline constexpr int kDefaultBrokerCount = 3;
inline constexpr int kMaxBrokerCount = 9;
inline constexpr quint16 kDefaultBasePort = 9092;

// What the user chose for the local cluster: where its data lives and where its brokers
// listen. Broker i (counted from 1) listens on bindAddress, port basePort + i - 1.
// A plain value; the caller has validated it (see app/command_line.h).
struct ClusterSettings {
    QString dataDir;
    int brokerCount = kDefaultBrokerCount;
    quint16 basePort = kDefaultBasePort;
    QString bindAddress = QStringLiteral("127.0.0.1");
    // Kafka broker configs given at start (--config KEY=VALUE), by Kafka name: the cluster's
    // static broker configs (engine/cluster/broker_config_specs.h lists them).
    QMap<QString, QString> brokerConfigs;

    // The cluster's short name: the last component of the data directory ("default").
    [[nodiscard]] QString name() const;

    // "host:port" for each broker, in broker order. A wildcard bind address (0.0.0.0, ::)
    // is reached through loopback; IPv6 hosts are bracketed.
    [[nodiscard]] QStringList brokerAddresses() const;

    // The comma-separated list that Kafka clients take as bootstrap.servers.
    [[nodiscard]] QString bootstrapServers() const;
};

} // namespace es
