// The Consumer groups view's delete actions against a real embedded cluster: "Delete
// group…" asks first and removes an empty group with its offsets, and is disabled, saying
// why, while the group has members; "Delete offsets of a topic…" forgets one topic's
// committed offsets, and shows the coordinator's refusal in words while members consume
// the topic. On a read-only connection both are disabled and their tooltips say why.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "ui/groups/delete_group_offsets_dialog.h"
#include "ui/groups/group_actions.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_model.h"
#include "ui/groups/groups_view.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "remote/remote_fixture.h"
#endif

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <map>
#include <memory>
#include <set>

using namespace es;

namespace {

QString problemText(const QWidget &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    return label && label->isVisible() ? label->text() : QString();
}

// Clicks `button` of the next message box that opens (within ten seconds).
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer(qApp);
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->isVisible())
            box->button(button)->click();
        if (box || clock->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
            delete clock;
        }
    });
    timer->start(20);
}

std::map<TopicPartition, std::int64_t> offsetsOf(const std::string &topic, int partitions,
                                                 std::int64_t offset)
{
    std::map<TopicPartition, std::int64_t> out;
    for (int p = 0; p < partitions; ++p)
        out[TopicPartition{topic, p}] = offset;
    return out;
}

std::set<std::string> committedTopics(const GroupView &g)
{
    std::set<std::string> topics;
    for (const auto &[tp, committed] : g.group.offsets)
        topics.insert(tp.topic);
    return topics;
}

} // namespace

