#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QObject>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <vector>

class QAction;
class QWidget;

namespace es {

class ClusterBridge;
class CreateTopicDialog;
class DeleteRecordsDialog;
class MoveReplicasDialog;

// The Topics view's commands: create, delete (after confirmation), add partitions, move
// replicas, elect leaders, edit configs and delete records. Each opens its dialog over `dialogParent`, runs
// the admin call through the bridge (never on the GUI thread) and reports the engine's answer in words: in
// the dialog when there is one, otherwise through failed(). The actions act on the topic set with
// setCurrent() and are enabled only when they make sense for it. GUI thread only.
class TopicActions : public QObject {
    Q_OBJECT

public:
    TopicActions(ClusterBridge &bridge, QWidget *dialogParent);

    QAction *create() const { return m_create; }
    QAction *remove() const { return m_remove; }
    QAction *addPartitions() const { return m_addPartitions; }
    QAction *moveReplicas() const { return m_moveReplicas; }
    QAction *editConfigs() const { return m_editConfigs; }
    QAction *deleteRecords() const { return m_deleteRecords; }
    QAction *electLeaders() const { return m_electLeaders; }

    // The newest snapshot and the topic the user has selected (empty for none).
    void setCurrent(const ClusterSnapshotPtr &snapshot, const QString &topic);
    // Opens the leader election dialog for these partitions of `topic` (empty: all of them),
    // where the connection can elect leaders.
    void openElectLeaders(const QString &topic, const std::vector<std::int32_t> &partitions);

signals:
    void created(const QString &topic);
    void removed(const QString &topic);
    // The engine took the configs edited in the dialog; `message` says which, with their values.
    void configsApplied(const QString &message);
    // An action without a dialog failed; `message` says what and why.
    void failed(const QString &message);

private:
    void openCreate();
    void confirmRemove();
    void openAddPartitions();
    void openMoveReplicas();
    void openEditConfigs();
    void openDeleteRecords();
    [[nodiscard]] const TopicSnapshot *currentTopic() const;
    [[nodiscard]] const TopicSnapshot *topicNamed(const QString &name) const;
    [[nodiscard]] int liveBrokers() const;
    [[nodiscard]] QStringList topicNames() const;

    ClusterBridge &m_bridge;
    QWidget *m_dialogParent;
    ClusterSnapshotPtr m_snapshot;
    QString m_topic;
    QPointer<CreateTopicDialog> m_createDialog;
    QPointer<DeleteRecordsDialog> m_deleteRecordsDialog;
    QPointer<MoveReplicasDialog> m_moveReplicasDialog;
    QAction *m_create = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_addPartitions = nullptr;
    QAction *m_moveReplicas = nullptr;
    QAction *m_editConfigs = nullptr;
    QAction *m_deleteRecords = nullptr;
    QAction *m_electLeaders = nullptr;
    QString m_electionsUnavailable; // why elections cannot run here, empty when they can
};

} // namespace es
