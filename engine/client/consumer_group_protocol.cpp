#include "client/consumer_group_protocol.h"

#include "client/assignors/partition_assignor.h"
#include "cluster/group/consumer_protocol.h"

namespace es {

std::vector<GroupProtocol> joinProtocols(const std::vector<std::string> &assignors,
                                         const std::vector<std::string> &topics,
                                         const std::vector<TopicPartition> &owned, std::int32_t generation)
{
    std::vector<GroupProtocol> out;
    for (const auto &name : assignors) {
        const PartitionAssignor *a = findAssignor(name);
        if (!a)
            continue;
        ConsumerSubscription sub;
        sub.topics = topics;
        if (a->protocol() == RebalanceProtocol::Cooperative) {
            sub.ownedPartitions = groupByTopic(owned);
            sub.generationId = generation;
        }
        auto bytes = encodeSubscription(sub);
        if (bytes)
            out.push_back({name, std::move(*bytes)});
    }
    return out;
}

Result<std::vector<SyncGroupAssignment>> leaderAssignments(const std::string &protocol,
                                                           const std::vector<JoinGroupMember> &members,
                                                           const MetadataImage &image)
{
    std::vector<MemberSubscription> subs;
    PartitionCounts counts;
    for (const auto &m : members) {
        auto decoded = decodeSubscription(m.metadata);
        if (!decoded)
            continue;
        for (const auto &t : decoded->topics)
            if (const TopicInfo *info = image.topic(t))
                counts[t] = static_cast<std::int32_t>(info->partitions.size());
        subs.push_back(memberSubscription(m.memberId, *decoded));
    }
    auto result = assignPartitions(protocol, counts, subs);
    if (!result)
        return result.status();
    std::vector<SyncGroupAssignment> out;
    for (const auto &[member, tps] : *result) {
        ConsumerAssignment a;
        a.assignedPartitions = groupByTopic(tps);
        auto bytes = encodeAssignment(a);
        if (bytes)
            out.push_back({member, std::move(*bytes)});
    }
    return out;
}

} // namespace es
