#pragma once

#include "ui/topics/submit_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/delete_records_plan.h"
#endif

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableView;

namespace es {

class DeleteRecordsModel;

// Asks which records of a topic to delete, as Kafka's DeleteRecords does: all of them
// (every partition up to its high watermark) or those of one partition below an offset.
// It shows per partition how many records go, by the newest snapshot, and keeps Delete
// disabled until the user ticks that deleted records cannot be restored. The topic and
// its partitions stay. GUI thread only.
class DeleteRecordsDialog : public SubmitDialog {
    Q_OBJECT

public:
    // `topic` points into `snapshot`.
    DeleteRecordsDialog(const ClusterSnapshotPtr &snapshot, const TopicSnapshot &topic,
                        QWidget *parent = nullptr);

    [[nodiscard]] const QString &topicName() const { return m_name; }
    // The topic in the newest snapshot (nullptr: it is gone); the counts follow it.
    void setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic);
    // What to send, as the form and the newest snapshot say.
    [[nodiscard]] DeleteRecordsPlan plan() const;

    // The answer to a plan's run in words: empty when every partition's records went,
    // otherwise which partitions failed and why (partitions failing alike share a line).
    static QString outcomeText(const std::vector<DeleteRecordsOutcome> &outcomes);

protected:
    [[nodiscard]] QString problem() const override;
    [[nodiscard]] bool ready() const override;

private:
    void fillPartitions();
    // Shows what plan() would do now: the chosen partition's offsets, the table, the total.
    void showPlan();
    [[nodiscard]] std::optional<std::int64_t> offset() const;
    [[nodiscard]] const PartitionSnapshot *chosenPartition() const;
    [[nodiscard]] QString summary(const DeleteRecordsPlan &plan) const;

    QString m_name;
    ClusterSnapshotPtr m_snapshot;
    const TopicSnapshot *m_topic = nullptr; // into m_snapshot; nullptr once the topic is gone
    QRadioButton *m_all = nullptr;
    QRadioButton *m_below = nullptr;
    QComboBox *m_partition = nullptr;
    QLineEdit *m_offset = nullptr;
    QLabel *m_range = nullptr;
    DeleteRecordsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace es
