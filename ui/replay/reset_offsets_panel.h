#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "replay/offset_reset_plan.h"
#endif

#include <QWidget>

#include <stop_token>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace es {

class ClusterBridge;
class InlineProblemLabel;
class ResetPreviewModel;

// The "Reset offsets" part of the Replay view: choose a group (or type a new id), the
// partitions and where to move them, preview the plan per partition, and apply it after a
// confirmation. The preview and the reset run through the bridge; a group with active
// members is refused, as Kafka does, with the members named. GUI thread only.
class ResetOffsetsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ResetOffsetsPanel(ClusterBridge &bridge, QWidget *parent = nullptr);

    // Chooses `groupId` (known or not) and focuses the form.
    void setGroup(const QString &groupId);

signals:
    // The engine took a reset: the group's committed offsets have changed.
    void applied(const QString &groupId);

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    void updateGroupState();
    void updateModeFields();
    void invalidatePlan();
    void preview();
    void apply();
    void showPlan(const OffsetResetPlan &plan);
    [[nodiscard]] std::optional<OffsetResetRequest> request(QString *error) const;

    ClusterBridge &m_bridge;
    ClusterSnapshotPtr m_snapshot;
    QComboBox *m_group = nullptr;
    QLabel *m_groupState = nullptr;
    QComboBox *m_topic = nullptr;
    QLineEdit *m_partitions = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_value = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ResetPreviewModel *m_model = nullptr;
    bool m_havePlan = false;
    int m_requestSerial = 0; // answers to older previews are dropped
    bool m_busy = false;     // a preview or reset is running
    std::stop_source m_previewStop{std::nostopstate};
};

} // namespace es
