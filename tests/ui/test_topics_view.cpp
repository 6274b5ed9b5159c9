// The Topics view against a real embedded cluster: the create dialog creates topics in the
// engine and refuses what Kafka would refuse, with the reason shown; the configs dialog
// changes the engine's configs; the detail page shows every partition.

#include "view_test_cluster.h"

#include "ui/topics/create_topic_check.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/partition_logs_widget.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_configs_dialog.h"
#include "ui/topics/topics_view.h"

#ifndef Q_MOC_RUN
#include "client/producer.h"
#include "cluster/cluster.h"
#endif

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

QString problemText(const QWidget &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    return label && label->isVisible() ? label->text() : QString();
}

bool engineHasTopic(ClusterBridge &bridge, const std::string &name, int partitions, int replication)
{
    const auto found = test::runAndWait(bridge, [name](Cluster &c) {
        const TopicInfo *t = c.metadata()->topic(name);
        return t ? std::make_pair(static_cast<int>(t->partitions.size()),
                                  static_cast<int>(t->partitions.front().replicas.size()))
                 : std::make_pair(0, 0);
    });
    return found && found->first == partitions && found->second == replication;
}

} // namespace

class TestTopicsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<TopicsView> m_view;

    CreateTopicDialog *openCreateDialog()
    {
        m_view->actions()->create()->trigger();
        auto *dialog = m_view->findChild<CreateTopicDialog *>(QStringLiteral("createTopicDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        m_view = std::make_unique<TopicsView>(*m_bridge);
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_bridge.reset();
    }

    void createTopicThroughTheDialogCreatesItInTheEngine()
    {
        CreateTopicDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("orders"));
        dialog->findChild<QSpinBox *>(QStringLiteral("partitions"))->setValue(4);
        dialog->findChild<QSpinBox *>(QStringLiteral("replicationFactor"))->setValue(3);
        QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(problemText(*dialog)));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<CreateTopicDialog *>() == nullptr,
                                 10000); // closed on success
        QVERIFY(engineHasTopic(*m_bridge, "orders", 4, 3));

        // The table lists it once the next snapshot arrives.
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("topicsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(!table->model()
                                      ->match(table->model()->index(0, 0), Qt::DisplayRole,
                                              QStringLiteral("orders"), 1, Qt::MatchExactly)
                                      .isEmpty(),
                                 5000);
    }

    void invalidNamesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("space and bang") << "bad name!"
                                        << "may only contain";
        QTest::newRow("dot dot") << ".."
                                 << "\"..\"";
        QTest::newRow("dot") << "."
                             << "\".\"";
        QTest::newRow("250 characters") << QString(250, QLatin1Char('a')) << "249";
        QTest::newRow("non-ASCII") << QStringLiteral("bestellungen-ä") << "may only contain";
        QTest::newRow("empty") << ""
                               << "Enter a name";
    }

    void invalidNamesAreRefusedWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, reasonPart);
        CreateTopicDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        edit->clear();
        edit->insert(name); // as typed; keyClicks() takes only Latin-1

        QCOMPARE(edit->text(), name);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(reasonPart), qPrintable(problemText(*dialog)));
        // Pressing Enter does not get around the check.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(m_view->findChild<CreateTopicDialog *>() == nullptr);
    }

    void aReplicationFactorAboveTheLiveBrokersIsRefused()
    {
        CreateTopicDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("payments"));
        auto *replication = dialog->findChild<QSpinBox *>(QStringLiteral("replicationFactor"));
        replication->setValue(4);
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("3")), qPrintable(problemText(*dialog)));
        replication->setValue(3);
        QVERIFY(dialog->okButton()->isEnabled());
        QVERIFY(problemText(*dialog).isEmpty());
        dialog->reject();
        QTRY_VERIFY(m_view->findChild<CreateTopicDialog *>() == nullptr);
    }

    void anExistingOrCollidingNameIsRefused()
    {
        const QStringList existing{QStringLiteral("orders"), QStringLiteral("my.events")};
        QVERIFY(CreateTopicCheck::problem({QStringLiteral("orders"), 1, 1}, 3, existing)
                    .contains("already exists"));
        QVERIFY(CreateTopicCheck::problem({QStringLiteral("my_events"), 1, 1}, 3, existing)
                    .contains("my.events"));
        QVERIFY(CreateTopicCheck::problem({QStringLiteral("orders-v2"), 1, 3}, 3, existing).isEmpty());
        QVERIFY(!CreateTopicCheck::problem({QStringLiteral("orders-v2"), 0, 1}, 3, existing).isEmpty());
    }

    void editingConfigsChangesTheEngine()
    {
        m_view->showTopic(QStringLiteral("orders"));
        QTRY_VERIFY(m_view->actions()->editConfigs()->isEnabled());
        m_view->actions()->editConfigs()->trigger();
        auto *dialog = m_view->findChild<TopicConfigsDialog *>(QStringLiteral("topicConfigsDialog"));
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled()); // nothing changed yet
        auto *retention = dialog->findChild<QLineEdit *>(QStringLiteral("retention.ms"));
        QVERIFY(retention);
        QTest::keyClicks(retention, QStringLiteral("abc"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY2(problemText(*dialog).contains(QStringLiteral("retention.ms")),
                 qPrintable(problemText(*dialog)));
        retention->setText(QStringLiteral("60000"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<TopicConfigsDialog *>() == nullptr, 10000);
        const auto value = test::runAndWait(*m_bridge, [](Cluster &c) {
            const TopicInfo *t = c.metadata()->topic("orders");
            if (!t)
                return std::string();
            auto it = t->config.overrides().find("retention.ms");
            return it == t->config.overrides().end() ? std::string() : it->second;
        });
        QVERIFY(value);
        QCOMPARE(QString::fromStdString(*value), QStringLiteral("60000"));
    }

    void theDetailShowsEveryPartitionAndItsLog()
    {
        const auto produced = test::runAndWait(*m_bridge, [](Cluster &c) {
            Producer producer(c);
            for (int i = 0; i < 200; ++i)
                producer.send({"orders",
                               std::nullopt,
                               test::bytesOf("key-" + std::to_string(i)),
                               test::bytesOf("value"),
                               {},
                               std::nullopt});
            return producer.flush(std::chrono::seconds(10));
        });
        QVERIFY(produced && *produced);
        m_view->showTopic(QStringLiteral("orders"));
        auto *partitions = m_view->findChild<QTableView *>(QStringLiteral("partitionsTable"));
        QVERIFY(partitions && partitions->isVisible());
        QTRY_COMPARE(partitions->model()->rowCount(), 4);
        // The high watermarks add up to what was produced once replication caught up.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                qlonglong sum = 0;
                for (int row = 0; row < 4; ++row)
                    sum += QLocale().toLongLong(partitions->model()->index(row, 5).data().toString());
                return sum == 200;
            }(),
            10000);
        auto *logs = m_view->findChild<PartitionLogsWidget *>(QStringLiteral("partitionLogs"));
        QVERIFY(logs);
        // Segments are what Kafka's protocol does not tell: on other clusters they are not drawn.
        QCOMPARE(logs->isVisible(), m_bridge->capabilities().logDetails);
        QVERIFY(!logs->grab().isNull());
    }

    void browseAndProduceLeadWithTheSelectedTopic()
    {
        m_view->showTopic(QStringLiteral("orders"));
        QSignalSpy browse(m_view.get(), &TopicsView::browseRequested);
        QSignalSpy produce(m_view.get(), &TopicsView::produceRequested);
        auto *browseAction = m_view->findChild<QAction *>(QStringLiteral("browseMessages"));
        auto *produceAction = m_view->findChild<QAction *>(QStringLiteral("produceToTopic"));
        QVERIFY(browseAction && produceAction);
        QVERIFY(browseAction->isEnabled());
        QCOMPARE(browseAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
        browseAction->trigger();
        QCOMPARE(browse.count(), 1);
        QCOMPARE(browse.at(0).at(0).toString(), QStringLiteral("orders"));
        produceAction->trigger();
        QCOMPARE(produce.count(), 1);
        QCOMPARE(produce.at(0).at(0).toString(), QStringLiteral("orders"));
        m_view->showList();
    }

    void deletingAsksFirstThenRemovesTheTopicFromTheEngine()
    {
        CreateTopicDialog *dialog = openCreateDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("scratch"));
        dialog->findChild<QSpinBox *>(QStringLiteral("replicationFactor"))->setValue(1);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<CreateTopicDialog *>() == nullptr, 10000);
        m_view->showTopic(QStringLiteral("scratch"));
        QTRY_VERIFY(m_view->actions()->remove()->isEnabled());

        // First refuse at the confirmation: nothing happens.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        m_view->actions()->remove()->trigger();
        QTest::qWait(300);
        QVERIFY(engineHasTopic(*m_bridge, "scratch", 3, 1));

        answer(QMessageBox::Yes);
        m_view->actions()->remove()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(engineHasTopic(*m_bridge, "scratch", 0, 0), 10000);
        // The view leaves the detail of a topic that is gone.
        QTRY_VERIFY(!m_view->findChild<QTableView *>(QStringLiteral("partitionsTable"))->isVisible());
    }
};

QTEST_MAIN(TestTopicsView)
#include "test_topics_view.moc"
