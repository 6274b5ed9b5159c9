#include "ui/cluster/broker_table_model.h"

#include "ui/cluster/broker_text.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace es {

namespace {

QString rate(double perSecond) { return QLocale().toString(perSecond, 'f', 0); }

QString byteRate(double perSecond)
{
    return QLocale().formattedDataSize(static_cast<qint64>(perSecond), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

void BrokerTableModel::setSnapshot(const ClusterSnapshotPtr &snapshot)
{
    std::vector<BrokerSnapshot> brokers = snapshot ? snapshot->brokers : std::vector<BrokerSnapshot>{};
    const auto oldCount = static_cast<int>(m_brokers.size());
    const auto newCount = static_cast<int>(brokers.size());
    bool sameIds = newCount >= oldCount;
    for (int i = 0; sameIds && i < oldCount; ++i)
        sameIds = m_brokers[static_cast<std::size_t>(i)].id == brokers[static_cast<std::size_t>(i)].id;
    if (!sameIds) {
        beginResetModel();
        m_brokers = std::move(brokers);
        endResetModel();
        return;
    }
    // Only rows that changed are repainted: an idle cluster repaints nothing.
    int firstChanged = oldCount, lastChanged = -1;
    for (int i = 0; i < oldCount; ++i)
        if (!showsSame(m_brokers[static_cast<std::size_t>(i)], brokers[static_cast<std::size_t>(i)])) {
            firstChanged = std::min(firstChanged, i);
            lastChanged = i;
        }
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_brokers = std::move(brokers);
        endInsertRows();
    } else {
        m_brokers = std::move(brokers);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
}

int BrokerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_brokers.size());
}

int BrokerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrokerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BrokerSnapshot &b = m_brokers[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(b, index.column());
    case BrokerIdRole: return b.id;
    case Qt::TextAlignmentRole:
        return index.column() == Address || index.column() == State
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == State)
            return BrokerText::stateExplanation(b.state);
        if (index.column() == Id && b.isController)
            return tr("This broker's id; the controller runs beside it.");
        return {};
    case Qt::FontRole:
        if (index.column() == State && !BrokerText::isUp(b.state)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

bool BrokerTableModel::showsSame(const BrokerSnapshot &a, const BrokerSnapshot &b) const
{
    if (a.state != b.state || a.isController != b.isController)
        return false;
    for (int column = 0; column < ColumnCount; ++column)
        if (display(a, column) != display(b, column))
            return false;
    return true;
}

QVariant BrokerTableModel::display(const BrokerSnapshot &b, int column) const
{
    switch (column) {
    case Id: return b.id;
    case Address: return QStringLiteral("%1:%2").arg(QString::fromStdString(b.host)).arg(b.port);
    case State: return BrokerText::stateName(b.state);
    case Leads: return b.leaderCount;
    case Replicas: return b.replicaCount;
    case UnderReplicated: return b.underReplicated;
    case RecordsIn: return rate(b.recordsInPerSec);
    case RecordsOut: return rate(b.recordsOutPerSec);
    case BytesIn: return byteRate(b.bytesInPerSec);
    case BytesOut: return byteRate(b.bytesOutPerSec);
    default: return {};
    }
}

QVariant BrokerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id: return tr("Id");
        case Address: return tr("Address");
        case State: return tr("State");
        case Leads: return tr("Leads");
        case Replicas: return tr("Replicas");
        case UnderReplicated: return tr("Under-replicated");
        case RecordsIn: return tr("Records in/s");
        case RecordsOut: return tr("Records out/s");
        case BytesIn: return tr("Bytes in/s");
        case BytesOut: return tr("Bytes out/s");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Id: return tr("The broker's id (broker.id).");
        case Address: return tr("Where Kafka clients reach this broker.");
        case State: return tr("Running, paused, stopped, crashed, or fenced by the controller.");
        case Leads: return tr("Partitions whose leader is on this broker: it serves their reads and writes.");
        case Replicas: return tr("Partition replicas stored on this broker, leaders and followers.");
        case UnderReplicated:
            return tr("Partitions it leads with fewer in-sync replicas than replicas: a copy is missing or "
                      "behind.");
        case RecordsIn: return tr("Records produced to this broker per second.");
        case RecordsOut:
            return tr("Records fetched from this broker per second, by consumers and followers.");
        case BytesIn: return tr("Bytes produced to this broker per second.");
        case BytesOut: return tr("Bytes fetched from this broker per second.");
        default: return {};
        }
    }
    return {};
}

int BrokerTableModel::rowOf(int brokerId) const
{
    for (std::size_t i = 0; i < m_brokers.size(); ++i)
        if (m_brokers[i].id == brokerId)
            return static_cast<int>(i);
    return -1;
}

std::optional<BrokerSnapshot> BrokerTableModel::broker(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_brokers[static_cast<std::size_t>(row)];
}

} // namespace es
