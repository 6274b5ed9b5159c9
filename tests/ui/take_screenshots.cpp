// Takes the README's screenshots: a main window on a real cluster in a temporary folder.
// By default the Cluster and Events views, with a few topics, a crashed broker and a
// slowed link so that the pictures show something. With --large after the folder, nine
// brokers and about a hundred partitions (cluster-large.png). With --demo, the welcome
// panel, then the demo running: the Consumer groups, Messages, Produce, Replay, Topics and
// Metrics views. With --remote, the demo runs on the embedded cluster and a second window
// reaches it as an external Kafka cluster (remote-*.png, connection-dialog.png). With
// --configs, the Edit configs dialog of a topic with overrides and the Create topic dialog
// with its configs open (configs*.png, create-topic-configs*.png).
// ES_SCREENSHOT_LANGUAGE=de (or es) takes them translated; ES_SCREENSHOT_SIZE=900x600 at
// another window size.
// Not a test: run it by hand under Xvfb or the offscreen platform, with the folder for
// the PNGs as its first argument.

#include "gui_fixture.h"

#include "app/translations.h"
#include "ui/cluster/cluster_view.h"
#include "ui/connections/connection_dialog.h"
#include "ui/groups/groups_view.h"
#include "ui/messages/messages_view.h"
#include "ui/replay/replay_view.h"
#include "ui/theme.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_configs_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster.h"
#include "connection/embedded_connection.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace es;

namespace {

void waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
}

// Runs `work` on the cluster through the bridge and waits for it.
template <typename Work>
void runAndWait(ClusterBridge &bridge, Work work)
{
    bool done = false;
    QObject context;
    bridge.run(
        &context,
        [work = std::move(work)](Connection &c) mutable {
            return work(dynamic_cast<EmbeddedConnection &>(c).cluster());
        },
        [&done](auto &&) { done = true; });
    waitFor([&] { return done; }, 10000);
}

// `title` is the page's English name; the sidebar shows it translated.
void showPage(MainWindow &window, const char *title)
{
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    const auto items =
        sidebar->findItems(QCoreApplication::translate("es::MainWindow", title), Qt::MatchExactly);
    if (!items.isEmpty())
        sidebar->setCurrentItem(items.first());
}

