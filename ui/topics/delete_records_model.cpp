#include "ui/topics/delete_records_model.h"

#include "ui/topics/topic_terms.h"

#include <QLocale>

#include <algorithm>

namespace es {

namespace {

QString countText(std::int64_t n)
{
    return n < 0 ? DeleteRecordsModel::tr("unknown") : QLocale().toString(static_cast<qlonglong>(n));
}

} // namespace

DeleteRecordsModel::DeleteRecordsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeleteRecordsModel::setPlan(DeleteRecordsPlan plan)
{
    const bool same =
        plan.topic == m_plan.topic &&
        std::equal(plan.steps.begin(), plan.steps.end(), m_plan.steps.begin(), m_plan.steps.end(),
                   [](const DeleteRecordsStep &a, const DeleteRecordsStep &b) {
                       return a.partition == b.partition;
                   });
    if (!same)
        beginResetModel();
    m_plan = std::move(plan);
    if (!same)
        endResetModel();
    else if (!m_plan.steps.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DeleteRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.steps.size());
}

int DeleteRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeleteRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const DeleteRecordsStep &s = m_plan.steps[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Partition: return s.partition;
    case LogStart: return countText(s.logStart);
    case HighWatermark: return countText(s.highWatermark);
    case Records: return countText(s.records());
    default: return {};
    }
}

QVariant DeleteRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Partition: return tr("Partition");
        case LogStart: return tr("Log start");
        case HighWatermark: return tr("High watermark");
        case Records: return tr("Records to delete");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LogStart: return TopicTerms::logStartOffset();
        case HighWatermark: return TopicTerms::highWatermark();
        case Records:
            return tr("From the log start offset up to the offset deleted below, as the newest snapshot "
                      "shows them.");
        default: return {};
        }
    }
    return {};
}

} // namespace es
