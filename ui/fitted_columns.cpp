#include "ui/fitted_columns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

namespace es {

namespace {

// Measures its table's columns on the next turn of the event loop; requests before then
// are one.
class ColumnFitter : public QObject {
public:
    explicit ColumnFitter(QTableView *table) : QObject(table), m_table(table)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, &ColumnFitter::fit);
        const auto later = [this] { m_timer.start(); };
        QAbstractItemModel *model = table->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        m_timer.start();
    }

private:
    void fit()
    {
        if (!m_table->isVisible())
            return; // Qt measures a table again when it is shown
        const QHeaderView *header = m_table->horizontalHeader();
        // A stretched last section fills the rest of the row: Qt sizes it.
        const int stretched = header->stretchLastSection() ? header->logicalIndex(header->count() - 1) : -1;
        for (int column = 0; column < header->count(); ++column)
            if (column != stretched && !header->isSectionHidden(column) &&
                header->sectionResizeMode(column) == QHeaderView::ResizeToContents)
                m_table->resizeColumnToContents(column);
    }

    QTableView *m_table;
    QTimer m_timer;
};

} // namespace

void keepColumnsFitted(QTableView *table)
{
    if (table->model())
        new ColumnFitter(table);
}

} // namespace es
