#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/group_lag_tracker.h"
#endif

#include <QAbstractTableModel>

namespace es {

// The consumer groups of the newest snapshot, one row each, sorted by group id. The same
// groups in a new snapshot only change the values: dataChanged covers the rows and columns
// whose text changed, nothing when none did; a group appearing or going resets the model,
// and views restore the selection by id (GroupIdRole). The trend column shows what
// `tracker` said when the snapshot was set (feed the tracker first); the tracker must
// outlive the model. GUI thread only.
class GroupsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The columns a narrow list must show come first: the rest scroll into view.
    enum Column { Group, State, Lag, Trend, Members, ProtocolType, Assignor, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or text) to sort by
        GroupIdRole,             // the group's id, whatever the column
    };

    explicit GroupsModel(const GroupLagTracker &tracker, QObject *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // The group with this id in the current snapshot, or nullptr.
    [[nodiscard]] const GroupView *group(const QString &groupId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How the list and the detail name a group's state and trend, with a one-line
    // explanation for tooltips.
    static QString stateText(GroupState state);
    // The state in a word, for the list's narrow column (both rebalancing states read
    // "Rebalancing"); the cell's tooltip names it in full.
    static QString stateShortText(GroupState state);
    static QString stateToolTip(GroupState state);

private:
    // Whether `column` reads the same for group a with trend a as for b with trend b.
    static bool sameCell(const GroupView &a, LagTrend trendA, const GroupView &b, LagTrend trendB,
                         Column column);

    const GroupLagTracker &m_tracker;
    ClusterSnapshotPtr m_snapshot;
    std::vector<const GroupView *> m_rows; // into m_snapshot, sorted by group id
    std::vector<LagTrend> m_trends;        // of m_rows
};

} // namespace es
