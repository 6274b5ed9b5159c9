#include "client/assignors/round_robin_assignor.h"

#include <iterator>
#include <set>

namespace es {

GroupAssignment RoundRobinAssignor::assign(const PartitionCounts &partitionsPerTopic,
                                           const std::vector<MemberSubscription> &members) const
{
    GroupAssignment assignment;
    std::map<std::string, std::set<std::string>> topicsOf; // member id -> topics, members sorted
    std::set<std::string> allTopics;
    for (const MemberSubscription &m : members) {
        assignment[m.memberId];
        std::set<std::string> &topics = topicsOf[m.memberId];
        topics.insert(m.topics.begin(), m.topics.end());
        allTopics.insert(m.topics.begin(), m.topics.end());
    }
    if (topicsOf.empty())
        return assignment;

    auto turn = topicsOf.begin();
    for (const std::string &topic : allTopics) {
        const auto count = partitionsPerTopic.find(topic);
        if (count == partitionsPerTopic.end())
            continue;
        for (std::int32_t p = 0; p < count->second; ++p) {
            // Some member subscribes to `topic`, so this ends within one round.
            while (!turn->second.contains(topic))
                turn = std::next(turn) == topicsOf.end() ? topicsOf.begin() : std::next(turn);
            assignment[turn->first].push_back({topic, p});
            turn = std::next(turn) == topicsOf.end() ? topicsOf.begin() : std::next(turn);
        }
    }
    return assignment;
}

} // namespace es
