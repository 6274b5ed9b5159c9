// The tables' context menus and copies, in a main window as a user has them: Ctrl+C copies
// every selected row (tab-separated), "Copy as JSON" of five records puts a five-element
// array on the clipboard and says so, a group's partition leads to its committed offset in
// Messages, a Produce result leads to the record written, a partition leads to its leader.

#include "connection_steps.h"

#include "ui/cluster/cluster_view.h"
#include "ui/events/events_view.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_view.h"
#include "ui/main_window.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/messages_view.h"
#include "ui/messages/record_detail.h"
#include "ui/produce/produce_view.h"
#include "ui/table_context_menu.h"
#include "ui/theme.h"
#include "ui/topics/topic_detail.h"
#include "ui/topics/topics_view.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace es;

namespace {

QTableView *table(const QWidget &parent, const char *name)
{
    auto *t = parent.findChild<QTableView *>(QLatin1String(name));
    if (!t)
        qFatal("no table %s", name);
    return t;
}

// The menu a right-click on `row` of `view` opens (the row becomes selected unless it is).
std::unique_ptr<QMenu> menuAt(QTableView *view, int row)
{
    TableContextMenu *menu = TableContextMenu::of(view);
    if (!menu)
        qFatal("no context menu on %s", qPrintable(view->objectName()));
    view->scrollTo(view->model()->index(row, 0));
    return menu->menuAt(view->visualRect(view->model()->index(row, 0)).center());
}

QAction *action(const QMenu &menu, const char *name)
{
    for (QAction *a : menu.actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

// The offset of the record the Messages view shows in its detail, -1 for none.
qint64 shownOffset(const MessagesView &view)
{
    return view.detail()->record() ? view.detail()->record()->offset : -1;
}

QStringList clipboardLines()
{
    QString text = QGuiApplication::clipboard()->text();
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text.split(QLatin1Char('\n'));
}

} // namespace

class TestContextMenus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto bridge = test::startBridge(m_dir);
        QVERIFY2(bridge, "the cluster did not start");
        m_bridge = bridge.get();
        m_window = std::make_unique<MainWindow>(std::move(bridge));
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::createTopic(*m_bridge, "orders", 1));
        QVERIFY(test::createTopic(*m_bridge, "payments", 2));
        QVERIFY(test::createTopic(*m_bridge, "audit", 1));
        const auto written = test::runAndWait(*m_bridge, [](Connection &c) {
            auto writer = c.openWriter(ProducerConfig{});
            if (!writer)
                return false;
            for (int i = 0; i < 10; ++i)
                (*writer)->send({"orders",
                                 0,
                                 test::bytesOf("k" + std::to_string(i)),
                                 test::bytesOf("{\"n\":" + std::to_string(i) + "}"),
                                 {},
                                 std::nullopt});
            return (*writer)->close(std::chrono::seconds(15));
        });
        QVERIFY(written && *written);
        const auto reset = test::runAndWait(*m_bridge, [](Connection &c) {
            return c.resetGroupOffsets("billing", {{TopicPartition{"orders", 0}, 6}}).ok();
        });
        QVERIFY(reset && *reset);
        QTRY_VERIFY_WITH_TIMEOUT(test::offsetsOf(*m_bridge, "orders").size() == 1 &&
                                     test::offsetsOf(*m_bridge, "orders")[0].highWatermark == 10,
                                 10000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrlCInTheTopicsTableCopiesEverySelectedRow()
    {
        auto *view = m_window->findChild<TopicsView *>();
        showPage(view);
        view->showList();
        QTableView *topics = table(*view, "topicsTable");
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 3, 10000);
        topics->selectAll();
        topics->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(topics, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QLatin1String("audit\t")), qPrintable(lines[0]));
        QVERIFY(lines[1].startsWith(QLatin1String("orders\t")));
        QVERIFY(lines[2].startsWith(QLatin1String("payments\t")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("3")));

