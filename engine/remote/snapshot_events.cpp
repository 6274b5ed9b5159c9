#include "remote/snapshot_events.h"

#include <map>
#include <unordered_map>

namespace es {

namespace {

std::string ids(const std::vector<std::int32_t> &list)
{
    std::string s;
    for (auto id : list)
        s += (s.empty() ? "" : ",") + std::to_string(id);
    return "[" + s + "]";
}

std::vector<std::int32_t> isrOf(const PartitionSnapshot &p)
{
    std::vector<std::int32_t> out;
    for (const auto &r : p.replicas)
        if (r.inSync)
            out.push_back(r.broker);
    return out;
}

bool contains(const std::vector<std::int32_t> &list, std::int32_t id)
{
    return std::find(list.begin(), list.end(), id) != list.end();
}

class Recorder {
public:
    explicit Recorder(std::int64_t timeMs) : m_timeMs(timeMs) {}
    void add(EventKind kind, std::string subject, std::string message)
    {
        m_events.push_back({.id = 0,
                            .timeMs = m_timeMs,
                            .kind = kind,
                            .subject = std::move(subject),
                            .message = std::move(message)});
    }
    std::vector<EventRecord> take() { return std::move(m_events); }

private:
    std::int64_t m_timeMs;
    std::vector<EventRecord> m_events;
};

void brokers(const ClusterSnapshot &before, const ClusterSnapshot &after, Recorder &out)
{
    std::map<std::int32_t, BrokerState> was;
    for (const auto &b : before.brokers)
        was[b.id] = b.state;
    for (const auto &b : after.brokers) {
        const auto it = was.find(b.id);
        const std::string subject = "broker:" + std::to_string(b.id);
        const std::string name = "broker " + std::to_string(b.id);
        const bool upNow = b.state == BrokerState::Running;
        if (it == was.end()) {
            if (!before.brokers.empty())
                out.add(EventKind::BrokerAdded, subject, name + " added");
        } else if (upNow && it->second != BrokerState::Running) {
            out.add(EventKind::BrokerStarted, subject, name + " is back in the cluster's metadata");
        } else if (!upNow && it->second == BrokerState::Running) {
            out.add(EventKind::BrokerStopped, subject, name + " is gone from the cluster's metadata");
        }
    }
}

void partitions(const TopicSnapshot &before, const TopicSnapshot &after, Recorder &out)
{
    std::unordered_map<std::int32_t, const PartitionSnapshot *> was;
    for (const auto &p : before.partitions)
        was[p.partition] = &p;
    for (const auto &p : after.partitions) {
        const auto it = was.find(p.partition);
        if (it == was.end())
            continue;
        const PartitionSnapshot &old = *it->second;
        const std::string name = after.name + "-" + std::to_string(p.partition);
        const std::string subject = "partition:" + name;
        if (p.leader != old.leader) {
            if (p.leader < 0)
                out.add(EventKind::PartitionOffline, subject,
                        name + " is offline: no in-sync replica is alive to lead it");
            else
                out.add(EventKind::LeaderElected, subject,
                        name + ": leader " + std::to_string(old.leader) + " -> " + std::to_string(p.leader));
        }
        const auto oldIsr = isrOf(old);
        const auto newIsr = isrOf(p);
        const bool shrank =
            std::any_of(oldIsr.begin(), oldIsr.end(), [&](auto id) { return !contains(newIsr, id); });
        const bool grew =
            std::any_of(newIsr.begin(), newIsr.end(), [&](auto id) { return !contains(oldIsr, id); });
        if (shrank || grew)
            out.add(grew && !shrank ? EventKind::IsrExpanded : EventKind::IsrShrunk, subject,
                    "ISR of " + name + (grew && !shrank ? " grew" : " shrank") + " from " + ids(oldIsr) +
                        " to " + ids(newIsr));
    }
}

void topics(const ClusterSnapshot &before, const ClusterSnapshot &after, Recorder &out)
{
    std::unordered_map<std::string, const TopicSnapshot *> was;
    for (const auto &t : before.topics)
        was[t.name] = &t;
    std::unordered_map<std::string, bool> now;
    for (const auto &t : after.topics) {
        now[t.name] = true;
        const auto it = was.find(t.name);
        const std::string subject = "topic:" + t.name;
        if (it == was.end()) {
            out.add(EventKind::TopicCreated, subject,
                    "topic " + t.name + " created with " + std::to_string(t.partitions.size()) +
                        " partition(s), replication factor " + std::to_string(t.replicationFactor));
            continue;
        }
        const TopicSnapshot &old = *it->second;
        if (t.partitions.size() > old.partitions.size())
            out.add(EventKind::PartitionsAdded, subject,
                    "topic " + t.name + " grew from " + std::to_string(old.partitions.size()) + " to " +
                        std::to_string(t.partitions.size()) + " partitions");
        partitions(old, t, out);
    }
    for (const auto &t : before.topics)
        if (!now.contains(t.name))
            out.add(EventKind::TopicDeleted, "topic:" + t.name, "topic " + t.name + " deleted");
}

void groups(const ClusterSnapshot &before, const ClusterSnapshot &after, Recorder &out)
{
    std::unordered_map<std::string, GroupState> was;
    for (const auto &g : before.groups)
        was[g.group.groupId] = g.group.state;
    std::unordered_map<std::string, bool> now;
    for (const auto &g : after.groups) {
        const GroupState state = g.group.state;
        now[g.group.groupId] = true;
        const auto it = was.find(g.group.groupId);
        const std::string subject = "group:" + g.group.groupId;
        const std::string stateName(groupStateName(state));
        if (it == was.end())
            out.add(EventKind::GroupStateChanged, subject, "appeared, " + stateName);
        else if (it->second != state)
            out.add(state == GroupState::Stable ? EventKind::GroupRebalanced : EventKind::GroupStateChanged,
                    subject, "state " + std::string(groupStateName(it->second)) + " -> " + stateName);
    }
    for (const auto &g : before.groups)
        if (!now.contains(g.group.groupId))
            out.add(EventKind::GroupStateChanged, "group:" + g.group.groupId, "deleted");
}

} // namespace

std::vector<EventRecord> eventsBetween(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    Recorder out(after.timeMs);
    brokers(before, after, out);
    topics(before, after, out);
    groups(before, after, out);
    return out.take();
}

} // namespace es
