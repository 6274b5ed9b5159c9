#include "connection/replica_balance_plan.h"

#include <algorithm>
#include <map>
#include <set>

namespace es {

namespace {

bool contains(const std::vector<std::int32_t> &ids, std::int32_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// How many of `total` items each broker should hold: the floor of the share, and one more
// for the brokers holding the most now, so that fewer items have to move.
std::map<std::int32_t, int> quotas(const std::vector<std::int32_t> &brokers,
                                   const std::map<std::int32_t, int> &now, int total)
{
    std::vector<std::int32_t> byLoad = brokers;
    std::stable_sort(byLoad.begin(), byLoad.end(), [&](std::int32_t a, std::int32_t b) {
        const int la = now.contains(a) ? now.at(a) : 0;
        const int lb = now.contains(b) ? now.at(b) : 0;
        return la > lb;
    });
    const int n = static_cast<int>(brokers.size());
    std::map<std::int32_t, int> out;
    for (int i = 0; i < n; ++i)
        out[byLoad[static_cast<std::size_t>(i)]] = total / n + (i < total % n ? 1 : 0);
    return out;
}

// Balances one topic's replicas: `lists` are its partitions' replica lists, changed in place;
// `fixed[i]` marks a partition that must not change.
void spreadReplicas(std::vector<std::vector<std::int32_t>> &lists, const std::vector<bool> &fixed,
                    const std::vector<std::int32_t> &running)
{
    std::map<std::int32_t, int> load;
    int total = 0;
    for (const auto &l : lists)
        for (std::int32_t r : l) {
            ++load[r];
            ++total;
        }
    const std::map<std::int32_t, int> quota = quotas(running, load, total);
    auto over = [&](std::int32_t b) { return !quota.contains(b) || load[b] > quota.at(b); };
    // The running broker with the most room that `list` does not name yet, or -1.
    auto receiver = [&](const std::vector<std::int32_t> &list) {
        std::int32_t best = -1;
        int room = 0;
        for (std::int32_t b : running) {
            const int free = quota.at(b) - load[b];
            if (free > room && !contains(list, b)) {
                best = b;
                room = free;
            }
        }
        return best;
    };
    for (std::size_t i = 0; i < lists.size(); ++i) {
        if (fixed[i])
            continue;
        // Followers move before the preferred leader, so leadership stays where it is.
        for (std::size_t k = lists[i].size(); k-- > 0;) {
            const std::int32_t from = lists[i][k];
            if (!over(from))
                continue;
            const std::int32_t to = receiver(lists[i]);
            if (to < 0)
                continue;
            lists[i][k] = to;
            --load[from];
            ++load[to];
        }
    }
}

// Balances the preferred leaders by reordering replica lists (no data moves).
void spreadLeaders(std::vector<std::vector<std::int32_t>> &lists, const std::vector<bool> &fixed,
                   const std::vector<std::int32_t> &running)
{
    std::map<std::int32_t, int> leads;
    int total = 0;
    for (const auto &l : lists)
        if (!l.empty()) {
            ++leads[l.front()];
            ++total;
        }
    const std::map<std::int32_t, int> quota = quotas(running, leads, total);
    auto room = [&](std::int32_t b) { return quota.contains(b) ? quota.at(b) - leads[b] : -1; };
    for (std::size_t i = 0; i < lists.size(); ++i) {
        if (fixed[i] || lists[i].empty() || room(lists[i].front()) >= 0)
            continue;
        auto best = lists[i].end();
        for (auto it = lists[i].begin() + 1; it != lists[i].end(); ++it)
            if (room(*it) > 0 && (best == lists[i].end() || room(*it) > room(*best)))
                best = it;
        if (best == lists[i].end())
            continue;
        --leads[lists[i].front()];
        ++leads[*best];
        std::rotate(lists[i].begin(), best, best + 1);
    }
}

} // namespace

int ReplicaMove::copies() const
{
    int n = 0;
    for (std::int32_t r : to)
        n += contains(from, r) ? 0 : 1;
    return n;
}

int ReplicaBalancePlan::copies() const
{
    int n = 0;
    for (const auto &m : moves)
        n += m.copies();
    return n;
}

ReplicaMoves ReplicaBalancePlan::reassignment() const
{
    ReplicaMoves out;
    for (const auto &m : moves)
        out[m.tp] = m.to;
    return out;
}

ReplicaBalancePlan planReplicaBalance(const ClusterSnapshot &snapshot,
                                      const std::optional<std::string> &topic)
{
    std::vector<std::int32_t> running;
    for (const auto &b : snapshot.brokers)
        if (b.state == BrokerState::Running)
            running.push_back(b.id);
    std::sort(running.begin(), running.end());
    ReplicaBalancePlan plan;
    if (running.empty())
        return plan;
    for (const auto &t : snapshot.topics) {
        if (topic && t.name != *topic)
            continue;
        std::vector<std::vector<std::int32_t>> lists;
        std::vector<bool> fixed;
        std::size_t widest = 0;
        for (const auto &p : t.partitions) {
            std::vector<std::int32_t> list;
            for (const auto &r : p.replicas)
                if (!contains(p.removingReplicas, r.broker))
                    list.push_back(r.broker);
            widest = std::max(widest, list.size());
            lists.push_back(std::move(list));
            fixed.push_back(p.moving());
        }
        if (widest > running.size()) {
            plan.skippedTopics.push_back(t.name);
            continue;
        }
        const auto before = lists;
        spreadReplicas(lists, fixed, running);
        spreadLeaders(lists, fixed, running);
        for (std::size_t i = 0; i < lists.size(); ++i)
            if (lists[i] != before[i])
                plan.moves.push_back({{t.name, t.partitions[i].partition}, before[i], lists[i]});
    }
    return plan;
}

} // namespace es
