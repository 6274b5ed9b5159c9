#pragma once

// What the coordinator shows of itself: per-group snapshots for views and events for the
// cluster's timeline. Plain values, safe to copy to another thread.

#include "catalog/event_record.h"
#include "cluster/group/group_state.h"
#include "cluster/group/offset_commit.h"
#include "cluster/topic_partition.h"
#include "common/buffer.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es {

struct GroupMemberSnapshot {
    std::string memberId;
    std::string clientId;
    std::string clientHost;
    std::optional<std::string> groupInstanceId;
    // What the group assigned the member, decoded from the consumer protocol, in topic and
    // partition order; empty for other protocols and before an assignment.
    std::vector<TopicPartition> assignedPartitions;
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = 0;
    std::int64_t lastHeartbeatMs = -1; // the last heartbeat, join, sync or commit
};

struct GroupSnapshot {
    std::string groupId;
    std::int32_t offsetsPartition = 0;
    GroupState state = GroupState::Empty;
    std::int64_t stateTimestampMs = -1; // when the group entered its state
    std::string protocolType;           // "" for a group that only stores offsets
    std::string protocol;               // the chosen assignor, "" when none
    std::int32_t generation = 0;
    std::string leaderId;
    std::vector<GroupMemberSnapshot> members; // in join order
    std::map<TopicPartition, CommittedOffset> offsets;
};

enum class GroupEventKind : std::uint8_t {
    StateChanged,  // oldState -> newState, at `generation`
    MemberJoined,  // a new member (or a static member under a new id) entered the group
    MemberLeft,    // LeaveGroup removed a member
    MemberExpired, // no heartbeat within the session timeout, or no rejoin/sync in time
    OffsetsReset,  // resetOffsets wrote new committed offsets
    GroupDeleted,  // DeleteGroups, or expiry of an empty group's last offsets
};

struct GroupEvent {
    GroupEventKind kind = GroupEventKind::StateChanged;
    std::int64_t timeMs = 0;
    std::string groupId;
    GroupState oldState = GroupState::Empty;
    GroupState newState = GroupState::Empty;
    std::int32_t generation = 0;
    std::string memberId;   // member events only
    std::string clientId;   // member events only
    EventSentence sentence; // what happened, or why the state changed
};

} // namespace es
