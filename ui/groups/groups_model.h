#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>

namespace es {

class GroupLagTracker;

// The consumer groups of the newest snapshot, one row each, sorted by group id. The same
// groups in a new snapshot only change the values (one dataChanged over the table); a
// group appearing or going resets the model, and views restore the selection by id
// (GroupIdRole). The trend column reads `tracker`, which must outlive the model.
// GUI thread only.
class GroupsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Group, State, ProtocolType, Assignor, Members, Lag, Trend, ColumnCount };
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
    static QString stateToolTip(GroupState state);

private:
    const GroupLagTracker &m_tracker;
    ClusterSnapshotPtr m_snapshot;
    std::vector<const GroupView *> m_rows; // into m_snapshot, sorted by group id
};

} // namespace es
