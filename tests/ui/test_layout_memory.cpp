// The window opens as the user left it: its size, where its splitters stand, the widths the
// user gave columns and each table's sort order, the view that was open and the topic and
// group that were selected. What no longer fits is left at its defaults: a topic deleted
// since is not selected (nor, later, one created under its name), and widths saved from a
// table with another number of columns do not apply. A width the user set holds against the
// automatic fitting; the other columns stay fitted.
//
// The settings are this test's own, in a temporary folder: it never reads or writes the
// user's.

#include "connection_steps.h"
#include "gui_fixture.h"

#include "ui/fitted_columns.h"
#include "ui/groups/groups_model.h"
#include "ui/layout_memory.h"
#include "ui/main_window.h"
#include "ui/topics/topics_model.h"

#ifndef Q_MOC_RUN
#include "connection/connection.h"
#endif

#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace es;
using namespace es::test;

namespace {

void sendMouse(QWidget *widget, QEvent::Type type, QPoint at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

// Drags the divider on the right of `column` by `dx` pixels, as a user does.
void dragDivider(QHeaderView *header, int column, int dx)
{
    const int x = header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
    const int y = header->height() / 2;
    QWidget *viewport = header->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, {x, y}, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        sendMouse(viewport, QEvent::MouseMove, {x + dx * step / 4, y}, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, {x + dx, y}, Qt::NoButton);
}

void clickSection(QHeaderView *header, int column)
{
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// Drags the splitter's first handle by `delta` pixels along its orientation.
void dragHandle(QSplitter *splitter, int delta)
{
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint centre = handle->rect().center();
    const QPoint to =
        splitter->orientation() == Qt::Horizontal ? centre + QPoint(delta, 0) : centre + QPoint(0, delta);
    sendMouse(handle, QEvent::MouseButtonPress, centre, Qt::LeftButton);
    sendMouse(handle, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(handle, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

void clickRow(QTableView *table, const QString &text, int role)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (index.data(role).toString() == text) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return;
        }
    }
}

QString selectedIn(const QTableView *table, int role)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.front().data(role).toString() : QString();
}

bool hasRow(const QTableView *table, const QString &text, int role)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data(role).toString() == text)
            return true;
    return false;
}

QSplitter *splitterAbove(QWidget *widget)
{
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        if (auto *splitter = qobject_cast<QSplitter *>(w))
            return splitter;
    return nullptr;
}

std::unique_ptr<QStandardItemModel> modelWith(int columns)
{
    auto model = std::make_unique<QStandardItemModel>(0, columns);
    QStringList titles{QStringLiteral("Id"), QStringLiteral("Address"), QStringLiteral("State"),
                       QStringLiteral("Rack")};
    model->setHorizontalHeaderLabels(titles.mid(0, columns));
    for (int row = 0; row < 5; ++row) {
        QList<QStandardItem *> items;
        for (int column = 0; column < columns; ++column)
            items << new QStandardItem(QStringLiteral("r%1 c%2").arg(5 - row).arg(column));
        model->appendRow(items);
    }
    return model;
}

// A sorting table of fitted columns (the last stretched), as the window's are, that
// remembers its columns unless told not to.
std::unique_ptr<QTableView> shownTable(QStandardItemModel &model, bool remember = true)
{
    auto table = std::make_unique<QTableView>();
    table->setModel(&model);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    keepColumnsFitted(table.get());
    if (remember)
        LayoutMemory::rememberColumns(table.get(), QStringLiteral("test/table"));
    table->resize(700, 300);
    table->show();
    static_cast<void>(QTest::qWaitForWindowExposed(table.get()));
    return table;
}

// The width a fitted column takes in a table that remembers nothing.
int fittedWidth(QStandardItemModel &model, int column)
{
    const auto table = shownTable(model, false);
    QTest::qWait(50);
    return table->horizontalHeader()->sectionSize(column);
}

bool commitOffsets(ClusterBridge &bridge, const std::string &group, const std::string &topic)
{
    const auto r = runAndWait(bridge, [group, topic](Connection &c) {
        return c.resetGroupOffsets(group, {{TopicPartition{topic, 0}, 0}}).ok();
    });
    return r && *r;
}

bool deleteTopic(ClusterBridge &bridge, const std::string &name)
{
    const auto r = runAndWait(bridge, [name](Connection &c) { return c.deleteTopic(name).ok(); });
    return r && *r;
}

} // namespace

