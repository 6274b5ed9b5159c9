#include "remote/snapshot_events.h"

#include "catalog/event_forms.h"
#include "catalog/event_sentence.h"

#include <map>
#include <unordered_map>

namespace es {

namespace {

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
    void add(EventKind kind, std::string subject, EventSentence sentence)
    {
        std::string message = englishSentence(sentence);
        m_events.push_back({.id = 0,
                            .timeMs = m_timeMs,
                            .kind = kind,
                            .subject = std::move(subject),
                            .sentence = std::move(sentence),
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
        const bool upNow = b.state == BrokerState::Running;
        if (it == was.end()) {
            if (!before.brokers.empty())
                out.add(EventKind::BrokerAdded, subject, {EventForm::BrokerAdded, {{"broker", b.id}}});
        } else if (upNow && it->second != BrokerState::Running) {
            out.add(EventKind::BrokerStarted, subject, {EventForm::BrokerBackInMetadata, {{"broker", b.id}}});
        } else if (!upNow && it->second == BrokerState::Running) {
            out.add(EventKind::BrokerStopped, subject,
                    {EventForm::BrokerGoneFromMetadata, {{"broker", b.id}}});
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
                        {EventForm::PartitionOffline, {{"partition", name}}});
            else
                out.add(EventKind::LeaderElected, subject,
                        {EventForm::LeaderMovedInMetadata,
                         {{"partition", name}, {"from", old.leader}, {"to", p.leader}}});
        }
        const auto oldIsr = isrOf(old);
        const auto newIsr = isrOf(p);
        const bool shrank =
            std::any_of(oldIsr.begin(), oldIsr.end(), [&](auto id) { return !contains(newIsr, id); });
        const bool grew =
            std::any_of(newIsr.begin(), newIsr.end(), [&](auto id) { return !contains(oldIsr, id); });
        const bool expanded = grew && !shrank;
        if (shrank || grew)
            out.add(expanded ? EventKind::IsrExpanded : EventKind::IsrShrunk, subject,
                    {expanded ? EventForm::IsrExpanded : EventForm::IsrShrunk,
                     {{"partition", name}, {"from", eventIdList(oldIsr)}, {"to", eventIdList(newIsr)}}});
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
                    {EventForm::TopicCreated,
                     {{"topic", t.name},
                      {"partitions", t.partitions.size()},
                      {"replicationFactor", t.replicationFactor}}});
            continue;
        }
        const TopicSnapshot &old = *it->second;
        if (t.partitions.size() > old.partitions.size())
            out.add(EventKind::PartitionsAdded, subject,
                    {EventForm::PartitionsAdded,
                     {{"topic", t.name}, {"from", old.partitions.size()}, {"to", t.partitions.size()}}});
        partitions(old, t, out);
    }
    for (const auto &t : before.topics)
        if (!now.contains(t.name))
            out.add(EventKind::TopicDeleted, "topic:" + t.name,
                    {EventForm::TopicDeleted, {{"topic", t.name}}});
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
            out.add(EventKind::GroupStateChanged, subject,
                    {EventForm::GroupAppeared, {{"state", stateName}}});
        else if (it->second != state)
            out.add(state == GroupState::Stable ? EventKind::GroupRebalanced : EventKind::GroupStateChanged,
                    subject,
                    {EventForm::GroupStateChanged,
                     {{"previous", std::string(groupStateName(it->second))}, {"state", stateName}}});
    }
    for (const auto &g : before.groups)
        if (!now.contains(g.group.groupId))
            out.add(EventKind::GroupStateChanged, "group:" + g.group.groupId, {EventForm::GroupGone});
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
