#include "connection/embedded_security_admin.h"

#include "catalog/catalog.h"
#include "cluster/cluster.h"
#include "cluster/listener_check.h"

#include <algorithm>

namespace es {

SecurityAdminAbilities EmbeddedSecurityAdmin::abilities() const
{
    return {.listeners = true, .users = true, .acls = true, .denials = true};
}

Result<SecurityDescription> EmbeddedSecurityAdmin::describeSecurity()
{
    const ClusterConfig &config = m_cluster.config();
    SecurityDescription out;
    std::vector<std::int32_t> brokers;
    if (const MetadataImagePtr image = m_cluster.metadata())
        for (const auto &[id, broker] : image->brokers)
            brokers.push_back(id);
    std::sort(brokers.begin(), brokers.end());
    for (const security::ListenerConfig &listener :
         security::effectiveListeners(config.listeners, config.bindAddress, config.basePort)) {
        ListenerDescription d{listener.name, listener.protocol, listener.host, {}};
        for (const std::int32_t id : brokers)
            d.brokerPorts.emplace_back(id, listener.basePort + id - 1);
        out.listeners.push_back(std::move(d));
    }
    if (const auto &tls = m_cluster.tlsMaterial()) {
        out.caCertificate = tls->caCertificate.string();
        out.caFingerprint = tls->caFingerprint;
        out.ownCertificate = tls->ownCertificate;
    }
    const security::SecurityState state = m_cluster.security().state();
    out.superUsers = state.options.superUsers;
    out.allowEveryoneIfNoAclFound = state.options.allowEveryoneIfNoAclFound;
    return out;
}

Status EmbeddedSecurityAdmin::saveListeners(const std::vector<security::ListenerConfig> &listeners,
                                            const security::TlsSettings &tls)
{
    if (listeners.empty())
        return Status::invalidArgument("A cluster needs at least one listener.");
    ClusterConfig next = m_cluster.config();
    next.listeners = listeners;
    next.tls = tls;
    int brokers = next.brokers;
    for (const std::int32_t id : m_cluster.brokerIds())
        brokers = std::max(brokers, static_cast<int>(id));
    ES_RETURN_IF_ERROR(validateListeners(next, brokers));
    // The files must be readable now, or the next start would fail on them.
    if (!tls.certificateFile.empty()) {
        auto material = security::ensureTlsMaterial(next.dataDir / "tls", tls, {"localhost"});
        if (!material)
            return Status::invalidArgument(material.status().message());
    }
    Catalog *catalog = m_cluster.catalog();
    if (!catalog)
        return Status::unsupported("This cluster keeps no catalog, so its listeners cannot be saved.");
    return catalog->saveListeners(security::effectiveListeners(listeners, next.bindAddress, next.basePort),
                                  tls);
}

Result<std::vector<ScramUserDescription>> EmbeddedSecurityAdmin::describeUsers()
{
    std::vector<ScramUserDescription> out;
    for (const auto &[user, credentials] : m_cluster.security().state().users) {
        ScramUserDescription d{user, {}};
        for (const auto &[mechanism, credential] : credentials)
            d.credentials.push_back({mechanism, credential.iterations});
        out.push_back(std::move(d));
    }
    return out; // the state's map keeps them sorted by name
}

Status EmbeddedSecurityAdmin::setUserPassword(const std::string &user, security::ScramMechanism mechanism,
                                              const std::string &password, std::int32_t iterations)
{
    if (user.empty())
        return Status::invalidArgument("A user name is required.");
    if (password.empty())
        return Status::invalidArgument("A password is required.");
    Result<security::ScramCredential> credential =
        security::makeScramCredential(mechanism, password, iterations);
    if (!credential)
        return credential.status();
    return m_cluster.security().upsertCredential(user, *credential);
}

Status EmbeddedSecurityAdmin::deleteUser(const std::string &user,
                                         std::optional<security::ScramMechanism> mechanism)
{
    if (mechanism)
        return m_cluster.security().deleteCredential(user, *mechanism);
    const security::SecurityState state = m_cluster.security().state();
    const auto it = state.users.find(user);
    if (it == state.users.end())
        return Status::notFound("There is no user " + user + ".");
    for (const auto &[m, credential] : it->second)
        ES_RETURN_IF_ERROR(m_cluster.security().deleteCredential(user, m));
    return Status::ok();
}

Result<std::vector<security::AclBinding>>
EmbeddedSecurityAdmin::describeAcls(const security::AclBindingFilter &filter)
{
    ES_RETURN_IF_ERROR(security::validateAclFilter(filter));
    return m_cluster.security().describeAcls(filter);
}

Result<std::vector<Status>>
EmbeddedSecurityAdmin::createAcls(const std::vector<security::AclBinding> &bindings)
{
    return m_cluster.security().createAcls(bindings);
}

Result<std::vector<security::AclBinding>>
EmbeddedSecurityAdmin::deleteAcls(const std::vector<security::AclBindingFilter> &filters)
{
    for (const auto &filter : filters)
        ES_RETURN_IF_ERROR(security::validateAclFilter(filter));
    std::vector<security::AclBinding> out;
    for (auto &removed : m_cluster.security().deleteAcls(filters))
        out.insert(out.end(), removed.begin(), removed.end());
    return out;
}

Result<std::vector<security::AuthorizationDenial>> EmbeddedSecurityAdmin::recentDenials()
{
    return m_cluster.security().recentDenials();
}

Result<std::vector<security::RecentAuthorization>> EmbeddedSecurityAdmin::recentRequests()
{
    return m_cluster.security().recentAuthorizations().list();
}

} // namespace es
