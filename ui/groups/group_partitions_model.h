#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>

namespace es {

// One group's committed offsets, one row per partition: committed offset, high watermark,
// lag, when it was last committed, and which member consumes it. GUI thread only.
class GroupPartitionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Partition, Committed, HighWatermark, Lag, LastCommit, Member, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or text) to sort by
        TopicRole,               // the row's topic, whatever the column
        PartitionRole,           // the row's partition number
        CommittedRole,           // the committed offset, -1 when none
    };

    explicit GroupPartitionsModel(QObject *parent = nullptr);

    // nullptr empties the table. `nowMs` is the snapshot's time, for "5 s ago".
    void setGroup(const GroupView *group, std::int64_t nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        PartitionLag lag;
        QString member;
    };
    std::vector<Row> m_rows;
    std::int64_t m_nowMs = 0;
};

} // namespace es
