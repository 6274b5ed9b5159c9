#pragma once

#include "security/authorizer.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace es::security {

// One kind of request the authorizer decided lately: who asked for what, how often, and
// the last answer. The Security view previews a new ACL against these.
struct RecentAuthorization {
    RequestPrincipal who;
    AuthorizationAction action;
    std::string api;      // "Produce"
    bool allowed = false; // the last decision
    std::int64_t lastMs = 0;
    std::uint64_t count = 0;
};

// The distinct (principal, host, operation, resource) the authorizer decided lately, at most
// `capacity` of them: the least recently seen goes first.
//
// Thread-safety: every member may be called from any thread.
class RecentAuthorizations {
public:
    explicit RecentAuthorizations(std::size_t capacity = 500);
    void record(const RequestPrincipal &who, const AuthorizationAction &action, std::string_view api,
                bool allowed, std::int64_t nowMs);
    // Most recently seen first.
    [[nodiscard]] std::vector<RecentAuthorization> list() const;

private:
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, RecentAuthorization> m_entries;
};

} // namespace es::security
