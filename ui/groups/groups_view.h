#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace es {

class BotHost;
class BotsPanel;
class ClusterBridge;
class GroupActions;
class GroupDetail;
class GroupsModel;
class InlineProblemLabel;

// The Consumer groups view: the cluster's groups (state, protocol type and assignor,
// members, total lag and its trend over the last minute) beside the selected group's
// detail (GroupDetail), and a second tab with the simulated clients (BotsPanel) that
// produce and consume to make lag move. "Reset offsets…" in the detail emits
// resetRequested(groupId) for the Replay view; deleting a group or its offsets of a topic
// goes through GroupActions.
//
// It owns the cluster's BotHost (bots()): other widgets that start bots (the welcome
// panel's demo) share it. Destroy the view before the bridge stops its cluster: the bots
// stop with it. GUI thread only.
class GroupsView : public QWidget {
    Q_OBJECT

public:
    explicit GroupsView(ClusterBridge &bridge, QWidget *parent = nullptr);
    ~GroupsView() override;

    // Selects the group (shows the groups tab); one that does not exist yet is selected
    // when it appears.
    void showGroup(const QString &groupId);
    // Shows the simulated clients' tab.
    void showBots();

    [[nodiscard]] BotHost &bots() const { return *m_bots; }
    [[nodiscard]] GroupDetail *detail() const { return m_detail; }
    [[nodiscard]] GroupActions *actions() const { return m_actions; }
    [[nodiscard]] BotsPanel *botsPanel() const { return m_botsPanel; }
    [[nodiscard]] QTableView *groupsTable() const { return m_table; }

signals:
    void resetRequested(const QString &groupId);
    // From a partition of the selected group (see GroupDetail).
    void browseRequested(const QString &topic, int partition, qint64 offset);
    void topicRequested(const QString &topic);

private:
    void onSnapshot(const ClusterSnapshotPtr &snapshot);
    // Keeps the list at least as wide as the columns that matter (group, state, lag, trend).
    void fitListWidth();
    void onSelectionChanged();
    void selectGroup(const QString &groupId);
    void fillContextMenu(QMenu &menu);

    ClusterBridge &m_bridge;
    BotHost *m_bots = nullptr;
    GroupsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    GroupDetail *m_detail = nullptr;
    GroupActions *m_actions = nullptr;
    InlineProblemLabel *m_problem = nullptr;
    BotsPanel *m_botsPanel = nullptr;
    QString m_wanted;  // the group to select once it exists
    QString m_deleted; // a group just deleted, to leave once a snapshot no longer lists it
};

} // namespace es
