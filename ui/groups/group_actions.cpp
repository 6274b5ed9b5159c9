#include "ui/groups/group_actions.h"

#include "ui/cluster_bridge.h"
#include "ui/groups/delete_group_offsets_dialog.h"
#include "ui/groups/groups_model.h"
#include "ui/read_only_text.h"
#include "ui/topics/admin_error_text.h"

#include "connection/connection.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace es {

namespace {

QString errorOf(const AdminResult &r) { return adminErrorText(r.error, r.message); }

} // namespace

GroupActions::GroupActions(ClusterBridge &bridge, QWidget *dialogParent)
    : QObject(dialogParent), m_bridge(bridge), m_dialogParent(dialogParent)
{
    m_deleteGroup = new QAction(tr("&Delete group…"), this);
    m_deleteGroup->setObjectName(QStringLiteral("deleteGroup"));
    connect(m_deleteGroup, &QAction::triggered, this, &GroupActions::confirmDeleteGroup);

    m_deleteOffsets = new QAction(tr("Delete offsets of a &topic…"), this);
    m_deleteOffsets->setObjectName(QStringLiteral("deleteGroupOffsets"));
    connect(m_deleteOffsets, &QAction::triggered, this, &GroupActions::openDeleteOffsets);

    for (QAction *a : {m_deleteGroup, m_deleteOffsets})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setCurrent(nullptr, {});
}

void GroupActions::setCurrent(const ClusterSnapshotPtr &snapshot, const QString &groupId)
{
    m_snapshot = snapshot;
    m_groupId = groupId;
    const GroupView *g = groupNamed(groupId);
    if (m_offsetsDialog)
        m_offsetsDialog->setGroup(snapshot, groupNamed(m_offsetsDialog->groupId()));

    if (m_bridge.capabilities().readOnly) {
        for (QAction *a : {m_deleteGroup, m_deleteOffsets}) {
            a->setEnabled(false);
            a->setToolTip(readOnlyToolTip(m_bridge.connectionName()));
        }
        return;
    }

    const bool empty = g && g->group.members.empty() && g->group.state == GroupState::Empty;
    m_deleteGroup->setEnabled(empty);
    if (!g || empty)
        m_deleteGroup->setToolTip(tr("Delete the selected group and its committed offsets (only an empty "
                                     "group: one whose consumers have all left)"));
    else if (!g->group.members.empty())
        m_deleteGroup->setToolTip(
            g->group.members.size() == 1
                ? tr("The group has a member: it must leave the group first (stop its consumer). Kafka "
                     "deletes only empty groups.")
                : tr("The group has %n members: they must leave it first (stop its consumers). Kafka deletes "
                     "only empty groups.",
                     nullptr, static_cast<int>(g->group.members.size())));
    else
        m_deleteGroup->setToolTip(tr("The group is in state %1: Kafka deletes a group only once it is Empty.")
                                      .arg(GroupsModel::stateText(g->group.state)));

    const bool offsets = g && !g->group.offsets.empty();
    m_deleteOffsets->setEnabled(offsets);
    m_deleteOffsets->setToolTip(
        !g || offsets
            ? tr("Forget the selected group's committed offsets of one topic, so that its consumers "
                 "start that topic over (kafka-consumer-groups --delete-offsets)")
            : tr("The group has no committed offsets to delete."));
}

const GroupView *GroupActions::groupNamed(const QString &groupId) const
{
    if (!m_snapshot || groupId.isEmpty())
        return nullptr;
    const std::string wanted = groupId.toStdString();
    for (const GroupView &g : m_snapshot->groups)
        if (g.group.groupId == wanted)
            return &g;
    return nullptr;
}

void GroupActions::confirmDeleteGroup()
{
    const GroupView *g = groupNamed(m_groupId);
    if (!g || !m_deleteGroup->isEnabled())
        return;
    const QString id = m_groupId;
    const std::size_t count = g->group.offsets.size();
    QString offsets = tr("It has no committed offsets.");
    if (count == 1)
        offsets = tr("Its committed offset of 1 partition goes with it, so consumers that join a group of "
                     "this name again start from their auto.offset.reset position.");
    else if (count > 1)
        offsets = tr("Its committed offsets of %n partitions go with it, so consumers that join a group of "
                     "this name again start from their auto.offset.reset position.",
                     nullptr, static_cast<int>(count));
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Delete consumer group"),
        tr("Delete the consumer group \"%1\"? %2 This cannot be undone.").arg(id, offsets),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_bridge.run(
        this, [g = id.toStdString()](Connection &c) { return c.deleteGroup(g); },
        [this, id](const AdminResult &r) {
            if (r.ok())
                emit groupDeleted(id);
            else
                emit failed(tr("Could not delete the group %1: %2").arg(id, errorOf(r)));
        });
}

void GroupActions::openDeleteOffsets()
{
    const GroupView *g = groupNamed(m_groupId);
    if (!g || !m_deleteOffsets->isEnabled())
        return;
    auto *dialog = new DeleteGroupOffsetsDialog(m_snapshot, *g, m_dialogParent);
    dialog->setObjectName(QStringLiteral("deleteGroupOffsetsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_offsetsDialog = dialog;
    connect(dialog, &SubmitDialog::submitted, this, [this, dialog] {
        m_bridge.run(
            dialog,
            [g = dialog->groupId().toStdString(), partitions = dialog->partitions()](Connection &c) {
                return c.deleteGroupOffsets(g, partitions);
            },
            [dialog](const AdminResult &r) { dialog->finish(errorOf(r)); });
    });
    dialog->open();
}

} // namespace es
