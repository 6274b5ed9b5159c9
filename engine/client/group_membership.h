#pragma once

#include "cluster/group/group_requests.h"
#include "cluster/group/offset_commit.h"
#include "cluster/topic_partition.h"

#include <asio/steady_timer.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {

class ClientNode;

struct MembershipConfig {
    std::string groupId;
    std::string clientId;
    std::int32_t sessionTimeoutMs = 10000;
    std::int32_t rebalanceTimeoutMs = 30000;
    std::int32_t heartbeatIntervalMs = 1000;
    std::int32_t requestTimeoutMs = 10000;
};

// The member side of Kafka's classic group protocol for one consumer: find the
// coordinator, join, (as leader) compute the assignment, sync, heartbeat, rejoin when the
// group rebalances, leave. Offsets are committed and fetched through the same coordinator.
//
// Thread-safety: lives on its ClientNode's loop; every method must be called there and
// every callback runs there.
class GroupMembership {
public:
    struct Callbacks {
        // The protocols (assignor name + subscription metadata) to join with, in order of
        // preference; asked before every join.
        std::function<std::vector<GroupProtocol>()> protocols;
        // As leader: the assignment (member id -> assignment bytes) for the chosen protocol.
        std::function<std::vector<SyncGroupAssignment>(const std::string &protocol,
                                                        const std::vector<JoinGroupMember> &members)>
            assign;
        // Before rejoining: whether the member gives up its partitions first (eager
        // protocols) or keeps them (cooperative).
        std::function<void()> onRejoin;
        // A new assignment took effect (bytes of the chosen protocol).
        std::function<void(const std::string &protocol, const Bytes &assignment, std::int32_t generation)> onAssigned;
    };

    GroupMembership(ClientNode &node, MembershipConfig config, Callbacks callbacks);
    ~GroupMembership();

    void start();
    // Leaves the group (best effort) and stops.
    void leave(std::function<void()> done);

    void commit(std::vector<OffsetCommitPartition> offsets, std::function<void(ErrorCode)> done);
    void fetchCommitted(std::vector<TopicPartition> partitions,
                        std::function<void(std::optional<OffsetFetchResult>)> done);
    // Asks for a new rebalance (e.g. after a cooperative revocation).
    void rejoin();

    [[nodiscard]] bool stable() const { return m_state == State::Stable; }
    [[nodiscard]] std::int32_t generation() const { return m_generation; }
    [[nodiscard]] const std::string &memberId() const { return m_memberId; }

private:
    enum class State : std::uint8_t { Idle, Discovering, Joining, Syncing, Stable, Left };

    void discover();
    void join();
    void sync(std::vector<SyncGroupAssignment> assignments);
    void scheduleHeartbeat();
    void heartbeat();
    void retryLater(std::function<void()> step, int ms = 100);
    // Handles errors that send the member back to discovery or to a fresh join.
    bool recover(ErrorCode error);

    ClientNode &m_node;
    MembershipConfig m_config;
    Callbacks m_callbacks;
    State m_state = State::Idle;
    std::int32_t m_coordinator = -1;
    std::string m_memberId;
    std::int32_t m_generation = -1;
    std::string m_protocol;
    std::uint64_t m_round = 0; // bumps on every (re)join: stale answers are ignored
    // Answers may arrive after this object is gone (crash()): they check this first.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    std::unique_ptr<asio::steady_timer> m_heartbeatTimer;
    std::unique_ptr<asio::steady_timer> m_retryTimer;
};

} // namespace es
