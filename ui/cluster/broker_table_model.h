#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace es {

// The brokers of the newest snapshot, one row each in id order. Updates are coarse: one
// dataChanged over the rows whose shown text changed, rows inserted only when brokers are
// added (brokers are never removed, so selections stay put). GUI thread only.
class BrokerTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Id,
        Address,
        State,
        Leads,
        Replicas,
        UnderReplicated,
        RecordsIn,
        RecordsOut,
        BytesIn,
        BytesOut,
        ColumnCount
    };
    // The broker id of a row, under this role on any column.
    static constexpr int BrokerIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const ClusterSnapshotPtr &snapshot);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    [[nodiscard]] int rowOf(int brokerId) const;
    [[nodiscard]] std::optional<BrokerSnapshot> broker(int row) const;

private:
    [[nodiscard]] QVariant display(const BrokerSnapshot &b, int column) const;
    // Whether two states of a broker show the same row: figures the table does not show,
    // and rates that round to the same text, repaint nothing.
    [[nodiscard]] bool showsSame(const BrokerSnapshot &a, const BrokerSnapshot &b) const;

    std::vector<BrokerSnapshot> m_brokers;
};

} // namespace es
