#include "ui/cluster/diagram_data.h"

#include <algorithm>

namespace es {

namespace {

ReplicaRole roleOf(const ReplicaSnapshot &r, const PartitionSnapshot &p)
{
    if (!r.online)
        return ReplicaRole::Offline;
    if (r.isLeader || r.broker == p.leader)
        return ReplicaRole::Leader;
    return r.inSync ? ReplicaRole::Follower : ReplicaRole::OutOfSync;
}

bool contains(const std::vector<std::int32_t> &ids, std::int32_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

MovingReplica movingReplica(const ReplicaSnapshot &r, const PartitionSnapshot &p)
{
    if (contains(p.addingReplicas, r.broker))
        return {ReplicaMove::Joining, catchUpOf(p, r.broker), r.inSync};
    if (contains(p.removingReplicas, r.broker))
        return {ReplicaMove::Leaving, std::nullopt, r.inSync};
    return {};
}

} // namespace

QString DiagramRow::label() const
{
    return isHeader() ? topic : QStringLiteral("%1-%2").arg(topic).arg(partition);
}

int DiagramData::columnOf(std::int32_t brokerId) const
{
    for (std::size_t i = 0; i < brokers.size(); ++i)
        if (brokers[i].id == brokerId)
            return static_cast<int>(i);
    return -1;
}

bool DiagramData::operator==(const DiagramData &o) const
{
    if (links.size() != o.links.size())
        return false;
    for (std::size_t i = 0; i < links.size(); ++i)
        if (links[i].a != o.links[i].a || links[i].b != o.links[i].b || !(links[i].fault == o.links[i].fault))
            return false;
    return controllerRunning == o.controllerRunning && brokers == o.brokers && rows == o.rows;
}

// What diagramData() reads of a snapshot is compared below by drawsSame(): the two change
// together.
DiagramData diagramData(const ClusterSnapshot &snapshot, bool includeInternalTopics)
{
    DiagramData d;
    for (const auto &b : snapshot.brokers)
        d.brokers.push_back({b.id, b.state, b.leaderCount});
    std::sort(d.brokers.begin(), d.brokers.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    d.links = snapshot.links;
    d.controllerRunning = snapshot.controllerRunning;

    std::vector<const TopicSnapshot *> topics;
    for (const auto &t : snapshot.topics)
        if (includeInternalTopics || !t.internal)
            topics.push_back(&t);
    std::sort(topics.begin(), topics.end(), [](const TopicSnapshot *a, const TopicSnapshot *b) {
        return a->internal != b->internal ? !a->internal : a->name < b->name;
    });

    for (const TopicSnapshot *t : topics) {
        DiagramRow header;
        header.topic = QString::fromStdString(t->name);
        header.partitionCount = static_cast<int>(t->partitions.size());
        header.replicationFactor = t->replicationFactor;
        header.offline = t->offline > 0;
        header.underReplicated = t->underReplicated > 0;
        d.rows.push_back(header);

        std::vector<const PartitionSnapshot *> partitions;
        for (const auto &p : t->partitions)
            partitions.push_back(&p);
        std::sort(partitions.begin(), partitions.end(),
                  [](const auto *a, const auto *b) { return a->partition < b->partition; });
        for (const PartitionSnapshot *p : partitions) {
            DiagramRow row;
            row.topic = header.topic;
            row.partition = p->partition;
            row.cells.assign(d.brokers.size(), ReplicaRole::None);
            if (p->moving())
                row.moves.assign(d.brokers.size(), MovingReplica{});
            for (const auto &r : p->replicas) {
                const int column = d.columnOf(r.broker);
                if (column < 0)
                    continue;
                row.cells[static_cast<std::size_t>(column)] = roleOf(r, *p);
                if (p->moving())
                    row.moves[static_cast<std::size_t>(column)] = movingReplica(r, *p);
            }
            row.offline = p->leader < 0;
            // As Kafka counts it during a move: a joining replica still copying is expected
            // to be out of sync, and the row says "moving" for it instead.
            row.underReplicated =
                p->leader >= 0 && std::any_of(p->replicas.begin(), p->replicas.end(), [&](const auto &r) {
                    return !r.inSync && !contains(p->addingReplicas, r.broker);
                });
            d.rows.push_back(std::move(row));
        }
    }
    return d;
}

bool drawsSame(const ClusterSnapshot &a, const ClusterSnapshot &b)
{
    const auto sameBroker = [](const BrokerSnapshot &x, const BrokerSnapshot &y) {
        return x.id == y.id && x.state == y.state && x.leaderCount == y.leaderCount;
    };
    const auto sameLink = [](const LinkState &x, const LinkState &y) {
        return x.a == y.a && x.b == y.b && x.fault == y.fault;
    };
    const auto sameReplica = [](const ReplicaSnapshot &x, const ReplicaSnapshot &y) {
        return x.broker == y.broker && x.online == y.online && x.isLeader == y.isLeader &&
               x.inSync == y.inSync;
    };
    // A move's catch-up is read only of moving partitions: other replicas' log ends change
    // with every record and draw nothing.
    const auto sameMove = [](const PartitionSnapshot &x, const PartitionSnapshot &y) {
        if (x.addingReplicas != y.addingReplicas || x.removingReplicas != y.removingReplicas)
            return false;
        return std::all_of(x.addingReplicas.begin(), x.addingReplicas.end(),
                           [&](std::int32_t id) { return catchUpOf(x, id) == catchUpOf(y, id); });
    };
    const auto samePartition = [&](const PartitionSnapshot &x, const PartitionSnapshot &y) {
        return x.partition == y.partition && x.leader == y.leader &&
               std::equal(x.replicas.begin(), x.replicas.end(), y.replicas.begin(), y.replicas.end(),
                          sameReplica) &&
               sameMove(x, y);
    };
    const auto sameTopic = [&](const TopicSnapshot &x, const TopicSnapshot &y) {
        return x.name == y.name && x.internal == y.internal && x.replicationFactor == y.replicationFactor &&
               (x.offline > 0) == (y.offline > 0) && (x.underReplicated > 0) == (y.underReplicated > 0) &&
               std::equal(x.partitions.begin(), x.partitions.end(), y.partitions.begin(), y.partitions.end(),
                          samePartition);
    };
    return a.controllerRunning == b.controllerRunning &&
           std::equal(a.brokers.begin(), a.brokers.end(), b.brokers.begin(), b.brokers.end(), sameBroker) &&
           std::equal(a.links.begin(), a.links.end(), b.links.begin(), b.links.end(), sameLink) &&
           std::equal(a.topics.begin(), a.topics.end(), b.topics.begin(), b.topics.end(), sameTopic);
}

} // namespace es
