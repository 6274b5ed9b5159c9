#pragma once

#include <QObject>
#include <QPoint>

#include <functional>
#include <memory>

class QAbstractItemView;
class QAction;
class QMenu;
class QModelIndex;

namespace es {

// A table's (or tree's) context menu and its Copy. Right-click (or the menu key) on a row
// selects it, unless it is one of those selected already, and opens a menu: what the view's
// `fill` puts in for that row (its toolbar's actions, links to other views), then Copy and
// "Copy with header". Copy, also Ctrl+C in the view, puts every selected row on the
// clipboard (RowCopy: tab-separated, as spreadsheets paste), not Qt's one cell; a view
// whose rows hold more than their cells gives its own copy with setCopy().
//
// It is a child of the view and lives as long as it; the actions `fill` adds are the view's
// own (the menu does not take them) or children of the menu. GUI thread only.
class TableContextMenu : public QObject {
    Q_OBJECT

public:
    // Fills the menu for a right-click on `index` (column 0 of the row, in the view's model).
    using Fill = std::function<void(QMenu &menu, const QModelIndex &index)>;

    // Gives `view` its menu and its Copy (see above); once per view.
    static TableContextMenu *install(QAbstractItemView *view, Fill fill = {});
    // The menu installed on `view`, nullptr when none is.
    [[nodiscard]] static TableContextMenu *of(const QAbstractItemView *view);

    // The menu a right-click at `pos` (in the viewport) opens, after selecting the row there;
    // nullptr where there is no row. The caller owns it. Tests trigger its actions directly.
    [[nodiscard]] std::unique_ptr<QMenu> menuAt(const QPoint &pos);
    [[nodiscard]] QAction *copyAction() const { return m_copy; }
    // What Copy and Ctrl+C do instead of copying the rows' cells.
    void setCopy(std::function<void()> copy) { m_customCopy = std::move(copy); }

private:
    TableContextMenu(QAbstractItemView *view, Fill fill);
    void copy(bool withHeader);

    QAbstractItemView *m_view;
    Fill m_fill;
    std::function<void()> m_customCopy;
    QAction *m_copy = nullptr;
    QAction *m_copyWithHeader = nullptr;
};

} // namespace es
