#pragma once

// A SecurityAdmin kept in memory, for the Security view's tests: a SASL_SSL listener with
// a CA, users, ACLs and the recent requests and denials a test sets. Any thread.

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <algorithm>
#include <mutex>

namespace es::test {

class FakeSecurityAdmin final : public SecurityAdmin {
public:
    FakeSecurityAdmin()
    {
        m_description.listeners = {
            {"PLAINTEXT", security::SecurityProtocol::Plaintext, "127.0.0.1", {{1, 9092}, {2, 9093}}},
            {"SASL_SSL", security::SecurityProtocol::SaslSsl, "127.0.0.1", {{1, 9192}, {2, 9193}}}};
        m_description.caCertificate = "/data/tls/ca.pem";
        m_description.caFingerprint = "AB:CD:EF:01";
        m_description.allowEveryoneIfNoAclFound = false;
    }

    [[nodiscard]] SecurityAdminAbilities abilities() const override
    {
        return {.listeners = true, .users = true, .acls = true, .denials = true};
    }
    Result<SecurityDescription> describeSecurity() override
    {
        std::lock_guard lock(m_mutex);
        return m_description;
    }
    Result<std::vector<ScramUserDescription>> describeUsers() override
    {
        std::lock_guard lock(m_mutex);
        return m_users;
    }
    Status setUserPassword(const std::string &user, security::ScramMechanism mechanism, const std::string &,
                           std::int32_t iterations) override
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_users.begin(), m_users.end(), [&](const auto &u) { return u.user == user; });
        if (it == m_users.end()) {
            m_users.push_back({user, {}});
            it = m_users.end() - 1;
        }
        std::erase_if(it->credentials, [&](const auto &c) { return c.mechanism == mechanism; });
        it->credentials.push_back({mechanism, iterations});
        std::sort(m_users.begin(), m_users.end(),
                  [](const auto &a, const auto &b) { return a.user < b.user; });
        return Status::ok();
    }
    Status deleteUser(const std::string &user, std::optional<security::ScramMechanism>) override
    {
        std::lock_guard lock(m_mutex);
        return std::erase_if(m_users, [&](const auto &u) { return u.user == user; }) > 0
                   ? Status::ok()
                   : Status::notFound("Attempt to delete a user credential that does not exist");
    }
    Result<std::vector<security::AclBinding>> describeAcls(const security::AclBindingFilter &filter) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<security::AclBinding> out;
        for (const auto &b : m_acls)
            if (filter.matches(b))
                out.push_back(b);
        return out;
    }
    Result<std::vector<Status>> createAcls(const std::vector<security::AclBinding> &bindings) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<Status> out;
        for (const auto &b : bindings) {
            out.push_back(security::validateAclBinding(b));
            if (out.back().isOk() && std::find(m_acls.begin(), m_acls.end(), b) == m_acls.end())
                m_acls.push_back(b);
        }
        return out;
    }
    Result<std::vector<security::AclBinding>>
    deleteAcls(const std::vector<security::AclBindingFilter> &filters) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<security::AclBinding> removed;
        std::erase_if(m_acls, [&](const security::AclBinding &b) {
            for (const auto &f : filters)
                if (f.matches(b)) {
                    removed.push_back(b);
                    return true;
                }
            return false;
        });
        return removed;
    }
    Result<std::vector<security::AuthorizationDenial>> recentDenials() override
    {
        std::lock_guard lock(m_mutex);
        return m_denials;
    }
    Result<std::vector<security::RecentAuthorization>> recentRequests() override
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

    // As the authorizer would: decided with the ACLs as they are now, recorded as a
    // recent request and, when denied, a denial.
    void decide(const std::string &principal, security::AclOperation operation, security::ResourceType type,
                const std::string &resource, const std::string &api, std::int64_t timeMs)
    {
        std::lock_guard lock(m_mutex);
        const security::AclIndex index(m_acls,
                                       {m_description.superUsers, m_description.allowEveryoneIfNoAclFound});
        const security::RequestPrincipal who{principal, "127.0.0.1", "SASL_SSL"};
        const security::AuthorizationAction action{operation, type, resource};
        const security::AuthorizationDecision decision = index.authorize(who, action);
        m_requests.insert(m_requests.begin(), {who, action, api, decision.allowed, timeMs, 1});
        if (!decision.allowed)
            m_denials.push_back({timeMs, who, action, decision.decidingAcl, api});
    }

    void addAcl(const security::AclBinding &binding)
    {
        std::lock_guard lock(m_mutex);
        m_acls.push_back(binding);
    }
    [[nodiscard]] std::size_t aclCount() const
    {
        std::lock_guard lock(m_mutex);
        return m_acls.size();
    }

private:
    mutable std::mutex m_mutex;
    SecurityDescription m_description;
    std::vector<ScramUserDescription> m_users;
    std::vector<security::AclBinding> m_acls;
    std::vector<security::AuthorizationDenial> m_denials;
    std::vector<security::RecentAuthorization> m_requests;
};

} // namespace es::test
