#pragma once

#ifndef Q_MOC_RUN
#include "connection/delete_records_plan.h"
#endif

#include <QAbstractTableModel>

namespace es {

// The partitions a DeleteRecordsPlan touches, one row each: the log start offset and high
// watermark the snapshot shows, and how many records go. A plan over the same partitions
// only changes the values (one dataChanged); other partitions reset the model.
// GUI thread only.
class DeleteRecordsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Partition, LogStart, HighWatermark, Records, ColumnCount };

    explicit DeleteRecordsModel(QObject *parent = nullptr);

    void setPlan(DeleteRecordsPlan plan);
    [[nodiscard]] const DeleteRecordsPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DeleteRecordsPlan m_plan;
};

} // namespace es
