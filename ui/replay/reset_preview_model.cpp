#include "ui/replay/reset_preview_model.h"

#include "ui/topics/topic_terms.h"

#include <QLocale>

namespace es {

namespace {

QString offsetText(std::int64_t offset)
{
    return offset < 0 ? QStringLiteral("—") : QLocale().toString(static_cast<qlonglong>(offset));
}

} // namespace

ResetPreviewModel::ResetPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ResetPreviewModel::setPlan(const OffsetResetPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void ResetPreviewModel::clear() { setPlan({}); }

int ResetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plan.partitions.size());
}

int ResetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResetPreviewModel::changeText(const PartitionResetPlan &p) const
{
    QString text;
    if (p.current < 0)
        text = tr("first committed offset");
    else if (p.reconsumed() > 0)
        text = tr("re-consume %1").arg(QLocale().toString(static_cast<qlonglong>(p.reconsumed())));
    else if (p.skipped() > 0)
        text = tr("skip %1").arg(QLocale().toString(static_cast<qlonglong>(p.skipped())));
    else
        text = tr("no change");
    if (p.clamped())
        text += tr(" (asked %1, clamped to the log)")
                    .arg(QLocale().toString(static_cast<qlonglong>(p.requested)));
    return text;
}

QVariant ResetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PartitionResetPlan &p = m_plan.partitions[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Topic: return QString::fromStdString(p.tp.topic);
        case Partition: return p.tp.partition;
        case Current: return offsetText(p.current);
        case New: return offsetText(p.target);
        case LogStart: return offsetText(p.logStartOffset);
        case HighWatermark: return offsetText(p.highWatermark);
        case Change: return changeText(p);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Topic && index.column() != Change)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Change && p.clamped())
        return tr("Kafka keeps a committed offset between the log start offset and the high watermark, "
                  "so the requested offset %1 became %2.")
            .arg(p.requested)
            .arg(p.target);
    return {};
}

QVariant ResetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Topic: return tr("Topic");
        case Partition: return tr("Partition");
        case Current: return tr("Committed now");
        case New: return tr("New offset");
        case LogStart: return tr("Log start");
        case HighWatermark: return tr("High watermark");
        case Change: return tr("Effect");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Current: return TopicTerms::committedOffset();
        case New: return tr("The offset the group's consumers will read first after the reset.");
        case LogStart: return TopicTerms::logStartOffset();
        case HighWatermark: return TopicTerms::highWatermark();
        case Change:
            return tr("How many records the group will read again (new offset before the committed one) or "
                      "skip (new offset after it).");
        default: return {};
        }
    }
    return {};
}

} // namespace es
