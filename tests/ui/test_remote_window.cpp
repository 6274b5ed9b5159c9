// A window on a cluster reached over the network (a headless cluster on loopback, through
// librdkafka): the views it has and has not, what read-only disables, a broker that goes
// away and comes back, and the connection dialog's test.

#include "ui/cluster/broker_table_model.h"
#include "ui/cluster_bridge.h"
#include "ui/command_palette.h"
#include "ui/connections/connection_dialog.h"
#include "ui/main_window.h"
#include "ui/topics/topic_configs_dialog.h"
#include "ui/topics/topics_model.h"

#ifndef Q_MOC_RUN
#include "remote/remote_fixture.h"
#endif

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;

namespace {

RemoteSettings remoteFor(const WireCluster &w, bool readOnly)
{
    RemoteSettings s;
    s.name = "staging";
    s.bootstrapServers = "127.0.0.1:" + std::to_string(w.port(1));
    s.readOnly = readOnly;
    s.refreshIntervalMs = 300;
    s.requestTimeoutMs = 3000;
    return s;
}

std::unique_ptr<MainWindow> remoteWindow(const WireCluster &w, const QTemporaryDir &dir, bool readOnly)
{
    auto bridge = std::make_unique<ClusterBridge>(remoteFor(w, readOnly),
                                                  dir.filePath(QStringLiteral("remote/catalog.sqlite")));
    auto window = std::make_unique<MainWindow>(std::move(bridge));
    window->startCluster();
    return window;
}

QStringList sidebarItems(const MainWindow &window)
{
    QStringList out;
    const auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i)
        out << sidebar->item(i)->text();
    return out;
}

QString cellOf(const QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int rowOfBroker(const QTableView *table, int id)
{
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(BrokerTableModel::BrokerIdRole).toInt() == id)
            return r;
    return -1;
}

} // namespace

class TestRemoteWindow : public QObject {
    Q_OBJECT

private slots:
    void showsTheViewsAnExternalClusterHas();
    void readOnlyDisablesEveryWriteWithAReason();
    void aWritableConnectionCreatesTopics();
    void aBrokerGoneIsShownAndTheTimelineSaysSo();
    void messagesBrowsesTheRemoteTopic();
    void theDialogTestsTheConnection();
    void ctrlKJumpsToATopic();
};

void TestRemoteWindow::showsTheViewsAnExternalClusterHas()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic({.name = "orders", .partitions = 3, .replicationFactor = 2, .configs = {}})
                .ok());
    auto window = remoteWindow(w, dir, true);
    window->show();
    QCOMPARE(window->windowTitle(), QStringLiteral("Eventscope — staging (127.0.0.1:%1)").arg(w.port(1)));
    QCOMPARE(sidebarItems(*window),
             (QStringList{QStringLiteral("Cluster"), QStringLiteral("Topics"), QStringLiteral("Messages"),
                          QStringLiteral("Produce"), QStringLiteral("Consumer groups"), QStringLiteral("Replay"),
                          QStringLiteral("Events"), QStringLiteral("Metrics"), QStringLiteral("Security")}));
    // Faults are for the embedded cluster: absent here, not greyed.
    for (const char *name :
         {"stopBrokerActionButton", "crashBrokerActionButton", "addBrokerActionButton", "linksActionButton"})
        QVERIFY2(!window->findChild<QAbstractButton *>(QString::fromLatin1(name)), name);
    QVERIFY(!window->findChild<QWidget *>(QStringLiteral("welcomePanel")));

    auto *brokers = window->findChild<QTableView *>(QStringLiteral("brokerTable"));
    QTRY_COMPARE_WITH_TIMEOUT(brokers->model()->rowCount(), 3, 10000);
    QVERIFY(brokers->isColumnHidden(BrokerTableModel::BytesIn));
    auto *topics = window->findChild<QTableView *>(QStringLiteral("topicsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 10000);
    QCOMPARE(cellOf(topics, 0, TopicsModel::Name), QStringLiteral("orders"));
    QCOMPARE(cellOf(topics, 0, TopicsModel::Partitions), QStringLiteral("3"));
    QVERIFY(topics->isColumnHidden(TopicsModel::Size));
    QVERIFY(!topics->isColumnHidden(TopicsModel::RecordsIn));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("connectionHeader"))->text(),
             QStringLiteral("staging"));
}

