#include "ui/groups/group_partitions_model.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <map>

namespace es {

GroupPartitionsModel::GroupPartitionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupPartitionsModel::setGroup(const GroupView *group, std::int64_t nowMs)
{
    std::vector<Row> rows;
    if (group) {
        std::map<TopicPartition, QString> owners;
        for (const GroupMemberSnapshot &m : group->group.members)
            for (const TopicPartition &tp : m.assignedPartitions)
                owners[tp] = QString::fromStdString(m.clientId);
        for (const PartitionLag &l : group->lag) {
            auto owner = owners.find(l.tp);
            rows.push_back({l, owner == owners.end() ? QString() : owner->second});
        }
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.lag.tp < b.lag.tp; });
    }
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                     [](const Row &a, const Row &b) { return a.lag.tp == b.lag.tp; });
    m_nowMs = nowMs;
    if (!sameRows)
        beginResetModel();
    m_rows = std::move(rows);
    if (!sameRows)
        endResetModel();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GroupPartitionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupPartitionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupPartitionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    const PartitionLag &l = r.lag;
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Partition || index.column() == Member
                   ? QVariant()
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == LastCommit && l.commitTimestampMs > 0)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(l.commitTimestampMs), QLocale::LongFormat);
    if (role == TopicRole)
        return QString::fromStdString(l.tp.topic);
    if (role == PartitionRole)
        return l.tp.partition;
    if (role == CommittedRole)
        return static_cast<qlonglong>(l.committed);
    if (role == SortRole) {
        switch (index.column()) {
        case Committed: return static_cast<qlonglong>(l.committed);
        case HighWatermark: return static_cast<qlonglong>(l.highWatermark);
        case Lag: return static_cast<qlonglong>(l.lag);
        case LastCommit: return static_cast<qlonglong>(l.commitTimestampMs);
        case Partition: // orders-2 before orders-10
            return QStringLiteral("%1\x01%2")
                .arg(QString::fromStdString(l.tp.topic))
                .arg(l.tp.partition, 10, 10, QLatin1Char('0'));
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Partition: return QString::fromStdString(l.tp.toString());
    case Committed:
        return l.committed < 0 ? tr("none") : locale.toString(static_cast<qlonglong>(l.committed));
    case HighWatermark:
        return l.highWatermark < 0 ? tr("unknown") : locale.toString(static_cast<qlonglong>(l.highWatermark));
    case Lag: return locale.toString(static_cast<qlonglong>(l.lag));
    case LastCommit: {
        if (l.commitTimestampMs <= 0)
            return tr("never");
        const auto seconds = std::max<std::int64_t>(0, (m_nowMs - l.commitTimestampMs) / 1000);
        if (seconds < 60)
            return tr("%n s ago", nullptr, static_cast<int>(seconds));
        if (seconds < 3600)
            return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
        return locale.toString(QDateTime::fromMSecsSinceEpoch(l.commitTimestampMs), QLocale::ShortFormat);
    }
    case Member: return r.member.isEmpty() ? tr("—") : r.member;
    default: return {};
    }
}

QVariant GroupPartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Committed:
            return tr("The offset the group committed: the next record it will read after a restart.");
        case HighWatermark: return tr("The offset after the last record replicated to all in-sync replicas.");
        case Lag: return tr("High watermark minus committed offset: records the group has still to process.");
        case LastCommit: return tr("When the group last committed an offset for this partition.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partition: return tr("Partition");
    case Committed: return tr("Committed");
    case HighWatermark: return tr("High watermark");
    case Lag: return tr("Lag");
    case LastCommit: return tr("Last commit");
    case Member: return tr("Consumed by");
    default: return {};
    }
}

} // namespace es
