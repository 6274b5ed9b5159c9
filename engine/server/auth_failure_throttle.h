#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <unordered_map>

namespace es::server {

// Slows down password guessing: after kFreeFailures failed authentications from one client
// address within kWindow, each further failure is answered kStep later than the one before,
// up to kMaxDelay. Only the failing connection waits (its answer is held on a timer); other
// clients are served as usual. At most kMaxAddresses addresses are remembered; the stalest
// is forgotten first.
//
// Thread-safety: on one broker's loop only.
class AuthFailureThrottle {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr int kFreeFailures = 3;
    static constexpr auto kWindow = std::chrono::minutes(1);
    static constexpr auto kStep = std::chrono::seconds(1);
    static constexpr auto kMaxDelay = std::chrono::seconds(5);
    static constexpr std::size_t kMaxAddresses = 1024;

    // Records a failure from `address` and says how long to hold its answer.
    Clock::duration recordFailure(const std::string &address, Clock::time_point now = Clock::now());

private:
    struct Entry {
        Clock::time_point windowStart;
        Clock::time_point last;
        int failures = 0;
    };
    void forgetStalest(Clock::time_point now);

    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace es::server
