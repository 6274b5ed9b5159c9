#include "ui/fitted_columns.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

// The width `table` needs to show all of column `column`'s text.
int neededWidth(const QTableView &table, int column)
{
    QStyleOptionViewItem option;
    option.initFrom(table.viewport());
    int needed = 0;
    for (int row = 0; row < table.model()->rowCount(); ++row) {
        const QModelIndex index = table.model()->index(row, column);
        needed = std::max(needed, table.itemDelegateForIndex(index)->sizeHint(option, index).width());
    }
    return needed;
}

bool fits(const QTableView &table, int column)
{
    return table.horizontalHeader()->sectionSize(column) >= neededWidth(table, column);
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
