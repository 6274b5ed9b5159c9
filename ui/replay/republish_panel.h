#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "replay/republisher.h"
#endif

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace es {

class ClusterBridge;
class InlineProblemLabel;
class RepublishTarget;

// The "Re-publish" part of the Replay view: copy a range of a topic (offsets per partition,
// both ends included, or a time window) into another topic, a new one (created first) or,
// confirmed, the same one; paced like the original or as fast as possible, with or without
// headers, with the key kept, dropped or made from a template. The copy is a Republisher
// job made through the bridge; this panel polls its progress and can cancel it. GUI thread
// only.
class RepublishPanel : public QWidget {
    Q_OBJECT

public:
    explicit RepublishPanel(ClusterBridge &bridge, QWidget *parent = nullptr);
    // Cancels a running copy; the job is released on the bridge's worker.
    ~RepublishPanel() override;

    [[nodiscard]] bool copying() const { return m_job != nullptr; }
    // Fills in a copy of `ranges` ("1:100-500, 2:7-7") of `topic`, for the user to choose
    // the target and start it.
    void setSource(const QString &topic, const QString &ranges);

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    void updateFields();
    void updateSource();
    void startCopy();
    void cancelCopy();
    void pollProgress();
    void releaseJob();
    [[nodiscard]] std::optional<RepublishRequest> request(QString *error) const;

    ClusterBridge &m_bridge;
    QComboBox *m_source = nullptr;
    QRadioButton *m_byOffsets = nullptr;
    QRadioButton *m_byTime = nullptr;
    QLineEdit *m_ranges = nullptr;
    QLineEdit *m_windowPartitions = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    RepublishTarget *m_target = nullptr;
    QComboBox *m_pacing = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QCheckBox *m_keepHeaders = nullptr;
    QComboBox *m_keyMode = nullptr;
    QLineEdit *m_keyTemplate = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Republisher> m_job;
    bool m_starting = false;
};

} // namespace es
