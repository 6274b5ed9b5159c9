#include "ui/events/event_filter_model.h"

#include "ui/events/event_table_model.h"

namespace es {

void EventFilterModel::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void EventFilterModel::setSubjectText(const QString &text)
{
    if (text.trimmed() == m_subject)
        return;
    m_subject = text.trimmed();
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, EventTableModel::Subject, sourceParent);
    if (m_kind >= 0 && index.data(EventTableModel::KindRole).toInt() != m_kind)
        return false;
    if (m_subject.isEmpty())
        return true;
    return index.data(EventTableModel::SubjectRole).toString().contains(m_subject, Qt::CaseInsensitive) ||
           index.data(Qt::DisplayRole).toString().contains(m_subject, Qt::CaseInsensitive);
}

} // namespace es
