#include "server/auth_failure_throttle.h"

#include <algorithm>

namespace es::server {

AuthFailureThrottle::Clock::duration AuthFailureThrottle::recordFailure(const std::string &address,
                                                                        Clock::time_point now)
{
    auto it = m_entries.find(address);
    if (it == m_entries.end()) {
        if (m_entries.size() >= kMaxAddresses)
            forgetStalest(now);
        it = m_entries.emplace(address, Entry{now, now, 0}).first;
    }
    Entry &e = it->second;
    if (now - e.windowStart > kWindow) {
        e.windowStart = now;
        e.failures = 0;
    }
    e.last = now;
    ++e.failures;
    if (e.failures <= kFreeFailures)
        return Clock::duration::zero();
    const Clock::duration delay = kStep * (e.failures - kFreeFailures);
    return std::min<Clock::duration>(delay, kMaxDelay);
}

void AuthFailureThrottle::forgetStalest(Clock::time_point now)
{
    // Entries whose window has passed say nothing any more; without any, the oldest goes.
    std::erase_if(m_entries, [now](const auto &kv) { return now - kv.second.last > kWindow; });
    if (m_entries.size() < kMaxAddresses)
        return;
    const auto stalest =
        std::min_element(m_entries.begin(), m_entries.end(),
                         [](const auto &a, const auto &b) { return a.second.last < b.second.last; });
    m_entries.erase(stalest);
}

} // namespace es::server
