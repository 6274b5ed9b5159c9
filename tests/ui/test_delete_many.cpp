// Deleting several topics, and several consumer groups, at once from the tables' context
// menus, against a real cluster: with three topics selected the menu offers "Delete 3
// topics…", its one confirmation lists them (and leaves the cluster's own topic out, saying
// so), Cancel keeps them and Delete removes all three. With an empty group and one that has a
// member selected, the empty one goes and the view names the other with Kafka's refusal. On a
// read-only connection the action is disabled and says why.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "ui/delete_many.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_model.h"
#include "ui/groups/groups_view.h"
#include "ui/table_context_menu.h"
#include "ui/theme.h"
#include "ui/topics/topics_model.h"
#include "ui/topics/topics_view.h"

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "remote/remote_fixture.h"
#endif

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>

using namespace es;

namespace {

// What the next confirmation showed, once answered.
struct Confirmation {
    QStringList listed;
    QString leftOut;
    bool seen = false;
};

// Answers the next confirmation (within ten seconds): Delete when `confirm`, else Cancel;
// `dir` non-empty: a screenshot of it goes there as `file` first.
std::shared_ptr<Confirmation> answerNextConfirmation(bool confirm, const QString &dir = {},
                                                     const QString &file = {})
{
    auto seen = std::make_shared<Confirmation>();
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        const bool ours =
            dialog && dialog->isVisible() && dialog->objectName() == QLatin1String("deleteManyDialog");
        if (ours) {
            seen->seen = true;
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("deleteManyList"));
            for (int i = 0; list && i < list->count(); ++i)
                seen->listed << list->item(i)->text();
            if (auto *left = dialog->findChild<QLabel *>(QStringLiteral("deleteManyLeftOut")))
                seen->leftOut = left->text();
            if (!dir.isEmpty())
                dialog->grab().save(dir + QLatin1Char('/') + file);
            if (confirm)
                dialog->findChild<QPushButton *>(QStringLiteral("deleteManyConfirm"))->click();
            else
                dialog->reject();
        }
        if (ours || clock->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
            delete clock;
        }
    });
    timer->start(20);
    return seen;
}

// Selects the rows of `table` whose `role` is one of `names`; returns how many it found.
int selectRows(QTableView *table, int role, const QStringList &names)
{
    table->clearSelection();
    int found = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, 0);
        if (names.contains(index.data(role).toString())) {
            table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++found;
        }
    }
    return found;
}

// The action named `name` of the menu a right-click on the first selected row opens.
QAction *menuAction(QTableView *table, QMenu *&menu, const char *name, std::unique_ptr<QMenu> &holder)
{
    const QModelIndex first = table->selectionModel()->selectedRows().value(0);
    holder = TableContextMenu::of(table)->menuAt(table->visualRect(first).center());
    menu = holder.get();
    for (QAction *a : menu ? menu->actions() : QList<QAction *>())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

bool topicExists(const ClusterBridge &bridge, const std::string &name)
{
    const ClusterSnapshotPtr s = bridge.snapshot();
    if (!s)
        return false;
    for (const auto &t : s->topics)
        if (t.name == name)
            return true;
    return false;
}

} // namespace

