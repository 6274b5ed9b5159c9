#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>

namespace es {

// The members of one group (join order): client id, host, and the partitions assigned
// to each (decoded from the consumer protocol's assignment). GUI thread only.
class GroupMembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ClientId, Host, Partitions, Assigned, ColumnCount };

    explicit GroupMembersModel(QObject *parent = nullptr);

    // nullptr empties the table.
    void setGroup(const GroupView *group);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString memberId;
        QString clientId;
        QString host;
        int partitionCount = 0;
        QString assigned; // "orders: 0, 1, 2; payments: 0"
        bool leader = false;
    };
    std::vector<Row> m_rows;
};

} // namespace es
