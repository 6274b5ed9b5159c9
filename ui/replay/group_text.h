#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "replay/offset_reset_plan.h"
#endif

#include <QCoreApplication>
#include <QString>

namespace es {

// What the Reset offsets panel says about a group: its state and members in one line, and
// why a reset is refused while members are active.
class GroupText {
    Q_DECLARE_TR_FUNCTIONS(GroupText)

public:
    // The group as `snapshot` shows it, or nullptr when it has no such group (or it is Dead).
    static const GroupView *find(const ClusterSnapshotPtr &snapshot, const QString &groupId);
    // "invoice-printer on /127.0.0.1, billing-2 on /10.0.0.4".
    static QString members(const std::vector<GroupMemberSnapshot> &members);
    // One line on whether the group `groupId` (found as `group`, or nullptr) can be reset.
    static QString state(const QString &groupId, const GroupView *group);
    // Why `plan` cannot be applied, naming the active members; empty when it can.
    static QString refusal(const OffsetResetPlan &plan);
};

} // namespace es
