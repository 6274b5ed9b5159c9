// Copied rows paste into a spreadsheet as the table shows them: every selected row once,
// top to bottom, the visible columns in their shown order, cells with tabs, line breaks or
// quotes kept whole; Ctrl+C in the table copies them, not the current cell.

#include "ui/row_copy.h"
#include "ui/table_context_menu.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace es;

class TestRowCopy : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(4, 3);
        m_model->setHorizontalHeaderLabels(
            {QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Size")});
        const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                QStringLiteral("d")};
        for (int row = 0; row < 4; ++row) {
            m_model->setItem(row, 0, new QStandardItem(names[row]));
            m_model->setItem(row, 1, new QStandardItem(QStringLiteral("n%1").arg(row)));
            m_model->setItem(row, 2, new QStandardItem(QString::number(row * 10)));
        }
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    }

    void rowsComeTopToBottomWithTheVisibleColumnsInTheirOrder()
    {
        // Selected bottom first, the middle column hidden, the last moved to the front.
        select(3);
        select(1);
        m_view->setColumnHidden(1, true);
        m_view->horizontalHeader()->moveSection(2, 0);
        QCOMPARE(RowCopy::selectedRows(*m_view), QStringLiteral("10\tb\n30\td\n"));
        QCOMPARE(RowCopy::selectedRows(*m_view, true), QStringLiteral("Size\tName\n10\tb\n30\td\n"));
    }

    void cellsThatWouldSplitAreQuoted()
    {
        QCOMPARE(RowCopy::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(RowCopy::field(QStringLiteral("a\tb")), QStringLiteral("\"a\tb\""));
        QCOMPARE(RowCopy::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(RowCopy::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        m_model->item(0, 1)->setText(QStringLiteral("x\ty"));
        select(0);
        QCOMPARE(RowCopy::selectedRows(*m_view), QStringLiteral("a\t\"x\ty\"\t0\n"));
    }

    void ctrlCCopiesEverySelectedRow()
    {
        TableContextMenu::install(m_view.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->selectAll();
        m_view->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("a\tn0\t0\nb\tn1\t10\nc\tn2\t20\nd\tn3\t30\n"));
    }

    void aRightClickOutsideTheSelectionSelectsThatRow()
    {
        TableContextMenu *menu = TableContextMenu::install(m_view.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        select(0);
        select(1);
        // Inside the selection: it stays.
        QVERIFY(menu->menuAt(m_view->visualRect(m_model->index(1, 0)).center()) != nullptr);
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 2);
        // Outside: that row alone.
        auto opened = menu->menuAt(m_view->visualRect(m_model->index(3, 0)).center());
        QVERIFY(opened);
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_view->selectionModel()->selectedRows().front().row(), 3);
        QVERIFY(opened->actions().contains(menu->copyAction()));
        // Below the last row there is no row: no menu.
        QVERIFY(!menu->menuAt(QPoint(5, m_view->viewport()->height() - 2)));
    }

private:
    void select(int row)
    {
        m_view->selectionModel()->select(m_model->index(row, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
};

QTEST_MAIN(TestRowCopy)
#include "test_row_copy.moc"
