#pragma once

#include "cluster/group/group_requests.h"
#include "common/buffer.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace es {

// One member of a classic group, as its coordinator keeps it.
struct GroupMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId; // set for static members
    std::string clientId;
    std::string clientHost;
    std::int32_t rebalanceTimeoutMs = 0;
    std::int32_t sessionTimeoutMs = 0;
    std::vector<GroupProtocol> protocols; // in the member's order of preference
    Bytes assignment;                     // from the leader, for the current generation

    std::int64_t lastHeartbeatMs = -1;    // the last heartbeat, join, sync or commit
    std::int64_t heartbeatDeadlineMs = 0; // the member expires at this time...
    // ...unless it waits in a JoinGroup or SyncGroup (the rebalance's own timers cover it);
    // a new member, though, expires even while it waits in its first JoinGroup.
    bool isNew = false;

    // The pending JoinGroup or SyncGroup response; empty when none waits.
    std::function<void(JoinGroupResult)> awaitingJoin;
    std::function<void(SyncGroupResult)> awaitingSync;

    [[nodiscard]] bool isAwaitingJoin() const { return static_cast<bool>(awaitingJoin); }
    [[nodiscard]] bool isAwaitingSync() const { return static_cast<bool>(awaitingSync); }
    [[nodiscard]] bool isStatic() const { return groupInstanceId.has_value(); }

    // The metadata for `protocol`, or nullptr when the member does not support it.
    [[nodiscard]] const Bytes *metadataFor(std::string_view protocol) const
    {
        for (const GroupProtocol &p : protocols)
            if (p.name == protocol)
                return &p.metadata;
        return nullptr;
    }

    // Whether the member's session has run out at `nowMs` (Kafka's !hasSatisfiedHeartbeat).
    [[nodiscard]] bool sessionExpired(std::int64_t nowMs) const
    {
        if (nowMs < heartbeatDeadlineMs)
            return false;
        return isNew || !(isAwaitingJoin() || isAwaitingSync());
    }
};

} // namespace es