void save(QWidget &window, const QString &path)
{
    QTest::qWait(2300); // a few snapshots, and the change highlights fade
    if (!window.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (const QString language = qEnvironmentVariable("ES_SCREENSHOT_LANGUAGE"); !language.isEmpty())
        installTranslations(QLocale(language));
    QSize size(1280, 860);
    if (const QStringList wh = qEnvironmentVariable("ES_SCREENSHOT_SIZE").split(QLatin1Char('x'));
        wh.size() == 2)
        size = QSize(wh[0].toInt(), wh[1].toInt());
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    const bool large = argc > 2 && QByteArray(argv[2]) == "--large";
    const bool demo = argc > 2 && QByteArray(argv[2]) == "--demo";
    const bool remote = argc > 2 && QByteArray(argv[2]) == "--remote";
    const bool configs = argc > 2 && QByteArray(argv[2]) == "--configs";
    QTemporaryDir dir;
    Theme::apply(ThemeChoice::Light);

    auto window = test::makeWindow(dir, large ? 9 : 3);
    window->resize(size);
    window->show();
    window->startCluster();
    ClusterBridge &bridge = window->bridge();
    waitFor([&] { return bridge.running(); }, 10000);

    if (remote) {
        auto *start = window->findChild<QAbstractButton *>(QStringLiteral("startDemo"));
        waitFor([&] { return start && start->isVisible() && start->isEnabled(); }, 10000);
        start->click();
        QTest::qWait(15000); // the groups form and lag builds
        ConnectionProfile profile;
        profile.id = QStringLiteral("screenshots-") + QString::number(QCoreApplication::applicationPid());
        profile.name = QStringLiteral("staging");
        profile.bootstrapServers = bridge.bootstrapServers();
        profile.colour = QColor(QStringLiteral("#2a7ab0"));
        MainWindow *external = MainWindow::openConnection(profile);
        external->resize(size);
        QTest::qWait(4000);
        showPage(*external, "Cluster");
        save(*external, out + QStringLiteral("/remote-cluster.png"));
        showPage(*external, "Topics");
        save(*external, out + QStringLiteral("/remote-topics.png"));
        showPage(*external, "Consumer groups");
        external->findChild<GroupsView *>()->showGroup(QStringLiteral("analytics"));
        save(*external, out + QStringLiteral("/remote-groups.png"));
        showPage(*external, "Messages");
        external->findChild<MessagesView *>()->showTopic(QStringLiteral("orders"));
        QTest::qWait(1000);
        if (auto *table = external->findChild<QTableView *>(QStringLiteral("messagesTable"));
            table && table->model()->rowCount() > 2)
            table->selectRow(table->model()->rowCount() - 3);
        save(*external, out + QStringLiteral("/remote-messages.png"));
        showPage(*external, "Events");
        save(*external, out + QStringLiteral("/remote-events.png"));
        showPage(*external, "Metrics");
        save(*external, out + QStringLiteral("/remote-metrics.png"));
        Theme::apply(ThemeChoice::Dark);
        showPage(*external, "Cluster");
        save(*external, out + QStringLiteral("/remote-cluster-dark.png"));
        showPage(*external, "Consumer groups");
        save(*external, out + QStringLiteral("/remote-groups-dark.png"));
        ConnectionDialog dialog(profile, external);
        dialog.show();
        if (auto *test = dialog.findChild<QAbstractButton *>(QStringLiteral("testConnection")))
            test->click();
        save(dialog, out + QStringLiteral("/connection-dialog-dark.png"));
        Theme::apply(ThemeChoice::Light);
        save(dialog, out + QStringLiteral("/connection-dialog.png"));
        external->close();
        return 0;
    }

    if (configs) {
        runAndWait(bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = "orders";
            spec.partitions = 3;
            spec.replicationFactor = 3;
            spec.configs = {{"retention.ms", "172800000"},
                            {"cleanup.policy", "compact,delete"},
                            {"min.insync.replicas", "2"},
                            {"segment.bytes", "1048576"}};
            c.createTopic(spec);
            return c.waitUntilReady(std::chrono::seconds(5));
        });
        waitFor([&] { return bridge.snapshot() && !bridge.snapshot()->topics.empty(); }, 5000);
        TopicSnapshot orders;
        for (const auto &t : bridge.snapshot()->topics)
            if (t.name == "orders")
                orders = t;
        for (const bool dark : {false, true}) {
            Theme::apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
            const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
            TopicConfigsDialog edit(QStringLiteral("orders"), orders.configs, orders.replicationFactor,
                                    {.markNoEffect = true}, window.get());
            edit.show();
            if (auto *minInsync = edit.findChild<QLineEdit *>(QStringLiteral("min.insync.replicas")))
                minInsync->setText(QStringLiteral("4")); // the warning shows
            save(edit, out + QStringLiteral("/configs") + suffix);
            CreateTopicDialog create({}, 3, {.markNoEffect = true}, window.get());
            create.show();
            if (auto *name = create.findChild<QLineEdit *>(QStringLiteral("name")))
                name->setText(QStringLiteral("payments"));
            if (auto *toggle = create.findChild<QAbstractButton *>(QStringLiteral("showConfigs")))
                toggle->click();
            if (auto *retention = create.findChild<QLineEdit *>(QStringLiteral("retention.ms")))
                retention->setText(QStringLiteral("2 days"));
            save(create, out + QStringLiteral("/create-topic-configs") + suffix);
        }
        return 0;
    }

    if (demo) {
        auto *start = window->findChild<QAbstractButton *>(QStringLiteral("startDemo"));
        waitFor([&] { return start && start->isVisible() && start->isEnabled(); }, 10000);
        save(*window, out + QStringLiteral("/welcome.png"));
        start->click();
        QTest::qWait(20000); // the groups form, the slow one falls behind
        window->findChild<GroupsView *>()->showGroup(QStringLiteral("analytics"));
        save(*window, out + QStringLiteral("/groups.png"));
        showPage(*window, "Messages");
        window->findChild<MessagesView *>()->showTopic(QStringLiteral("orders"));
        QTest::qWait(1000);
        if (auto *table = window->findChild<QTableView *>(QStringLiteral("messagesTable"));
            table && table->model()->rowCount() > 0)
            table->selectRow(table->model()->rowCount() - 3); // the detail shows a record
        save(*window, out + QStringLiteral("/messages.png"));
        showPage(*window, "Produce");
        save(*window, out + QStringLiteral("/produce.png"));
        showPage(*window, "Replay");
        window->findChild<ReplayView *>()->showGroup(QStringLiteral("billing"));
        save(*window, out + QStringLiteral("/replay.png"));
        showPage(*window, "Topics");
        save(*window, out + QStringLiteral("/topics.png"));
        window->showTopic(QStringLiteral("orders"));
        save(*window, out + QStringLiteral("/topic.png"));
        showPage(*window, "Metrics");
        save(*window, out + QStringLiteral("/metrics.png"));
        showPage(*window, "Events");
        save(*window, out + QStringLiteral("/events.png"));
        Theme::apply(ThemeChoice::Dark);
        showPage(*window, "Consumer groups");
        save(*window, out + QStringLiteral("/groups-dark.png"));
        showPage(*window, "Metrics");
        save(*window, out + QStringLiteral("/metrics-dark.png"));
        window->showTopic(QStringLiteral("orders"));
        save(*window, out + QStringLiteral("/topic-dark.png"));
        showPage(*window, "Messages");
        save(*window, out + QStringLiteral("/messages-dark.png"));
        return 0;
    }

    if (large) {
        runAndWait(bridge, [](Cluster &c) {
            for (int t = 0; t < 10; ++t) {
                CreateTopicSpec spec;
                spec.name = "topic-" + std::to_string(t);
                spec.partitions = 10;
                spec.replicationFactor = 3;
                c.createTopic(spec);
            }
            return c.waitUntilReady(std::chrono::seconds(10));
        });
        runAndWait(bridge, [](Cluster &c) { return c.crashBroker(5, false).isOk(); });
        QTest::qWait(1500);
        save(*window, out + QStringLiteral("/cluster-large.png"));
        return 0;
    }

    runAndWait(bridge, [](Cluster &c) {
        for (const auto &[name, partitions] :
             {std::pair{"orders", 6}, std::pair{"payments", 3}, std::pair{"clicks", 4}}) {
            CreateTopicSpec spec;
            spec.name = name;
            spec.partitions = partitions;
            spec.replicationFactor = 3;
            c.createTopic(spec);
        }
        return c.waitUntilReady(std::chrono::seconds(5));
    });
    runAndWait(bridge, [](Cluster &c) { return c.crashBroker(2, false).isOk(); });
    QTest::qWait(1500); // the controller fences broker 2 and elects new leaders
    runAndWait(bridge, [](Cluster &c) {
        c.setLink(1, 3, LinkFault{250, 0, false});
        c.setLink(kClientsNode, 3, LinkFault{0, 0.3, false});
        return true;
    });
    window->findChild<ClusterView *>()->selectBroker(2);

    showPage(*window, "Cluster");
    save(*window, out + QStringLiteral("/cluster.png"));
    showPage(*window, "Events");
    save(*window, out + QStringLiteral("/events.png"));

    Theme::apply(ThemeChoice::Dark);
    showPage(*window, "Cluster");
    save(*window, out + QStringLiteral("/cluster-dark.png"));
    return 0;
}
