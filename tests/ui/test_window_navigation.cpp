// A window's navigation, on the embedded cluster and on one reached over the network: every
// sidebar entry has an icon drawn for the theme; badges count under-replicated and offline
// partitions (Cluster, Topics) and consumer groups whose lag rises (Consumer groups), say
// so in words, appear when the cluster degrades and go when it heals; a topic chosen in
// Messages shows its records without Open.

#include "gui_fixture.h"

#include "ui/cluster_bridge.h"
#include "ui/main_window.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/messages_model.h"
#include "ui/messages/messages_view.h"
#include "ui/sidebar_badges.h"
#include "ui/sidebar_delegate.h"
#include "ui/sidebar_icons.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "connection/connection.h"
#include "remote/remote_fixture.h"
#endif

#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace es;
using namespace es::test;

namespace {

// Runs `work` with the window's connection on its worker and waits for the answer here.
template <typename Work>
auto onConnection(MainWindow &window, Work work, int timeoutMs = 20000)
{
    using R = decltype(work(std::declval<Connection &>()));
    std::optional<R> result;
    QObject context;
    window.bridge().run(&context, std::move(work), [&result](R r) { result = std::move(r); });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs));
    return result;
}

bool createTopic(MainWindow &window, const std::string &name, int partitions, int replicationFactor)
{
    const auto done = onConnection(window, [=](Connection &c) {
        return c
            .createTopic({.name = name,
                          .partitions = partitions,
                          .replicationFactor = replicationFactor,
                          .configs = {}})
            .ok();
    });
    return done && *done;
}

bool write(MainWindow &window, const std::string &topic, int partition, int count)
{
    const auto done = onConnection(window, [=](Connection &c) {
        auto writer = c.openWriter(ProducerConfig{});
        if (!writer)
            return false;
        for (int i = 0; i < count; ++i)
            (*writer)->send(
                {topic, partition, std::nullopt, bytesOf("v" + std::to_string(i)), {}, std::nullopt});
        return (*writer)->close(std::chrono::seconds(15));
    });
    return done && *done;
}

const PartitionSnapshot *partitionOf(const ClusterSnapshot &snapshot, const std::string &topic, int partition)
{
    for (const TopicSnapshot &t : snapshot.topics)
        if (t.name == topic)
            for (const PartitionSnapshot &p : t.partitions)
                if (p.partition == partition)
                    return &p;
    return nullptr;
}

std::int64_t highWatermark(MainWindow &window, const std::string &topic, int partition)
{
    const ClusterSnapshotPtr snapshot = window.bridge().snapshot();
    const PartitionSnapshot *p = snapshot ? partitionOf(*snapshot, topic, partition) : nullptr;
    return p ? p->highWatermark : -1;
}

QListWidget *sidebar(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("sidebar"));
}

QListWidgetItem *entry(MainWindow &window, const QString &name)
{
    const auto items = sidebar(window)->findItems(name, Qt::MatchExactly);
    return items.isEmpty() ? nullptr : items.front();
}

int warning(MainWindow &window, const QString &name)
{
    return entry(window, name)->data(SidebarDelegate::WarningCountRole).toInt();
}

int alarm(MainWindow &window, const QString &name)
{
    return entry(window, name)->data(SidebarDelegate::AlarmCountRole).toInt();
}

QString description(MainWindow &window, const QString &name)
{
    return entry(window, name)->data(Qt::AccessibleDescriptionRole).toString();
}

// Whether the entry's row, as painted, has pixels of `colour` (a badge's fill).
bool rowShows(MainWindow &window, const QString &name, const QColor &colour)
{
    QListWidget *list = sidebar(window);
    const QRect row = list->visualItemRect(entry(window, name));
    const QImage image = list->viewport()->grab(row).toImage();
    int hits = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            hits += image.pixelColor(x, y).rgb() == colour.rgb() ? 1 : 0;
    return hits >= 20;
}

// The average lightness of an icon's drawn pixels, 0 (black) to 255.
int iconLightness(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(20, 20), mode).toImage();
    int sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
    return count > 0 ? sum / count : -1;
}

std::unique_ptr<MainWindow> remoteWindow(const WireCluster &w, const QTemporaryDir &dir)
{
    RemoteSettings s = remoteSettingsFor(w);
    s.name = "staging";
    s.refreshIntervalMs = 300;
    auto bridge = std::make_unique<ClusterBridge>(s, dir.filePath(QStringLiteral("remote/catalog.sqlite")));
    auto window = std::make_unique<MainWindow>(std::move(bridge));
    window->resize(1200, 800);
    window->show();
    window->startCluster();
    return window;
}

} // namespace

