// The controller's partition reassignments, with Kafka's semantics (KIP-455). Moving a
// partition from its original replicas O to a target T:
// - the replica set becomes T followed by the replicas of O not in T; adding = T - O,
//   removing = O - T; the new replicas fetch from the leader like any follower;
// - when every replica of T is in the ISR, the move completes: replicas = T, the removing
//   replicas leave the ISR (their brokers then delete their logs), and a leader outside T
//   hands over to the first replica of T that is in sync and alive;
// - a new target for a partition already moving is taken relative to O, as Kafka's
//   controller does, so replicas added for the old target and not in the new one go;
// - cancelling goes back to O, dropping the adding replicas.
// The adding and removing lists are part of the partition's metadata, persisted with it, so
// a move in progress survives a restart of the controller and of every broker.

#include "catalog/event_forms.h"
#include "cluster/cluster_event_sink.h"
#include "cluster/controller.h"
#include "cluster/replica_placement.h"

#include <algorithm>

namespace es {

namespace {

bool contains(const std::vector<std::int32_t> &ids, std::int32_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// The ids of `from` that are not in `without`, in `from`'s order.
std::vector<std::int32_t> minus(const std::vector<std::int32_t> &from,
                                const std::vector<std::int32_t> &without)
{
    std::vector<std::int32_t> out;
    for (std::int32_t id : from)
        if (!contains(without, id))
            out.push_back(id);
    return out;
}

ReassignmentResult refused(const TopicPartition &tp, ErrorCode error, std::string why)
{
    return {tp, error, tp.toString() + ": " + std::move(why)};
}

// The first of `candidates` that is in the ISR and alive, or -1.
std::int32_t firstInSyncAlive(const MetadataImage &image, const PartitionInfo &p,
                              const std::vector<std::int32_t> &candidates)
{
    for (std::int32_t r : candidates)
        if (p.inIsr(r) && image.brokerAlive(r))
            return r;
    return -1;
}

// Keeps the leader when it is one of `allowed`, else elects the first of them in sync and
// alive (-1, offline, when there is none), bumping the leader epoch on a change.
void keepLeaderWithin(const MetadataImage &image, PartitionInfo &p, const std::vector<std::int32_t> &allowed)
{
    if (p.leader >= 0 && contains(allowed, p.leader))
        return;
    const std::int32_t next = firstInSyncAlive(image, p, allowed);
    if (next == p.leader)
        return;
    p.leader = next;
    ++p.leaderEpoch;
}

} // namespace

void Controller::recordLeaderMove(const TopicPartition &tp, std::int32_t from, const PartitionInfo &p)
{
    if (p.leader == from)
        return;
    if (p.leader < 0)
        m_events.record(EventKind::PartitionOffline, "partition:" + tp.toString(),
                        {EventForm::PartitionOffline, {{"partition", tp.toString()}}});
    else
        m_events.record(
            EventKind::LeaderElected, "partition:" + tp.toString(),
            {EventForm::LeaderMoved,
             {{"partition", tp.toString()}, {"from", from}, {"to", p.leader}, {"epoch", p.leaderEpoch}}});
}

std::vector<ReassignmentResult>
Controller::alterPartitionReassignments(const std::vector<ReassignmentChange> &changes)
{
    MetadataImage &img = mutableImage();
    const std::set<std::int32_t> registered = registeredBrokers();
    std::vector<ReassignmentResult> results;
    bool changed = false;
    for (const auto &change : changes) {
        const TopicPartition &tp = change.tp;
        auto t = img.topics.find(tp.topic);
        if (t == img.topics.end() || tp.partition < 0 ||
            tp.partition >= static_cast<std::int32_t>(t->second.partitions.size())) {
            results.push_back(refused(tp, ErrorCode::UnknownTopicOrPartition, "no such partition"));
            continue;
        }
        PartitionInfo &p = t->second.partitions[static_cast<std::size_t>(tp.partition)];
        const std::vector<std::int32_t> original = minus(p.replicas, p.addingReplicas);
        PartitionInfo next = p;
        if (!change.target) {
            if (!p.reassigning()) {
                results.push_back(
                    refused(tp, ErrorCode::NoReassignmentInProgress, "no reassignment is in progress"));
                continue;
            }
            next.isr = minus(p.isr, p.addingReplicas);
            if (next.isr.empty()) {
                results.push_back(refused(tp, ErrorCode::InvalidReplicaAssignment,
                                          "cancelling would leave the partition with no in-sync replica"));
                continue;
            }
            next.replicas = original;
            next.addingReplicas.clear();
            next.removingReplicas.clear();
        } else {
            const std::vector<std::int32_t> &target = *change.target;
            if (Status s = checkManualAssignment({target}, registered, std::nullopt, tp.partition);
                !s.isOk()) {
                results.push_back({tp, ErrorCode::InvalidReplicaAssignment, s.message()});
                continue;
            }
            std::vector<std::int32_t> full = target;
            for (std::int32_t r : minus(original, target))
                full.push_back(r);
            next.replicas = full;
            next.addingReplicas = minus(target, original);
            next.removingReplicas = minus(original, target);
            next.isr = minus(p.isr, minus(p.replicas, full)); // replicas added for an old target go
            if (next.isr.empty()) {
                results.push_back(
                    refused(tp, ErrorCode::InvalidReplicaAssignment,
                            "the new target would leave the partition with no in-sync replica"));
                continue;
            }
        }
        const std::int32_t leader = p.leader;
        keepLeaderWithin(img, next, next.replicas);
        if (next.isr != p.isr || next.replicas != p.replicas || next.leader != p.leader ||
            next.addingReplicas != p.addingReplicas || next.removingReplicas != p.removingReplicas) {
            ++next.partitionEpoch;
            p = std::move(next);
            const std::string subject = "partition:" + tp.toString();
            if (change.target && p.reassigning())
                m_events.record(EventKind::PartitionReassigned, subject,
                                {EventForm::ReassignmentStarted,
                                 {{"partition", tp.toString()},
                                  {"from", eventIdList(original)},
                                  {"to", eventIdList(*change.target)}}});
            else if (change.target) // only the order changed: done at once
                m_events.record(EventKind::PartitionReassigned, subject,
                                {EventForm::ReassignmentCompleted,
                                 {{"partition", tp.toString()}, {"replicas", eventIdList(p.replicas)}}});
            else
                m_events.record(EventKind::PartitionReassigned, subject,
                                {EventForm::ReassignmentCancelled,
                                 {{"partition", tp.toString()}, {"replicas", eventIdList(p.replicas)}}});
            recordLeaderMove(tp, leader, p);
            if (!maybeCompleteReassignment(tp.topic, p))
                persistPartition(tp.topic, p);
            changed = true;
        }
        results.push_back({tp, ErrorCode::None, {}});
    }
    if (changed)
        publish();
    return results;
}

bool Controller::maybeCompleteReassignment(const std::string &topic, PartitionInfo &p)
{
    if (!p.reassigning())
        return false;
    const std::vector<std::int32_t> target = p.targetReplicas();
    for (std::int32_t r : target)
        if (!p.inIsr(r))
            return false;
    const MetadataImage &img = *m_working;
    if (!contains(target, p.leader) || !img.brokerAlive(p.leader)) {
        if (firstInSyncAlive(img, p, target) < 0)
            return false; // no target replica can lead yet: try again at the next change
    }
    const std::int32_t leader = p.leader;
    keepLeaderWithin(img, p, target);
    p.isr = minus(p.isr, p.removingReplicas);
    p.replicas = target;
    p.addingReplicas.clear();
    p.removingReplicas.clear();
    ++p.partitionEpoch;
    persistPartition(topic, p);
    const TopicPartition tp{topic, p.partition};
    m_events.record(EventKind::PartitionReassigned, "partition:" + tp.toString(),
                    {EventForm::ReassignmentCompleted,
                     {{"partition", tp.toString()}, {"replicas", eventIdList(p.replicas)}}});
    recordLeaderMove(tp, leader, p);
    return true;
}

bool Controller::completeReassignments()
{
    bool any = false;
    for (auto &[name, t] : mutableImage().topics)
        for (auto &p : t.partitions)
            any = maybeCompleteReassignment(name, p) || any;
    return any;
}

std::vector<OngoingReassignment>
Controller::listPartitionReassignments(const std::optional<std::vector<TopicPartition>> &partitions) const
{
    std::vector<OngoingReassignment> out;
    auto add = [&](const std::string &topic, const PartitionInfo &p) {
        if (p.reassigning())
            out.push_back({{topic, p.partition}, p.replicas, p.addingReplicas, p.removingReplicas});
    };
    if (partitions) {
        for (const auto &tp : *partitions)
            if (const PartitionInfo *p = m_working->partition(tp))
                add(tp.topic, *p);
        return out;
    }
    for (const auto &[name, t] : m_working->topics)
        for (const auto &p : t.partitions)
            add(name, p);
    return out;
}

} // namespace es
