#pragma once

// The client-side partition assignors of Kafka's consumer. The group leader runs one over
// every member's subscription and sends each member its share. They are pure functions of
// their inputs: the same subscriptions give the same assignment on every leader.

#include "cluster/group/consumer_protocol.h"
#include "cluster/topic_partition.h"
#include "common/status.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace es {

inline constexpr std::string_view kRangeAssignor = "range";
inline constexpr std::string_view kRoundRobinAssignor = "roundrobin";
inline constexpr std::string_view kCooperativeStickyAssignor = "cooperative-sticky";

// One member as the leader sees it after JoinGroup.
struct MemberSubscription {
    std::string memberId;
    std::vector<std::string> topics;
    std::vector<TopicPartition> owned; // what it holds now (subscription v1+)
    std::int32_t generation = -1;      // the generation `owned` comes from; -1 when unknown
};

// Partition count per topic, from metadata. Topics absent here are not assigned.
using PartitionCounts = std::map<std::string, std::int32_t>;
// Member id -> its partitions, sorted. Every member has an entry, possibly empty.
using GroupAssignment = std::map<std::string, std::vector<TopicPartition>>;

// Eager: members give up everything before they join, so owned partitions are empty.
// Cooperative: members keep what they own through the rebalance; an assignor that supports
// it never hands a partition to a new owner while another member still owns it.
enum class RebalanceProtocol : std::uint8_t { Eager, Cooperative };

class PartitionAssignor {
public:
    virtual ~PartitionAssignor() = default;

    // The name members offer in JoinGroup (partition.assignment.strategy).
    [[nodiscard]] virtual std::string_view name() const = 0;
    [[nodiscard]] virtual RebalanceProtocol protocol() const = 0;

    // Preconditions: member ids are unique and partition counts are not negative;
    // assignPartitions() checks them.
    [[nodiscard]] virtual GroupAssignment assign(const PartitionCounts &partitionsPerTopic,
                                                 const std::vector<MemberSubscription> &members) const = 0;
};

// The assignor Kafka calls `name`, or nullptr. The instances live for the whole program.
const PartitionAssignor *findAssignor(std::string_view name);

// Runs the assignor `name`. NotFound for an unknown name; InvalidArgument for a duplicate
// member id or a negative partition count.
Result<GroupAssignment> assignPartitions(std::string_view name, const PartitionCounts &partitionsPerTopic,
                                         const std::vector<MemberSubscription> &members);

// The leader's view of a member from its decoded JoinGroup metadata for the chosen assignor.
// The generation is the subscription's generation_id when set (version 2+); otherwise, as
// Kafka's CooperativeStickyAssignor reads older members, an int32 at the start of user_data;
// otherwise -1. Eager assignors ignore it.
MemberSubscription memberSubscription(std::string memberId, const ConsumerSubscription &subscription);

} // namespace es
