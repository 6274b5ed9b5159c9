#include "ui/table_context_menu.h"

#include "ui/row_copy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

namespace es {

TableContextMenu *TableContextMenu::install(QAbstractItemView *view, Fill fill)
{
    if (TableContextMenu *existing = of(view))
        return existing;
    return new TableContextMenu(view, std::move(fill));
}

TableContextMenu *TableContextMenu::of(const QAbstractItemView *view)
{
    return view ? view->findChild<TableContextMenu *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

TableContextMenu::TableContextMenu(QAbstractItemView *view, Fill fill)
    : QObject(view), m_view(view), m_fill(std::move(fill))
{
    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyRows"));
    m_copy->setShortcut(QKeySequence::Copy);
    // Only while the table has the focus: Ctrl+C in a text field copies its text.
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected rows, tab-separated as spreadsheets paste them (Ctrl+C)."));
    connect(m_copy, &QAction::triggered, this, [this] { copy(false); });
    view->addAction(m_copy);

    m_copyWithHeader = new QAction(tr("Copy with &header"), this);
    m_copyWithHeader->setObjectName(QStringLiteral("copyRowsWithHeader"));
    m_copyWithHeader->setToolTip(tr("Copy the selected rows with a first line of column titles."));
    connect(m_copyWithHeader, &QAction::triggered, this, [this] { copy(true); });

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (std::unique_ptr<QMenu> menu = menuAt(pos))
            menu->exec(m_view->viewport()->mapToGlobal(pos));
    });
}

std::unique_ptr<QMenu> TableContextMenu::menuAt(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (!at.isValid())
        return nullptr;
    // A right-click outside the selection acts on the row clicked, as in file managers.
    QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection->isSelected(at)) {
        const QItemSelectionModel::SelectionFlags rows =
            m_view->selectionBehavior() == QAbstractItemView::SelectRows ? QItemSelectionModel::Rows
                                                                         : QItemSelectionModel::NoUpdate;
        selection->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | rows);
    }
    auto menu = std::make_unique<QMenu>(m_view);
    menu->setObjectName(QStringLiteral("tableContextMenu"));
    menu->setToolTipsVisible(true); // a disabled action says why
    if (m_fill) {
        m_fill(*menu, at.siblingAtColumn(0));
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    menu->addAction(m_copy);
    // A view with its own copy (records) copies more than cells: a header line means nothing there.
    if (!m_customCopy)
        menu->addAction(m_copyWithHeader);
    return menu;
}

void TableContextMenu::copy(bool withHeader)
{
    if (m_customCopy && !withHeader)
        m_customCopy();
    else
        RowCopy::copySelected(*m_view, withHeader);
}

} // namespace es
