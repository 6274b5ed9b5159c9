// "Delete records…" in the Topics view against a real embedded cluster: the dialog shows
// per partition how many records go, deletes one partition's records below an offset or
// every partition's up to its high watermark, refuses what Kafka would refuse with the
// reason, and says in words what the cluster answered when a partition fails. On a
// read-only connection the action is disabled and its tooltip says why.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "ui/theme.h"
#include "ui/topics/delete_records_dialog.h"
#include "ui/topics/delete_records_model.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topics_view.h"

#ifndef Q_MOC_RUN
#include "remote/remote_fixture.h"
#endif

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace es;

namespace {

constexpr int kPartitions = 3;
constexpr int kPerPartition = 40;

QString problemText(const QWidget &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestDeleteRecords : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<TopicsView> m_view;

    // Opens the dialog for `topic` once the view lists it with all its records.
    DeleteRecordsDialog *openDialog(const QString &topic)
    {
        m_view->showTopic(topic);
        // A dialog closed before is deleted on the next turn of the event loop.
        if (!QTest::qWaitFor(
                [&] {
                    return m_view->actions()->deleteRecords()->isEnabled() &&
                           !m_view->findChild<DeleteRecordsDialog *>();
                },
                10000))
            return nullptr;
        m_view->actions()->deleteRecords()->trigger();
        auto *dialog = m_view->findChild<DeleteRecordsDialog *>(QStringLiteral("deleteRecordsDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    void closeDialog(DeleteRecordsDialog *dialog)
    {
        dialog->reject();
        QTRY_VERIFY(m_view->findChild<DeleteRecordsDialog *>() == nullptr);
    }

    // Waits until the snapshot shows `count` records in each of the topic's partitions.
    bool topicFilled(const std::string &topic, int count)
    {
        return QTest::qWaitFor(
            [&] {
                const auto offsets = test::offsetsOf(*m_bridge, topic);
                return offsets.size() == kPartitions &&
                       std::all_of(offsets.begin(), offsets.end(), [count](const test::PartitionOffsets &p) {
                           return p.logStart == 0 && p.highWatermark == count;
                       });
            },
            15000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        for (const char *topic : {"orders", "payments"}) {
            QVERIFY(test::createTopic(*m_bridge, topic, kPartitions));
            QVERIFY(test::fillTopic(*m_bridge, topic, kPartitions, kPerPartition));
            QVERIFY2(topicFilled(topic, kPerPartition), topic);
        }
        m_view = std::make_unique<TopicsView>(*m_bridge);
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    // A test that failed with its dialog open leaves the next one a clean view.
    void cleanup()
    {
        for (auto *dialog :
             m_view ? m_view->findChildren<DeleteRecordsDialog *>() : QList<DeleteRecordsDialog *>())
            delete dialog;
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set: the dialog in both modes and
    // the Topics view with its actions, in the light and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            m_view->showList();
            QTest::qWait(300);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/topics%1.png").arg(suffix)));
            DeleteRecordsDialog *dialog = openDialog(QStringLiteral("orders"));
            QVERIFY(dialog);
            QVERIFY(m_view->grab().save(dir + QStringLiteral("/topic-detail%1.png").arg(suffix)));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/delete-records-all%1.png").arg(suffix)));
            dialog->findChild<QRadioButton *>(QStringLiteral("deleteBelow"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("offset"))->setText(QStringLiteral("55"));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/delete-records-refused%1.png").arg(suffix)));
            dialog->findChild<QLineEdit *>(QStringLiteral("offset"))->setText(QStringLiteral("25"));
            dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/delete-records-below%1.png").arg(suffix)));
            closeDialog(dialog);
        }
        Theme::apply(ThemeChoice::Light);
        // A narrow window cuts the detail's summary short rather than the buttons.
        m_view->showTopic(QStringLiteral("orders"));
        m_view->resize(740, 500);
        QTest::qWait(300);
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/topic-detail-narrow.png")));
        m_view->resize(1200, 700);
        m_view->showList();
    }

    void theActionSitsBesideTheOtherTopicActions()
    {
        m_view->showTopic(QStringLiteral("orders"));
        QStringList buttons;
        for (QToolButton *b : m_view->findChildren<QToolButton *>())
            if (b->isVisible() && b->defaultAction())
                buttons << b->defaultAction()->objectName();
        QVERIFY2(buttons.contains(QStringLiteral("deleteRecords")), qPrintable(buttons.join(u',')));
        QVERIFY(m_view->actions()->deleteRecords()->isEnabled());
        m_view->showList();
    }

    void theDialogShowsWhatGoesPerPartitionAndAsksFirst()
    {
        DeleteRecordsDialog *dialog = openDialog(QStringLiteral("orders"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("deleteAll"))->isChecked());
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("deleteRecordsTable"));
        QCOMPARE(table->model()->rowCount(), kPartitions);
        for (int row = 0; row < kPartitions; ++row) {
            QCOMPARE(table->model()->index(row, DeleteRecordsModel::LogStart).data().toString(),
                     QStringLiteral("0"));
            QCOMPARE(table->model()->index(row, DeleteRecordsModel::Records).data().toString(),
                     QString::number(kPerPartition));
        }
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("deleteSummary"))->text();
        QVERIFY2(summary.contains(QString::number(kPartitions * kPerPartition)), qPrintable(summary));
        // Nothing goes until the user says they understand it cannot be undone.
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        closeDialog(dialog);
        QVERIFY(topicFilled("orders", kPerPartition));
    }

    void offsetsKafkaWouldRefuseAreRefusedWithTheReason()
    {
        DeleteRecordsDialog *dialog = openDialog(QStringLiteral("orders"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        auto *offset = dialog->findChild<QLineEdit *>(QStringLiteral("offset"));
        QTest::keyClicks(offset, QStringLiteral("abc"));
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("deleteBelow"))->isChecked());
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("not an offset")),
                 qPrintable(problemText(*dialog)));
        // Above the high watermark: Kafka deletes only records every in-sync replica has.
        offset->setText(QString::number(kPerPartition + 1));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("high watermark")),
                 qPrintable(problemText(*dialog)));
        // At the log start: nothing below it is left.
        offset->setText(QStringLiteral("0"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("starts at offset 0")),
                 qPrintable(problemText(*dialog)));
        offset->setText(QString::number(kPerPartition));
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(problemText(*dialog).isEmpty());
        closeDialog(dialog);
    }