class TestWindowNavigation : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void badgeWordsCountAndSpell();
    void risingLagIsTheGroupsListTrend();
    void everyEntryHasAnIconForTheTheme();
    void aStoppedBrokerShowsUnderReplicatedAndOfflinePartitions();
    void aGroupFallingBehindIsCounted();
    void aRemoteBrokerStoppedShowsUnderReplicatedPartitions();
    void aRemoteGroupFallingBehindIsCounted();
    void aTopicChosenOnAnotherClusterShowsItsRecords();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowNavigation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_window = makeWindow(m_dir);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startCluster();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->bridge().snapshot() && m_window->bridge().snapshot()->brokers.size() == 3, 15000);
}

void TestWindowNavigation::cleanupTestCase() { m_window.reset(); }

void TestWindowNavigation::badgeWordsCountAndSpell()
{
    SidebarBadges::Counts c;
    QCOMPARE(SidebarBadges::partitionsText(c), QString());
    QCOMPARE(SidebarBadges::groupsText(c), QString());
    c.underReplicated = 3;
    QCOMPARE(SidebarBadges::partitionsText(c), QStringLiteral("3 under-replicated partitions"));
    c.underReplicated = 1;
    c.offline = 2;
    QCOMPARE(SidebarBadges::partitionsText(c),
             QStringLiteral("1 under-replicated partition, 2 offline partitions"));
    c.lagRising = 1;
    QCOMPARE(SidebarBadges::groupsText(c), QStringLiteral("1 consumer group with rising lag"));
    QCOMPARE(SidebarDelegate::badgeText(7), QStringLiteral("7"));
    QCOMPARE(SidebarDelegate::badgeText(12345), QStringLiteral("999+"));
}

void TestWindowNavigation::risingLagIsTheGroupsListTrend()
{
    // A group whose lag climbs 100 records a second, then catches up at once.
    GroupLagTracker tracker;
    SidebarBadges badges(tracker);
    const auto at = [](std::int64_t ms, std::int64_t lag) {
        auto s = std::make_shared<ClusterSnapshot>();
        s->timeMs = ms;
        s->underReplicatedPartitions = 4;
        GroupView g;
        g.group.groupId = "slow";
        g.totalLag = lag;
        s->groups.push_back(g);
        return s;
    };
    std::int64_t t = 1'000'000;
    for (int second = 0; second < 8; ++second) {
        // Snapshots come ten times a second; the trend is sampled once a second.
        for (int tenth = 0; tenth < 10; ++tenth, t += 100) {
            tracker.add(*at(t, 100 * second));
            badges.update(*at(t, 100 * second));
        }
    }
    QCOMPARE(badges.counts().lagRising, 1);
    QCOMPARE(badges.counts().underReplicated, 4);
    for (int second = 0; second < 4; ++second)
        for (int tenth = 0; tenth < 10; ++tenth, t += 100) {
            tracker.add(*at(t, 0));
            badges.update(*at(t, 0));
        }
    QCOMPARE(badges.counts().lagRising, 0);
}

void TestWindowNavigation::everyEntryHasAnIconForTheTheme()
{
    QListWidget *list = sidebar(*m_window);
    QCOMPARE(list->count(), 9);
    for (int i = 0; i < list->count(); ++i)
        QVERIFY2(!list->item(i)->icon().isNull(), qPrintable(list->item(i)->text()));
    if (SidebarIcons::fromSystemTheme())
        QSKIP("the system icon theme draws the icons here");
    // Eventscope's drawings take the theme's text colour: dark on light, light on dark, and
    // the highlighted text's colour on the selected entry.
    // The palette reaches the widgets by posted events.
    Theme::apply(ThemeChoice::Dark);
    for (int i = 0; i < list->count(); ++i) {
        QTRY_VERIFY2(iconLightness(list->item(i)->icon(), QIcon::Normal) > 180,
                     qPrintable(list->item(i)->text()));
        QVERIFY(iconLightness(list->item(i)->icon(), QIcon::Selected) > 180);
    }
    Theme::apply(ThemeChoice::Light);
    for (int i = 0; i < list->count(); ++i)
        QTRY_VERIFY2(iconLightness(list->item(i)->icon(), QIcon::Normal) < 80,
                     qPrintable(list->item(i)->text()));
    Theme::apply(ThemeChoice::System);
}

