#pragma once

// A one-broker cluster with the listeners a test names (TLS, SASL), SCRAM users and super
// users, reached as a remote cluster through librdkafka with RemoteSettings.

#include "cluster/cluster_fixture.h"
#include "security/listener_config.h"
#include "security/tls_material.h"
#include "server/listeners.h"
#include "ui/free_ports.h"

#ifndef Q_MOC_RUN
#include "remote/remote_settings.h"
#endif

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace es::test {

struct SecureClusterOptions {
    security::TlsSettings tls{};
    std::vector<std::pair<std::string, std::string>> scramUsers{};
    std::set<std::string> superUsers{};
    std::optional<bool> allowEveryoneIfNoAclFound{};
};

struct SecureRemoteCluster {
    std::unique_ptr<Cluster> cluster;
    std::map<security::SecurityProtocol, int> ports; // the broker's port on each listener

    [[nodiscard]] std::string caFile() const { return cluster->tlsMaterial()->caCertificate.string(); }

    // Settings for the listener of `protocol`, trusting the cluster's CA when it uses TLS.
    [[nodiscard]] RemoteSettings settings(security::SecurityProtocol protocol, const std::string &user = {},
                                          const std::string &password = {},
                                          SaslMechanism mechanism = SaslMechanism::ScramSha512) const
    {
        RemoteSettings s;
        s.name = "secure";
        s.bootstrapServers = "127.0.0.1:" + std::to_string(ports.at(protocol));
        s.securityProtocol = protocol;
        s.saslMechanism = mechanism;
        s.username = user;
        s.password = password;
        if (security::usesTls(protocol))
            s.caFile = caFile();
        s.readOnly = false;
        s.refreshIntervalMs = 200;
        s.requestTimeoutMs = 3000;
        return s;
    }
};

// Ports below Linux's ephemeral range, as startRemoteTestCluster's (remote_fixture.h).
inline SecureRemoteCluster startSecureRemoteCluster(const QTemporaryDir &dir,
                                                    const std::vector<security::SecurityProtocol> &protocols,
                                                    SecureClusterOptions options = {})
{
    SecureRemoteCluster w;
    ClusterConfig config = fastConfig(dir, 1);
    const int count = static_cast<int>(protocols.size()) + 1;
    config.basePort =
        freePortRun(20000 + static_cast<int>(QCoreApplication::applicationPid() % 1000) * 12, count);
    int next = config.basePort + 1;
    for (const auto protocol : protocols) {
        security::ListenerConfig l;
        l.name = std::string(security::securityProtocolName(protocol));
        l.protocol = protocol;
        l.host = "127.0.0.1";
        l.basePort = next++;
        w.ports[protocol] = l.basePort;
        config.listeners.push_back(l);
    }
    config.tls = options.tls;
    config.scramUsers = options.scramUsers;
    config.superUsers = options.superUsers;
    config.allowEveryoneIfNoAclFound = options.allowEveryoneIfNoAclFound;
    auto cluster = Cluster::create(config);
    if (!cluster)
        qFatal("cannot create cluster: %s", cluster.status().toString().c_str());
    server::installListeners(**cluster);
    Status s = (*cluster)->start();
    if (!s.isOk())
        qFatal("cannot start cluster: %s", s.toString().c_str());
    if (!(*cluster)->waitUntilReady(std::chrono::seconds(10)))
        qFatal("cluster did not become ready");
    w.cluster = std::move(*cluster);
    return w;
}

} // namespace es::test
