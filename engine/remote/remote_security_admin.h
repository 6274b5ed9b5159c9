#pragma once

// A remote cluster's security as far as Kafka's protocol and librdkafka tell it: its ACLs
// (DescribeAcls, CreateAcls, DeleteAcls). Its SCRAM users need
// Describe/AlterUserScramCredentials, which librdkafka has only from 2.2; its listeners and
// its authorizer's refusals are not in the protocol at all. Those calls answer Unsupported,
// and abilities() says so, so that the view leaves them out.
//
// librdkafka 2.0 knows only the Topic, Group and Cluster resource types and the operations up
// to IdempotentWrite: a binding or filter beyond them is refused here, saying so, before
// anything is sent. It also drops DescribeAcls' error code: a listing the cluster refused
// arrives empty, as one with no ACLs would.

#include "connection/security_admin.h"

#include <librdkafka/rdkafka.h>

#include <string>

namespace es {

class RemoteSecurityAdmin final : public SecurityAdmin {
public:
    // `rk` must outlive this object (the connection's own client); changes are refused, as
    // every other write, when `readOnly`.
    RemoteSecurityAdmin(rd_kafka_t *rk, std::string connectionName, bool readOnly, int timeoutMs)
        : m_rk(rk), m_connectionName(std::move(connectionName)), m_readOnly(readOnly), m_timeoutMs(timeoutMs)
    {}

    [[nodiscard]] SecurityAdminAbilities abilities() const override;
    Result<SecurityDescription> describeSecurity() override;
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
    [[nodiscard]] Status refuseWhenReadOnly() const;

    rd_kafka_t *m_rk;
    std::string m_connectionName;
    bool m_readOnly;
    int m_timeoutMs;
};

} // namespace es
