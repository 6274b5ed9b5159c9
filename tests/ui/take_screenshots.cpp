// Takes the README's screenshots: a main window on a real cluster in a temporary folder.
// By default the Cluster and Events views, with a few topics, a crashed broker and a
// slowed link so that the pictures show something. With --large after the folder, nine
// brokers and about a hundred partitions (cluster-large.png). With --demo, the welcome
// panel, then the demo running: the Consumer groups, Messages, Produce, Replay, Topics and
// Metrics views. With --remote, the demo runs on the embedded cluster and a second window
// reaches it as an external Kafka cluster (remote-*.png, connection-dialog.png). With
// --configs, the Edit configs dialog of a topic with overrides and the Create topic dialog
// with its configs open (configs*.png, create-topic-configs*.png). With --security, a
// cluster with a SASL_SSL listener, users and ACLs, refused a few requests by a client
// logged in as bob: the Security view (security*.png).
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
#include "ui/security/acls_panel.h"
#include "ui/security/denials_panel.h"
#include "ui/security/listeners_panel.h"
#include "ui/security/security_view.h"
#include "ui/theme.h"
#include "ui/topics/create_topic_dialog.h"
#include "ui/topics/topic_configs_dialog.h"

#ifndef Q_MOC_RUN
#include "cluster/cluster.h"
#include "connection/embedded_connection.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
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

// A cluster with a SASL_SSL listener beside the PLAINTEXT one, an admin and two users.
std::unique_ptr<MainWindow> makeSecureWindow(const QTemporaryDir &dir)
{
    ClusterSettings settings;
    settings.dataDir = dir.path();
    settings.basePort = test::testBasePort();
    settings.listeners = {
        {"PLAINTEXT", security::SecurityProtocol::Plaintext, "127.0.0.1", settings.basePort},
        {"SASL_SSL", security::SecurityProtocol::SaslSsl, "127.0.0.1", settings.basePort + 10}};
    settings.superUsers = {QStringLiteral("User:admin")};
    settings.allowEveryoneIfNoAclFound = false;
    settings.scramUsers = {{QStringLiteral("admin"), QStringLiteral("admin-secret")},
                           {QStringLiteral("alice"), QStringLiteral("alice-secret")},
                           {QStringLiteral("bob"), QStringLiteral("bob-secret")}};
    return std::make_unique<MainWindow>(std::make_unique<ClusterBridge>(settings, test::guiConfig(dir)));
}

// ACLs for alice and bob; then bob, over SASL_SSL, reads the cluster and tries to create
// a topic, and is refused some of it.
void makeRefusals(ClusterBridge &bridge, const QTemporaryDir &dir)
{
    runAndWait(bridge, [](Cluster &c) {
        for (const char *name : {"orders", "payments", "audit"}) {
            CreateTopicSpec spec;
            spec.name = name;
            spec.partitions = 3;
            spec.replicationFactor = 3;
            c.createTopic(spec);
        }
        const auto allow = [](const char *principal, security::AclOperation operation,
                              security::ResourceType type, const char *name, security::PatternType pattern) {
            return security::AclBinding{{type, name, pattern},
                                        {principal, "*", operation, security::AclPermission::Allow}};
        };
        using security::AclOperation;
        using security::PatternType;
        using security::ResourceType;
        std::vector<security::AclBinding> acls = {
            allow("User:alice", AclOperation::Read, ResourceType::Topic, "orders", PatternType::Literal),
            allow("User:alice", AclOperation::Read, ResourceType::Group, "analytics", PatternType::Literal),
            allow("User:bob", AclOperation::Write, ResourceType::Topic, "pay", PatternType::Prefixed),
            allow("User:bob", AclOperation::Describe, ResourceType::Topic, "*", PatternType::Literal)};
        security::AclBinding deny =
            allow("User:bob", AclOperation::Describe, ResourceType::Topic, "audit", PatternType::Literal);
        deny.entry.permission = security::AclPermission::Deny;
        acls.push_back(deny);
        c.security().createAcls(acls);
        return c.waitUntilReady(std::chrono::seconds(5));
    });
    std::string caFile;
    bool read = false;
    QObject context;
    bridge.run(
        &context,
        [](Connection &c) {
            SecurityAdmin *admin = c.securityAdmin();
            auto description =
                admin ? admin->describeSecurity() : Result<SecurityDescription>(Status::unsupported(""));
            return description.isOk() ? description->caCertificate : std::string();
        },
        [&](const std::string &file) {
            caFile = file;
            read = true;
        });
    waitFor([&] { return read; }, 5000);
    RemoteSettings remote;
    remote.name = "bob";
    remote.bootstrapServers = "127.0.0.1:" + std::to_string(bridge.settings().basePort + 10);
    remote.securityProtocol = security::SecurityProtocol::SaslSsl;
    remote.saslMechanism = SaslMechanism::ScramSha512;
    remote.username = "bob";
    remote.password = "bob-secret";
    remote.caFile = caFile;
    remote.readOnly = false;
    remote.refreshIntervalMs = 500;
    remote.requestTimeoutMs = 3000;
    ClusterBridge bob(remote, dir.path() + QStringLiteral("/bob-catalog.sqlite"));
    bob.start();
    waitFor([&] { return bob.running(); }, 10000);
    QTest::qWait(1500); // bob reads metadata, groups and configs a few times
    bool created = false;
    bob.run(
        &context,
        [](Connection &c) {
            CreateTopicSpec spec;
            spec.name = "bob-scratch";
            spec.partitions = 1;
            spec.replicationFactor = 1;
            return c.createTopic(spec);
        },
        [&](const AdminResult &) { created = true; });
    waitFor([&] { return created; }, 5000);
}

void takeSecurityShots(MainWindow &window, const QTemporaryDir &dir, const QString &out)
{
    makeRefusals(window.bridge(), dir);
    auto *view = window.findChild<SecurityView *>();
    waitFor([&] { return view->available(); }, 5000);
    showPage(window, "Security");
    for (const bool dark : {false, true}) {
        Theme::apply(dark ? ThemeChoice::Dark : ThemeChoice::Light);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral(".png");
        view->tabs()->setCurrentIndex(2);
        QTest::qWait(2500); // the view reads the refusals
        if (QTableView *denials = view->denials()->table(); denials->model()->rowCount() > 0)
            denials->selectRow(0);
        save(window, out + QStringLiteral("/security") + suffix);
        view->tabs()->setCurrentIndex(0);
        if (QTableView *listeners = view->listeners()->table(); listeners->model()->rowCount() > 1)
            listeners->selectRow(1);
        save(window, out + QStringLiteral("/security-listeners") + suffix);
    }
    Theme::apply(ThemeChoice::Light);
    view->tabs()->setCurrentIndex(1);
    save(window, out + QStringLiteral("/security-users.png"));
    view->tabs()->setCurrentIndex(2);
    if (QTableView *denials = view->denials()->table(); denials->model()->rowCount() > 0) {
        denials->selectRow(0);
        view->denials()->allowAction()->trigger();
        if (auto *form = window.findChild<QDialog *>(QStringLiteral("addAclDialog")))
            save(*form, out + QStringLiteral("/security-add-acl.png"));
    }
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
    const bool secure = argc > 2 && QByteArray(argv[2]) == "--security";
    QTemporaryDir dir;
    Theme::apply(ThemeChoice::Light);

    auto window = secure ? makeSecureWindow(dir) : test::makeWindow(dir, large ? 9 : 3);
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

    if (secure) {
        takeSecurityShots(*window, dir, out);
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
