#include "server/listeners.h"

#include "cluster/cluster.h"
#include "security/tls_material.h"
#include "server/auth_failure_throttle.h"
#include "server/listener.h"

#include <asio/ssl/context.hpp>
#include <asio/thread_pool.hpp>

#include <algorithm>
#include <vector>

namespace es::server {

namespace {

// Everything one broker serves the wire with: one Listener per configured listener, the
// failed-login throttle they share, and the thread that checks SASL tokens (PLAIN's
// PBKDF2 takes milliseconds; the loop must not wait for it).
class BrokerListeners final : public BrokerAttachment {
public:
    ~BrokerListeners() override
    {
        m_listeners.clear();  // closes every connection first
        m_saslWorkers.join(); // then no token check is left running against the cluster
    }

    AuthFailureThrottle m_throttle;
    asio::thread_pool m_saslWorkers{1};
    std::vector<std::unique_ptr<Listener>> m_listeners;
};

// The TLS contexts of the cluster's SSL and SASL_SSL listeners (nullptr for a protocol no
// listener uses). As Kafka (KIP-684), ssl.client.auth applies to SSL listeners only: a
// SASL_SSL client authenticates with SASL and is not asked for a certificate.
struct TlsContexts {
    std::shared_ptr<asio::ssl::context> ssl;
    std::shared_ptr<asio::ssl::context> saslSsl;
};

Result<TlsContexts> makeTlsContexts(Cluster &cluster, const std::vector<security::ListenerConfig> &listeners)
{
    TlsContexts contexts;
    for (const security::ListenerConfig &l : listeners) {
        if (!security::usesTls(l.protocol))
            continue;
        if (!cluster.tlsMaterial())
            return Status::invalidArgument("the cluster has TLS listeners but no TLS certificate");
        const bool sasl = security::usesSasl(l.protocol);
        auto &context = sasl ? contexts.saslSsl : contexts.ssl;
        if (context)
            continue;
        auto made = security::makeServerTlsContext(
            *cluster.tlsMaterial(), sasl ? security::ClientAuth::None : cluster.config().tls.clientAuth);
        if (!made)
            return made.status();
        context = std::move(*made);
    }
    return contexts;
}

} // namespace

void installListeners(Cluster &cluster, const ServerConfig &config)
{
    const ClusterConfig &cc = cluster.config();
    const auto listeners = security::effectiveListeners(cc.listeners, cc.bindAddress, cc.basePort);
    auto tls = makeTlsContexts(cluster, listeners);
    cluster.setBrokerAttachmentFactory(
        [&cluster, config, listeners, tls](Broker &broker) -> Result<std::unique_ptr<BrokerAttachment>> {
            if (!tls)
                return tls.status();
            auto attachment = std::make_unique<BrokerListeners>();
            for (const auto &l : listeners) {
                ListenerSecurity security;
                security.listener = l;
                if (security::usesTls(l.protocol))
                    security.tls = security::usesSasl(l.protocol) ? tls->saslSsl : tls->ssl;
                security.throttle = &attachment->m_throttle;
                security.saslWorkers = &attachment->m_saslWorkers;
                auto listener = Listener::create(broker, cluster, config, std::move(security));
                if (!listener)
                    return listener.status();
                attachment->m_listeners.push_back(std::move(*listener));
            }
            return std::unique_ptr<BrokerAttachment>(std::move(attachment));
        });
}

} // namespace es::server
