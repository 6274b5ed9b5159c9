#include "client/assignors/range_assignor.h"

#include <algorithm>
#include <set>

namespace es {

GroupAssignment RangeAssignor::assign(const PartitionCounts &partitionsPerTopic,
                                      const std::vector<MemberSubscription> &members) const
{
    GroupAssignment assignment;
    std::map<std::string, std::set<std::string>> subscribers; // topic -> member ids, sorted
    for (const MemberSubscription &m : members) {
        assignment[m.memberId];
        for (const std::string &topic : m.topics)
            subscribers[topic].insert(m.memberId);
    }
    for (const auto &[topic, memberIds] : subscribers) {
        const auto count = partitionsPerTopic.find(topic);
        if (count == partitionsPerTopic.end())
            continue;
        const auto partitions = static_cast<std::size_t>(std::max(count->second, 0));
        const std::size_t share = partitions / memberIds.size();
        const std::size_t extra = partitions % memberIds.size();
        std::size_t i = 0;
        for (const std::string &memberId : memberIds) {
            const std::size_t start = share * i + std::min(i, extra);
            const std::size_t length = share + (i < extra ? 1 : 0);
            std::vector<TopicPartition> &out = assignment[memberId];
            for (std::size_t p = start; p < start + length; ++p)
                out.push_back({topic, static_cast<std::int32_t>(p)});
            ++i;
        }
    }
    return assignment;
}

} // namespace es