class TestDeleteMany : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::shared_ptr<GroupConsumer> m_member; // of "busy-group"

    QString screenshotDir() const { return qEnvironmentVariable("ES_SCREENSHOT_DIR"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        for (const char *name : {"orders-old", "orders-tmp", "orders-test", "orders"})
            QVERIFY(test::createTopic(*m_bridge, name, 1));
        QVERIFY(test::fillTopic(*m_bridge, "orders", 1, 5));
        QVERIFY(test::commitGroupOffsets(*m_bridge, "idle-group", {{TopicPartition{"orders", 0}, 1}}));
        m_member = test::stayingMember(*m_bridge, "busy-group", "orders");
        QVERIFY(m_member);
    }

    void cleanupTestCase()
    {
        m_member.reset();
        m_bridge.reset();
    }

    void threeSelectedTopicsGoAfterOneConfirmation()
    {
        TopicsView view(*m_bridge);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The cluster's own topics are listed too, so that one can be among the selected.
        if (auto *internal = view.findChild<QAbstractButton *>(QStringLiteral("showInternal")))
            internal->setChecked(true);
        auto *table = view.findChild<QTableView *>(QStringLiteral("topicsTable"));
        QVERIFY(table);
        const QStringList doomed{QStringLiteral("orders-old"), QStringLiteral("orders-tmp"),
                                 QStringLiteral("orders-test")};
        QStringList selected = doomed;
        selected << QStringLiteral("__consumer_offsets");
        QTRY_VERIFY_WITH_TIMEOUT(selectRows(table, TopicsModel::NameRole, selected) == 4, 15000);

        QMenu *menu = nullptr;
        std::unique_ptr<QMenu> holder;
        QAction *remove = menuAction(table, menu, "deleteTopics", holder);
        QVERIFY2(remove, "the menu of several topics has no delete for them");
        QVERIFY(remove->isEnabled());
        QVERIFY2(remove->text().contains(QStringLiteral("Delete 3 topics")), qPrintable(remove->text()));

        // Cancel keeps them all.
        auto cancelled = answerNextConfirmation(false);
        remove->trigger();
        QTRY_VERIFY(cancelled->seen);
        QTest::qWait(300);
        for (const QString &t : doomed)
            QVERIFY(topicExists(*m_bridge, t.toStdString()));

        auto confirmed = answerNextConfirmation(true, screenshotDir(), QStringLiteral("delete-topics.png"));
        remove->trigger();
        QTRY_VERIFY(confirmed->seen);
        QCOMPARE(confirmed->listed.size(), 3);
        for (const QString &t : doomed)
            QVERIFY2(confirmed->listed.contains(t), qPrintable(confirmed->listed.join(QLatin1Char(','))));
        QVERIFY2(confirmed->leftOut.contains(QStringLiteral("__consumer_offsets")),
                 qPrintable(confirmed->leftOut));
        QTRY_VERIFY_WITH_TIMEOUT(!topicExists(*m_bridge, "orders-old") &&
                                     !topicExists(*m_bridge, "orders-tmp") &&
                                     !topicExists(*m_bridge, "orders-test"),
                                 15000);
        QVERIFY(topicExists(*m_bridge, "orders"));
        QVERIFY(topicExists(*m_bridge, "__consumer_offsets"));
    }

    void anEmptyGroupGoesAndOneWithAMemberIsNamedWithItsReason()
    {
        GroupsView view(*m_bridge);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(test::groupOf(*m_bridge, "busy-group") &&
                                     !test::groupOf(*m_bridge, "busy-group")->group.members.empty(),
                                 15000);
        QTableView *table = view.groupsTable();
        const QStringList both{QStringLiteral("idle-group"), QStringLiteral("busy-group")};
        QTRY_VERIFY_WITH_TIMEOUT(selectRows(table, GroupsModel::GroupIdRole, both) == 2, 15000);

        QMenu *menu = nullptr;
        std::unique_ptr<QMenu> holder;
        QAction *remove = menuAction(table, menu, "deleteGroups", holder);
        QVERIFY2(remove, "the menu of several groups has no delete for them");
        QVERIFY(remove->isEnabled());
        QVERIFY2(remove->text().contains(QStringLiteral("2 groups")), qPrintable(remove->text()));

        auto confirmed = answerNextConfirmation(true, screenshotDir(), QStringLiteral("delete-groups.png"));
        remove->trigger();
        QTRY_VERIFY(confirmed->seen);
        QCOMPARE(confirmed->listed.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!test::groupOf(*m_bridge, "idle-group"), 15000);
        auto *problem = view.findChild<QLabel *>(QStringLiteral("groupActionProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(
            problem->isVisible() && problem->text().contains(QStringLiteral("busy-group")), 15000);
        QVERIFY2(problem->text().contains(QStringLiteral("NON_EMPTY_GROUP")), qPrintable(problem->text()));
        QVERIFY2(!problem->text().contains(QStringLiteral("idle-group")), qPrintable(problem->text()));
        QVERIFY(test::groupOf(*m_bridge, "busy-group"));
        // The result stays in view once the list has caught up.
        QTest::qWait(1500);
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("busy-group")),
                 qPrintable(problem->text()));
        if (!screenshotDir().isEmpty())
            view.grab().save(screenshotDir() + QStringLiteral("/delete-groups-result.png"));
    }

    void readOnlyConnectionsDisableItWithTheReason()
    {
        QTemporaryDir dir;
        test::WireCluster w = test::startRemoteTestCluster(dir, 1);
        QVERIFY(w.cluster->createTopic(test::topicSpec("invoices", 1, 1)).ok());
        QVERIFY(w.cluster->createTopic(test::topicSpec("payments", 1, 1)).ok());
        RemoteSettings settings = test::remoteSettingsFor(w);
        settings.readOnly = true;
        ClusterBridge bridge(settings, dir.filePath(QStringLiteral("remote/catalog.sqlite")));
        bridge.start();
        TopicsView view(bridge);
        view.show();
        auto *table = view.findChild<QTableView *>(QStringLiteral("topicsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(selectRows(table, TopicsModel::NameRole,
                                            {QStringLiteral("invoices"), QStringLiteral("payments")}) == 2,
                                 15000);
        QAction *remove = DeleteMany::of(table)->action();
        QVERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("read-only")), qPrintable(remove->toolTip()));
    }
};

QTEST_MAIN(TestDeleteMany)
#include "test_delete_many.moc"
