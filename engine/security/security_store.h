#pragma once

#include "security/acl.h"
#include "security/authorizer.h"
#include "security/recent_authorizations.h"
#include "security/scram_credential.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace es::security {

// Everything about security the cluster keeps: SCRAM credentials by user and mechanism, the
// ACLs, super.users and allow.everyone.if.no.acl.found. Persisted with the cluster.
struct SecurityState {
    std::map<std::string, std::map<ScramMechanism, ScramCredential>> users;
    std::vector<AclBinding> acls;
    AclIndex::Options options;
    bool operator==(const SecurityState &) const = default;
};

// One refused request, for the Security view's recent denials.
struct AuthorizationDenial {
    std::int64_t timeMs = 0;
    RequestPrincipal who;
    AuthorizationAction action;
    std::optional<AclBinding> decidingAcl; // the deny that decided; nullopt: no allow matched
    std::string api;                       // "Produce"
};

// The cluster's security state, shared by every broker's listeners and the views.
//
// Every change is persisted before it applies: when Persist fails (a full disk), the state
// stays as it was and the failure is what the change returns.
//
// Thread-safety: every member may be called from any thread. Reads on the request path
// (acls(), credential(), describeAcls()) take no lock of the writers': they load an
// immutable snapshot. Changes are serialised, Persist included.
class SecurityStore {
public:
    // Called with the whole state after every change, on the changing thread, to persist it.
    using Persist = std::function<Status(const SecurityState &)>;

    explicit SecurityStore(SecurityState initial = {}, Persist persist = {});

    [[nodiscard]] std::shared_ptr<const AclIndex> acls() const;
    [[nodiscard]] std::optional<ScramCredential> credential(const std::string &user,
                                                            ScramMechanism mechanism) const;
    [[nodiscard]] SecurityState state() const;

    // AlterUserScramCredentials: each change applies on its own. Errors as Kafka's messages.
    Status upsertCredential(const std::string &user, const ScramCredential &credential);
    Status deleteCredential(const std::string &user, ScramMechanism mechanism);

    // CreateAcls: each binding validated and added (an existing one is not added twice);
    // one Status per binding, in order.
    std::vector<Status> createAcls(const std::vector<AclBinding> &bindings);
    // DeleteAcls: per filter, the bindings it removed; a binding several filters match is
    // removed by the first. When the change cannot be persisted, nothing is removed, every
    // list is empty and `*failure` (when given) says why.
    std::vector<std::vector<AclBinding>> deleteAcls(const std::vector<AclBindingFilter> &filters,
                                                    Status *failure = nullptr);
    [[nodiscard]] std::vector<AclBinding> describeAcls(const AclBindingFilter &filter) const;

    Status setOptions(AclIndex::Options options);

    // The last denials (at most kMaxDenials), newest last.
    static constexpr std::size_t kMaxDenials = 200;
    void recordDenial(AuthorizationDenial denial);
    [[nodiscard]] std::vector<AuthorizationDenial> recentDenials() const;
    // The kinds of request the authorizer decided lately (the listeners record them).
    [[nodiscard]] RecentAuthorizations &recentAuthorizations() { return m_recent; }
    [[nodiscard]] const RecentAuthorizations &recentAuthorizations() const { return m_recent; }
    // Grows with every change of state(), so views can tell when to read it again.
    [[nodiscard]] std::uint64_t version() const;

private:
    Status commit(SecurityState next); // under m_writeMutex

    using Users = std::map<std::string, std::map<ScramMechanism, ScramCredential>>;

    mutable std::mutex m_writeMutex;
    SecurityState m_state; // guarded by m_writeMutex
    Persist m_persist;
    // Replaced whole by commit(); readers load them without m_writeMutex.
    std::atomic<std::shared_ptr<const AclIndex>> m_index;
    std::atomic<std::shared_ptr<const Users>> m_users;
    std::atomic<std::uint64_t> m_version{0};
    mutable std::mutex m_denialMutex;
    std::deque<AuthorizationDenial> m_denials; // guarded by m_denialMutex
    RecentAuthorizations m_recent;
};

} // namespace es::security
