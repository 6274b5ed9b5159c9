#include "security/recent_authorizations.h"

#include <algorithm>

namespace es::security {

namespace {

std::string keyOf(const RequestPrincipal &who, const AuthorizationAction &action)
{
    std::string key;
    key.reserve(who.principal.size() + who.host.size() + action.resourceName.size() + 8);
    key += who.principal;
    key += '\n';
    key += who.host;
    key += '\n';
    key += static_cast<char>(action.operation);
    key += static_cast<char>(action.resourceType);
    key += action.resourceName;
    return key;
}

} // namespace

RecentAuthorizations::RecentAuthorizations(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{}

void RecentAuthorizations::record(const RequestPrincipal &who, const AuthorizationAction &action,
                                  std::string_view api, bool allowed, std::int64_t nowMs)
{
    std::string key = keyOf(who, action);
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_capacity) {
            // The least recently seen makes room; a linear scan, as this happens only when a
            // new kind of request arrives with the list full.
            auto oldest =
                std::min_element(m_entries.begin(), m_entries.end(), [](const auto &a, const auto &b) {
                    return a.second.lastMs < b.second.lastMs;
                });
            m_entries.erase(oldest);
        }
        RecentAuthorization entry;
        entry.who = who;
        entry.who.listener.clear(); // the same request through another listener is the same kind
        entry.action = action;
        it = m_entries.emplace(std::move(key), std::move(entry)).first;
    }
    RecentAuthorization &entry = it->second;
    entry.api = std::string(api);
    entry.allowed = allowed;
    entry.lastMs = nowMs;
    ++entry.count;
}

std::vector<RecentAuthorization> RecentAuthorizations::list() const
{
    std::vector<RecentAuthorization> out;
    {
        std::lock_guard lock(m_mutex);
        out.reserve(m_entries.size());
        for (const auto &[key, entry] : m_entries)
            out.push_back(entry);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.lastMs > b.lastMs; });
    return out;
}

} // namespace es::security
