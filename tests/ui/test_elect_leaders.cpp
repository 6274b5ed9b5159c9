// "Elect leaders" against a real cluster of three brokers: after a broker's restart a
// preferred election from the topic's detail, or from the Cluster view for every partition,
// gives leadership back to the preferred replicas, and each partition's result is said in
// words; an unclean election, asked for on a partition whose in-sync replicas are all gone,
// makes an out-of-sync replica its leader, saying what that costs. On a cluster reached over
// the network (librdkafka 2.0 has no election API) and on a read-only connection the actions
// are disabled, saying why.

#include "connection_steps.h"
#include "view_test_cluster.h"

#include "app/translations.h"
#include "ui/cluster/cluster_view.h"
#include "ui/read_only_text.h"
#include "ui/table_context_menu.h"
#include "ui/theme.h"
#include "ui/topics/elect_leaders_dialog.h"
#include "ui/topics/topic_actions.h"
#include "ui/topics/topic_detail.h"
#include "ui/topics/topics_view.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace es;

namespace {

bool inSync(const ClusterBridge &bridge, const std::string &topic, int partition, std::int32_t broker)
{
    const auto p = test::partitionOf(bridge, topic, partition);
    return p && std::any_of(p->replicas.begin(), p->replicas.end(),
                            [broker](const ReplicaSnapshot &r) { return r.broker == broker && r.inSync; });
}

// True when every replica on broker `id` is in sync, as the newest snapshot shows.
bool inSyncEverywhere(const ClusterBridge &bridge, std::int32_t id)
{
    const auto snap = bridge.snapshot();
    if (!snap)
        return false;
    for (const auto &t : snap->topics)
        for (const auto &p : t.partitions)
            for (const auto &r : p.replicas)
                if (r.broker == id && !r.inSync)
                    return false;
    return true;
}

// The result column's text for the row whose first cell is `partition`.
QString resultFor(const ElectLeadersDialog &dialog, const QString &partition)
{
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("electionTable"));
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == partition)
            return table->item(row, table->columnCount() - 1)->text();
    return QStringLiteral("(no row for %1)").arg(partition);
}

// Clicks Elect and waits for the answer; false when none came.
bool electAndWait(ElectLeadersDialog &dialog)
{
    QSignalSpy finished(&dialog, &ElectLeadersDialog::electionFinished);
    if (!dialog.electButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog.electButton(), Qt::LeftButton);
    return finished.count() > 0 || finished.wait(20000);
}

