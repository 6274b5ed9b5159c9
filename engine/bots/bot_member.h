#pragma once

#include "bots/rate_meter.h"
#include "client/group_consumer.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace es {

// What every member of a consumer-group bot reads before each record; the bot changes
// them while its members run. Owned by the bot, which outlives its members.
struct MemberSettings {
    std::atomic<std::int64_t> processingUs{0}; // simulated work per record
    std::atomic<double> errorRate{0};          // share of attempts that fail
    std::int64_t retryPauseMs = 500;           // a failed record is retried after this
    RateMeter processed;                       // all members together
    std::atomic<std::uint64_t> errors{0};
};

// One member of a consumer-group bot: a real group consumer that subscribes (so the group
// coordinator sees it), and a thread that polls, "processes" each record (sleeps the
// processing time, fails at the error rate and retries after a pause) and commits what it
// processed about twice a second. Uncommitted records are consumed again after a
// rebalance, as with a real at-least-once consumer.
//
// Thread-safety: leave() and crash() may be called from any thread but the member's own,
// once each; the destructor leaves unless crash() was called.
class BotMember {
public:
    // `consumer` was opened with `clientId`; the member subscribes it to `topics`.
    BotMember(std::unique_ptr<GroupConsumer> consumer, std::string clientId,
              const std::vector<std::string> &topics, MemberSettings &settings);
    ~BotMember();
    BotMember(const BotMember &) = delete;
    BotMember &operator=(const BotMember &) = delete;

    // Stops the thread, commits nothing more and leaves the group (LeaveGroup).
    void leave();
    // Stops dead: no commit, no LeaveGroup; the group notices on its session timeout.
    void crash();

    [[nodiscard]] const std::string &clientId() const { return m_clientId; }

private:
    void run();
    // Simulates one record's work; false when the member is stopping.
    bool process(std::mt19937_64 &rng, std::int64_t &debtUs);
    // Sleeps up to `duration` unless the member is stopping first; false when stopping.
    bool pause(std::chrono::microseconds duration);
    void stopThread();

    const std::string m_clientId;
    MemberSettings &m_settings;
    std::unique_ptr<GroupConsumer> m_consumer;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false; // guarded by m_mutex
    bool m_done = false;     // leave() or crash() ran
    std::thread m_thread;
};

} // namespace es