void TestRemoteWindow::readOnlyDisablesEveryWriteWithAReason()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic({.name = "orders", .partitions = 1, .replicationFactor = 1, .configs = {}})
                .ok());
    auto window = remoteWindow(w, dir, true);
    window->show();
    window->showTopic(QStringLiteral("orders"));
    auto *topics = window->findChild<QTableView *>(QStringLiteral("topicsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 10000);
    window->showTopic(QStringLiteral("orders"));
    for (const char *name : {"createTopic", "deleteTopic", "addPartitions"}) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(action->toolTip().contains(QStringLiteral("read-only")), name);
    }
    // Configs can be looked at, not changed: the dialog has no Apply.
    auto *configs = window->findChild<QAction *>(QStringLiteral("editConfigs"));
    QVERIFY(configs && configs->isEnabled());
    QVERIFY(configs->toolTip().contains(QStringLiteral("read-only")));
    configs->trigger();
    auto *configsDialog = window->findChild<TopicConfigsDialog *>(QStringLiteral("topicConfigsDialog"));
    QVERIFY(configsDialog && QTest::qWaitForWindowExposed(configsDialog));
    QVERIFY(!configsDialog->okButton()->isVisible());
    configsDialog->reject();
    // Producing writes: refused with the reason; browsing reads only.
    auto *produce = window->findChild<QAction *>(QStringLiteral("produceToTopic"));
    QVERIFY(produce && !produce->isEnabled());
    QVERIFY(produce->toolTip().contains(QStringLiteral("read-only")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("browseMessages"))->isEnabled());
    // Every button that writes is off and says why: sending, Send many, the copy, applying a
    // reset, the simulated clients and the group's reset. What only reads stays on.
    for (const char *name : {"send", "bulkStart", "startRepublish", "applyReset", "addProducerBot",
                             "addGroupBot", "resetOffsets"}) {
        auto *button = window->findChild<QAbstractButton *>(QString::fromLatin1(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QVERIFY2(button->toolTip().contains(QStringLiteral("read-only")), name);
    }
    QVERIFY(window->findChild<QWidget *>(QStringLiteral("produceView"))->isEnabled());
    QVERIFY(window->findChild<QAbstractButton *>(QStringLiteral("previewReset"))->isEnabled());
    auto *label = window->findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
    QVERIFY(label);
    QVERIFY(label->toolTip().contains(QStringLiteral("staging")));
}

void TestRemoteWindow::aWritableConnectionCreatesTopics()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    auto window = remoteWindow(w, dir, false);
    window->show();
    QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QAction *>(QStringLiteral("createTopic"))->isEnabled(), 10000);
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("readOnlyLabel")));
    // The admin command goes through the connection like the dialog's does.
    bool done = false;
    AdminResult result;
    window->bridge().run(
        window.get(),
        [](Connection &c) {
            return c.createTopic(
                {.name = "payments", .partitions = 2, .replicationFactor = 1, .configs = {}});
        },
        [&](AdminResult r) {
            result = std::move(r);
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.ok(), result.message.c_str());
    auto *topics = window->findChild<QTableView *>(QStringLiteral("topicsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 10000);
    QVERIFY(w.cluster->snapshot());
}

void TestRemoteWindow::aBrokerGoneIsShownAndTheTimelineSaysSo()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic({.name = "orders", .partitions = 3, .replicationFactor = 3, .configs = {}})
                .ok());
    auto window = remoteWindow(w, dir, true);
    window->show();
    auto *brokers = window->findChild<QTableView *>(QStringLiteral("brokerTable"));
    QTRY_COMPARE_WITH_TIMEOUT(brokers->model()->rowCount(), 3, 10000);

    QVERIFY(w.cluster->stopBroker(2).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(brokers, rowOfBroker(brokers, 2), BrokerTableModel::State) ==
                                 QStringLiteral("stopped"),
                             15000);
    auto *events = window->findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(events);
    const auto timelineMentions = [&](const QString &text) {
        for (int r = 0; r < events->model()->rowCount(); ++r)
            for (int c = 0; c < events->model()->columnCount(); ++c)
                if (events->model()->index(r, c).data().toString().contains(text, Qt::CaseInsensitive))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(timelineMentions(QStringLiteral("Broker 2")), 10000);

    const Status restarted = w.cluster->restartBroker(2);
    QVERIFY2(restarted.isOk(), restarted.toString().c_str());
    QTRY_VERIFY_WITH_TIMEOUT(cellOf(brokers, rowOfBroker(brokers, 2), BrokerTableModel::State) ==
                                 QStringLiteral("running"),
                             20000);
}

void TestRemoteWindow::messagesBrowsesTheRemoteTopic()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic({.name = "orders", .partitions = 2, .replicationFactor = 1, .configs = {}})
                .ok());
    produceWithLibrdkafka(w, "orders", 250);
    auto window = remoteWindow(w, dir, true);
    window->show();
    auto *topics = window->findChild<QTableView *>(QStringLiteral("topicsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 1, 10000);
    // Browse from the Topics view, as a user does: the newest 100 records of the topic.
    window->showTopic(QStringLiteral("orders"));
    auto *browse = window->findChild<QAction *>(QStringLiteral("browseMessages"));
    QTRY_VERIFY(browse->isEnabled());
    browse->trigger();
    auto *messages = window->findChild<QTableView *>(QStringLiteral("messagesTable"));
    QVERIFY(messages);
    QTRY_VERIFY_WITH_TIMEOUT(messages->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 100, 15000);
    // Every row shows its record once its page has come.
    QTRY_VERIFY_WITH_TIMEOUT(!messages->model()->index(0, 3).data().toString().isEmpty(), 10000);
    auto *problem = window->findChild<QWidget *>(QStringLiteral("messagesProblem"));
    QVERIFY(!problem->isVisible());
}

void TestRemoteWindow::theDialogTestsTheConnection()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    ConnectionProfile profile;
    profile.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(w.port(1));
    ConnectionDialog dialog(profile);
    dialog.show();
    auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 6000);
    QVERIFY(result->text().contains(QStringLiteral("1 broker(s)")));

    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapServers"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(closedTestPort()));
    QTRY_VERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connection refused")), 6000);

    dialog.findChild<QLineEdit *>(QStringLiteral("bootstrapServers"))->setText(QStringLiteral("kafka"));
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("is not host:port")), 6000);
    // Read-only is on unless the user turns it off.
    QVERIFY(dialog.profile().readOnly);
}