QString problemOf(const ElectLeadersDialog &dialog)
{
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestElectLeaders : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<TopicsView> m_topics;
    std::unique_ptr<ClusterView> m_cluster;

    // Opens the dialog of the topic's detail once the view has the topic.
    ElectLeadersDialog *openForTopic(const QString &topic)
    {
        m_topics->showTopic(topic);
        QAction *elect = m_topics->actions()->electLeaders();
        if (!QTest::qWaitFor([&] { return elect->isEnabled(); }, 10000))
            return nullptr;
        elect->trigger();
        auto *dialog = m_topics->findChild<ElectLeadersDialog *>(QStringLiteral("electLeadersDialog"));
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    // The partition context menu's "Elect leaders of the selected partition(s)" for `row`.
    std::unique_ptr<QMenu> partitionMenu(int row)
    {
        QTableView *table = m_topics->findChild<TopicDetail *>()->partitionsTable();
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() > row; }, 10000))
            return nullptr;
        const QRect cell = table->visualRect(table->model()->index(row, 0));
        return TableContextMenu::of(table)->menuAt(cell.center());
    }

    static QAction *electionItem(QMenu &menu)
    {
        return menu.findChild<QAction *>(QStringLiteral("electPartitionLeaders"));
    }

    // Stops broker `id` until another replica leads (topic, partition), then starts it again
    // and waits until it is back in the partition's ISR: leadership stays where it moved.
    bool bounce(std::int32_t id, const std::string &topic, int partition)
    {
        if (!test::brokerControl(*m_bridge, true, id))
            return false;
        if (!QTest::qWaitFor(
                [&] {
                    return test::leaderOf(*m_bridge, topic, partition) >= 0 &&
                           test::leaderOf(*m_bridge, topic, partition) != id;
                },
                15000))
            return false;
        if (!test::brokerControl(*m_bridge, false, id))
            return false;
        return QTest::qWaitFor([&] { return inSyncEverywhere(*m_bridge, id); }, 30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The screenshots' language, before the views make their texts.
        if (const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
            !language.isEmpty() && !qEnvironmentVariableIsEmpty("ES_SCREENSHOT_DIR"))
            installTranslations(QLocale(language));
        m_bridge = test::startBridge(m_dir, 3);
        QVERIFY2(m_bridge, "the cluster did not start");
        m_topics = std::make_unique<TopicsView>(*m_bridge);
        m_topics->resize(900, 600);
        m_topics->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_topics.get()));
        m_cluster = std::make_unique<ClusterView>(*m_bridge);
        m_cluster->resize(900, 600);
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
        m_topics.reset();
        m_bridge.reset();
    }

    // A test that stopped a broker and failed leaves every broker running for the next.
    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ElectLeadersDialog *>(w))
                dialog->close();
        // Closed dialogs are gone before the next test looks for its own.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (test::testingRemote())
            return;
        for (std::int32_t id : {1, 2, 3})
            if (!test::brokerRuns(*m_bridge, id))
                QVERIFY(test::brokerControl(*m_bridge, false, id));
    }

    void theActionsAreThereOnlyWhereLeadersCanBeElected()
    {
        QVERIFY(test::createTopic(*m_bridge, "plain", 2));
        m_topics->showTopic(QStringLiteral("plain"));
        // Add partitions, a write, tells when the view has the topic.
        QTRY_VERIFY_WITH_TIMEOUT(m_topics->actions()->addPartitions()->isEnabled(), 10000);
        QAction *topicWide = m_topics->actions()->electLeaders();
        auto menu = partitionMenu(0);
        QVERIFY(menu);
        QAction *partitions = electionItem(*menu);
        QVERIFY(partitions);
        auto *clusterWide = m_cluster->findChild<QAction *>(QStringLiteral("electPreferredLeadersAction"));
        QVERIFY(clusterWide);
        // The Cluster view shows it as a button on every connection.
        auto *button = m_cluster->findChild<QToolButton *>(QStringLiteral("electPreferredLeadersButton"));
        QVERIFY(button);
        QCOMPARE(button->defaultAction(), clusterWide);
        if (test::testingRemote()) {
            for (QAction *a : {topicWide, partitions, clusterWide}) {
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
                QVERIFY2(
                    a->toolTip().contains(QStringLiteral("needs a newer client library than the librdkafka")),
                    qPrintable(a->toolTip()));
            }
            return;
        }
        QVERIFY(topicWide->isEnabled());
        QVERIFY(partitions->isEnabled());
        QVERIFY(clusterWide->isEnabled());
    }

    void readOnlyConnectionsSayWhy()
    {
        QTemporaryDir dir;
        RemoteSettings settings;
        settings.name = "watched";
        settings.bootstrapServers = "127.0.0.1:1";
        settings.readOnly = true;
        ClusterBridge bridge(settings, dir.filePath(QStringLiteral("catalog.sqlite")));
        TopicsView topics(bridge);
        ClusterView cluster(bridge);
        auto *clusterWide = cluster.findChild<QAction *>(QStringLiteral("electPreferredLeadersAction"));
        QVERIFY(clusterWide);
        for (QAction *a : {topics.actions()->electLeaders(), clusterWide}) {
            QVERIFY(!a->isEnabled());
            QCOMPARE(a->toolTip(), readOnlyToolTip(QStringLiteral("watched")));
        }
    }

    void aPreferredElectionAfterARestartGivesLeadershipBack()
    {
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot ask a cluster for leader elections");
        QVERIFY(test::createAssigned(*m_bridge, "orders", {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}}));
        QVERIFY(test::fillTopic(*m_bridge, "orders", 3, 20));
        QVERIFY2(bounce(1, "orders", 0), "broker 1 did not come back in sync");
        QVERIFY(test::leaderOf(*m_bridge, "orders", 0) != 1); // the controller leaves it where it moved

        ElectLeadersDialog *dialog = openForTopic(QStringLiteral("orders"));
        QVERIFY(dialog);
        QCOMPARE(dialog->electionType(), ElectionType::Preferred);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("uncleanWarning"))->isVisible());
        QVERIFY(electAndWait(*dialog));
        QCOMPARE(problemOf(*dialog), QString());
        QCOMPARE(resultFor(*dialog, QStringLiteral("0")), QStringLiteral("Leader moved to broker 1"));
        QCOMPARE(resultFor(*dialog, QStringLiteral("1")),
                 QStringLiteral("Already led by its preferred replica"));
        QCOMPARE(resultFor(*dialog, QStringLiteral("2")),
                 QStringLiteral("Already led by its preferred replica"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("summary"))->text(),
                 QStringLiteral("Leaders moved: 1. Already in place: 2. Not possible: 0."));
        QTRY_COMPARE_WITH_TIMEOUT(test::leaderOf(*m_bridge, "orders", 0), 1, 10000);
        QCOMPARE(test::leaderOf(*m_bridge, "orders", 1), 2);
        QCOMPARE(test::leaderOf(*m_bridge, "orders", 2), 3);
        // The dialog stays open with the results, and the leaders it lists follow the cluster.
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

    void theClusterViewElectsPreferredLeadersOfEveryPartition()
    {
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot ask a cluster for leader elections");
        QVERIFY(test::createAssigned(*m_bridge, "spread", {{2, 3}, {3, 2}}));
        QVERIFY2(bounce(2, "spread", 0), "broker 2 did not come back in sync");
        QCOMPARE(test::leaderOf(*m_bridge, "spread", 0), 3);

        auto *action = m_cluster->findChild<QAction *>(QStringLiteral("electPreferredLeadersAction"));
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 5000);
        action->trigger();
        auto *dialog = m_cluster->findChild<ElectLeadersDialog *>(QStringLiteral("electLeadersDialog"));
        QVERIFY(dialog);
        QVERIFY(electAndWait(*dialog));
        QCOMPARE(problemOf(*dialog), QString());
        QCOMPARE(resultFor(*dialog, QStringLiteral("spread-0")), QStringLiteral("Leader moved to broker 2"));
        // Kafka leaves out of its answer what needs no election; the dialog still says so.
        QCOMPARE(resultFor(*dialog, QStringLiteral("spread-1")),
                 QStringLiteral("Already led by its preferred replica"));
        QTRY_COMPARE_WITH_TIMEOUT(test::leaderOf(*m_bridge, "spread", 0), 2, 10000);
        // Every partition of the cluster is led by its preferred replica now.
        for (const auto &t : m_bridge->snapshot()->topics)
            for (const auto &p : t.partitions)
                QVERIFY2(p.leader == p.replicas.front().broker,
                         qPrintable(QString::fromStdString(t.name) + QString::number(p.partition)));
        dialog->close();
    }

    void anUncleanElectionMakesAnOutOfSyncReplicaLeader()
    {
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot ask a cluster for leader elections");
        QVERIFY(test::createAssigned(*m_bridge, "fragile", {{1, 2}, {1, 2}}));
        // Broker 2 falls out of sync: records go to broker 1 alone, then broker 1 stops too.
        QVERIFY(test::brokerControl(*m_bridge, true, 2));
        QTRY_VERIFY_WITH_TIMEOUT(!inSync(*m_bridge, "fragile", 0, 2), 15000);
        QVERIFY(test::fillTopic(*m_bridge, "fragile", 1, 10));
        QVERIFY(test::brokerControl(*m_bridge, true, 1));
        QVERIFY(test::brokerControl(*m_bridge, false, 2));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::brokerRuns(*m_bridge, 2) && test::leaderOf(*m_bridge, "fragile", 0) == -1, 15000);
        QVERIFY(!inSync(*m_bridge, "fragile", 0, 2));

        m_topics->showTopic(QStringLiteral("fragile"));
        QTRY_VERIFY_WITH_TIMEOUT(m_topics->actions()->electLeaders()->isEnabled(), 10000);
        auto menu = partitionMenu(0);
        QVERIFY(menu);
        QAction *item = electionItem(*menu);
        QVERIFY(item);
        QVERIFY2(item->isEnabled(), qPrintable(item->toolTip()));
        item->trigger();
        auto *dialog = m_topics->findChild<ElectLeadersDialog *>(QStringLiteral("electLeadersDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Only the partition right-clicked: partition 1 is named nowhere.
        const auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("electionTable"));
        QCOMPARE(table->rowCount(), 1);

        // A preferred election cannot help: it says that only an unclean one can.
        QVERIFY(electAndWait(*dialog));
        QCOMPARE(
            resultFor(*dialog, QStringLiteral("0")),
            QStringLiteral("No in-sync replica is available; only an unclean election can choose a leader"));
        QCOMPARE(test::leaderOf(*m_bridge, "fragile", 0), -1);

        QTest::mouseClick(dialog->findChild<QRadioButton *>(QStringLiteral("uncleanElection")),
                          Qt::LeftButton);
        QCOMPARE(dialog->electionType(), ElectionType::Unclean);
        const auto *warning = dialog->findChild<QLabel *>(QStringLiteral("uncleanWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("can lose acknowledged records")),
                 qPrintable(warning->text()));
        QVERIFY(electAndWait(*dialog));
        QCOMPARE(problemOf(*dialog), QString());
        QVERIFY2(resultFor(*dialog, QStringLiteral("0"))
                     .startsWith(QStringLiteral("Broker 2 leads it now, though it was out of sync")),
                 qPrintable(resultFor(*dialog, QStringLiteral("0"))));
        QTRY_COMPARE_WITH_TIMEOUT(test::leaderOf(*m_bridge, "fragile", 0), 2, 10000);
        dialog->close();
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set (ES_SCREENSHOT_LANGUAGE=de for
    // German): the dialog after an unclean election and the Cluster view's election, in the
    // light and the dark theme.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        if (test::testingRemote())
            QSKIP("librdkafka 2.0 cannot ask a cluster for leader elections");
        const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE");
        const QString prefix = language.isEmpty() ? QString() : language + QLatin1Char('-');
        QVERIFY(test::createAssigned(*m_bridge, "shown", {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}, {1, 3, 2}}));
        QVERIFY2(bounce(1, "shown", 0), "broker 1 did not come back in sync");
        for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
            Theme::apply(theme);
            const QString suffix = theme == ThemeChoice::Dark ? QStringLiteral("-dark") : QString();
            ElectLeadersDialog *dialog = openForTopic(QStringLiteral("shown"));
            QVERIFY(dialog);
            QTest::qWait(300);
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/%1elect-dialog%2.png").arg(prefix, suffix)));
            dialog->setElectionType(ElectionType::Unclean);
            QVERIFY(electAndWait(*dialog));
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/%1elect-unclean%2.png").arg(prefix, suffix)));
            dialog->setElectionType(ElectionType::Preferred);
            QVERIFY(electAndWait(*dialog));
            QVERIFY(
                dialog->grab().save(dir + QStringLiteral("/%1elect-preferred%2.png").arg(prefix, suffix)));
            QVERIFY(m_topics->grab().save(dir + QStringLiteral("/%1elect-detail%2.png").arg(prefix, suffix)));
            dialog->close();
            QVERIFY(bounce(1, "shown", 0));
            m_cluster->show();
            auto *action = m_cluster->findChild<QAction *>(QStringLiteral("electPreferredLeadersAction"));
            QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 5000);
            action->trigger();
            auto *all = m_cluster->findChild<ElectLeadersDialog *>(QStringLiteral("electLeadersDialog"));
            QVERIFY(all);
            QVERIFY(QTest::qWaitForWindowExposed(all));
            QVERIFY(electAndWait(*all));
            QVERIFY(all->grab().save(dir + QStringLiteral("/%1elect-cluster%2.png").arg(prefix, suffix)));
            QVERIFY(m_cluster->grab().save(
                dir + QStringLiteral("/%1elect-cluster-view%2.png").arg(prefix, suffix)));
            all->close();
            m_cluster->hide();
        }
        Theme::apply(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestElectLeaders)
#include "test_elect_leaders.moc"
