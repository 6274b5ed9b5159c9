#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"
#endif

#include <cstdint>
#include <set>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace es {

// Moves a topic's replicas between brokers (Kafka's partition reassignment): one row per
// partition with its replicas now and an editable list of the replicas it is to have, the
// first the preferred leader. "Rebalance across brokers" fills the lists from the balance
// plan and says what it would cost. Only the partitions whose list changed are submitted.
// GUI thread only.
class MoveReplicasDialog : public SubmitDialog {
    Q_OBJECT

public:
    MoveReplicasDialog(const ClusterSnapshotPtr &snapshot, const TopicSnapshot &topic,
                       QWidget *parent = nullptr);

    [[nodiscard]] const QString &topicName() const { return m_topic; }
    // A newer snapshot: the replicas now and the known brokers follow it, the lists typed stay.
    // `topic` points into `snapshot`, nullptr when the topic is gone.
    void setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic);
    // The moves to submit: the partitions whose list differs from where they are headed now.
    [[nodiscard]] ReplicaMoves moves() const;
    // The engine's answer in words: empty when every partition's move started.
    static QString outcomeText(const Result<std::vector<ReassignmentResult>> &outcome);

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    void rebalance();
    void showCurrent(const TopicSnapshot &topic);

    QString m_topic;
    ClusterSnapshotPtr m_snapshot;
    std::set<std::int32_t> m_brokers;
    std::vector<std::int32_t> m_partitions;          // by row
    std::vector<std::vector<std::int32_t>> m_headed; // by row: the replicas once any move completes
    QTableWidget *m_table = nullptr;
    std::vector<QLineEdit *> m_targets; // by row
    QPushButton *m_rebalance = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace es
