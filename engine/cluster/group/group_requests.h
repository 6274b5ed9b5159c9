#pragma once

// The membership requests of the classic group protocol (JoinGroup, SyncGroup, Heartbeat,
// LeaveGroup) and their results, as the coordinator takes and gives them: decoded from any
// wire version by the protocol layer, independent of it.

#include "common/buffer.h"
#include "common/error_code.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

// One assignor (or other protocol) a member supports, with its opaque metadata (for
// consumers: the subscription).
struct GroupProtocol {
    std::string name;
    Bytes metadata;

    bool operator==(const GroupProtocol &) const = default;
};

struct JoinGroupRequest {
    std::string groupId;
    std::string memberId;                       // empty for a member joining for the first time
    std::optional<std::string> groupInstanceId; // static membership (JoinGroup v5+)
    std::string clientId;
    std::string clientHost;
    std::int32_t sessionTimeoutMs = 0;
    std::int32_t rebalanceTimeoutMs = 0;  // JoinGroup v0 has none: pass the session timeout
    std::string protocolType;             // "consumer" for consumers
    std::vector<GroupProtocol> protocols; // in the member's order of preference
    // JoinGroup v4+: a new member without an id first gets MEMBER_ID_REQUIRED and its id.
    bool requireKnownMemberId = false;
};

struct JoinGroupMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    Bytes metadata; // for the chosen protocol

    bool operator==(const JoinGroupMember &) const = default;
};

struct JoinGroupResult {
    ErrorCode error = ErrorCode::None;
    std::int32_t generationId = -1;
    std::optional<std::string> protocolType;
    std::optional<std::string> protocolName;
    std::string leaderId;
    std::string memberId;                 // the member's id; with MEMBER_ID_REQUIRED, the id to rejoin with
    std::vector<JoinGroupMember> members; // every member, for the leader only
};

struct SyncGroupAssignment {
    std::string memberId;
    Bytes assignment;
};

struct SyncGroupRequest {
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::optional<std::string> protocolType;      // SyncGroup v5+: checked when present
    std::optional<std::string> protocolName;      // SyncGroup v5+: checked when present
    std::vector<SyncGroupAssignment> assignments; // from the leader; empty from followers
};

struct SyncGroupResult {
    ErrorCode error = ErrorCode::None;
    std::optional<std::string> protocolType;
    std::optional<std::string> protocolName;
    Bytes assignment;
};

struct HeartbeatRequest {
    std::string groupId;
    std::int32_t generationId = -1;
    std::string memberId;
    std::optional<std::string> groupInstanceId;
};

// A member to remove: by member id, or (LeaveGroup v3+, admin removal) by instance id with
// an empty member id.
struct LeavingMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
};

struct LeaveGroupRequest {
    std::string groupId;
    std::vector<LeavingMember> members;
};

struct LeavingMemberResult {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    ErrorCode error = ErrorCode::None;
};

struct LeaveGroupResult {
    ErrorCode error = ErrorCode::None;        // for the whole request (NOT_COORDINATOR...)
    std::vector<LeavingMemberResult> members; // in request order; empty when error is set
};

} // namespace es
