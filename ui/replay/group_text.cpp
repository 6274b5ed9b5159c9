#include "ui/replay/group_text.h"

#include "ui/groups/groups_model.h"

#include <QStringList>

namespace es {

namespace {

// In the user's language, as the Consumer groups view names the states.
QString stateName(GroupState state) { return GroupsModel::stateText(state); }

} // namespace

const GroupView *GroupText::find(const ClusterSnapshotPtr &snapshot, const QString &groupId)
{
    if (!snapshot)
        return nullptr;
    const std::string id = groupId.toStdString();
    for (const GroupView &g : snapshot->groups)
        if (g.group.groupId == id && g.group.state != GroupState::Dead)
            return &g;
    return nullptr;
}

QString GroupText::members(const std::vector<GroupMemberSnapshot> &members)
{
    QStringList names;
    for (const GroupMemberSnapshot &m : members)
        names << tr("%1 on %2")
                     .arg(QString::fromStdString(m.clientId.empty() ? m.memberId : m.clientId),
                          QString::fromStdString(m.clientHost));
    return names.join(QStringLiteral(", "));
}

QString GroupText::state(const QString &groupId, const GroupView *group)
{
    if (groupId.isEmpty())
        return tr("Choose a group, or type the id of a new one.");
    if (!group)
        return tr("No group %1 yet: the reset gives it its first committed offsets (choose a topic).")
            .arg(groupId);
    if (group->group.members.empty() && group->group.state == GroupState::Empty)
        return tr("Empty: no consumer is active, so its offsets can be reset.");
    return tr("%1 with %n active member(s): %2. Kafka resets offsets only while a group is empty.", "",
              static_cast<int>(group->group.members.size()))
        .arg(stateName(group->group.state), members(group->group.members));
}

QString GroupText::refusal(const OffsetResetPlan &plan)
{
    if (plan.groupIsEmpty())
        return {};
    return tr("Group %1 is %2 with %n active member(s): %3. Kafka resets offsets only while a group is "
              "empty: "
              "stop these consumers (or wait until their session times out), then preview again.",
              "", static_cast<int>(plan.activeMembers.size()))
        .arg(QString::fromStdString(plan.groupId), stateName(plan.state), members(plan.activeMembers));
}

} // namespace es
