#include "client/assignors/cooperative_sticky_assignor.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>

namespace es {
namespace {

struct Member {
    const MemberSubscription *subscription = nullptr;
    std::set<std::string> topics;  // subscribed topics that exist
    std::set<TopicPartition> kept; // owned partitions it keeps as the starting point
    std::set<TopicPartition> assigned;

    [[nodiscard]] bool takes(const TopicPartition &tp) const { return topics.contains(tp.topic); }
};

bool exists(const PartitionCounts &counts, const TopicPartition &tp)
{
    const auto it = counts.find(tp.topic);
    return it != counts.end() && tp.partition >= 0 && tp.partition < it->second;
}

std::vector<Member> makeMembers(const PartitionCounts &counts, const std::vector<MemberSubscription> &subs)
{
    std::vector<Member> members(subs.size());
    for (std::size_t i = 0; i < subs.size(); ++i) {
        members[i].subscription = &subs[i];
        for (const std::string &topic : subs[i].topics)
            if (counts.contains(topic))
                members[i].topics.insert(topic);
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return a.subscription->memberId < b.subscription->memberId;
    });
    return members;
}

// Who keeps each owned partition: the member claiming it with the newest generation, if that
// member still subscribes to its topic; nobody when two claim it in that same generation.
void keepOwned(std::vector<Member> &members, const PartitionCounts &counts)
{
    struct Claim {
        std::int32_t generation;
        std::optional<std::size_t> member;
    };
    std::map<TopicPartition, Claim> claims;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const MemberSubscription &sub = *members[i].subscription;
        const std::set<TopicPartition> owned(sub.owned.begin(), sub.owned.end());
        for (const TopicPartition &tp : owned) {
            if (!exists(counts, tp) || !members[i].takes(tp))
                continue;
            const auto [it, added] = claims.try_emplace(tp, Claim{sub.generation, i});
            if (added || sub.generation < it->second.generation)
                continue;
            it->second.member = sub.generation > it->second.generation ? std::optional(i) : std::nullopt;
            it->second.generation = sub.generation;
        }
    }
    for (const auto &[tp, claim] : claims)
        if (claim.member)
            members[*claim.member].kept.insert(tp);
    for (Member &m : members)
        m.assigned = m.kept;
}

// Each partition nobody keeps goes to the least loaded member that takes it (then by member
// id), the partitions with the fewest candidates first.
void placeUnassigned(std::vector<Member> &members, const PartitionCounts &counts)
{
    std::set<TopicPartition> taken;
    for (const Member &m : members)
        taken.insert(m.assigned.begin(), m.assigned.end());
    std::map<std::string, std::size_t> candidates; // topic -> members that take it
    for (const Member &m : members)
        for (const std::string &topic : m.topics)
            ++candidates[topic];

    std::vector<std::pair<std::size_t, TopicPartition>> unplaced;
    for (const auto &[topic, n] : candidates)
        for (std::int32_t p = 0; p < counts.at(topic); ++p)
            if (!taken.contains({topic, p}))
                unplaced.push_back({n, {topic, p}});
    std::sort(unplaced.begin(), unplaced.end());

    for (const auto &[n, tp] : unplaced) {
        Member *least = nullptr;
        for (Member &m : members)
            if (m.takes(tp) && (!least || m.assigned.size() < least->assigned.size()))
                least = &m;
        least->assigned.insert(tp);
    }
}

// A partition of `from` that `to` can take, one `from` does not keep if there is one.
std::optional<TopicPartition> movable(const Member &from, const Member &to)
{
    std::optional<TopicPartition> kept;
    for (const TopicPartition &tp : from.assigned) {
        if (!to.takes(tp))
            continue;
        if (!from.kept.contains(tp))
            return tp;
        if (!kept)
            kept = tp;
    }
    return kept;
}

// Moves one partition from a member to one holding at least two fewer that can take it,
// the most loaded giver and least loaded taker first. False when no such move is left.
// Every move lowers the sum of squared member sizes, so repeated calls end.
bool moveOne(std::vector<Member> &members)
{
    std::vector<std::size_t> bySize(members.size());
    std::iota(bySize.begin(), bySize.end(), std::size_t{0});
    std::stable_sort(bySize.begin(), bySize.end(), [&](std::size_t a, std::size_t b) {
        return members[a].assigned.size() < members[b].assigned.size();
    });
    for (auto giver = bySize.rbegin(); giver != bySize.rend(); ++giver) {
        Member &from = members[*giver];
        for (std::size_t taker : bySize) {
            Member &to = members[taker];
            if (to.assigned.size() + 2 > from.assigned.size())
                break;
            if (const std::optional<TopicPartition> tp = movable(from, to)) {
                from.assigned.erase(*tp);
                to.assigned.insert(*tp);
                return true;
            }
        }
    }
    return false;
}

// Kafka's CooperativeStickyAssignor.adjustAssignment: drops each partition given to a member
// that does not list it as owned while another member does.
void withholdTransfers(GroupAssignment &assignment, const std::vector<Member> &members)
{
    std::set<TopicPartition> revoked;
    for (const Member &m : members)
        for (const TopicPartition &tp : m.subscription->owned)
            if (!m.assigned.contains(tp))
                revoked.insert(tp);
    for (const Member &m : members) {
        const std::set<TopicPartition> owned(m.subscription->owned.begin(), m.subscription->owned.end());
        std::erase_if(assignment[m.subscription->memberId],
                      [&](const TopicPartition &tp) { return revoked.contains(tp) && !owned.contains(tp); });
    }
}

} // namespace

GroupAssignment CooperativeStickyAssignor::assign(const PartitionCounts &partitionsPerTopic,
                                                  const std::vector<MemberSubscription> &subscriptions) const
{
    std::vector<Member> members = makeMembers(partitionsPerTopic, subscriptions);
    keepOwned(members, partitionsPerTopic);
    placeUnassigned(members, partitionsPerTopic);
    while (moveOne(members)) {}

    GroupAssignment assignment;
    for (const Member &m : members)
        assignment[m.subscription->memberId].assign(m.assigned.begin(), m.assigned.end());
    withholdTransfers(assignment, members);
    return assignment;
}

} // namespace es
