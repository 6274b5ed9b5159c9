#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <vector>

class QComboBox;
class QTableWidget;

namespace es {

// Asks which topic's committed offsets a consumer group should forget, as
// kafka-consumer-groups --delete-offsets does (Kafka's OffsetDelete): the topics the group
// has committed offsets for, and per partition the offset and lag that go. The group's
// consumers start those partitions over from their auto.offset.reset position. Kafka
// refuses while the group's members consume the topic; the dialog says so up front and
// shows the coordinator's answer. GUI thread only.
class DeleteGroupOffsetsDialog : public SubmitDialog {
    Q_OBJECT

public:
    // `group` points into `snapshot`.
    DeleteGroupOffsetsDialog(const ClusterSnapshotPtr &snapshot, const GroupView &group,
                             QWidget *parent = nullptr);

    [[nodiscard]] const QString &groupId() const { return m_groupId; }
    // The group in the newest snapshot (nullptr: it is gone).
    void setGroup(const ClusterSnapshotPtr &snapshot, const GroupView *group);
    // The chosen topic (empty: none).
    [[nodiscard]] QString topic() const;
    // What to send: every partition of the chosen topic, those with a committed offset and
    // those the topic has now (one committed since the snapshot is forgotten too).
    [[nodiscard]] std::vector<TopicPartition> partitions() const;

protected:
    [[nodiscard]] QString problem() const override;

private:
    void fillTopics();
    void fillTable();

    QString m_groupId;
    ClusterSnapshotPtr m_snapshot;
    const GroupView *m_group = nullptr; // into m_snapshot; nullptr once the group is gone
    QComboBox *m_topic = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace es