void TestRemoteWindow::ctrlKJumpsToATopic()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    for (const char *name : {"orders", "payments", "order-events"})
        QVERIFY(w.cluster->createTopic({.name = name, .partitions = 1, .replicationFactor = 1, .configs = {}})
                    .ok());
    auto window = remoteWindow(w, dir, true);
    window->show();
    auto *topics = window->findChild<QTableView *>(QStringLiteral("topicsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(topics->model()->rowCount(), 3, 10000);
    auto *goTo = window->findChild<QAction *>(QStringLiteral("goToAction"));
    QCOMPARE(goTo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    goTo->trigger();
    CommandPalette *palette = nullptr;
    QTRY_VERIFY((palette = window->findChild<CommandPalette *>()) != nullptr);
    auto *query = palette->findChild<QLineEdit *>(QStringLiteral("paletteQuery"));
    QTest::keyClicks(query, QStringLiteral("order top"));
    QCOMPARE(palette->shown(),
             (QStringList{QStringLiteral("order-events — Topic"), QStringLiteral("orders — Topic")}));
    QTest::keyClick(query, Qt::Key_Down);
    QTest::keyClick(query, Qt::Key_Return);
    auto *detail = window->findChild<QWidget *>(QStringLiteral("topicDetail"));
    QTRY_VERIFY(detail->isVisible());
    const auto labels = window->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->isVisible() && l->text() == QStringLiteral("orders"); }));
}

QTEST_MAIN(TestRemoteWindow)
#include "test_remote_window.moc"
