#pragma once

#include "bots/bot_member.h"
#include "bots/bot_status.h"
#include "common/status.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace es {

class Connection;

struct ConsumerGroupBotConfig {
    std::string name;
    std::string groupId;
    std::vector<std::string> topics;
    int members = 1;
    double processingMs = 0; // simulated work per record
    double errorRate = 0;    // share of attempts that fail and are retried after retryPauseMs
    std::int64_t retryPauseMs = 500;
    // Short, so that a crashed member is noticed (and its partitions move) within seconds.
    std::int32_t sessionTimeoutMs = 6000;
    OffsetReset autoOffsetReset = OffsetReset::Earliest;
};

// A simulated consumer group: `members` real es::Consumers in the group `groupId`, each on
// its own thread (BotMember). Members can be added, removed (they leave the group) or
// crashed (the coordinator notices on the session timeout) while the group runs; the
// processing time and error rate apply to every member at once.
//
// Thread-safety: every public method may be called from any thread; those that remove
// members block until the member's thread ends (at most a commit's timeout). The cluster
// must outlive the bot; the destructor makes the members leave.
class ConsumerGroupBot {
public:
    static constexpr int kMaxMembers = 64;
    static constexpr double kMaxProcessingMs = 60'000;

    // InvalidArgument, in words, for an empty group id, no topics, a member count out of
    // [0, kMaxMembers], a processing time out of [0, kMaxProcessingMs] or an error rate
    // out of [0, 1).
    static Result<std::unique_ptr<ConsumerGroupBot>> create(Connection &connection, std::int64_t id,
                                                            ConsumerGroupBotConfig config);
    ~ConsumerGroupBot();
    ConsumerGroupBot(const ConsumerGroupBot &) = delete;
    ConsumerGroupBot &operator=(const ConsumerGroupBot &) = delete;

    Status setProcessingMs(double processingMs);
    Status setErrorRate(double errorRate);
    Status addMember();
    // The newest member leaves the group. FailedPrecondition-like InvalidArgument when none.
    Status removeMember();
    // The member at `index` (join order; -1: the newest) stops dead, as a killed process.
    Status crashMember(int index = -1);
    [[nodiscard]] BotStatus status() const;
    // The configuration with today's processing time, error rate and members (those it had
    // when it stopped, for a stopped bot).
    [[nodiscard]] ConsumerGroupBotConfig config() const;
    // Every member leaves. Idempotent.
    void stop();

private:
    ConsumerGroupBot(Connection &connection, std::int64_t id, ConsumerGroupBotConfig config);
    Result<std::unique_ptr<BotMember>> makeMember();

    Connection &m_connection;
    const std::int64_t m_id;
    const ConsumerGroupBotConfig m_config;
    MemberSettings m_settings;

    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<BotMember>> m_members; // guarded by m_mutex
    int m_nextMember = 1;                              // guarded by m_mutex
    bool m_stopped = false;                            // guarded by m_mutex
    int m_membersAtStop = 0;                           // guarded by m_mutex
};

} // namespace es
