#pragma once

// A cluster whose brokers listen on the listeners a test names (SASL, TLS), on free
// loopback ports, for the wire security tests.

#include "cluster/cluster_fixture.h"
#include "security/listener_config.h"
#include "security/tls_material.h"
#include "server/listeners.h"
#include "server/wire_client.h"

#include <vector>

namespace es::test {

struct SecureWireCluster {
    std::unique_ptr<Cluster> cluster;
    std::vector<security::ListenerConfig> listeners;

    // Broker `broker`'s port on listener number `listener`.
    [[nodiscard]] int port(std::size_t listener, std::int32_t broker = 1) const
    {
        return listeners[listener].basePort + broker - 1;
    }
};

// Listener i is named names[i] when given (as listener.security.protocol.map lets a user
// name one), else after its protocol.
inline SecureWireCluster startSecureWireCluster(const QTemporaryDir &dir,
                                                const std::vector<security::SecurityProtocol> &protocols,
                                                int brokers = 1, security::TlsSettings tls = {},
                                                const std::vector<std::string> &names = {})
{
    SecureWireCluster w;
    ClusterConfig config = fastConfig(dir, brokers);
    config.basePort = freeBasePort(brokers * static_cast<int>(protocols.size() + 1));
    int next = config.basePort + brokers;
    for (const auto protocol : protocols) {
        security::ListenerConfig l;
        l.name = w.listeners.size() < names.size() ? names[w.listeners.size()]
                                                   : std::string(security::securityProtocolName(protocol));
        l.protocol = protocol;
        l.host = "127.0.0.1";
        l.basePort = next;
        next += brokers;
        w.listeners.push_back(l);
    }
    config.listeners = w.listeners;
    config.tls = tls;
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