void TestWindowNavigation::aStoppedBrokerShowsUnderReplicatedAndOfflinePartitions()
{
    MainWindow &window = *m_window;
    QVERIFY(createTopic(window, "orders", 6, 3));
    QVERIFY(createTopic(window, "solo", 1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(highWatermark(window, "solo", 0) >= 0 && highWatermark(window, "orders", 5) >= 0,
                             15000);
    // A healthy cluster: no badge anywhere.
    QTRY_COMPARE_WITH_TIMEOUT(window.bridge().snapshot()->underReplicatedPartitions, 0, 15000);
    for (const QString &name : {QStringLiteral("Cluster"), QStringLiteral("Topics")}) {
        QCOMPARE(warning(window, name), 0);
        QCOMPARE(alarm(window, name), 0);
        QCOMPARE(description(window, name), QString());
    }

    // The broker that leads "solo" takes it offline, and leaves every "orders" partition
    // one replica short.
    const int victim = partitionOf(*window.bridge().snapshot(), "solo", 0)->leader;
    QVERIFY(victim > 0);
    const auto stopped = onConnection(
        window, [victim](Connection &c) { return c.brokerControl()->stopBroker(victim).isOk(); });
    QVERIFY(stopped && *stopped);
    QTRY_VERIFY_WITH_TIMEOUT(warning(window, QStringLiteral("Cluster")) >= 6 &&
                                 alarm(window, QStringLiteral("Cluster")) >= 1,
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(warning(window, QStringLiteral("Cluster")),
                              window.bridge().snapshot()->underReplicatedPartitions, 5000);
    for (const QString &name : {QStringLiteral("Cluster"), QStringLiteral("Topics")}) {
        const int urp = warning(window, name);
        const int offline = alarm(window, name);
        const QString words = description(window, name);
        QVERIFY2(words.contains(QStringLiteral("%1 under-replicated partitions").arg(urp)),
                 qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("offline partition")), qPrintable(words));
        QVERIFY2(entry(window, name)->toolTip().startsWith(words),
                 qPrintable(entry(window, name)->toolTip()));
        QVERIFY(offline >= 1);
        // Painted: an amber pill and a red one.
        const QPalette palette = sidebar(window)->palette();
        QVERIFY2(rowShows(window, name, Theme::warning(palette)), qPrintable(name));
        QVERIFY2(rowShows(window, name, Theme::bad(palette)), qPrintable(name));
    }
    QCOMPARE(warning(window, QStringLiteral("Consumer groups")), 0);
    QVERIFY(!rowShows(window, QStringLiteral("Messages"), Theme::warning(sidebar(window)->palette())));

    // Back, caught up and in sync: the badges go.
    const auto restarted = onConnection(
        window, [victim](Connection &c) { return c.brokerControl()->restartBroker(victim).isOk(); });
    QVERIFY(restarted && *restarted);
    for (const QString &name : {QStringLiteral("Cluster"), QStringLiteral("Topics")}) {
        QTRY_COMPARE_WITH_TIMEOUT(warning(window, name), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(alarm(window, name), 0, 30000);
        QCOMPARE(description(window, name), QString());
        QVERIFY(!entry(window, name)->toolTip().contains(QStringLiteral("partition ")));
        QVERIFY(!rowShows(window, name, Theme::warning(sidebar(window)->palette())));
    }
}

void TestWindowNavigation::aGroupFallingBehindIsCounted()
{
    MainWindow &window = *m_window;
    QVERIFY(createTopic(window, "clicks", 1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(highWatermark(window, "clicks", 0) >= 0, 15000);
    QVERIFY(write(window, "clicks", 0, 10));
    const auto committed = onConnection(window, [](Connection &c) {
        return c.resetGroupOffsets("slow-readers", {{TopicPartition{"clicks", 0}, 0}}).ok();
    });
    QVERIFY(committed && *committed);

    // Records keep coming and the group reads none: its lag rises.
    const QString groups = QStringLiteral("Consumer groups");
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!write(window, "clicks", 0, 100))
                return false;
            QTest::qWait(300);
            return warning(window, groups) == 1;
        },
        40000));
    QCOMPARE(description(window, groups), QStringLiteral("1 consumer group with rising lag"));
    QVERIFY(entry(window, groups)->toolTip().startsWith(description(window, groups)));
    QVERIFY(rowShows(window, groups, Theme::warning(sidebar(window)->palette())));

    // It catches up: no longer rising.
    const std::int64_t end = highWatermark(window, "clicks", 0);
    const auto caughtUp = onConnection(window, [end](Connection &c) {
        return c.resetGroupOffsets("slow-readers", {{TopicPartition{"clicks", 0}, end}}).ok();
    });
    QVERIFY(caughtUp && *caughtUp);
    QTRY_COMPARE_WITH_TIMEOUT(warning(window, groups), 0, 30000);
    QCOMPARE(description(window, groups), QString());
}

void TestWindowNavigation::aRemoteBrokerStoppedShowsUnderReplicatedPartitions()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 3);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 3, 3)).ok());
    auto window = remoteWindow(w, dir);
    QCOMPARE(sidebar(*window)->count(), 9);
    for (int i = 0; i < sidebar(*window)->count(); ++i)
        QVERIFY(!sidebar(*window)->item(i)->icon().isNull());
    QTRY_VERIFY_WITH_TIMEOUT(window->bridge().snapshot() && highWatermark(*window, "orders", 2) >= 0, 15000);
    QCOMPARE(warning(*window, QStringLiteral("Topics")), 0);

    QVERIFY(w.cluster->stopBroker(2).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(warning(*window, QStringLiteral("Topics")) >= 3, 20000);
    QCOMPARE(warning(*window, QStringLiteral("Cluster")), warning(*window, QStringLiteral("Topics")));
    QVERIFY2(description(*window, QStringLiteral("Topics")).contains(QStringLiteral("under-replicated")),
             qPrintable(description(*window, QStringLiteral("Topics"))));

    const Status restarted = w.cluster->restartBroker(2);
    QVERIFY2(restarted.isOk(), restarted.toString().c_str());
    QTRY_COMPARE_WITH_TIMEOUT(warning(*window, QStringLiteral("Topics")), 0, 30000);
    QCOMPARE(description(*window, QStringLiteral("Topics")), QString());
}

