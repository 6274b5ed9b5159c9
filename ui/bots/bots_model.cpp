#include "ui/bots/bots_model.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace es {

BotsModel::BotsModel(QObject *parent) : QAbstractTableModel(parent) {}

void BotsModel::setStatus(std::vector<BotStatus> status)
{
    const bool same = status.size() == m_bots.size() &&
                      std::equal(status.begin(), status.end(), m_bots.begin(),
                                 [](const BotStatus &a, const BotStatus &b) { return a.id == b.id; });
    if (!same)
        beginResetModel();
    m_bots = std::move(status);
    if (!same)
        endResetModel();
    else if (!m_bots.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const BotStatus *BotsModel::bot(std::int64_t id) const
{
    auto it = std::find_if(m_bots.begin(), m_bots.end(), [&](const BotStatus &b) { return b.id == id; });
    return it == m_bots.end() ? nullptr : &*it;
}

int BotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_bots.size());
}

int BotsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BotStatus &b = m_bots[static_cast<std::size_t>(index.row())];
    const bool producer = b.kind == BotKind::Producer;
    const QLocale locale;
    switch (role) {
    case BotIdRole: return static_cast<qlonglong>(b.id);
    case KindRole: return static_cast<int>(b.kind);
    case RunningRole: return b.running;
    case Qt::TextAlignmentRole:
        return index.column() >= Rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Errors && !b.lastError.empty())
            return tr("Last error: %1").arg(QString::fromStdString(b.lastError));
        if ((index.column() == Rate || index.column() == Actual) && !b.running)
            return tr("Stopped: select it and press Start to run it again.");
        if (index.column() == Rate && !producer)
            return tr("The most the members can process together at %1 ms per record, error rate %2%")
                .arg(locale.toString(b.processingMs, 'f', 1), locale.toString(b.errorRate * 100, 'f', 1));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return b.running ? QString::fromStdString(b.name)
                             : tr("%1 (stopped)").arg(QString::fromStdString(b.name));
        case Kind: return producer ? tr("Producer") : tr("Consumer group");
        case Target: {
            if (producer)
                return QString::fromStdString(b.target);
            QStringList topics;
            for (const auto &t : b.topics)
                topics << QString::fromStdString(t);
            return tr("%1 (reads %2)")
                .arg(QString::fromStdString(b.target), topics.join(QStringLiteral(", ")));
        }
        case Rate:
            if (!b.running)
                return tr("—"); // a stopped bot sends and processes nothing
            if (!producer && b.configuredRate <= 0)
                return tr("unlimited");
            return tr("%1/s").arg(locale.toString(b.configuredRate, 'f', b.configuredRate < 10 ? 1 : 0));
        case Actual:
            if (!b.running)
                return tr("—");
            return tr("%1/s").arg(locale.toString(b.actualRate, 'f', b.actualRate < 10 ? 1 : 0));
        case Members: return producer ? tr("—") : locale.toString(b.members);
        case Records: return locale.toString(static_cast<qulonglong>(b.records));
        case Errors: return locale.toString(static_cast<qulonglong>(b.errors));
        default: return {};
        }
    default: return {};
    }
}

QVariant BotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Target:
            return tr("The topic a producer writes to, or the consumer group id a group bot joins as.");
        case Rate: return tr("The configured rate: records per second sent, or processed at most.");
        case Actual:
            return tr("Records acknowledged (producers) or processed (groups) per second, just now.");
        case Errors: return tr("Failed deliveries, or records whose processing failed and was retried.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Target: return tr("Topic / group");
    case Rate: return tr("Rate");
    case Actual: return tr("Actual");
    case Members: return tr("Members");
    case Records: return tr("Records");
    case Errors: return tr("Errors");
    default: return {};
    }
}

} // namespace es
