#include "ui/security/rows_model.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace es {

RowsModel::RowsModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{}

void RowsModel::setRows(std::vector<Row> rows)
{
    const bool sameKeys = std::equal(m_rows.begin(), m_rows.end(), rows.begin(), rows.end(),
                                     [](const Row &a, const Row &b) { return a.key == b.key; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    const bool sameText =
        std::equal(m_rows.begin(), m_rows.end(), rows.begin(), rows.end(),
                   [](const Row &a, const Row &b) { return a.cells == b.cells && a.toolTip == b.toolTip; });
    m_rows = std::move(rows);
    if (!sameText && !m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RowsModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return static_cast<int>(i);
    return -1;
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_headers.size();
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return row.cells.value(index.column());
    case Qt::ToolTipRole: return row.toolTip.isEmpty() ? row.cells.value(index.column()) : row.toolTip;
    case KeyRole: return row.key;
    default: return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

void setRowsKeepingView(RowsModel *model, QTableView *view, std::vector<RowsModel::Row> rows)
{
    const QStringList selected = selectedKeys(view);
    const int scrolled = view->verticalScrollBar()->value();
    model->setRows(std::move(rows));
    if (selectedKeys(view) != selected)
        selectKeys(view, selected);
    view->verticalScrollBar()->setValue(scrolled);
}

QStringList selectedKeys(const QTableView *view)
{
    QStringList keys;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        keys << index.data(RowsModel::KeyRole).toString();
    return keys;
}

bool selectKeys(QTableView *view, const QStringList &keys, bool scroll)
{
    QAbstractItemModel *model = view->model();
    QItemSelection selection;
    QModelIndex first;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (!keys.contains(index.data(RowsModel::KeyRole).toString()))
            continue;
        selection.select(index, model->index(row, model->columnCount() - 1));
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return false;
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    if (scroll)
        view->scrollTo(first);
    return true;
}

} // namespace es
