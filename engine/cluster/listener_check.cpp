#include "cluster/listener_check.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace es {

namespace {

using security::ListenerConfig;

bool authenticates(const ListenerConfig &listener, const security::TlsSettings &tls)
{
    if (security::usesSasl(listener.protocol))
        return true;
    return listener.protocol == security::SecurityProtocol::Ssl &&
           tls.clientAuth == security::ClientAuth::Required;
}

std::string range(const ListenerConfig &listener, int brokers)
{
    if (brokers == 1)
        return "port " + std::to_string(listener.basePort);
    return "ports " + std::to_string(listener.basePort) + " to " +
           std::to_string(listener.basePort + brokers - 1);
}

// What an open listener should become: the same address with SASL_SSL.
std::string refusal(const ListenerConfig &listener)
{
    ListenerConfig safe = listener;
    safe.name = "SASL_SSL";
    return "refusing to listen on " + listener.host + " without authentication: listener " +
           security::formatListener(listener) + " lets anyone in; use " + security::formatListener(safe) +
           " with --scram-user NAME:PASSWORD, or SSL with --tls-client-auth required";
}

} // namespace

security::ListenerConfig firstListener(const ClusterConfig &config)
{
    return security::effectiveListeners(config.listeners, config.bindAddress, config.basePort).front();
}

bool isLoopbackHost(std::string_view host)
{
    return host == "localhost" || host == "::1" || host.starts_with("127.");
}

Status validateListeners(const ClusterConfig &config, int brokerCount)
{
    const int brokers = std::max(brokerCount > 0 ? brokerCount : config.brokers, 1);
    const std::vector<ListenerConfig> listeners =
        security::effectiveListeners(config.listeners, config.bindAddress, config.basePort);
    std::set<std::string> names;
    for (std::size_t i = 0; i < listeners.size(); ++i) {
        const ListenerConfig &listener = listeners[i];
        if (Status s = security::checkListenerName(listener.name); !s.isOk())
            return s;
        if (!names.insert(listener.name).second)
            return Status::invalidArgument("two listeners are named " + listener.name +
                                           ": a cluster has one listener of each name");
        if (listener.basePort < 1 || listener.basePort + brokers - 1 > 65535)
            return Status::invalidArgument("listener " + security::formatListener(listener) +
                                           " leaves no room for " + std::to_string(brokers) +
                                           " brokers: they would need " + range(listener, brokers));
        for (std::size_t j = 0; j < i; ++j) {
            const ListenerConfig &other = listeners[j];
            if (listener.basePort <= other.basePort + brokers - 1 &&
                other.basePort <= listener.basePort + brokers - 1)
                return Status::invalidArgument("listeners " + security::formatListener(other) + " and " +
                                               security::formatListener(listener) + " share ports: with " +
                                               std::to_string(brokers) + " brokers they use " +
                                               range(other, brokers) + " and " + range(listener, brokers) +
                                               "; move one so that the ranges do not meet");
        }
        if (!isLoopbackHost(listener.host) && !authenticates(listener, config.tls))
            return Status::invalidArgument(refusal(listener));
    }
    return Status::ok();
}

} // namespace es
