#pragma once

// What DescribeGroups and ListGroups return about groups.

#include "cluster/group/group_state.h"
#include "common/buffer.h"
#include "common/error_code.h"

#include <optional>
#include <string>
#include <vector>

namespace es {

struct DescribedMember {
    std::string memberId;
    std::optional<std::string> groupInstanceId;
    std::string clientId;
    std::string clientHost;
    Bytes metadata;   // for the chosen protocol; empty unless the group is Stable
    Bytes assignment; // empty unless the group is Stable
};

struct GroupDescription {
    std::string groupId;
    ErrorCode error = ErrorCode::None;
    GroupState state = GroupState::Dead; // Dead (with no error) for an unknown group, as Kafka answers
    std::string protocolType;
    std::string protocol; // the chosen assignor; empty unless the group is Stable
    std::vector<DescribedMember> members;
};

struct ListedGroup {
    std::string groupId;
    std::string protocolType;
    GroupState state = GroupState::Empty;
};

struct ListGroupsResult {
    ErrorCode error = ErrorCode::None; // COORDINATOR_LOAD_IN_PROGRESS while a partition loads
    std::vector<ListedGroup> groups;
};

} // namespace es
