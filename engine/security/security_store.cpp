#include "security/security_store.h"

#include <algorithm>
#include <utility>

namespace es::security {

namespace {

// Kafka's checks of an AlterUserScramCredentials upsertion (UNACCEPTABLE_CREDENTIAL).
Status checkCredential(const std::string &user, const ScramCredential &credential)
{
    if (user.empty())
        return Status::invalidArgument("Username must not be empty");
    if (credential.iterations < kMinScramIterations)
        return Status::invalidArgument("Iterations " + std::to_string(credential.iterations) +
                                       " is below the minimum of " + std::to_string(kMinScramIterations));
    if (credential.iterations > kMaxScramIterations)
        return Status::invalidArgument("Iterations " + std::to_string(credential.iterations) +
                                       " is above the maximum of " + std::to_string(kMaxScramIterations));
    if (credential.salt.empty() || credential.storedKey.empty() || credential.serverKey.empty())
        return Status::invalidArgument("The credential of " + user + " has no salt or keys");
    return Status::ok();
}

} // namespace

SecurityStore::SecurityStore(SecurityState initial, Persist persist)
    : m_state(std::move(initial)),
      m_persist(std::move(persist)),
      m_index(std::make_shared<const AclIndex>(m_state.acls, m_state.options)),
      m_users(std::make_shared<const Users>(m_state.users))
{}

std::shared_ptr<const AclIndex> SecurityStore::acls() const { return m_index.load(); }

std::optional<ScramCredential> SecurityStore::credential(const std::string &user,
                                                         ScramMechanism mechanism) const
{
    const std::shared_ptr<const Users> users = m_users.load();
    const auto it = users->find(user);
    if (it == users->end())
        return std::nullopt;
    const auto found = it->second.find(mechanism);
    if (found == it->second.end())
        return std::nullopt;
    return found->second;
}

SecurityState SecurityStore::state() const
{
    std::lock_guard lock(m_writeMutex);
    return m_state;
}

Status SecurityStore::commit(SecurityState next)
{
    if (m_persist)
        ES_RETURN_IF_ERROR(m_persist(next));
    if (next.acls != m_state.acls || next.options != m_state.options)
        m_index.store(std::make_shared<const AclIndex>(next.acls, next.options));
    if (next.users != m_state.users)
        m_users.store(std::make_shared<const Users>(next.users));
    m_state = std::move(next);
    m_version.fetch_add(1);
    return Status::ok();
}

Status SecurityStore::upsertCredential(const std::string &user, const ScramCredential &credential)
{
    ES_RETURN_IF_ERROR(checkCredential(user, credential));
    std::lock_guard lock(m_writeMutex);
    SecurityState next = m_state;
    next.users[user][credential.mechanism] = credential;
    return commit(std::move(next));
}

Status SecurityStore::deleteCredential(const std::string &user, ScramMechanism mechanism)
{
    std::lock_guard lock(m_writeMutex);
    const auto it = m_state.users.find(user);
    if (it == m_state.users.end() || !it->second.contains(mechanism))
        return Status::notFound("Attempt to delete a user credential that does not exist");
    SecurityState next = m_state;
    auto &credentials = next.users[user];
    credentials.erase(mechanism);
    if (credentials.empty())
        next.users.erase(user);
    return commit(std::move(next));
}

std::vector<Status> SecurityStore::createAcls(const std::vector<AclBinding> &bindings)
{
    std::vector<Status> results;
    results.reserve(bindings.size());
    std::vector<std::size_t> added; // indexes into `bindings` of what the commit decides
    std::lock_guard lock(m_writeMutex);
    SecurityState next = m_state;
    for (std::size_t i = 0; i < bindings.size(); ++i) {
        results.push_back(validateAclBinding(bindings[i]));
        if (!results.back().isOk())
            continue;
        // Kafka answers success for an ACL that exists already, and keeps it once.
        if (std::find(next.acls.begin(), next.acls.end(), bindings[i]) != next.acls.end())
            continue;
        next.acls.push_back(bindings[i]);
        added.push_back(i);
    }
    if (added.empty())
        return results;
    const Status committed = commit(std::move(next));
    if (!committed.isOk())
        for (const std::size_t i : added)
            results[i] = committed;
    return results;
}

std::vector<std::vector<AclBinding>> SecurityStore::deleteAcls(const std::vector<AclBindingFilter> &filters,
                                                               Status *failure)
{
    std::vector<std::vector<AclBinding>> removed(filters.size());
    if (failure)
        *failure = Status::ok();
    std::lock_guard lock(m_writeMutex);
    SecurityState next = m_state;
    bool any = false;
    for (std::size_t i = 0; i < filters.size(); ++i) {
        // Removed from `next` as found, so a later filter never reports it again.
        auto kept = std::stable_partition(next.acls.begin(), next.acls.end(),
                                          [&](const AclBinding &b) { return !filters[i].matches(b); });
        removed[i].assign(kept, next.acls.end());
        next.acls.erase(kept, next.acls.end());
        any = any || !removed[i].empty();
    }
    if (!any)
        return removed;
    const Status committed = commit(std::move(next));
    if (committed.isOk())
        return removed;
    if (failure)
        *failure = committed;
    return std::vector<std::vector<AclBinding>>(filters.size());
}

std::vector<AclBinding> SecurityStore::describeAcls(const AclBindingFilter &filter) const
{
    const std::shared_ptr<const AclIndex> index = acls();
    std::vector<AclBinding> out;
    for (const AclBinding &binding : index->acls())
        if (filter.matches(binding))
            out.push_back(binding);
    return out;
}

Status SecurityStore::setOptions(AclIndex::Options options)
{
    std::lock_guard lock(m_writeMutex);
    if (options == m_state.options)
        return Status::ok();
    SecurityState next = m_state;
    next.options = std::move(options);
    return commit(std::move(next));
}

void SecurityStore::recordDenial(AuthorizationDenial denial)
{
    std::lock_guard lock(m_denialMutex);
    m_denials.push_back(std::move(denial));
    while (m_denials.size() > kMaxDenials)
        m_denials.pop_front();
}

std::vector<AuthorizationDenial> SecurityStore::recentDenials() const
{
    std::lock_guard lock(m_denialMutex);
    return {m_denials.begin(), m_denials.end()};
}

std::uint64_t SecurityStore::version() const { return m_version.load(); }

} // namespace es::security
