#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>
#include <QStringList>

namespace es {

// The topics of the newest snapshot, one row each. A snapshot with the same topics only
// changes the values (one dataChanged over the whole table); a topic created or deleted
// resets the model, and views restore their selection by name (NameRole).
// GUI thread only.
class TopicsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Partitions,
        ReplicationFactor,
        Records,
        Size,
        RecordsIn,
        BytesIn,
        RecordsOut,
        BytesOut,
        UnderReplicated,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or name) to sort by
        InternalRole,            // bool: one of the cluster's own topics
        NameRole,                // the topic's name, whatever the column
    };

    explicit TopicsModel(QObject *parent = nullptr);

    void setSnapshot(const ClusterSnapshotPtr &snapshot);
    // The topic named `name` in the current snapshot, or nullptr.
    [[nodiscard]] const TopicSnapshot *topic(const QString &name) const;
    [[nodiscard]] QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ClusterSnapshotPtr m_snapshot;
};

} // namespace es
