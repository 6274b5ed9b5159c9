#include "ui/fitted_columns.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <utility>

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
        const auto grow = [this] { m_timer.start(); };
        const auto refit = [this] {
            m_exact = true;
            m_timer.start();
        };
        QAbstractItemModel *model = table->model();
        connect(model, &QAbstractItemModel::rowsInserted, this, grow);
        connect(model, &QAbstractItemModel::dataChanged, this, grow);
        connect(model, &QAbstractItemModel::modelReset, this, refit);
        connect(model, &QAbstractItemModel::layoutChanged, this, refit);
        connect(table->verticalScrollBar(), &QScrollBar::valueChanged, this, grow);
        m_timer.start();
    }

private:
    void fit()
    {
        const bool exact = std::exchange(m_exact, false);
        if (!m_table->isVisible())
            return; // Qt measures a table again when it is shown
        const QAbstractItemModel *model = m_table->model();
        const QHeaderView *header = m_table->horizontalHeader();
        const int first = std::max(0, m_table->rowAt(0));
        int last = m_table->rowAt(m_table->viewport()->height() - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        QStyleOptionViewItem option;
        option.initFrom(m_table->viewport());
        const int grid = m_table->showGrid() ? 1 : 0;
        // A stretched last section fills the rest of the row: Qt sizes it.
        const int stretched = header->stretchLastSection() ? header->logicalIndex(header->count() - 1) : -1;
        for (int column = 0; column < header->count(); ++column) {
            if (column == stretched || header->isSectionHidden(column) ||
                header->sectionResizeMode(column) != QHeaderView::ResizeToContents)
                continue;
            int wanted = header->sectionSizeHint(column);
            for (int row = first; row <= last; ++row) {
                const QModelIndex index = model->index(row, column);
                wanted = std::max(
                    wanted, m_table->itemDelegateForIndex(index)->sizeHint(option, index).width() + grid);
            }
            const int now = header->sectionSize(column);
            if (exact ? wanted != now : wanted > now)
                m_table->horizontalHeader()->resizeSection(column, wanted);
        }
    }

    QTableView *m_table;
    QTimer m_timer;
    bool m_exact = true;
};

} // namespace

void keepColumnsFitted(QTableView *table)
{
    if (!table->model())
        return;
    // Qt's own measuring (on data changes, resizes) looks at the rows in view too, not at
    // the first thousand: 40 ms at every snapshot for a thousand topics, 6 ms this way.
    table->horizontalHeader()->setResizeContentsPrecision(0);
    new ColumnFitter(table);
}

} // namespace es
