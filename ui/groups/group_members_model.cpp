#include "ui/groups/group_members_model.h"

#include <QFont>
#include <QLocale>

namespace es {

GroupMembersModel::GroupMembersModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupMembersModel::setGroup(const GroupView *group)
{
    std::vector<Row> rows;
    if (group) {
        for (const GroupMemberSnapshot &m : group->group.members) {
            Row row;
            row.memberId = QString::fromStdString(m.memberId);
            row.clientId = QString::fromStdString(m.clientId);
            row.host = QString::fromStdString(m.clientHost);
            row.leader = m.memberId == group->group.leaderId;
            QStringList topics;
            for (std::size_t i = 0; i < m.assignedPartitions.size();) {
                const std::string &topic = m.assignedPartitions[i].topic;
                QStringList numbers;
                for (; i < m.assignedPartitions.size() && m.assignedPartitions[i].topic == topic; ++i)
                    numbers << QString::number(m.assignedPartitions[i].partition);
                row.partitionCount += static_cast<int>(numbers.size());
                topics << tr("%1: %2").arg(QString::fromStdString(topic), numbers.join(QStringLiteral(", ")));
            }
            row.assigned = topics.join(QStringLiteral("; "));
            rows.push_back(std::move(row));
        }
    }
    const bool sameRows = rows.size() == m_rows.size();
    if (!sameRows)
        beginResetModel();
    m_rows = std::move(rows);
    if (!sameRows)
        endResetModel();
    else if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole)
        return r.leader
                   ? tr("Member id: %1 (the group's leader, which computes the assignment)").arg(r.memberId)
                   : tr("Member id: %1").arg(r.memberId);
    if (role == Qt::TextAlignmentRole && index.column() == Partitions)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.leader && index.column() == ClientId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ClientId: return r.leader ? tr("%1 (leader)").arg(r.clientId) : r.clientId;
    case Host: return r.host;
    case Partitions: return QLocale().toString(r.partitionCount);
    case Assigned: return r.assigned.isEmpty() ? tr("—") : r.assigned;
    default: return {};
    }
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Assigned)
        return tr("The partitions this member consumes, as the group's last rebalance assigned them.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClientId: return tr("Client id");
    case Host: return tr("Host");
    case Partitions: return tr("Partitions");
    case Assigned: return tr("Assigned partitions");
    default: return {};
    }
}

} // namespace es
