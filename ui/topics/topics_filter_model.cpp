#include "ui/topics/topics_filter_model.h"

#include "ui/topics/topics_model.h"

namespace es {

TopicsFilterModel::TopicsFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TopicsModel::SortRole);
    setFilterKeyColumn(TopicsModel::Name);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Rates change ten times a second; re-sorting live would make rows jump under the
    // pointer, so rows are sorted when the user asks (header click) or topics change.
    setDynamicSortFilter(false);
}

void TopicsFilterModel::setShowInternal(bool show)
{
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    invalidateFilter();
}

bool TopicsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, TopicsModel::Name, sourceParent);
    if (!m_showInternal && name.data(TopicsModel::InternalRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace es
