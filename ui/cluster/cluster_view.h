#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QTableView;

namespace es {

class BrokerTableModel;
class ClusterBridge;
class ClusterDiagram;
struct ActionOutcome;

// The Cluster page: the diagram above, the broker table below, and the actions on the
// selected broker and on links. Everything shown comes from the bridge's snapshots; every
// action goes through the bridge and reports its outcome in words under the table.
class ClusterView : public QWidget {
    Q_OBJECT

public:
    explicit ClusterView(ClusterBridge &bridge, QWidget *parent = nullptr);

    // Selects the broker in the diagram and the table (no-op for an unknown id).
    void selectBroker(int brokerId);
    [[nodiscard]] int selectedBroker() const;

signals:
    void topicActivated(const QString &topic);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *createBrokerPanel();
    void showSnapshot(const ClusterSnapshotPtr &snapshot);
    // Draws the newest snapshot in the diagram, unless it draws as the one drawn last.
    void updateDiagram(bool highlightChanges);
    void updateActions();
    void report(const ActionOutcome &outcome);
    [[nodiscard]] std::optional<BrokerSnapshot> selectedBrokerSnapshot() const;

    void stopSelected();
    void crashSelected();
    void pauseOrResumeSelected();
    void restartSelected();
    void addBroker();
    void editLinks();
    void crashOrRestartController();
    void electPreferredLeaders();
    void openBrokerSettings();

    ClusterBridge &m_bridge;
    ClusterSnapshotPtr m_snapshot;
    // What the diagram draws. While this view is hidden (another view is shown) the
    // diagram lags behind m_snapshot, and catches up when the view is shown again.
    ClusterSnapshotPtr m_drawn;
    bool m_drawnInternal = false;
    ClusterDiagram *m_diagram = nullptr;
    BrokerTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showInternal = nullptr;
    QLabel *m_outcome = nullptr;
    std::vector<QWidget *> m_buttons;

    QAction *m_stop = nullptr;
    QAction *m_crash = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_add = nullptr;
    QAction *m_links = nullptr;
    QAction *m_controller = nullptr; // crashes the controller, or restarts a crashed one
    QAction *m_electPreferred = nullptr;
    QAction *m_brokerSettings = nullptr;
    QString m_electionsUnavailable; // why elections cannot run here, empty when they can
};

} // namespace es
