#include "ui/row_copy.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <vector>

namespace es {

namespace {

const QHeaderView *columnHeader(const QAbstractItemView &view)
{
    if (const auto *table = qobject_cast<const QTableView *>(&view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(&view))
        return tree->header();
    return nullptr;
}

// The model's columns as the user sees them: hidden ones left out, moved ones where moved.
std::vector<int> visibleColumns(const QAbstractItemView &view)
{
    std::vector<int> columns;
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = columnHeader(view);
    const int count = model->columnCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical >= 0 && !(header && header->isSectionHidden(logical)))
            columns.push_back(logical);
    }
    return columns;
}

// Where a row is listed, as the rows of it and its ancestors from the top: orders rows of
// a tree as the tree lists them.
std::vector<int> path(QModelIndex index)
{
    std::vector<int> rows;
    for (; index.isValid(); index = index.parent())
        rows.insert(rows.begin(), index.row());
    return rows;
}

QString cellText(const QModelIndex &index)
{
    const QVariant whole = index.data(RowCopy::CopyRole);
    return whole.isValid() ? whole.toString() : index.data(Qt::DisplayRole).toString();
}

} // namespace

QString RowCopy::field(const QString &text)
{
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QList<QModelIndex> RowCopy::selectedRowIndexes(const QAbstractItemView &view)
{
    QList<QModelIndex> rows;
    const QItemSelectionModel *selection = view.selectionModel();
    if (!selection || !view.model())
        return rows;
    // By ranges, not by cells: a row selection of thousands of rows stays cheap.
    for (const QItemSelectionRange &range : selection->selection())
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(view.model()->index(row, 0, range.parent()));
    std::vector<std::pair<std::vector<int>, QModelIndex>> listed;
    listed.reserve(static_cast<std::size_t>(rows.size()));
    for (const QModelIndex &index : rows)
        listed.emplace_back(path(index), index);
    std::sort(listed.begin(), listed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    listed.erase(std::unique(listed.begin(), listed.end(),
                             [](const auto &a, const auto &b) { return a.first == b.first; }),
                 listed.end());
    rows.clear();
    for (const auto &entry : listed)
        rows.push_back(entry.second);
    return rows;
}

QString RowCopy::selectedRows(const QAbstractItemView &view, bool withHeader)
{
    return rows(view, selectedRowIndexes(view), withHeader);
}

QString RowCopy::rows(const QAbstractItemView &view, const QList<QModelIndex> &rows, bool withHeader)
{
    if (rows.isEmpty())
        return {};
    const QAbstractItemModel *model = view.model();
    const std::vector<int> columns = visibleColumns(view);
    QStringList lines;
    if (withHeader) {
        QStringList titles;
        for (int column : columns)
            titles << field(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        lines << titles.join(QLatin1Char('\t'));
    }
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int column : columns)
            cells << field(cellText(row.siblingAtColumn(column)));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int RowCopy::copySelected(const QAbstractItemView &view, bool withHeader)
{
    const QString text = selectedRows(view, withHeader);
    if (text.isEmpty())
        return 0;
    const auto rows = static_cast<int>(selectedRowIndexes(view).size());
    QGuiApplication::clipboard()->setText(text);
    tell(view, tr("Copied %n row(s).", nullptr, rows));
    return rows;
}

void RowCopy::tell(const QWidget &widget, const QString &text)
{
    if (auto *window = qobject_cast<QMainWindow *>(widget.window()))
        window->statusBar()->showMessage(text, 5000);
}

} // namespace es
