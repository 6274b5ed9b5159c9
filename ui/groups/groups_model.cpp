#include "ui/groups/groups_model.h"

#include "connection/group_lag_tracker.h"

#include <QLocale>

#include <algorithm>

namespace es {

namespace {

QString trendText(LagTrend trend)
{
    switch (trend) {
    case LagTrend::Rising: return GroupsModel::tr("↗ rising");
    case LagTrend::Falling: return GroupsModel::tr("↘ falling");
    case LagTrend::Steady: return GroupsModel::tr("→ steady");
    case LagTrend::Unknown: break;
    }
    return GroupsModel::tr("…");
}

int trendOrder(LagTrend trend)
{
    switch (trend) {
    case LagTrend::Falling: return 0;
    case LagTrend::Steady: return 1;
    case LagTrend::Rising: return 2;
    case LagTrend::Unknown: break;
    }
    return -1;
}

} // namespace

GroupsModel::GroupsModel(const GroupLagTracker &tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker)
{}

QString GroupsModel::stateText(GroupState state)
{
    switch (state) {
    case GroupState::Empty: return tr("Empty");
    case GroupState::PreparingRebalance: return tr("Preparing rebalance");
    case GroupState::CompletingRebalance: return tr("Completing rebalance");
    case GroupState::Stable: return tr("Stable");
    case GroupState::Dead: return tr("Dead");
    }
    return {};
}

QString GroupsModel::stateShortText(GroupState state)
{
    switch (state) {
    case GroupState::PreparingRebalance:
    case GroupState::CompletingRebalance: return tr("Rebalancing");
    default: return stateText(state);
    }
}

QString GroupsModel::stateToolTip(GroupState state)
{
    switch (state) {
    case GroupState::Empty: return tr("No member is connected; the group only keeps its committed offsets.");
    case GroupState::PreparingRebalance:
        return tr("A member joined, left or timed out: the coordinator waits for all members to rejoin.");
    case GroupState::CompletingRebalance:
        return tr("All members joined; the coordinator waits for the leader's partition assignment.");
    case GroupState::Stable: return tr("Every member has its partitions and heartbeats to the coordinator.");
    case GroupState::Dead: return tr("The group's metadata is gone from its coordinator.");
    }
    return {};
}

void GroupsModel::setSnapshot(const ClusterSnapshotPtr &snapshot)
{
    std::vector<const GroupView *> rows;
    if (snapshot)
        for (const auto &g : snapshot->groups)
            rows.push_back(&g);
    std::sort(rows.begin(), rows.end(),
              [](const GroupView *a, const GroupView *b) { return a->group.groupId < b->group.groupId; });
    std::vector<LagTrend> trends;
    trends.reserve(rows.size());
    for (const GroupView *g : rows)
        trends.push_back(m_tracker.trend(g->group.groupId));
    const bool same =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const GroupView *a, const GroupView *b) {
            return a->group.groupId == b->group.groupId;
        });
    if (!same) {
        beginResetModel();
        m_snapshot = snapshot;
        m_rows = std::move(rows);
        m_trends = std::move(trends);
        endResetModel();
        return;
    }
    // Only the cells that changed: a dataChanged over the table has the views measure every
    // row again (the header's ResizeToContents columns too, shown or not).
    std::vector<std::pair<int, int>> changed(m_rows.size(), {ColumnCount, -1}); // first, last column
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (int column = 0; column < ColumnCount; ++column)
            if (!sameCell(*m_rows[i], m_trends[i], *rows[i], trends[i], static_cast<Column>(column)))
                changed[i] = {std::min(changed[i].first, column), column};
    m_snapshot = snapshot;
    m_rows = std::move(rows);
    m_trends = std::move(trends);
    // One signal per run of changed rows, over the columns that changed in any of them.
    for (std::size_t first = 0; first < changed.size();) {
        if (changed[first].second < 0) {
            ++first;
            continue;
        }
        std::size_t last = first;
        int left = changed[first].first, right = changed[first].second;
        while (last + 1 < changed.size() && changed[last + 1].second >= 0) {
            ++last;
            left = std::min(left, changed[last].first);
            right = std::max(right, changed[last].second);
        }
        emit dataChanged(index(static_cast<int>(first), left), index(static_cast<int>(last), right));
        first = last + 1;
    }
}

bool GroupsModel::sameCell(const GroupView &a, LagTrend trendA, const GroupView &b, LagTrend trendB,
                           Column column)
{
    switch (column) {
    case Group: return a.group.groupId == b.group.groupId;
    case State: return a.group.state == b.group.state;
    case ProtocolType: return a.group.protocolType == b.group.protocolType;
    case Assignor: return a.group.protocol == b.group.protocol;
    case Members: return a.group.members.size() == b.group.members.size();
    case Lag: return a.totalLag == b.totalLag;
    case Trend: return trendA == trendB;
    case ColumnCount: break;
    }
    return true;
}

const GroupView *GroupsModel::group(const QString &groupId) const
{
    const std::string wanted = groupId.toStdString();
    for (const GroupView *g : m_rows)
        if (g->group.groupId == wanted)
            return g;
    return nullptr;
}

int GroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GroupsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupView &g = *m_rows[static_cast<std::size_t>(index.row())];
    const LagTrend trend = m_trends[static_cast<std::size_t>(index.row())];
    const QString id = QString::fromStdString(g.group.groupId);
    const auto members = static_cast<qlonglong>(g.group.members.size());
    switch (role) {
    case GroupIdRole: return id;
    case Qt::TextAlignmentRole:
        return index.column() == Members || index.column() == Lag
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == State)
            return stateText(g.group.state) + QLatin1Char('\n') + stateToolTip(g.group.state);
        if (index.column() == Trend)
            return tr("How the total lag moved over the last minute");
        return {};
    case SortRole:
        switch (index.column()) {
        case Members: return members;
        case Lag: return static_cast<qlonglong>(g.totalLag);
        case Trend: return trendOrder(trend);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Group: return id;
        case State: return stateShortText(g.group.state);
        case ProtocolType:
            return g.group.protocolType.empty() ? tr("offsets only")
                                                : QString::fromStdString(g.group.protocolType);
        case Assignor: return g.group.protocol.empty() ? tr("—") : QString::fromStdString(g.group.protocol);
        case Members: return QLocale().toString(members);
        case Lag: return QLocale().toString(static_cast<qlonglong>(g.totalLag));
        case Trend: return trendText(trend);
        default: return {};
        }
    default: return {};
    }
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Group: return tr("Group");
        case State: return tr("State");
        case ProtocolType: return tr("Type");
        case Assignor: return tr("Assignor");
        case Members: return tr("Members");
        case Lag: return tr("Lag");
        case Trend: return tr("Trend");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ProtocolType:
            return tr("The protocol type the members joined with; \"consumer\" for Kafka consumers.");
        case Assignor:
            return tr("The partition assignment strategy the group's leader chose (range, sticky...).");
        case Lag: return tr("Records appended to the group's partitions but not yet committed by it.");
        case Trend: return tr("Whether the lag grew, shrank or held over the last minute.");
        default: return {};
        }
    }
    return {};
}

} // namespace es
