#include "gui_fixture.h"

#include "ui/cluster/broker_table_model.h"
#include "ui/cluster/cluster_diagram.h"
#include "ui/cluster/cluster_view.h"
#include "ui/cluster/crash_dialog.h"
#include "ui/cluster/link_dialog.h"
#include "ui/events/event_table_model.h"
#include "ui/events/events_view.h"
#include "ui/topics/topics_view.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster.h"
#include "connection/connection.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString labelText(QObject *window, const char *name)
{
    auto *label = child<QLabel>(window, name);
    return label ? label->text() : QString();
}

} // namespace

// Drives the Cluster and Events views of a main window on a real three-broker cluster.
class TestClusterView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_window = test::makeWindow(m_dir);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge().running(), 10000);

        bool created = false;
        m_window->bridge().run(
            this,
            [](Connection &c) {
                CreateTopicSpec spec;
                spec.name = "orders";
                spec.partitions = 6;
                spec.replicationFactor = 3;
                return c.createTopic(spec).error == ErrorCode::None;
            },
            [&created](bool ok) { created = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(created, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(diagram()->data().rows.size() == 7 && allLed(), 10000);
    }

    void cleanupTestCase() { m_window.reset(); }

    void statusBarShowsHealthAndBootstrap()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            labelText(m_window.get(), "clusterState"),
            QStringLiteral("healthy: 3 of 3 brokers running; partitions: 0 offline, 0 under-replicated"),
            5000);
        const QString bootstrap = labelText(m_window.get(), "bootstrapLabel");
        QVERIFY2(bootstrap.endsWith(m_window->bridge().settings().bootstrapServers()), qPrintable(bootstrap));
    }

    void brokerTableListsEveryBroker()
    {
        auto *table = child<QTableView>(m_window.get(), "brokerTable");
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table->model()->index(row, BrokerTableModel::State).data().toString(),
                     QStringLiteral("running"));
    }

    void brokerTableSignalsOnlyWhatItShows()
    {
        // An idle cluster still has followers fetching; the table must not repaint for that.
        BrokerSnapshot b;
        b.id = 1;
        b.host = "127.0.0.1";
        b.port = 9092;
        b.state = BrokerState::Running;
        b.recordsInPerSec = 1000;
        auto first = std::make_shared<ClusterSnapshot>();
        first->brokers = {b};
        BrokerTableModel model;
        model.setSnapshot(first);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto unseen = std::make_shared<ClusterSnapshot>(*first);
        unseen->brokers[0].fetchRequestsPerSec = 8;
        unseen->brokers[0].produceP99Ms = 2.5;
        unseen->brokers[0].recordsInPerSec = 1000.2; // shown as "1,000" either way
        model.setSnapshot(unseen);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(model.broker(0)->fetchRequestsPerSec, 8.0);

        auto busier = std::make_shared<ClusterSnapshot>(*unseen);
        busier->brokers[0].recordsInPerSec = 250000;
        model.setSnapshot(busier);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, BrokerTableModel::RecordsIn).data().toString(),
                 QLocale().toString(250000.0, 'f', 0));

        auto paused = std::make_shared<ClusterSnapshot>(*busier);
        paused->brokers[0].state = BrokerState::Paused;
        model.setSnapshot(paused);
        QCOMPARE(changed.count(), 2);
    }

    void crashingABrokerMovesItsLeadersElsewhereWithinTwoSeconds()
    {
        const int victim = leaderOfSomePartition();
        QVERIFY(victim > 0);
        clusterView()->selectBroker(victim);
        QCOMPARE(clusterView()->selectedBroker(), victim);

        auto *crash = child<QAbstractButton>(m_window.get(), "crashBrokerActionButton");
        QVERIFY(crash && crash->isEnabled());
        QTest::mouseClick(crash, Qt::LeftButton);
        auto *dialog = m_window->findChild<CrashDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->brokerId(), victim);

        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(child<QAbstractButton>(dialog, "confirmCrash"), Qt::LeftButton);

        auto *table = child<QTableView>(m_window.get(), "brokerTable");
        const auto *model = qobject_cast<BrokerTableModel *>(table->model());
        QTRY_COMPARE_WITH_TIMEOUT(model->broker(model->rowOf(victim))->state, BrokerState::Crashed, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(allLed() && leads(victim) == 0, 2000);
        qInfo("broker %d crashed; its partitions were led elsewhere after %lld ms", victim,
              static_cast<long long>(clock.elapsed()));
        QVERIFY(clock.elapsed() <= 2000);
        QCOMPARE(model->index(model->rowOf(victim), BrokerTableModel::State).data().toString(),
                 QStringLiteral("crashed"));
        QCOMPARE(model->index(model->rowOf(victim), BrokerTableModel::Leads).data().toInt(), 0);
        QVERIFY(labelText(m_window.get(), "actionOutcome").contains(QStringLiteral("crashed")));
        QTRY_VERIFY(
            labelText(m_window.get(), "clusterState").startsWith(QStringLiteral("degraded: 2 of 3 brokers running")));
        // The summary may be cut short in a narrow window; its tooltip has all of it.
        auto *health = m_window->findChild<QLabel *>(QStringLiteral("clusterState"));
        QVERIFY(health->toolTip().startsWith(health->text()));
        m_crashed = victim;
    }

    void eventsViewListsTheElection()
    {
        QVERIFY(m_crashed > 0);
        auto *sidebar = child<QListWidget>(m_window.get(), "sidebar");
        const auto items = sidebar->findItems(QStringLiteral("Events"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        sidebar->setCurrentItem(items.first());
        auto *table = child<QTableView>(m_window.get(), "eventTable");
        QVERIFY(table && table->isVisible());

        const auto hasEvent = [table](EventKind kind, const QString &subjectPrefix) {
            const QAbstractItemModel *m = table->model();
            for (int row = 0; row < m->rowCount(); ++row) {
                const QModelIndex i = m->index(row, 0);
                if (i.data(EventTableModel::KindRole).toInt() == static_cast<int>(kind) &&
                    i.data(EventTableModel::SubjectRole).toString().startsWith(subjectPrefix))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            hasEvent(EventKind::BrokerCrashed, QStringLiteral("broker:%1").arg(m_crashed)), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(hasEvent(EventKind::LeaderElected, QStringLiteral("partition:orders-")),
                                 2000);

        // Newest first.
        const QAbstractItemModel *m = table->model();
        for (int row = 1; row < m->rowCount(); ++row)
            QVERIFY(m->index(row - 1, EventTableModel::Time).data().toString() >=
                    m->index(row, EventTableModel::Time).data().toString());

        // Filtering by kind leaves only elections.
        auto *kind = child<QComboBox>(m_window.get(), "eventKindFilter");
        kind->setCurrentIndex(kind->findData(static_cast<int>(EventKind::LeaderElected)));
        QVERIFY(m->rowCount() > 0);
        for (int row = 0; row < m->rowCount(); ++row)
            QCOMPARE(m->index(row, EventTableModel::Kind).data().toString(),
                     QStringLiteral("leader elected"));
        kind->setCurrentIndex(0);
    }

    void activatingABrokerEventSelectsItInTheClusterView()
    {
        auto *table = child<QTableView>(m_window.get(), "eventTable");
        const QAbstractItemModel *m = table->model();
        const int other = m_crashed == 1 ? 2 : 1;
        int row = 0;
        while (row < m->rowCount() && m->index(row, 0).data(EventTableModel::SubjectRole).toString() !=
                                          QStringLiteral("broker:%1").arg(other))
            ++row;
        QVERIFY(row < m->rowCount());
        table->setFocus();
        table->setCurrentIndex(m->index(row, EventTableModel::Subject));
        QTest::keyClick(table, Qt::Key_Return);
        auto *pages = m_window->findChild<QStackedWidget *>();
        QCOMPARE(pages->currentWidget(), clusterView());
        QCOMPARE(clusterView()->selectedBroker(), other);
        QCOMPARE(diagram()->selectedBroker(), other);
    }

    void activatingATopicEventShowsTheTopic()
    {
        auto *sidebar = child<QListWidget>(m_window.get(), "sidebar");
        sidebar->setCurrentItem(sidebar->findItems(QStringLiteral("Events"), Qt::MatchExactly).first());
        auto *table = child<QTableView>(m_window.get(), "eventTable");
        const QAbstractItemModel *m = table->model();
        int row = 0;
        while (row < m->rowCount() && m->index(row, 0).data(EventTableModel::SubjectRole).toString() !=
                                          QStringLiteral("topic:orders"))
            ++row;
        QVERIFY(row < m->rowCount());
        emit table->activated(m->index(row, EventTableModel::Subject));
        auto *pages = m_window->findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<TopicsView *>(pages->currentWidget()));
        QCOMPARE(sidebar->currentItem()->text(), QStringLiteral("Topics"));
    }

    void restartingTheCrashedBrokerBringsItBack()
    {
        m_window->showBroker(m_crashed);
        auto *start = child<QAbstractButton>(m_window.get(), "restartBrokerActionButton");
        QVERIFY(start->isEnabled());
        QCOMPARE(start->text(), QStringLiteral("Start"));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *table = child<QTableView>(m_window.get(), "brokerTable");
        const auto *model = qobject_cast<BrokerTableModel *>(table->model());
        QTRY_COMPARE_WITH_TIMEOUT(model->broker(model->rowOf(m_crashed))->state, BrokerState::Running, 2000);
    }

    void brokerActionsWorkFromTheKeyboard()
    {
        m_window->showBroker(1);
        auto *table = child<QTableView>(m_window.get(), "brokerTable");
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_window->findChild<CrashDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->brokerId(), clusterView()->selectedBroker());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<CrashDialog *>());
    }

    void cuttingALinkDrawsIt()
    {
        clusterView()->selectBroker(2);
        QTest::mouseClick(child<QAbstractButton>(m_window.get(), "linksActionButton"), Qt::LeftButton);
        auto *dialog = m_window->findChild<LinkDialog *>();
        QVERIFY(dialog);
        dialog->setEndpoints(kClientsNode, 2);
        dialog->choose(LinkDialog::Cut);
        QTest::mouseClick(child<QAbstractButton>(dialog, "applyLinkFault"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(diagram()->data().links.size(), std::size_t{1}, 1000);
        const LinkState link = diagram()->data().links.front();
        QVERIFY(link.fault.cut);
        QVERIFY((link.a == kClientsNode && link.b == 2) || (link.a == 2 && link.b == kClientsNode));
        QVERIFY(labelText(m_window.get(), "actionOutcome").contains(QStringLiteral("cut")));
    }

    void healingAllLinksClearsThem()
    {
        QTest::mouseClick(child<QAbstractButton>(m_window.get(), "linksActionButton"), Qt::LeftButton);
        auto *dialog = m_window->findChild<LinkDialog *>();
        QVERIFY(dialog);
        auto *healAll = child<QAbstractButton>(dialog, "healAllLinks");
        QVERIFY(healAll->isEnabled());
        QTest::mouseClick(healAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(diagram()->data().links.empty(), 1000);
    }

    // The controller's button crashes it (the diagram draws it so, the button turns into
    // its restart) and restarts it.
    void crashingAndRestartingTheController()
    {
        auto *button = child<QAbstractButton>(m_window.get(), "controllerActionButton");
        QVERIFY(button && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Crash controller"));
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!diagram()->data().controllerRunning, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Restart controller"), 2000);
        QVERIFY(labelText(m_window.get(), "actionOutcome").contains(QStringLiteral("controller crashed")));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(m_window.get(), "clusterState")
                                     .startsWith(QStringLiteral("degraded, controller crashed: 3 of 3")),
                                 2000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(diagram()->data().controllerRunning, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(button->text(), QStringLiteral("Crash controller"), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(allLed(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(m_window.get(), "clusterState").startsWith(QStringLiteral("healthy")),
                                 5000);
    }

    void eventsAreKeptAcrossRestarts()
    {
        m_window.reset();
        m_window = test::makeWindow(m_dir);
        m_window->show();
        m_window->startCluster();
        auto *table = child<QTableView>(m_window.get(), "eventTable");
        const auto crashListed = [&] {
            const QAbstractItemModel *m = table->model();
            for (int row = 0; row < m->rowCount(); ++row) {
                const QModelIndex i = m->index(row, 0);
                if (i.data(EventTableModel::KindRole).toInt() == static_cast<int>(EventKind::BrokerCrashed) &&
                    i.data(EventTableModel::SubjectRole).toString() ==
                        QStringLiteral("broker:%1").arg(m_crashed))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(crashListed(), 10000);
    }

private:
    ClusterView *clusterView() const { return m_window->findChild<ClusterView *>(); }
    ClusterDiagram *diagram() const { return m_window->findChild<ClusterDiagram *>(); }

    // Every partition row of the diagram has a leader.
    bool allLed() const
    {
        for (const auto &row : diagram()->data().rows)
            if (!row.isHeader() &&
                (row.offline || std::count(row.cells.begin(), row.cells.end(), ReplicaRole::Leader) != 1))
                return false;
        return true;
    }

    int leads(int broker) const
    {
        const DiagramData &d = diagram()->data();
        const int column = d.columnOf(broker);
        int count = 0;
        for (const auto &row : d.rows)
            if (!row.isHeader() && row.cells[static_cast<std::size_t>(column)] == ReplicaRole::Leader)
                ++count;
        return count;
    }

    int leaderOfSomePartition() const
    {
        for (const auto &b : diagram()->data().brokers)
            if (leads(b.id) > 0)
                return b.id;
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_crashed = -1;
};

QTEST_MAIN(TestClusterView)
#include "test_cluster_view.moc"