class TestGroupDelete : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<GroupsView> m_view;
    std::shared_ptr<GroupConsumer> m_member; // of "live-billing", consuming invoices

    void selectGroup(const QString &groupId)
    {
        m_view->showGroup(groupId);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->detail()->groupId(), groupId, 10000);
    }

    DeleteGroupOffsetsDialog *openOffsetsDialog(const QString &groupId)
    {
        selectGroup(groupId);
        // A dialog closed before is deleted on the next turn of the event loop.
        if (!QTest::qWaitFor(
                [&] {
                    return m_view->actions()->deleteOffsets()->isEnabled() &&
                           !m_view->findChild<DeleteGroupOffsetsDialog *>();
                },
                10000))
            return nullptr;
        m_view->actions()->deleteOffsets()->trigger();
        auto *dialog =
            m_view->findChild<DeleteGroupOffsetsDialog *>(QStringLiteral("deleteGroupOffsetsDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        QVERIFY(test::createTopic(*m_bridge, "invoices", 3));
        QVERIFY(test::createTopic(*m_bridge, "payments", 2));
        QVERIFY(test::fillTopic(*m_bridge, "invoices", 3, 20));
        QVERIFY(test::fillTopic(*m_bridge, "payments", 2, 20));
        QVERIFY(test::commitGroupOffsets(*m_bridge, "old-billing", offsetsOf("invoices", 3, 5)));
        auto both = offsetsOf("invoices", 3, 7);
        both.merge(offsetsOf("payments", 2, 9));
        QVERIFY(test::commitGroupOffsets(*m_bridge, "two-topics", both));

        // A member that has read and committed, and stays in its group.
        m_member = test::stayingMember(*m_bridge, "live-billing", "invoices");
        QVERIFY(m_member);

        m_view = std::make_unique<GroupsView>(*m_bridge);
        m_view->resize(1400, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->groupsTable()->model()->rowCount() == 3, 15000);
    }

    // A test that failed with its dialog open leaves the next one a clean view.
    void cleanup()
    {
        for (auto *dialog : m_view ? m_view->findChildren<DeleteGroupOffsetsDialog *>()
                                   : QList<DeleteGroupOffsetsDialog *>())
            delete dialog;
    }

    void cleanupTestCase()
    {
        m_member.reset();
        m_view.reset();
        m_bridge.reset();
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set: the view with the delete actions
    // and the offsets dialog, in the light and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            selectGroup(QStringLiteral("live-billing"));
            QTest::qWait(1500);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/groups-members%1.png").arg(suffix)));
            DeleteGroupOffsetsDialog *dialog = openOffsetsDialog(QStringLiteral("two-topics"));
            QVERIFY(dialog);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/groups-empty%1.png").arg(suffix)));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/delete-offsets%1.png").arg(suffix)));
            dialog->reject();
            // The coordinator's refusal, in the dialog.
            dialog = openOffsetsDialog(QStringLiteral("live-billing"));
            QVERIFY(dialog);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!problemText(*dialog).isEmpty(), 15000);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/delete-offsets-refused%1.png").arg(suffix)));
            dialog->reject();
        }
        Theme::apply(ThemeChoice::Light);
    }

    void deletingAGroupAsksFirstThenRemovesIt()
    {
        selectGroup(QStringLiteral("old-billing"));
        QAction *remove = m_view->actions()->deleteGroup();
        QTRY_VERIFY(remove->isEnabled());
        QVERIFY(m_view->findChild<QAction *>(QStringLiteral("deleteGroup")) == remove);

        answerNextMessageBox(QMessageBox::Cancel);
        remove->trigger();
        QTest::qWait(300);
        QVERIFY(test::groupOf(*m_bridge, "old-billing"));

        answerNextMessageBox(QMessageBox::Yes);
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!test::groupOf(*m_bridge, "old-billing"), 10000);
        // The view leaves the group that is gone.
        QTRY_VERIFY(m_view->detail()->groupId() != QStringLiteral("old-billing"));
        QTRY_COMPARE(m_view->groupsTable()->model()->rowCount(), 2);
    }

    void aGroupWithMembersCannotBeDeletedAndSaysWhy()
    {
        selectGroup(QStringLiteral("live-billing"));
        QTRY_VERIFY_WITH_TIMEOUT(test::groupOf(*m_bridge, "live-billing") &&
                                     !test::groupOf(*m_bridge, "live-billing")->group.members.empty(),
                                 10000);
        QAction *remove = m_view->actions()->deleteGroup();
        QTRY_VERIFY(!remove->isEnabled());
        QVERIFY2(remove->toolTip().contains(QStringLiteral("must leave")), qPrintable(remove->toolTip()));
        // The detail's button is the action's, with the same reason.
        bool shown = false;
        for (QToolButton *b : m_view->detail()->findChildren<QToolButton *>())
            if (b->defaultAction() == remove) {
                shown = b->isVisible() && !b->isEnabled() && b->toolTip() == remove->toolTip();
            }
        QVERIFY(shown);
    }

    void offsetsOfATopicTheMembersConsumeAreKeptWithTheReason()
    {
        QTRY_VERIFY_WITH_TIMEOUT(test::groupOf(*m_bridge, "live-billing") &&
                                     committedTopics(*test::groupOf(*m_bridge, "live-billing")) ==
                                         std::set<std::string>{"invoices"},
                                 10000);
        DeleteGroupOffsetsDialog *dialog = openOffsetsDialog(QStringLiteral("live-billing"));
        QVERIFY(dialog);
        QCOMPARE(dialog->topic(), QStringLiteral("invoices"));
        QVERIFY(dialog->okButton()->isEnabled());
        QPointer<DeleteGroupOffsetsDialog> open(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open || !problemText(*dialog).isEmpty(), 15000);
        QVERIFY2(open, "the coordinator deleted the offsets of a topic the group consumes");
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("GROUP_SUBSCRIBED_TO_TOPIC")),
                 qPrintable(problemText(*dialog)));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(m_view->findChild<DeleteGroupOffsetsDialog *>() == nullptr);
        QCOMPARE(committedTopics(*test::groupOf(*m_bridge, "live-billing")),
                 std::set<std::string>{"invoices"});
    }

    void deletingOffsetsOfATopicForgetsOnlyThatTopic()
    {
        DeleteGroupOffsetsDialog *dialog = openOffsetsDialog(QStringLiteral("two-topics"));
        QVERIFY(dialog);
        auto *topic = dialog->findChild<QComboBox *>(QStringLiteral("topic"));
        QCOMPARE(topic->count(), 2);
        topic->setCurrentIndex(topic->findData(QStringLiteral("payments")));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("offsetsTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("9"));
        QCOMPARE(dialog->partitions().size(), std::size_t{2});
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<DeleteGroupOffsetsDialog *>() == nullptr, 15000);

        QTRY_VERIFY_WITH_TIMEOUT(test::groupOf(*m_bridge, "two-topics") &&
                                     committedTopics(*test::groupOf(*m_bridge, "two-topics")) ==
                                         std::set<std::string>{"invoices"},
                                 10000);
        QCOMPARE(test::groupOf(*m_bridge, "two-topics")->group.offsets.size(), std::size_t{3});
    }

    void readOnlyConnectionsDisableBothWithTheReason()
    {
        QTemporaryDir dir;
        test::WireCluster w = test::startRemoteTestCluster(dir, 1);
        QVERIFY(w.cluster->createTopic(test::topicSpec("invoices", 2, 1)).ok());
        QVERIFY(Admin(*w.cluster).resetGroupOffsets("billing", offsetsOf("invoices", 2, 0)).ok());
        RemoteSettings settings = test::remoteSettingsFor(w);
        settings.readOnly = true;
        ClusterBridge bridge(settings, dir.filePath(QStringLiteral("remote/catalog.sqlite")));
        bridge.start();
        GroupsView view(bridge);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.groupsTable()->model()->rowCount(), 1, 15000);
        view.showGroup(QStringLiteral("billing"));
        QTRY_COMPARE(view.detail()->groupId(), QStringLiteral("billing"));
        for (QAction *action : {view.actions()->deleteGroup(), view.actions()->deleteOffsets()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(QStringLiteral("read-only")), qPrintable(action->toolTip()));
        }
    }
};

QTEST_MAIN(TestGroupDelete)
#include "test_group_delete.moc"
