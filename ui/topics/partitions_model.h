#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>

namespace es {

// One topic's partitions as the newest snapshot shows them. Same partitions: one
// dataChanged over the table; added partitions or another topic: a reset.
// GUI thread only.
class PartitionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Partition,
        Leader,
        Replicas,
        Isr,
        LogStart,
        HighWatermark,
        LogEnd,
        Size,
        Segments,
        ColumnCount
    };

    explicit PartitionsModel(QObject *parent = nullptr);

    // `topic` points into `snapshot` (which keeps it alive), or is nullptr for none.
    void setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic);
    // The partition of `row`, nullptr for none; valid until the next setTopic().
    [[nodiscard]] const PartitionSnapshot *partition(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ClusterSnapshotPtr m_snapshot;
    const TopicSnapshot *m_topic = nullptr;
};

} // namespace es
