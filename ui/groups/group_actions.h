#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace es {

class ClusterBridge;
class DeleteGroupOffsetsDialog;

// The Consumer groups view's commands that change a group: delete it (Kafka's
// DeleteGroups, only once it is empty, after confirmation) and delete its committed offsets
// of one topic (OffsetDelete, in DeleteGroupOffsetsDialog). Each runs through the bridge,
// never on the GUI thread, and reports the coordinator's answer in words: in the dialog
// when there is one, otherwise through failed(). The actions act on the group set with
// setCurrent(); a disabled one says why in its tooltip. GUI thread only.
class GroupActions : public QObject {
    Q_OBJECT

public:
    GroupActions(ClusterBridge &bridge, QWidget *dialogParent);

    QAction *deleteGroup() const { return m_deleteGroup; }
    QAction *deleteOffsets() const { return m_deleteOffsets; }

    // The newest snapshot and the group the user has selected (empty for none).
    void setCurrent(const ClusterSnapshotPtr &snapshot, const QString &groupId);

signals:
    void groupDeleted(const QString &groupId);
    // An action without a dialog failed; `message` says what and why.
    void failed(const QString &message);

private:
    void confirmDeleteGroup();
    void openDeleteOffsets();
    [[nodiscard]] const GroupView *groupNamed(const QString &groupId) const;

    ClusterBridge &m_bridge;
    QWidget *m_dialogParent;
    ClusterSnapshotPtr m_snapshot;
    QString m_groupId;
    QPointer<DeleteGroupOffsetsDialog> m_offsetsDialog;
    QAction *m_deleteGroup = nullptr;
    QAction *m_deleteOffsets = nullptr;
};

} // namespace es
