#include "ui/topics/replica_move_text.h"

#include "ui/topics/replica_target_text.h"

#ifndef Q_MOC_RUN
#include "connection/replica_catch_up.h"
#endif

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace es {

namespace {

bool contains(const std::vector<std::int32_t> &ids, std::int32_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::int32_t> replicasWithout(const PartitionSnapshot &p, const std::vector<std::int32_t> &left)
{
    std::vector<std::int32_t> ids;
    for (const auto &r : p.replicas)
        if (!contains(left, r.broker))
            ids.push_back(r.broker);
    return ids;
}

// "4: 40% copied", or "4" when the broker's log end is not known (or nothing to copy).
QString joiningText(const PartitionSnapshot &p, std::int32_t broker)
{
    const auto r = std::find_if(p.replicas.begin(), p.replicas.end(),
                                [broker](const ReplicaSnapshot &s) { return s.broker == broker; });
    if (r != p.replicas.end() && r->inSync)
        return QCoreApplication::translate("ReplicaMoveText", "%1: in sync").arg(broker);
    const std::optional<ReplicaCatchUp> catchUp = catchUpOf(p, broker);
    if (!catchUp)
        return QString::number(broker);
    return QCoreApplication::translate("ReplicaMoveText", "%1: %2% copied")
        .arg(broker)
        .arg(catchUp->percent());
}

} // namespace

std::vector<std::int32_t> replicasBeforeMove(const PartitionSnapshot &p)
{
    return replicasWithout(p, p.addingReplicas);
}

std::vector<std::int32_t> replicasAfterMove(const PartitionSnapshot &p)
{
    return replicasWithout(p, p.removingReplicas);
}

QString replicasText(const PartitionSnapshot &p)
{
    if (!p.moving())
        return replicaTargetsText(replicasBeforeMove(p));
    const QString move = QStringLiteral("%1 → %2").arg(replicaTargetsText(replicasBeforeMove(p)),
                                                       replicaTargetsText(replicasAfterMove(p)));
    if (p.addingReplicas.empty())
        return move;
    QStringList joining;
    for (std::int32_t id : p.addingReplicas)
        joining << joiningText(p, id);
    return QCoreApplication::translate("ReplicaMoveText", "%1 (adding %2)")
        .arg(move, joining.join(QStringLiteral(", ")));
}

QString replicaMoveExplained(const PartitionSnapshot &p)
{
    if (!p.moving())
        return {};
    if (p.addingReplicas.empty())
        return QCoreApplication::translate("ReplicaMoveText",
                                           "Moving: broker %1 leaves once the move completes.")
            .arg(replicaTargetsText(p.removingReplicas));
    if (p.removingReplicas.empty())
        return QCoreApplication::translate(
                   "ReplicaMoveText",
                   "Moving: broker %1 copies the partition's log and joins once it has caught up.")
            .arg(replicaTargetsText(p.addingReplicas));
    return QCoreApplication::translate(
               "ReplicaMoveText",
               "Moving: broker %1 copies the partition's log; once it has caught up, broker %2 leaves.")
        .arg(replicaTargetsText(p.addingReplicas), replicaTargetsText(p.removingReplicas));
}

} // namespace es
