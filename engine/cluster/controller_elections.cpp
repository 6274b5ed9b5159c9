// The controller's leader elections asked for by an admin (ElectLeaders), and the periodic
// leader rebalance (auto.leader.rebalance.enable) that brings leadership back to preferred
// replicas.

#include "catalog/event_forms.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/controller.h"

#include <map>

namespace es {

namespace {

ElectionResult refused(const TopicPartition &tp, ErrorCode error, std::string why)
{
    return {tp, error, tp.toString() + ": " + std::move(why), -1};
}

} // namespace

ElectionResult Controller::electPreferredLeader(const std::string &topic, PartitionInfo &p)
{
    const TopicPartition tp{topic, p.partition};
    if (p.replicas.empty())
        return refused(tp, ErrorCode::PreferredLeaderNotAvailable, "the partition has no replicas");
    const std::int32_t preferred = p.replicas.front();
    if (p.leader == preferred)
        return refused(tp, ErrorCode::ElectionNotNeeded,
                       "broker " + std::to_string(preferred) + ", the preferred replica, already leads");
    if (!m_working->brokerAlive(preferred))
        return refused(tp, ErrorCode::PreferredLeaderNotAvailable,
                       "broker " + std::to_string(preferred) + ", the preferred replica, is not alive");
    if (!p.inIsr(preferred))
        return refused(tp, ErrorCode::PreferredLeaderNotAvailable,
                       "broker " + std::to_string(preferred) + ", the preferred replica, is not in sync");
    const std::int32_t old = p.leader;
    p.leader = preferred;
    ++p.leaderEpoch;
    ++p.partitionEpoch;
    persistPartition(topic, p);
    m_events.record(EventKind::LeaderElected, "partition:" + tp.toString(),
                    {EventForm::PreferredLeaderElected,
                     {{"partition", tp.toString()}, {"leader", preferred}, {"previous", old}}});
    return {tp, ErrorCode::None, {}, preferred};
}

ElectionResult Controller::electUncleanLeader(const std::string &topic, PartitionInfo &p)
{
    const TopicPartition tp{topic, p.partition};
    if (p.leader >= 0 && m_working->brokerAlive(p.leader))
        return refused(tp, ErrorCode::ElectionNotNeeded, "broker " + std::to_string(p.leader) + " leads it");
    // A live in-sync replica makes the election clean; only without one does it go outside.
    std::int32_t chosen = -1;
    for (auto r : p.isr)
        if (m_working->brokerAlive(r)) {
            chosen = r;
            break;
        }
    if (chosen < 0)
        for (auto r : p.replicas)
            if (m_working->brokerAlive(r)) {
                chosen = r;
                p.isr = {r};
                break;
            }
    if (chosen < 0)
        return refused(tp, ErrorCode::EligibleLeadersNotAvailable, "none of its replicas is alive");
    p.leader = chosen;
    ++p.leaderEpoch;
    ++p.partitionEpoch;
    persistPartition(topic, p);
    m_events.record(EventKind::LeaderElected, "partition:" + tp.toString(),
                    {EventForm::LeaderElected,
                     {{"partition", tp.toString()}, {"leader", chosen}, {"epoch", p.leaderEpoch}}});
    return {tp, ErrorCode::None, {}, chosen};
}

int Controller::rebalanceLeaders()
{
    // As Kafka's controller: per broker, the partitions whose preferred replica it is, and
    // how many of those another broker leads. Only a broker above
    // leader.imbalance.per.broker.percentage gets its partitions back, all at once, and
    // only those where it is alive and in sync (electPreferredLeader checks). Partitions
    // being reassigned are left to their move, as Kafka leaves them.
    struct Share {
        int preferred = 0;
        int ledElsewhere = 0;
    };
    std::map<std::int32_t, Share> shares;
    MetadataImage &img = mutableImage();
    for (const auto &[name, t] : img.topics)
        for (const auto &p : t.partitions) {
            if (p.replicas.empty() || p.reassigning())
                continue;
            Share &s = shares[p.replicas.front()];
            ++s.preferred;
            s.ledElsewhere += p.leader != p.replicas.front() ? 1 : 0;
        }
    const auto percentage = static_cast<std::int64_t>(m_config.leaderImbalancePerBrokerPercentage);
    int moved = 0;
    for (auto &[name, t] : img.topics)
        for (auto &p : t.partitions) {
            if (p.replicas.empty() || p.reassigning() || p.leader == p.replicas.front())
                continue;
            const Share &s = shares[p.replicas.front()];
            if (std::int64_t{s.ledElsewhere} * 100 <= percentage * s.preferred)
                continue;
            if (electPreferredLeader(name, p).error == ErrorCode::None)
                ++moved;
        }
    if (moved > 0)
        publish();
    return moved;
}

std::vector<ElectionResult>
Controller::electLeaders(ElectionType type, const std::optional<std::vector<TopicPartition>> &partitions)
{
    MetadataImage &img = mutableImage();
    auto elect = [&](const std::string &topic, PartitionInfo &p) {
        return type == ElectionType::Preferred ? electPreferredLeader(topic, p)
                                               : electUncleanLeader(topic, p);
    };
    std::vector<ElectionResult> results;
    if (partitions) {
        for (const auto &tp : *partitions) {
            auto t = img.topics.find(tp.topic);
            if (t == img.topics.end() || tp.partition < 0 ||
                tp.partition >= static_cast<std::int32_t>(t->second.partitions.size())) {
                results.push_back(refused(tp, ErrorCode::UnknownTopicOrPartition, "no such partition"));
                continue;
            }
            results.push_back(elect(t->first, t->second.partitions[static_cast<std::size_t>(tp.partition)]));
        }
    } else {
        for (auto &[name, t] : img.topics)
            for (auto &p : t.partitions)
                if (ElectionResult r = elect(name, p); r.error != ErrorCode::ElectionNotNeeded)
                    results.push_back(std::move(r));
    }
    for (const auto &r : results)
        if (r.error == ErrorCode::None) {
            publish();
            break;
        }
    return results;
}

} // namespace es
