#include "ui/user_column_widths.h"

#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>

namespace es {

UserColumnWidths *UserColumnWidths::of(QHeaderView *header)
{
    if (auto *existing = header->findChild<UserColumnWidths *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new UserColumnWidths(header);
}

UserColumnWidths::UserColumnWidths(QHeaderView *header) : QObject(header), m_header(header)
{
    // A drag is told from the sizing Qt does itself (stretched sections, a model's reset) by
    // the mouse button held on the header while a section changes size.
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this,
            [this](int column, int, int width) { onSectionResized(column, width); });
    connect(header, &QHeaderView::sectionHandleDoubleClicked, this, &UserColumnWidths::onHandleDoubleClicked);
}

void UserColumnWidths::set(int column, int width)
{
    if (column < 0 || column >= m_header->count() || width <= 0 || isStretched(column))
        return;
    m_widths.insert(column, width);
    m_header->resizeSection(column, width);
}

bool UserColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress &&
        static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_pressed = true;
        m_sizedWhilePressed = false;
    } else if (event->type() == QEvent::MouseButtonRelease && m_pressed &&
               static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        m_pressed = false;
        if (m_sizedWhilePressed)
            emit changed();
    }
    return QObject::eventFilter(watched, event);
}

bool UserColumnWidths::isStretched(int column) const
{
    if (m_header->sectionResizeMode(column) == QHeaderView::Stretch)
        return true;
    if (!m_header->stretchLastSection())
        return false;
    for (int visual = m_header->count() - 1; visual >= 0; --visual)
        if (const int last = m_header->logicalIndex(visual); !m_header->isSectionHidden(last))
            return last == column;
    return false;
}

void UserColumnWidths::onSectionResized(int column, int width)
{
    if (!m_pressed || width <= 0 || isStretched(column))
        return;
    m_widths.insert(column, width);
    m_sizedWhilePressed = true;
}

void UserColumnWidths::onHandleDoubleClicked(int column)
{
    // The table has just sized the column to its contents; from now on the fitting keeps it so.
    if (m_widths.remove(column) > 0)
        emit changed();
}

} // namespace es
