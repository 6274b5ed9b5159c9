// "Move replicas" in the Topics view against a real cluster of four brokers: a partition's
// new replica list is checked as it is typed, a move applied through the dialog reaches the
// engine, the partitions table shows it while the new replica catches up, and "Rebalance
// across brokers" fills the lists with a plan that leaves the topic balanced. On a cluster
// reached over the network the action is disabled, saying why.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "ui/theme.h"
#include "ui/topics/move_replicas_dialog.h"
#include "ui/topics/partitions_model.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_detail.h"
#include "ui/topics/topics_view.h"

#ifndef Q_MOC_RUN
#include "connection/replica_balance_plan.h"
#endif

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

using Ids = test::BrokerIds;

QString problemText(const QWidget &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestMoveReplicas : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<TopicsView> m_view;

    // Opens the dialog for `topic` once the view lists it.
    MoveReplicasDialog *openDialog(const QString &topic)
    {
        m_view->showTopic(topic);
        if (!QTest::qWaitFor(
                [&] {
                    return m_view->actions()->moveReplicas()->isEnabled() &&
                           !m_view->findChild<MoveReplicasDialog *>();
                },
                10000))
            return nullptr;
        m_view->actions()->moveReplicas()->trigger();
        auto *dialog = m_view->findChild<MoveReplicasDialog *>(QStringLiteral("moveReplicasDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static QLineEdit *target(MoveReplicasDialog *dialog, int partition)
    {
        return dialog->findChild<QLineEdit *>(QStringLiteral("target%1").arg(partition));
    }

    QString replicasCell(int row) const
    {
        const QAbstractItemModel *model = m_view->findChild<TopicDetail *>()->partitionsTable()->model();
        return model->index(row, PartitionsModel::Replicas).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir, 4);
        QVERIFY2(m_bridge, "the cluster did not start");
        m_view = std::make_unique<TopicsView>(*m_bridge);
        m_view->resize(900, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

    // A test that stopped broker 4 and failed leaves it running again for the next.
    void cleanup()
    {
        const auto snap = m_bridge->snapshot();
        if (!test::testingRemote() && snap && snap->brokers.size() == 4 &&
            snap->brokers.back().state != BrokerState::Running)
            QVERIFY(test::brokerControl(*m_bridge, false, 4));
    }

    void theActionIsThereOnlyWhereReplicasCanMove()
    {
        QVERIFY(test::createTopic(*m_bridge, "plain", 2));
        m_view->showTopic(QStringLiteral("plain"));
        QAction *move = m_view->actions()->moveReplicas();
        // Add partitions, a write like it, tells when the view has the topic.
        QTRY_VERIFY_WITH_TIMEOUT(m_view->actions()->addPartitions()->isEnabled(), 10000);
        if (test::testingRemote()) {
            QVERIFY(!move->isEnabled());
            QVERIFY2(move->toolTip().contains(QStringLiteral("cannot move replicas")),
                     qPrintable(move->toolTip()));
            return;
        }
        QVERIFY(move->isEnabled());
    }

    void invalidListsKeepApplyDisabledWithTheReason_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("twice") << "1, 1"
                               << "Partition 0: broker 1 is listed twice";
        QTest::newRow("unknown") << "9"
                                 << "Partition 0: there is no broker 9";
        QTest::newRow("empty") << " , "
                               << "Partition 0: list at least one broker";
        QTest::newRow("word") << "2, three"
                              << "Partition 0: \"three\" is not a broker id";
    }

    void invalidListsKeepApplyDisabledWithTheReason()
    {
        if (test::testingRemote())
            QSKIP("a cluster reached over the network cannot move replicas");
        QFETCH(QString, typed);
        QFETCH(QString, reasonPart);
        MoveReplicasDialog *dialog = openDialog(QStringLiteral("plain"));
        QVERIFY(dialog);
        // Nothing changed yet: nothing to apply, and nothing wrong either.
        QVERIFY(!dialog->okButton()->isEnabled());
        QCOMPARE(problemText(*dialog), QString());
        target(dialog, 0)->clear();
        QTest::keyClicks(target(dialog, 0), typed);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(reasonPart), qPrintable(problemText(*dialog)));
        target(dialog, 0)->setText(QStringLiteral("2, 3, 4"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QCOMPARE(problemText(*dialog), QString());
        dialog->reject();
    }

    void aMoveShowsInTheTableUntilTheNewReplicaHasCaughtUp()
    {
        if (test::testingRemote())
            QSKIP("a cluster reached over the network cannot move replicas");
        QVERIFY(test::createAssigned(*m_bridge, "moves", {{1, 2, 3}, {2, 3, 1}}));
        QVERIFY(test::fillTopic(*m_bridge, "moves", 2, 50));
        // With broker 4 down the move cannot complete, so the table must show it.
        QVERIFY(test::brokerControl(*m_bridge, true, 4));
        MoveReplicasDialog *dialog = openDialog(QStringLiteral("moves"));
        QVERIFY(dialog);
        target(dialog, 0)->setText(QStringLiteral("2, 3, 4"));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QPointer<MoveReplicasDialog> open(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!open, qPrintable(open ? problemText(*open) : QString()), 15000);

        // Kafka lists a moving partition's target first, then the leaving replicas.
        QTRY_VERIFY_WITH_TIMEOUT(replicasCell(0).contains(QStringLiteral("1 → 2, 3, 4 (adding 4")), 10000);
        QVERIFY2(replicasCell(0).startsWith(QStringLiteral("2, 3, 1 →")), qPrintable(replicasCell(0)));
        QCOMPARE(replicasCell(1), QStringLiteral("2, 3, 1")); // untouched

        QVERIFY(test::brokerControl(*m_bridge, false, 4));
        QTRY_VERIFY_WITH_TIMEOUT(test::settledOn(*m_bridge, "moves", 0, {2, 3, 4}), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(replicasCell(0), QStringLiteral("2, 3, 4"), 5000);
    }

    void rebalanceFillsTheListsAndTheTopicEndsBalanced()
    {
        if (test::testingRemote())
            QSKIP("a cluster reached over the network cannot move replicas");
        QVERIFY(test::createAssigned(*m_bridge, "crowded", {{1, 2}, {2, 1}, {1, 2}, {2, 1}}));
        // The plan spreads over the brokers that run: all four, broker 4 back from the test before.
        QTRY_VERIFY_WITH_TIMEOUT(test::allRunning(*m_bridge), 15000);
        MoveReplicasDialog *dialog = openDialog(QStringLiteral("crowded"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rebalance")), Qt::LeftButton);
        const QString preview = dialog->findChild<QLabel *>(QStringLiteral("preview"))->text();
        QVERIFY2(preview.contains(QStringLiteral("copies 4 log(s)")), qPrintable(preview));
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QPointer<MoveReplicasDialog> open(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(!open, qPrintable(open ? problemText(*open) : QString()), 15000);

        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto snap = m_bridge->snapshot();
                for (const auto &t : snap->topics)
                    if (t.name == "crowded")
                        for (const auto &p : t.partitions)
                            if (p.moving())
                                return false;
                return planReplicaBalance(*snap, std::string("crowded")).empty();
            }(),
            30000);
    }

    void outcomesNameEachPartitionThatFailed()
    {
        const Result<std::vector<ReassignmentResult>> mixed = std::vector<ReassignmentResult>{
            {{"orders", 0}, ErrorCode::None, {}},
            {{"orders", 1}, ErrorCode::InvalidReplicaAssignment, "broker 7 is not registered"},
        };
        const QStringList lines = MoveReplicasDialog::outcomeText(mixed).split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(QStringLiteral("1 partition")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("Partition 1: broker 7 is not registered")),
                 qPrintable(lines[1]));
        QVERIFY(MoveReplicasDialog::outcomeText(
                    std::vector<ReassignmentResult>{{{"orders", 0}, ErrorCode::None, {}}})
                    .isEmpty());
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set: the dialog with a rebalance
    // planned and the detail with a move in progress, in the light and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        if (test::testingRemote())
            QSKIP("a cluster reached over the network cannot move replicas");
        QVERIFY(test::createAssigned(*m_bridge, "shown",
                                     {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}, {1, 2, 3}, {2, 3, 1}}));
        QVERIFY(test::fillTopic(*m_bridge, "shown", 5, 20));
        QVERIFY(test::brokerControl(*m_bridge, true, 4));
        const auto started = test::runAndWait(*m_bridge, [](Connection &c) {
            return c.reassignPartitions({{{"shown", 0}, Ids{2, 3, 4}}}).isOk();
        });
        QVERIFY(started && *started);
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            MoveReplicasDialog *dialog = openDialog(QStringLiteral("shown"));
            QVERIFY(dialog);
            QTest::qWait(500);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/move-detail%1.png").arg(suffix)));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/move-dialog%1.png").arg(suffix)));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("rebalance")), Qt::LeftButton);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/move-rebalance%1.png").arg(suffix)));
            target(dialog, 1)->setText(QStringLiteral("1, 1"));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/move-refused%1.png").arg(suffix)));
            dialog->reject();
            m_view->showList();
            QTest::qWait(300);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/move-list%1.png").arg(suffix)));
        }
        Theme::apply(ThemeChoice::Light);
        QVERIFY(test::brokerControl(*m_bridge, false, 4));
    }
};

QTEST_MAIN(TestMoveReplicas)
#include "test_move_replicas.moc"
