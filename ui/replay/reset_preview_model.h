#pragma once

#ifndef Q_MOC_RUN
#include "replay/offset_reset_plan.h"
#endif

#include <QAbstractTableModel>

namespace es {

// An offset reset plan as a table: per partition, the committed offset now, the new one,
// the log's bounds, and how many records the group reads again or skips. GUI thread only.
class ResetPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Topic, Partition, Current, New, LogStart, HighWatermark, Change, ColumnCount };

    explicit ResetPreviewModel(QObject *parent = nullptr);

    void setPlan(const OffsetResetPlan &plan);
    void clear();
    [[nodiscard]] const OffsetResetPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString changeText(const PartitionResetPlan &p) const;

    OffsetResetPlan m_plan;
};

} // namespace es