    void deletingBelowAnOffsetMovesOnePartitionsLogStart()
    {
        DeleteRecordsDialog *dialog = openDialog(QStringLiteral("orders"));
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("deleteBelow"))->setChecked(true);
        auto *partition = dialog->findChild<QComboBox *>(QStringLiteral("partition"));
        QCOMPARE(partition->count(), kPartitions);
        partition->setCurrentIndex(partition->findData(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("offset"))->setText(QStringLiteral("15"));
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("deleteRecordsTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, DeleteRecordsModel::Partition).data().toInt(), 1);
        QCOMPARE(table->model()->index(0, DeleteRecordsModel::Records).data().toString(),
                 QStringLiteral("15"));
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<DeleteRecordsDialog *>() == nullptr, 15000);

        const std::vector<test::PartitionOffsets> expected{
            {0, kPerPartition}, {15, kPerPartition}, {0, kPerPartition}};
        QTRY_VERIFY_WITH_TIMEOUT(test::offsetsOf(*m_bridge, "orders") == expected, 10000);
    }

    void deletingAllMovesEveryLogStartToTheHighWatermark()
    {
        DeleteRecordsDialog *dialog = openDialog(QStringLiteral("orders"));
        QVERIFY(dialog);
        // The counts follow what is left: partition 1 lost its first 15 records.
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("deleteRecordsTable"));
        QCOMPARE(table->model()->index(1, DeleteRecordsModel::Records).data().toString(),
                 QString::number(kPerPartition - 15));
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<DeleteRecordsDialog *>() == nullptr, 15000);

        const std::vector<test::PartitionOffsets> empty(kPartitions, {kPerPartition, kPerPartition});
        QTRY_VERIFY_WITH_TIMEOUT(test::offsetsOf(*m_bridge, "orders") == empty, 10000);
        // The other topic keeps its records.
        QVERIFY(topicFilled("payments", kPerPartition));

        // An empty topic has nothing to delete, and the dialog says so.
        dialog = openDialog(QStringLiteral("orders"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("no records")),
                 qPrintable(problemText(*dialog)));
        closeDialog(dialog);
    }

    void aPartitionTheClusterCannotDeleteIsNamedWithTheReason()
    {
        // The broker that leads payments-0 (its only replica) stops: that partition fails,
        // the others are deleted, and the dialog stays open saying which failed and why.
        std::vector<std::int32_t> leaders;
        for (const TopicSnapshot &t : m_bridge->snapshot()->topics)
            if (t.name == "payments")
                for (const PartitionSnapshot &p : t.partitions)
                    leaders.push_back(p.leader);
        QCOMPARE(leaders.size(), std::size_t{kPartitions});
        const std::int32_t leader = leaders.front();
        QVERIFY(leader >= 0);
        DeleteRecordsDialog *dialog = openDialog(QStringLiteral("payments"));
        QVERIFY(dialog);
        const auto stopped = test::runAndWait(
            *m_bridge, [leader](Connection &c) { return c.brokerControl()->stopBroker(leader).isOk(); });
        QVERIFY(stopped && *stopped);
        dialog->findChild<QCheckBox *>(QStringLiteral("confirm"))->setChecked(true);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QPointer<DeleteRecordsDialog> open(dialog);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!open || !problemText(*dialog).isEmpty(), 30000);
        QVERIFY2(open, "every partition's records were deleted");
        // The answer stays while new snapshots arrive.
        QTest::qWait(500);
        QVERIFY(!problemText(*dialog).isEmpty());
        QVERIFY(dialog->okButton()->isEnabled()); // the user may try again
        const QString problem = problemText(*dialog);
        QVERIFY2(problem.contains(QRegularExpression(QStringLiteral("partitions? 0[,:]"))),
                 qPrintable(problem));
        closeDialog(dialog);
        // The partitions other brokers lead are empty now.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto offsets = test::offsetsOf(*m_bridge, "payments");
                for (std::size_t p = 0; p < offsets.size(); ++p)
                    if (leaders[p] != leader && offsets[p].logStart != kPerPartition)
                        return false;
                return offsets.size() == kPartitions;
            }(),
            10000);

        const auto restarted = test::runAndWait(
            *m_bridge, [leader](Connection &c) { return c.brokerControl()->restartBroker(leader).isOk(); });
        QVERIFY(restarted && *restarted);
    }

    void outcomesInWordsGroupPartitionsThatFailedAlike()
    {
        QVERIFY(DeleteRecordsDialog::outcomeText({{0, Status::ok(), 5}, {1, Status::ok(), 7}}).isEmpty());
        const QString text = DeleteRecordsDialog::outcomeText({
            {0, Status::ok(), 5},
            {1, Status::busy("orders-1 has no leader right now"), -1},
            {2, Status::timedOut("the leader did not answer"), -1},
            {3, Status::timedOut("the leader did not answer"), -1},
        });
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].contains(QStringLiteral("1 partition")), qPrintable(lines[0]));
        QVERIFY(lines.contains(
            QStringLiteral("Could not delete the records of partition 1: orders-1 has no leader right now")));
        QVERIFY(lines.contains(
            QStringLiteral("Could not delete the records of partitions 2, 3: the leader did not "
                           "answer")));
    }

    void readOnlyConnectionsDisableTheActionWithTheReason()
    {
        QTemporaryDir dir;
        test::WireCluster w = test::startRemoteTestCluster(dir, 1);
        QVERIFY(w.cluster->createTopic(test::topicSpec("orders", 2, 1)).ok());
        RemoteSettings settings = test::remoteSettingsFor(w);
        settings.readOnly = true;
        ClusterBridge bridge(settings, dir.filePath(QStringLiteral("remote/catalog.sqlite")));
        bridge.start();
        TopicsView view(bridge);
        view.show();
        auto *topics = view.findChild<QTableView *>(QStringLiteral("topicsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 15000);
        view.showTopic(QStringLiteral("orders"));
        QAction *action = view.actions()->deleteRecords();
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(QStringLiteral("read-only")), qPrintable(action->toolTip()));
        QVERIFY(action->toolTip().contains(QStringLiteral("test")));
        // The buttons show the same reason.
        int buttons = 0;
        for (QToolButton *b : view.findChildren<QToolButton *>())
            if (b->defaultAction() == action) {
                ++buttons;
                QVERIFY(!b->isEnabled());
                QCOMPARE(b->toolTip(), action->toolTip());
            }
        QCOMPARE(buttons, 2); // the list's toolbar and the detail's
    }
};

QTEST_MAIN(TestDeleteRecords)
#include "test_delete_records.moc"
