#pragma once

#include <QCoreApplication>
#include <QList>
#include <QModelIndex>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

namespace es {

// Table rows as text for the clipboard, the way spreadsheets paste them: one line per row,
// cells separated by tabs, the view's visible columns in the order the user sees them. A
// cell that holds a tab, a line break or a quote is quoted ("…", quotes doubled), which
// spreadsheets read back as one cell. Pure functions of the view; GUI thread only.
class RowCopy {
    Q_DECLARE_TR_FUNCTIONS(es::RowCopy)

public:
    // The role a model may answer with a cell's whole text where its display is shortened
    // (a record's value cut for the table); cells without it copy their display text.
    static constexpr int CopyRole = Qt::UserRole + 0x7E0;

    // The selected rows of `view`, top to bottom as listed, with a line of column titles
    // first when `withHeader`. Empty when nothing is selected.
    [[nodiscard]] static QString selectedRows(const QAbstractItemView &view, bool withHeader = false);
    // `rows` (indexes of the view's model, in the order given) as above.
    [[nodiscard]] static QString rows(const QAbstractItemView &view, const QList<QModelIndex> &rows,
                                      bool withHeader = false);
    // The selected rows of `view` (in the view's model), top to bottom as listed: one index
    // of column 0 per row.
    [[nodiscard]] static QList<QModelIndex> selectedRowIndexes(const QAbstractItemView &view);
    // One cell as a spreadsheet field: quoted when it holds a tab, a line break or a quote.
    [[nodiscard]] static QString field(const QString &text);

    // Puts the selected rows on the clipboard and says so in the window's status bar; the
    // number of rows copied.
    static int copySelected(const QAbstractItemView &view, bool withHeader = false);
    // Shows `text` for a few seconds in the status bar of `widget`'s window, when that
    // window has one (the main window); elsewhere it is not shown.
    static void tell(const QWidget &widget, const QString &text);
};

} // namespace es
