#include "ui/topics/topics_model.h"

#include "ui/topics/topic_format.h"
#include "ui/topics/topic_terms.h"

#include <QLocale>

#include <algorithm>

namespace es {

TopicsModel::TopicsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopicsModel::setSnapshot(const ClusterSnapshotPtr &snapshot)
{
    const bool sameTopics =
        m_snapshot && snapshot && m_snapshot->topics.size() == snapshot->topics.size() &&
        std::equal(m_snapshot->topics.begin(), m_snapshot->topics.end(), snapshot->topics.begin(),
                   [](const TopicSnapshot &a, const TopicSnapshot &b) { return a.name == b.name; });
    if (!sameTopics) {
        beginResetModel();
        m_snapshot = snapshot;
        endResetModel();
        return;
    }
    // Only rows whose shown figures changed are repainted: an idle cluster repaints nothing.
    int firstChanged = rowCount(), lastChanged = -1;
    for (int row = 0; row < rowCount(); ++row) {
        const TopicSnapshot &a = m_snapshot->topics[static_cast<std::size_t>(row)];
        const TopicSnapshot &b = snapshot->topics[static_cast<std::size_t>(row)];
        const bool same = a.partitions.size() == b.partitions.size() &&
                          a.replicationFactor == b.replicationFactor && a.records == b.records &&
                          a.sizeBytes == b.sizeBytes && a.recordsInPerSec == b.recordsInPerSec &&
                          a.bytesInPerSec == b.bytesInPerSec && a.recordsOutPerSec == b.recordsOutPerSec &&
                          a.bytesOutPerSec == b.bytesOutPerSec && a.underReplicated == b.underReplicated &&
                          a.offline == b.offline && a.internal == b.internal;
        if (!same) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = row;
        }
    }
    m_snapshot = snapshot;
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

const TopicSnapshot *TopicsModel::topic(const QString &name) const
{
    if (!m_snapshot)
        return nullptr;
    const std::string wanted = name.toStdString();
    for (const auto &t : m_snapshot->topics)
        if (t.name == wanted)
            return &t;
    return nullptr;
}

QStringList TopicsModel::names() const
{
    QStringList out;
    if (m_snapshot)
        for (const auto &t : m_snapshot->topics)
            out << QString::fromStdString(t.name);
    return out;
}

int TopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : static_cast<int>(m_snapshot->topics.size());
}

int TopicsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TopicsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TopicSnapshot &t = m_snapshot->topics[static_cast<std::size_t>(index.row())];
    if (role == NameRole)
        return QString::fromStdString(t.name);
    if (role == InternalRole)
        return t.internal;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == UnderReplicated && t.offline > 0)
        return tr("Offline partitions (no live leader): %1").arg(t.offline);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return QString::fromStdString(t.name);
        case Partitions: return QLocale().toString(static_cast<qlonglong>(t.partitions.size()));
        case ReplicationFactor: return t.replicationFactor;
        case Records: return QLocale().toString(static_cast<qlonglong>(t.records));
        case Size: return formatBytes(t.sizeBytes);
        case RecordsIn: return formatRate(t.recordsInPerSec);
        case BytesIn: return formatBytesRate(t.bytesInPerSec);
        case RecordsOut: return formatRate(t.recordsOutPerSec);
        case BytesOut: return formatBytesRate(t.bytesOutPerSec);
        case UnderReplicated:
            return t.offline > 0 ? tr("%1 (%2 offline)").arg(t.underReplicated).arg(t.offline)
                                 : QString::number(t.underReplicated);
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return QString::fromStdString(t.name);
        case Partitions: return static_cast<qlonglong>(t.partitions.size());
        case ReplicationFactor: return t.replicationFactor;
        case Records: return static_cast<qlonglong>(t.records);
        case Size: return static_cast<qulonglong>(t.sizeBytes);
        case RecordsIn: return t.recordsInPerSec;
        case BytesIn: return t.bytesInPerSec;
        case RecordsOut: return t.recordsOutPerSec;
        case BytesOut: return t.bytesOutPerSec;
        case UnderReplicated: return t.underReplicated + t.offline;
        default: return {};
        }
    }
    return {};
}

QVariant TopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Topic");
        case Partitions: return tr("Partitions");
        case ReplicationFactor: return tr("Replication");
        case Records: return tr("Records");
        case Size: return tr("Size");
        case RecordsIn: return tr("In (records)");
        case BytesIn: return tr("In (bytes)");
        case RecordsOut: return tr("Out (records)");
        case BytesOut: return tr("Out (bytes)");
        case UnderReplicated: return tr("Under-replicated");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReplicationFactor: return TopicTerms::replicationFactor();
        case Records:
            return tr("Records between the log start offset and the high watermark, over all partitions.");
        case Size: return tr("Bytes on disk of the leaders' logs, over all partitions.");
        case RecordsIn: return tr("Records appended per second, over all partitions.");
        case BytesIn: return tr("Bytes appended per second, over all partitions.");
        case RecordsOut:
            return tr("Records per second that consumers fetch from the leaders, over all partitions.");
        case BytesOut:
            return tr("Bytes per second that consumers fetch from the leaders, over all partitions.");
        case UnderReplicated: return TopicTerms::underReplicated();
        default: return {};
        }
    }
    return {};
}

} // namespace es