void TestWindowNavigation::aRemoteGroupFallingBehindIsCounted()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic(topicSpec("clicks", 1, 1)).ok());
    produceWithLibrdkafka(w, "clicks", 10);
    {
        Admin admin(*w.cluster);
        QVERIFY(admin.resetGroupOffsets("slow-readers", {{TopicPartition{"clicks", 0}, 0}}).ok());
    }
    auto window = remoteWindow(w, dir);
    const QString groups = QStringLiteral("Consumer groups");
    QVERIFY(QTest::qWaitFor(
        [&] {
            produceWithLibrdkafka(w, "clicks", 100);
            QTest::qWait(300);
            return warning(*window, groups) == 1;
        },
        40000));
    QCOMPARE(description(*window, groups), QStringLiteral("1 consumer group with rising lag"));

    const std::int64_t end = highWatermark(*window, "clicks", 0);
    {
        Admin admin(*w.cluster);
        QVERIFY(admin.resetGroupOffsets("slow-readers", {{TopicPartition{"clicks", 0}, end}}).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(warning(*window, groups), 0, 30000);
}

void TestWindowNavigation::aTopicChosenOnAnotherClusterShowsItsRecords()
{
    QTemporaryDir dir;
    WireCluster w = startRemoteTestCluster(dir, 1);
    QVERIFY(w.cluster->createTopic(topicSpec("orders", 1, 1)).ok());
    produceWithLibrdkafka(w, "orders", 150);
    auto window = remoteWindow(w, dir);
    sidebar(*window)->setCurrentItem(entry(*window, QStringLiteral("Messages")));
    auto *view = window->findChild<MessagesView *>();
    QComboBox *topic = view->browseBar()->topicBox();
    QTRY_VERIFY_WITH_TIMEOUT(topic->findText(QStringLiteral("orders")) >= 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(highWatermark(*window, "orders", 0) == 150, 15000);
    // Nothing is chosen yet, so nothing is shown.
    QCOMPARE(topic->currentIndex(), -1);
    QCOMPARE(view->model()->rowCount(), 0);

    topic->setFocus();
    QTest::keyClicks(topic, QStringLiteral("orders"));
    // The newest 100, without Open, newest first: the newest on top, in view.
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 100, 15000);
    QCOMPARE(view->model()->rangeStart(), 50);
    QVERIFY(view->model()->newestFirst());
    QTableView *table = view->table();
    QCOMPARE(table->rowAt(0), 0);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->record(0) != nullptr, 15000);
    QCOMPARE(view->model()->record(0)->offset, 149);
    QVERIFY2(view->problem().isEmpty(), qPrintable(view->problem()));
}

QTEST_MAIN(TestWindowNavigation)
#include "test_window_navigation.moc"
