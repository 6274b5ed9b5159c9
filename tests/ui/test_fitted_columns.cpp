#include "ui/fitted_columns.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace es;

namespace {

// The width `table` needs to show all of column `column`'s text in rows [first, last]
// (every row when last is -1).
int neededWidth(const QTableView &table, int column, int first = 0, int last = -1)
{
    QStyleOptionViewItem option;
    option.initFrom(table.viewport());
    int needed = 0;
    for (int row = first; row <= (last < 0 ? table.model()->rowCount() - 1 : last); ++row) {
        const QModelIndex index = table.model()->index(row, column);
        needed = std::max(needed, table.itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return needed;
}

bool fits(const QTableView &table, int column, int first = 0, int last = -1)
{
    return table.horizontalHeader()->sectionSize(column) >= neededWidth(table, column, first, last);
}

} // namespace

// A table whose columns size to their contents, with no row numbers (as every table of the
// window), keeps them whole as rows arrive and text grows.
class TestFittedColumns : public QObject {
    Q_OBJECT

private slots:
    void rowsAndLongerTextWidenTheColumn()
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Id"), QStringLiteral("Name")});
        QTableView table;
        table.setModel(&model);
        table.verticalHeader()->hide();
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table.horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
        keepColumnsFitted(&table);
        table.resize(600, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));

        // Rows arrive after the table is laid out.
        QTest::qWait(100);
        model.appendRow(
            {new QStandardItem(QStringLiteral("127.0.0.1:9092")), new QStandardItem(QStringLiteral("a"))});
        QTRY_VERIFY(fits(table, 0));
        const int before = table.horizontalHeader()->sectionSize(0);

        // Its text grows in place.
        model.setData(model.index(0, 0),
                      QStringLiteral("127.0.0.1:9092 (restarting, fenced by the controller)"));
        QTRY_VERIFY(fits(table, 0));
        QVERIFY(table.horizontalHeader()->sectionSize(0) > before);

        // The stretched column still fills the rest.
        QCOMPARE(table.horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
        QTRY_COMPARE(table.horizontalHeader()->sectionSize(0) + table.horizontalHeader()->sectionSize(1),
                     table.viewport()->width());
    }

    void rowsScrolledIntoViewAreMeasured()
    {
        // A long table is measured where it is looked at, not all at once.
        QStandardItemModel model(0, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("Topic")});
        for (int row = 0; row < 3000; ++row)
            model.appendRow(new QStandardItem(QStringLiteral("t%1").arg(row)));
        QTableView table;
        table.setModel(&model);
        table.verticalHeader()->hide();
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        keepColumnsFitted(&table);
        table.resize(400, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        const int longRow = 2500;
        model.setData(model.index(longRow, 0), QStringLiteral("a topic name much longer than the others"));
        QTRY_VERIFY(fits(table, 0, table.rowAt(0), table.rowAt(table.viewport()->height() - 1)));

        table.scrollTo(model.index(longRow, 0));
        QTRY_VERIFY(fits(table, 0, longRow, longRow));
        const int wide = table.horizontalHeader()->sectionSize(0);
        // It does not shrink as the user scrolls on; rows put in a new order fit anew.
        table.scrollToTop();
        QTest::qWait(50);
        QCOMPARE(table.horizontalHeader()->sectionSize(0), wide);
        model.setData(model.index(longRow, 0), QStringLiteral("t%1").arg(longRow));
        emit model.layoutChanged();
        QTRY_VERIFY(table.horizontalHeader()->sectionSize(0) < wide);
        QVERIFY(fits(table, 0, table.rowAt(0), table.rowAt(table.viewport()->height() - 1)));
    }

    void changesWhileHiddenAreMeasuredWhenShown()
    {
        QStandardItemModel model(0, 1);
        model.setHorizontalHeaderLabels({QStringLiteral("State")});
        QTableView table;
        table.setModel(&model);
        table.verticalHeader()->hide();
        table.horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        keepColumnsFitted(&table);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        table.hide();
        model.appendRow(new QStandardItem(QStringLiteral("crashed, losing unflushed data")));
        QTest::qWait(50);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QTRY_VERIFY(fits(table, 0));
    }
};

QTEST_MAIN(TestFittedColumns)
#include "test_fitted_columns.moc"
