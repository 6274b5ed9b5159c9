#pragma once

// The embedded cluster's security as the views see it: its listeners and CA from its
// config, users and ACLs from its security store, and what its authorizer decided lately.

#include "connection/security_admin.h"

namespace es {

class Cluster;

class EmbeddedSecurityAdmin final : public SecurityAdmin {
public:
    explicit EmbeddedSecurityAdmin(Cluster &cluster) : m_cluster(cluster) {}

    [[nodiscard]] SecurityAdminAbilities abilities() const override;
    Result<SecurityDescription> describeSecurity() override;
    Status saveListeners(const std::vector<security::ListenerConfig> &listeners,
                         const security::TlsSettings &tls) override;
    Result<std::vector<ScramUserDescription>> describeUsers() override;
    Status setUserPassword(const std::string &user, security::ScramMechanism mechanism,
                           const std::string &password, std::int32_t iterations) override;
    Status deleteUser(const std::string &user, std::optional<security::ScramMechanism> mechanism) override;
    Result<std::vector<security::AclBinding>> describeAcls(const security::AclBindingFilter &filter) override;
    Result<std::vector<Status>> createAcls(const std::vector<security::AclBinding> &bindings) override;
    Result<std::vector<security::AclBinding>>
    deleteAcls(const std::vector<security::AclBindingFilter> &filters) override;
    Result<std::vector<security::AuthorizationDenial>> recentDenials() override;
    Result<std::vector<security::RecentAuthorization>> recentRequests() override;

private:
    Cluster &m_cluster;
};

} // namespace es
