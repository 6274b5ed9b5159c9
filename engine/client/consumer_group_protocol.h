#pragma once

// The consumer's side of the classic group protocol, as data: what a member offers in
// JoinGroup (its subscription, once per assignor it knows) and what the group's leader hands
// out in SyncGroup. No I/O and no state: the consumer calls these from its loop.

#include "cluster/group/group_requests.h"
#include "cluster/metadata_image.h"
#include "cluster/topic_partition.h"
#include "common/status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es {

// One protocol per known assignor in `assignors` (unknown names are left out), each with the
// subscription to `topics`; cooperative ones also carry the partitions the member owns and
// its generation, so that the leader can keep them in place.
std::vector<GroupProtocol> joinProtocols(const std::vector<std::string> &assignors,
                                         const std::vector<std::string> &topics,
                                         const std::vector<TopicPartition> &owned, std::int32_t generation);

// As the group's leader: every member's partitions under `protocol`, from the members'
// JoinGroup metadata and the partition counts in `image`. A member whose metadata does not
// decode gets nothing. Errors: an unknown protocol, a duplicate member id.
Result<std::vector<SyncGroupAssignment>> leaderAssignments(const std::string &protocol,
                                                           const std::vector<JoinGroupMember> &members,
                                                           const MetadataImage &image);

} // namespace es
