#include "client/assignors/partition_assignor.h"

#include "client/assignors/cooperative_sticky_assignor.h"
#include "client/assignors/range_assignor.h"
#include "client/assignors/round_robin_assignor.h"

#include <array>
#include <set>

namespace es {

const PartitionAssignor *findAssignor(std::string_view name)
{
    static const RangeAssignor range;
    static const RoundRobinAssignor roundRobin;
    static const CooperativeStickyAssignor cooperativeSticky;
    static const std::array<const PartitionAssignor *, 3> all{&range, &roundRobin, &cooperativeSticky};
    for (const PartitionAssignor *assignor : all)
        if (assignor->name() == name)
            return assignor;
    return nullptr;
}

Result<GroupAssignment> assignPartitions(std::string_view name, const PartitionCounts &partitionsPerTopic,
                                         const std::vector<MemberSubscription> &members)
{
    const PartitionAssignor *assignor = findAssignor(name);
    if (!assignor)
        return Status::notFound("no partition assignor named '" + std::string(name) + "'");
    std::set<std::string_view> ids;
    for (const MemberSubscription &m : members)
        if (!ids.insert(m.memberId).second)
            return Status::invalidArgument("member '" + m.memberId + "' appears twice");
    for (const auto &[topic, count] : partitionsPerTopic)
        if (count < 0)
            return Status::invalidArgument("topic '" + topic + "' has a negative partition count");
    return assignor->assign(partitionsPerTopic, members);
}

MemberSubscription memberSubscription(std::string memberId, const ConsumerSubscription &subscription)
{
    MemberSubscription m{std::move(memberId), subscription.topics, flatten(subscription.ownedPartitions),
                         subscription.generationId};
    if (m.generation < 0 && subscription.userData && subscription.userData->size() >= sizeof(std::int32_t)) {
        BufferReader in(*subscription.userData);
        m.generation = in.get<std::int32_t>();
    }
    return m;
}

} // namespace es
