#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "catalog/lag_history.h"
#endif

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QModelIndex;
class QTableView;
class QTimer;
class QToolBar;

namespace es {

class ClusterBridge;
class GroupLagTracker;
class GroupMembersModel;
class GroupPartitionsModel;
class LagHistoryJob;
class MetricsChart;

// One consumer group in detail: its state, coordinator and time to catch up; its members
// with their partitions; per partition the committed offset, high watermark, lag and last
// commit; and a chart of its lag over 5 minutes, an hour or a day (total and per
// partition), read from the metrics history off the GUI thread and redrawn only while
// visible. "Reset offsets…" emits resetRequested(). GUI thread only; `tracker` must
// outlive the widget.
class GroupDetail : public QWidget {
    Q_OBJECT

public:
    enum Range { FiveMinutes, OneHour, OneDay };

    GroupDetail(ClusterBridge &bridge, const GroupLagTracker &tracker, QWidget *parent = nullptr);
    ~GroupDetail() override;

    // Adds a button for `action` to the header's toolbar, after "Reset offsets…".
    void addButton(QAction *action);
    // The group to show (empty: none), with the newest snapshot.
    void setGroup(const QString &groupId);
    [[nodiscard]] const QString &groupId() const { return m_groupId; }
    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    void setRange(Range range);

    [[nodiscard]] MetricsChart *chart() const { return m_chart; }
    // How many chart queries finished (for tests).
    [[nodiscard]] int chartUpdates() const { return m_chartUpdates; }

signals:
    void resetRequested(const QString &groupId);
    // The user asked to see a partition's records from `offset` (the group's committed one).
    void browseRequested(const QString &topic, int partition, qint64 offset);
    void topicRequested(const QString &topic);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshChart();
    void pollChart();
    void updateHeader(const GroupView *group);
    void fillPartitionMenu(QMenu &menu, const QModelIndex &row);

    ClusterBridge &m_bridge;
    const GroupLagTracker &m_tracker;
    QString m_groupId;
    ClusterSnapshotPtr m_snapshot;

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_coordinator = nullptr;
    QLabel *m_catchUp = nullptr;
    QLabel *m_chartStatus = nullptr;
    QAction *m_reset = nullptr;
    QToolBar *m_buttons = nullptr;
    QComboBox *m_range = nullptr;
    QTableView *m_partitionsView = nullptr;
    QTableView *m_membersView = nullptr;
    GroupPartitionsModel *m_partitions = nullptr;
    GroupMembersModel *m_members = nullptr;
    MetricsChart *m_chart = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_pollTimer = nullptr;

    std::shared_ptr<LagHistoryJob> m_job; // the query in flight, if any
    // What the chart shows, kept so that a refresh reads only the seconds since the last.
    LagHistory m_history;
    bool m_haveHistory = false;       // m_history is for the current group and range
    bool m_incremental = false;       // the query in flight continues m_history
    bool m_coarseShown = false;       // minute averages were shown first for this group and range
    std::int64_t m_windowStartMs = 0; // the start of the range the query in flight is for
    bool m_starting = false;          // a job is being created on the bridge
    bool m_dirty = true;              // range or group changed since the last query
    int m_chartUpdates = 0;
};

} // namespace es
