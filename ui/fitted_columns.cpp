#include "ui/fitted_columns.h"

#include "ui/user_column_widths.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <set>
#include <utility>

namespace es {

namespace {

// Measures its table's columns on the next turn of the event loop; requests before then
// are one.
class ColumnFitter : public QObject {
public:
    explicit ColumnFitter(QTableView *table) : QObject(table), m_table(table)
    {
        // The columns sized to their contents become the user's to size too (Qt lets no one
        // drag a ResizeToContents divider); this fits them instead of Qt, until the user
        // sizes one.
        QHeaderView *header = table->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            if (header->sectionResizeMode(column) == QHeaderView::ResizeToContents) {
                m_fitted.insert(column);
                header->setSectionResizeMode(column, QHeaderView::Interactive);
            }
        m_userWidths = UserColumnWidths::of(header);
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
        connect(model, &QAbstractItemModel::headerDataChanged, this, refit);
        // A column the user gives back (a double-click on its divider) fits exactly again.
        connect(m_userWidths, &UserColumnWidths::changed, this, refit);
        table->installEventFilter(this);
        m_timer.start();
    }

protected:
    // As Qt measures a ResizeToContents column: when the table is shown, and when its font
    // or style changes; rows that come into view as it grows are measured too.
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::FontChange:
        case QEvent::StyleChange:
            m_exact = true;
            m_timer.start();
            break;
        case QEvent::Resize: m_timer.start(); break;
        default: break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit()
    {
        const bool exact = std::exchange(m_exact, false);
        if (!m_table->isVisible())
            return; // measured again when it is shown
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
            if (column == stretched || header->isSectionHidden(column) || !m_fitted.contains(column) ||
                m_userWidths->isSet(column) || header->sectionResizeMode(column) == QHeaderView::Stretch)
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
    std::set<int> m_fitted;
    UserColumnWidths *m_userWidths = nullptr;
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