        // The menu of a row of the selection keeps the selection: names of all three, the
        // actions on one topic are off, and the delete is of all three.
        auto menu = menuAt(topics, 1);
        QCOMPARE(topics->selectionModel()->selectedRows().size(), 3);
        QVERIFY(!action(*menu, "deleteTopic"));
        QCOMPARE(action(*menu, "deleteTopics")->isEnabled(), !m_bridge->capabilities().readOnly);
        QVERIFY(!action(*menu, "browseMessages")->isEnabled());
        action(*menu, "copyTopicNames")->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("audit\norders\npayments"));
        action(*menu, "copyRowsWithHeader")->trigger();
        QVERIFY(clipboardLines().size() == 4 && clipboardLines()[0].startsWith(QLatin1String("Topic")));

        // A row outside the selection is selected alone: its topic's actions are on.
        topics->clearSelection();
        menu = menuAt(topics, 1);
        QCOMPARE(topics->selectionModel()->selectedRows().size(), 1);
        QVERIFY(action(*menu, "browseMessages")->isEnabled());
        QCOMPARE(action(*menu, "editConfigs")->isEnabled(), !m_bridge->capabilities().readOnly);
        QCOMPARE(action(*menu, "deleteTopic")->isEnabled(), !m_bridge->capabilities().readOnly);
    }

    void aRightClickOpensTheMenu()
    {
        auto *view = m_window->findChild<TopicsView *>();
        showPage(view);
        view->showList();
        QTableView *topics = table(*view, "topicsTable");
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 3, 10000);
        QStringList seen;
        QTimer::singleShot(0, this, [&seen] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *a : menu->actions())
                    if (!a->objectName().isEmpty())
                        seen << a->objectName();
                menu->close();
            }
        });
        const QPoint pos = topics->visualRect(topics->model()->index(0, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, topics->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(topics->viewport(), &event);
        QVERIFY2(seen.contains(QLatin1String("browseMessages")), qPrintable(seen.join(QLatin1Char(' '))));
        QVERIFY(seen.contains(QLatin1String("copyRows")));
    }

    void copyAsJsonTakesEverySelectedRecord()
    {
        m_window->showRecords(QStringLiteral("orders"), 0, 0);
        auto *view = m_window->findChild<MessagesView *>();
        QTableView *records = view->table();
        QTRY_COMPARE_WITH_TIMEOUT(records->model()->rowCount(), 10, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(records->model()->index(9, 0).data(MessagesModel::LoadedRole).toBool(),
                                 10000);
        records->clearSelection();
        for (int row = 2; row < 7; ++row)
            records->selectionModel()->select(records->model()->index(row, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto menu = menuAt(records, 3);
        QCOMPARE(records->selectionModel()->selectedRows().size(), 5);
        QGuiApplication::clipboard()->clear();
        action(*menu, "copyAsJson")->trigger();
        const QJsonDocument json = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8());
        QVERIFY2(json.isArray(), qPrintable(QGuiApplication::clipboard()->text()));
        QCOMPARE(json.array().size(), 5);
        QSet<QString> keys;
        for (const QJsonValue &record : json.array())
            keys << record.toObject().value(QLatin1String("key")).toString();
        QCOMPARE(keys.size(), 5);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("5")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // The button does the same.
        QGuiApplication::clipboard()->clear();
        view->findChild<QPushButton *>(QStringLiteral("copyJson"))->click();
        QCOMPARE(QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).array().size(), 5);

        // Ctrl+C: the five records as rows, whole values, not one cell.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        records->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(records, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboardLines();
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\tk\\d\t\"\\{\"\"n\"\":\\d\\}\"\t"))),
                     qPrintable(line));

        // Copy key: one a line.
        action(*menu, "copyKey")->trigger();
        QCOMPARE(clipboardLines().size(), 5);
    }

    void aGroupPartitionLeadsToItsCommittedOffset()
    {
        m_window->showGroup(QStringLiteral("billing"));
        auto *groups = m_window->findChild<GroupsView *>();
        QTRY_COMPARE_WITH_TIMEOUT(groups->detail()->groupId(), QStringLiteral("billing"), 15000);
        QTableView *partitions = table(*groups->detail(), "groupPartitions");
        QTRY_COMPARE_WITH_TIMEOUT(partitions->model()->rowCount(), 1, 15000);
        auto menu = menuAt(partitions, 0);
        QAction *browse = action(*menu, "browseFromCommitted");
        QVERIFY(browse && browse->isEnabled());
        browse->trigger();
        auto *messages = m_window->findChild<MessagesView *>();
        QCOMPARE(currentPage(), static_cast<QWidget *>(messages));
        QTRY_COMPARE_WITH_TIMEOUT(shownOffset(*messages), 6, 15000);
        QCOMPARE(messages->model()->topic(), QStringLiteral("orders"));

        // And the group's topic.
        showPage(groups);
        menu = menuAt(partitions, 0);
        action(*menu, "goToTopic")->trigger();
        auto *topics = m_window->findChild<TopicsView *>();
        QCOMPARE(currentPage(), static_cast<QWidget *>(topics));
        QCOMPARE(topics->findChild<TopicDetail *>()->topic(), QStringLiteral("orders"));
    }

    void aPartitionLeadsToItsLeaderAndItsRecords()
    {
        m_window->showTopic(QStringLiteral("payments"));
        auto *topics = m_window->findChild<TopicsView *>();
        QTableView *partitions = topics->findChild<TopicDetail *>()->partitionsTable();
        QTRY_COMPARE_WITH_TIMEOUT(partitions->model()->rowCount(), 2, 10000);
        auto menu = menuAt(partitions, 1);
        QAction *leader = action(*menu, "goToLeader");
        QVERIFY(leader && leader->isEnabled());
        leader->trigger();
        auto *cluster = m_window->findChild<ClusterView *>();
        QCOMPARE(currentPage(), static_cast<QWidget *>(cluster));
        QVERIFY(leader->text().endsWith(QString::number(cluster->selectedBroker())));

        m_window->showTopic(QStringLiteral("orders"));
        QTRY_COMPARE_WITH_TIMEOUT(partitions->model()->rowCount(), 1, 10000);
        menu = menuAt(partitions, 0);
        action(*menu, "browsePartition")->trigger();
        auto *messages = m_window->findChild<MessagesView *>();
        QCOMPARE(currentPage(), static_cast<QWidget *>(messages));
        QTRY_COMPARE_WITH_TIMEOUT(shownOffset(*messages), 0, 15000);
    }

    void theProduceResultLinksToTheRecord()
    {
        auto *produce = m_window->findChild<ProduceView *>();
        m_window->produceTo(QStringLiteral("orders"), 0);
        QCOMPARE(currentPage(), static_cast<QWidget *>(produce));
        produce->findChild<QLineEdit *>(QStringLiteral("key"))->setText(QStringLiteral("linked"));
        produce->findChild<QPlainTextEdit *>(QStringLiteral("value"))->setPlainText(QStringLiteral("here"));
        produce->send();
        auto *result = produce->findChild<QLabel *>(QStringLiteral("result"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("href")), 15000);
        const QRegularExpressionMatch link =
            QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(result->text());
        QVERIFY(link.hasMatch());
        QCOMPARE(link.captured(1), QStringLiteral("record/0/10"));
        emit result->linkActivated(link.captured(1));
        auto *messages = m_window->findChild<MessagesView *>();
        QCOMPARE(currentPage(), static_cast<QWidget *>(messages));
        QTRY_COMPARE_WITH_TIMEOUT(shownOffset(*messages), 10, 15000);
        QCOMPARE(
            QString::fromLatin1(reinterpret_cast<const char *>(messages->detail()->record()->key->data()),
                                static_cast<qsizetype>(messages->detail()->record()->key->size())),
            QStringLiteral("linked"));
    }

    void theBrokerTableCopies()
    {
        auto *cluster = m_window->findChild<ClusterView *>();
        showPage(cluster);
        QTableView *brokers = table(*cluster, "brokerTable");
        auto menu = menuAt(brokers, 0);
        // Faults only where the cluster runs in this process.
        QCOMPARE(action(*menu, "stopBrokerAction") != nullptr, m_bridge->capabilities().brokerControl);
        action(*menu, "copyRows")->trigger();
        QCOMPARE(clipboardLines().size(), 1);
        QVERIFY2(clipboardLines()[0].startsWith(QLatin1String("1\t")), qPrintable(clipboardLines()[0]));
    }

    // Not an assertion: pictures of the menus for a person to look at, with ES_MENU_SHOTS=<dir>.
    void menusInLightAndDark()
    {
        const QString dir = qEnvironmentVariable("ES_MENU_SHOTS");
        if (dir.isEmpty())
            QSKIP("set ES_MENU_SHOTS to a folder to take the pictures");
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix =
                theme == ThemeChoice::Light ? QStringLiteral("light") : QStringLiteral("dark");
            m_window->showRecords(QStringLiteral("orders"), 0, 0);
            auto *messages = m_window->findChild<MessagesView *>();
            QTRY_VERIFY_WITH_TIMEOUT(messages->detail()->record().has_value(), 15000);
            QTableView *records = messages->table();
            records->selectionModel()->select(
                QItemSelection(records->model()->index(1, 0), records->model()->index(4, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            shoot(records, 2, dir + QStringLiteral("/menu_messages_%1.png").arg(suffix));
            m_window->showGroup(QStringLiteral("billing"));
            auto *groups = m_window->findChild<GroupsView *>();
            shoot(table(*groups->detail(), "groupPartitions"), 0,
                  dir + QStringLiteral("/menu_group_partition_%1.png").arg(suffix));
            auto *topics = m_window->findChild<TopicsView *>();
            showPage(topics);
            topics->showList();
            shoot(table(*topics, "topicsTable"), 1, dir + QStringLiteral("/menu_topics_%1.png").arg(suffix));
        }
        Theme::apply(ThemeChoice::Light);
    }

private:
    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    }

    void showPage(QWidget *page)
    {
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        m_window->findChild<QListWidget *>(QStringLiteral("sidebar"))->setCurrentRow(pages->indexOf(page));
    }

    // The window with the menu of `row` drawn where a right-click would open it.
    void shoot(QTableView *view, int row, const QString &file)
    {
        auto menu = menuAt(view, row);
        const QPoint at =
            view->viewport()->mapTo(m_window.get(), view->visualRect(view->model()->index(row, 0)).center());
        menu->popup(m_window->mapToGlobal(at));
        QTest::qWait(300);
        QImage shot = m_window->grab().toImage();
        QPainter painter(&shot);
        painter.drawPixmap(at, menu->grab());
        painter.end();
        menu->close();
        QVERIFY(shot.save(file));
    }

    QTemporaryDir m_dir;
    ClusterBridge *m_bridge = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestContextMenus)
#include "test_context_menus.moc"