class TestLayoutMemory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    template <typename T>
    static T *child(QWidget &window, const char *name)
    {
        return window.findChild<T *>(QLatin1String(name));
    }

    static void showView(MainWindow &window, QWidget *page)
    {
        auto *pages = child<QStackedWidget>(window, "pages");
        child<QListWidget>(window, "sidebar")->setCurrentRow(pages->indexOf(page));
    }

    static QWidget *pageOf(MainWindow &window, QWidget *inside)
    {
        auto *pages = child<QStackedWidget>(window, "pages");
        for (int i = 0; i < pages->count(); ++i)
            if (pages->widget(i)->isAncestorOf(inside))
                return pages->widget(i);
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("eventscope"));
        QCoreApplication::setApplicationName(QStringLiteral("eventscope"));
        QVERIFY2(QSettings().fileName().startsWith(m_settings.path()), qPrintable(QSettings().fileName()));
        LayoutMemory::setEnabled(true);
    }

    void init() { QSettings().remove(QStringLiteral("layout")); }

    void columnsFromAnotherColumnCountFallBackToDefaults()
    {
        auto three = modelWith(3);
        int dragged = 0;
        {
            auto table = shownTable(*three);
            QHeaderView *header = table->horizontalHeader();
            QTRY_VERIFY(header->sectionSize(0) > 0);
            const int before = header->sectionSize(1);
            dragDivider(header, 1, 60);
            dragged = header->sectionSize(1);
            QCOMPARE(dragged, before + 60);
            clickSection(header, 1);
            clickSection(header, 1);
            QCOMPARE(header->sortIndicatorSection(), 1);
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        }

        // The same table again: the width and the order come back, and the width holds while
        // the fitted column beside it still grows with its text.
        {
            auto table = shownTable(*three);
            QHeaderView *header = table->horizontalHeader();
            QCOMPARE(header->sectionSize(1), dragged);
            QCOMPARE(header->sortIndicatorSection(), 1);
            QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
            QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("r5 c1"));
            const int id = header->sectionSize(0);
            three->setData(three->index(0, 0), QStringLiteral("a much longer identifier than before"));
            three->setData(three->index(0, 1), QStringLiteral("an address much longer than its column"));
            QTRY_VERIFY(header->sectionSize(0) > id);
            QTest::qWait(50);
            QCOMPARE(header->sectionSize(1), dragged);
            three->setData(three->index(0, 0), QStringLiteral("r5 c0"));
            three->setData(three->index(0, 1), QStringLiteral("r5 c1"));
        }

        // A table with a column more (a newer version): nothing of the old one applies,
        // every column shows at its fitted width, sorted as by default.
        auto four = modelWith(4);
        const int fitted = fittedWidth(*four, 1);
        auto table = shownTable(*four);
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), 0);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QTRY_COMPARE(header->sectionSize(1), fitted);
        QVERIFY(fitted != dragged);
        for (int column = 0; column < 4; ++column) {
            QVERIFY(!header->isSectionHidden(column));
            QVERIFY(header->sectionSize(column) > 0);
        }
    }

    void aDoubleClickOnTheDividerFitsTheColumnAgain()
    {
        auto three = modelWith(3);
        const int fitted = fittedWidth(*three, 1);
        {
            auto table = shownTable(*three);
            dragDivider(table->horizontalHeader(), 1, 80);
            QCOMPARE(table->horizontalHeader()->sectionSize(1), fitted + 80);
        }
        auto table = shownTable(*three);
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sectionSize(1), fitted + 80);
        const int x = header->sectionViewportPosition(1) + header->sectionSize(1) - 1;
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(header->sectionSize(1), fitted);
        // Fitted again, it follows its text.
        three->setData(three->index(2, 1), QStringLiteral("an address much longer than its column"));
        QTRY_VERIFY(header->sectionSize(1) > fitted);
    }

    void theWindowOpensAsTheUserLeftIt()
    {
        QTemporaryDir dir;
        auto window = makeWindow(dir, 1);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(window->bridge().snapshot() && !window->bridge().snapshot()->brokers.empty(),
                                 15000);
        ClusterBridge &bridge = window->bridge();
        for (const char *topic : {"orders", "payments", "audit"})
            QVERIFY(createTopic(bridge, topic, 1));
        QVERIFY(commitOffsets(bridge, "billing", "orders"));
        QVERIFY(commitOffsets(bridge, "shipping", "orders"));
        window->resize(1000, 700);

        auto *topics = child<QTableView>(*window, "topicsTable");
        showView(*window, pageOf(*window, topics));
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 3, 20000);
        QHeaderView *topicColumns = topics->horizontalHeader();
        QTRY_VERIFY(topicColumns->sectionSize(TopicsModel::Partitions) > 0);
        dragDivider(topicColumns, TopicsModel::Partitions, 45);
        const int partitionsWidth = topicColumns->sectionSize(TopicsModel::Partitions);
        clickSection(topicColumns, TopicsModel::Partitions);
        clickSection(topicColumns, TopicsModel::Partitions);
        QCOMPARE(topicColumns->sortIndicatorSection(), int(TopicsModel::Partitions));
        QCOMPARE(topicColumns->sortIndicatorOrder(), Qt::DescendingOrder);
        clickRow(topics, QStringLiteral("payments"), TopicsModel::NameRole);
        QCOMPARE(selectedIn(topics, TopicsModel::NameRole), QStringLiteral("payments"));

        auto *groups = child<QTableView>(*window, "groupsTable");
        showView(*window, pageOf(*window, groups));
        QTRY_COMPARE_WITH_TIMEOUT(groups->model()->rowCount(), 2, 20000);
        clickRow(groups, QStringLiteral("shipping"), GroupsModel::GroupIdRole);
        QCOMPARE(selectedIn(groups, GroupsModel::GroupIdRole), QStringLiteral("shipping"));
        QSplitter *groupsSplit = splitterAbove(groups);
        QVERIFY(groupsSplit);
        QTRY_VERIFY(groupsSplit->sizes().value(0) > 100);
        const QList<int> before = groupsSplit->sizes();
        dragHandle(groupsSplit, -40);
        const QList<int> splitSizes = groupsSplit->sizes();
        QVERIFY(splitSizes != before);

        auto *events = child<QTableView>(*window, "eventTable");
        showView(*window, pageOf(*window, events));
        const QSize size = window->size();
        QCOMPARE(size, QSize(1000, 700));
        window.reset();

        // A new window on the same settings (and the same cluster, which still has it all).
        window = makeWindow(dir, 1);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(window->bridge().snapshot() && !window->bridge().snapshot()->brokers.empty(),
                                 15000);
        QCOMPARE(window->size(), size);
        events = child<QTableView>(*window, "eventTable");
        QCOMPARE(child<QStackedWidget>(*window, "pages")->currentWidget(), pageOf(*window, events));

        topics = child<QTableView>(*window, "topicsTable");
        groups = child<QTableView>(*window, "groupsTable");
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(selectedIn(topics, TopicsModel::NameRole), QStringLiteral("payments"),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(selectedIn(groups, GroupsModel::GroupIdRole), QStringLiteral("shipping"),
                                  20000);
        topicColumns = topics->horizontalHeader();
        QCOMPARE(topicColumns->sortIndicatorSection(), int(TopicsModel::Partitions));
        QCOMPARE(topicColumns->sortIndicatorOrder(), Qt::DescendingOrder);
        showView(*window, pageOf(*window, topics));
        QTest::qWait(100);
        QCOMPARE(topicColumns->sectionSize(TopicsModel::Partitions), partitionsWidth);
        showView(*window, pageOf(*window, groups));
        QTRY_COMPARE(splitterAbove(groups)->sizes(), splitSizes);
    }

    void aTopicDeletedSinceIsNotSelected()
    {
        QTemporaryDir dir;
        auto window = makeWindow(dir, 1);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(window->bridge().snapshot() && !window->bridge().snapshot()->brokers.empty(),
                                 15000);
        QVERIFY(createTopic(window->bridge(), "doomed", 1));
        QVERIFY(createTopic(window->bridge(), "kept", 1));
        auto *topics = child<QTableView>(*window, "topicsTable");
        showView(*window, pageOf(*window, topics));
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 2, 20000);
        clickRow(topics, QStringLiteral("doomed"), TopicsModel::NameRole);
        QCOMPARE(selectedIn(topics, TopicsModel::NameRole), QStringLiteral("doomed"));
        QVERIFY(deleteTopic(window->bridge(), "doomed"));
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 20000);
        window.reset();

        window = makeWindow(dir, 1);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(window->bridge().snapshot() && !window->bridge().snapshot()->brokers.empty(),
                                 15000);
        topics = child<QTableView>(*window, "topicsTable");
        QCOMPARE(child<QStackedWidget>(*window, "pages")->currentWidget(), pageOf(*window, topics));
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(topics, QStringLiteral("kept"), TopicsModel::NameRole), 20000);
        QVERIFY(topics->selectionModel()->selectedRows().isEmpty());
        // Forgotten, not waited for: a topic made later under the name is not selected.
        QVERIFY(createTopic(window->bridge(), "doomed", 1));
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(topics, QStringLiteral("doomed"), TopicsModel::NameRole), 20000);
        QTest::qWait(100);
        QVERIFY(topics->selectionModel()->selectedRows().isEmpty());
    }
};

QTEST_MAIN(TestLayoutMemory)
#include "test_layout_memory.moc"
