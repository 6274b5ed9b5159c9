#include "ui/topics/partitions_model.h"

#include "ui/topics/replica_move_text.h"
#include "ui/topics/topic_format.h"
#include "ui/topics/topic_terms.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace es {

namespace {

QString offsetText(std::int64_t offset)
{
    return offset < 0 ? QStringLiteral("–") : QLocale().toString(static_cast<qlonglong>(offset));
}

QString inSyncList(const PartitionSnapshot &p)
{
    QStringList ids;
    for (const auto &r : p.replicas)
        if (r.inSync)
            ids << QString::number(r.broker);
    return ids.join(QStringLiteral(", "));
}

} // namespace

PartitionsModel::PartitionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartitionsModel::setTopic(const ClusterSnapshotPtr &snapshot, const TopicSnapshot *topic)
{
    const bool same = m_topic && topic && m_topic->name == topic->name &&
                      m_topic->partitions.size() == topic->partitions.size();
    if (!same) {
        beginResetModel();
        m_snapshot = snapshot;
        m_topic = topic;
        endResetModel();
        return;
    }
    m_snapshot = snapshot;
    m_topic = topic;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PartitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_topic ? 0 : static_cast<int>(m_topic->partitions.size());
}

int PartitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PartitionSnapshot *PartitionsModel::partition(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_topic->partitions[static_cast<std::size_t>(row)];
}

QVariant PartitionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PartitionSnapshot &p = m_topic->partitions[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Replicas || index.column() == Isr
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        // The cells a user scans for trouble: no leader, or a shrunken ISR.
        if ((index.column() == Leader && p.leader < 0) || (index.column() == Isr && p.underReplicated()))
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Leader: return p.leader < 0 ? tr("No leader: the partition is offline.") : TopicTerms::leader();
        case Replicas:
            return p.moving() ? QStringLiteral("%1\n%2").arg(TopicTerms::replicas(), replicaMoveExplained(p))
                              : TopicTerms::replicas();
        case Isr: {
            QStringList out;
            for (const auto &r : p.replicas)
                if (!r.inSync)
                    out << QString::number(r.broker);
            return out.isEmpty() ? TopicTerms::isr()
                                 : tr("%1\nOut of sync: broker %2.")
                                       .arg(TopicTerms::isr(), out.join(QStringLiteral(", ")));
        }
        case LogStart: return TopicTerms::logStartOffset();
        case HighWatermark: return TopicTerms::highWatermark();
        case LogEnd: return TopicTerms::logEndOffset();
        case Segments: return TopicTerms::segments();
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Partition: return p.partition;
    case Leader: return p.leader < 0 ? tr("none") : QString::number(p.leader);
    case Replicas: return replicasText(p);
    case Isr: return inSyncList(p);
    case LogStart: return offsetText(p.logStartOffset);
    case HighWatermark: return offsetText(p.highWatermark);
    case LogEnd: return offsetText(p.logEndOffset);
    case Size: return formatBytes(p.sizeBytes);
    case Segments: return static_cast<qulonglong>(p.segments);
    default: return {};
    }
}

QVariant PartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Partition: return tr("Partition");
        case Leader: return tr("Leader");
        case Replicas: return tr("Replicas");
        case Isr: return tr("ISR");
        case LogStart: return tr("Log start");
        case HighWatermark: return tr("High watermark");
        case LogEnd: return tr("Log end");
        case Size: return tr("Size");
        case Segments: return tr("Segments");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Leader: return TopicTerms::leader();
        case Replicas: return TopicTerms::replicas();
        case Isr: return TopicTerms::isr();
        case LogStart: return TopicTerms::logStartOffset();
        case HighWatermark: return TopicTerms::highWatermark();
        case LogEnd: return TopicTerms::logEndOffset();
        case Segments: return TopicTerms::segments();
        default: return {};
        }
    }
    return {};
}

} // namespace es
