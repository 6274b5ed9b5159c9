// The Consumer groups view against a real embedded cluster: simulated clients (bots)
// started from its panel make a group with lag; the list, the detail's per-partition
// table and the lag chart show it.

#include "view_test_cluster.h"

#include "catalog/lag_history.h"
#include "catalog/metric_series.h"
#include "connection/group_lag_tracker.h"
#include "ui/bots/bot_host.h"
#include "ui/bots/bot_store.h"
#include "ui/bots/bots_model.h"
#include "ui/bots/bots_panel.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_model.h"
#include "ui/groups/groups_view.h"
#include "ui/metrics/metrics_chart.h"
#include "ui/theme.h"
#include "ui/welcome/welcome_panel.h"

#ifndef Q_MOC_RUN
#include "catalog/catalog.h"
#include "cluster/cluster.h"
#endif

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <tuple>
#include <utility>
#include <vector>

using namespace es;

namespace {

// The row of the table whose column `column` shows `text`, or -1.
int rowWith(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

qlonglong lagOf(const QAbstractItemModel *model, const QString &group)
{
    const int row = rowWith(model, GroupsModel::Group, group);
    return row < 0 ? -1 : model->index(row, GroupsModel::Lag).data(GroupsModel::SortRole).toLongLong();
}

} // namespace

class TestGroupsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
    }

    void cleanupTestCase() { m_bridge.reset(); }

    // In the default window (1200 x 800) and a small one (900 x 600), the list shows each
    // group's name, state, lag and trend without scrolling, a rebalancing group too.
    void theColumnsThatMatterStayInView_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1200x800") << QSize(1200 - 180, 800 - 80);
        QTest::newRow("900x600") << QSize(900 - 180, 600 - 80);
    }

    void theColumnsThatMatterStayInView()
    {
        QFETCH(QSize, size);
        ClusterSettings settings;
        settings.dataDir = m_dir.path() + QStringLiteral("/never-started");
        ClusterBridge idle(settings); // not started: the snapshot below is the only one
        GroupsView view(idle);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto snapshot = std::make_shared<ClusterSnapshot>();
        for (const auto &[id, state, lag] :
             {std::tuple{"payments-fraud-check", GroupState::PreparingRebalance, 1'234'567},
              std::tuple{"billing", GroupState::Stable, 42}}) {
            GroupView g;
            g.group.groupId = id;
            g.group.state = state;
            g.group.protocolType = "consumer";
            g.group.protocol = "cooperative-sticky";
            g.totalLag = lag;
            snapshot->groups.push_back(g);
        }
        emit idle.snapshotChanged(snapshot);
        QTableView *table = view.groupsTable();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QTest::qWait(50); // the columns fit their text
        // At the default width every column that matters is in view; at 900 pixels the list
        // keeps group, state and lag, and Trend is reached by scrolling the list itself, so
        // that list and detail fit the window without it scrolling sideways.
        std::vector<int> inView{GroupsModel::Group, GroupsModel::State, GroupsModel::Lag};
        if (size.width() >= 1200 - 180)
            inView.push_back(GroupsModel::Trend);
        for (int column : inView) {
            const int right = table->columnViewportPosition(column) + table->columnWidth(column);
            QVERIFY2(table->columnViewportPosition(column) >= 0 && right <= table->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(table->viewport()->width())));
        }
        // Rebalancing reads short in the list; the tooltip names the state in full.
        const QModelIndex state = table->model()->index(1, GroupsModel::State);
        QCOMPARE(table->model()->index(1, GroupsModel::Group).data().toString(),
                 QStringLiteral("payments-fraud-check"));
        QVERIFY(state.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Preparing rebalance")));
    }

    // A snapshot tells the views of the cells that changed, and nothing when none did.
    void theModelSignalsOnlyWhatChanged()
    {
        const auto snapshotOf = [](std::vector<std::pair<std::string, std::int64_t>> lags) {
            auto s = std::make_shared<ClusterSnapshot>();
            s->timeMs = 1'000'000;
            for (const auto &[id, lag] : lags) {
                GroupView g;
                g.group.groupId = id;
                g.totalLag = lag;
                s->groups.push_back(g);
            }
            return s;
        };
        GroupLagTracker tracker;
        GroupsModel model(tracker);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snapshotOf({{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}));
        QCOMPARE(reset.count(), 1);
        model.setSnapshot(snapshotOf({{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}));
        QCOMPARE(changed.count(), 0);
        model.setSnapshot(snapshotOf({{"a", 1}, {"b", 20}, {"c", 30}, {"d", 4}}));
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(std::pair(topLeft.row(), topLeft.column()),
                 std::pair(1, static_cast<int>(GroupsModel::Lag)));
        QCOMPARE(std::pair(bottomRight.row(), bottomRight.column()),
                 std::pair(2, static_cast<int>(GroupsModel::Lag)));
        QCOMPARE(model.index(2, GroupsModel::Lag).data(GroupsModel::SortRole).toLongLong(), 30);
        QCOMPARE(reset.count(), 1);
    }

    // Run by hand under xvfb-run with ES_SCREENSHOT_DIR set: the welcome panel on the empty
    // cluster, then the demo's groups, detail and simulated clients after a while.
    void demoScreenshots()
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ES_SCREENSHOT_DIR to take the screenshots");
        GroupsView view(*m_bridge);
        WelcomePanel welcome(*m_bridge, view.bots());
        welcome.resize(900, 140);
        welcome.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.bots().ready() && !welcome.isHidden(), 10000);
        QVERIFY(welcome.grab().save(dir + QStringLiteral("/welcome.png")));
        QSignalSpy started(&welcome, &WelcomePanel::demoStarted);
        welcome.findChild<QPushButton *>(QStringLiteral("startDemo"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(welcome.isHidden(), 10000);

        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(45000);
        view.showGroup(QStringLiteral("analytics"));
        QTest::qWait(3000);
        QVERIFY(view.grab().save(dir + QStringLiteral("/groups.png")));
        view.showGroup(QStringLiteral("billing"));
        QTest::qWait(3000);
        QVERIFY(view.grab().save(dir + QStringLiteral("/groups_billing.png")));
        view.showBots();
        QTest::qWait(1500);
        QVERIFY(view.grab().save(dir + QStringLiteral("/bots.png")));
        Theme::apply(ThemeChoice::Dark);
        view.showGroup(QStringLiteral("fraud-check"));
        QTest::qWait(3000);
        QVERIFY(view.grab().save(dir + QStringLiteral("/groups_dark.png")));
        Theme::apply(ThemeChoice::Light);
    }

    void botsMakeLagTheViewShows()
    {
        // Only this test's bots: none kept from an earlier view of this cluster (the demo's).
        QFile::remove(QDir(m_bridge->settings().dataDir).filePath(BotStore::fileName()));
        const auto created = test::runAndWait(*m_bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = "invoices";
            spec.partitions = 3;
            spec.replicationFactor = 1;
            return c.createTopic(spec).ok();
        });
        QVERIFY(created && *created);
        GroupsView view(*m_bridge);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.bots().ready(), 10000);

        // The panel starts the bots: a producer faster than the group can process.
        view.showBots();
        BotsPanel *panel = view.botsPanel();
        ProducerBotConfig producer;
        producer.topic = "invoices";
        producer.ratePerSecond = 200;
        panel->addProducer(producer);
        ConsumerGroupBotConfig group;
        group.groupId = "slow-billing";
        group.topics = {"invoices"};
        group.members = 1;
        group.processingMs = 20;
        panel->addGroup(group);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            panel->model()->index(0, BotsModel::Records).data().toString() != QStringLiteral("0"), 10000);
        QCOMPARE(panel->model()->index(1, BotsModel::Target).data().toString(),
                 QStringLiteral("slow-billing (reads invoices)"));

        // The list shows the group with its lag, growing.
        view.showGroup(QStringLiteral("slow-billing"));
        const QAbstractItemModel *groups = view.groupsTable()->model();
        QTRY_VERIFY_WITH_TIMEOUT(lagOf(groups, QStringLiteral("slow-billing")) > 100, 30000);
        const int row = rowWith(groups, GroupsModel::Group, QStringLiteral("slow-billing"));
        QCOMPARE(groups->index(row, GroupsModel::Members).data().toString(), QStringLiteral("1"));
        QCOMPARE(groups->index(row, GroupsModel::ProtocolType).data().toString(), QStringLiteral("consumer"));

        // The detail: one row per partition with its lag, and the member with its partitions.
        GroupDetail *detail = view.detail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->groupId(), QStringLiteral("slow-billing"), 10000);
        auto *partitions = detail->findChild<QTableView *>(QStringLiteral("groupPartitions"))->model();
        QTRY_COMPARE_WITH_TIMEOUT(partitions->rowCount(), 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                qlonglong sum = 0;
                for (int r = 0; r < partitions->rowCount(); ++r)
                    sum += partitions->index(r, 3).data(Qt::UserRole).toLongLong();
                return sum > 0;
            }(),
            15000);
        auto *members = detail->findChild<QTableView *>(QStringLiteral("groupMembers"))->model();
        QTRY_COMPARE_WITH_TIMEOUT(members->rowCount(), 1, 10000);
        QVERIFY(members->index(0, 3).data().toString().contains(QStringLiteral("invoices")));

        // The lag chart receives points from the history: the total and the partitions.
        MetricsChart *chart = detail->chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount() > 0 && chart->graphCount() >= 2, 20000);
        QCOMPARE(chart->graph(0)->name(), QStringLiteral("total"));
        detail->setRange(GroupDetail::OneDay);
        const int updates = detail->chartUpdates();
        QTRY_VERIFY_WITH_TIMEOUT(detail->chartUpdates() > updates && chart->pointCount() > 0, 20000);

        // Reset offsets… asks for the Replay view with the group.
        QSignalSpy reset(&view, &GroupsView::resetRequested);
        detail->findChild<QAbstractButton *>(QStringLiteral("resetOffsets"))->click();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(reset.at(0).at(0).toString(), QStringLiteral("slow-billing"));

        // Speeding the group up (through the bots' registry) drains the lag.
        std::optional<Status> changed;
        view.bots().run(
            &view, [](BotRegistry &r, Connection &) { return r.setProcessingMs(2, 0); },
            [&](const Status &s) { changed = s; });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 10000);
        QVERIFY2(changed->isOk(), changed->message().c_str());
        QTRY_VERIFY_WITH_TIMEOUT(lagOf(groups, QStringLiteral("slow-billing")) < 100, 40000);
    }

    void aDayOfLagShowsMinuteAveragesFirstThenEverySecond()
    {
        if (test::testingRemote())
            QSKIP("writes six hours of history into the embedded cluster's catalog; a remote connection "
                  "keeps its "
                  "own");
        // Six hours of one group's lag, a sample a second, as the cluster would have kept it.
        const std::int64_t now = static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch());
        constexpr std::int64_t kSeconds = 6 * 3600;
        const auto written = test::runAndWait(*m_bridge, [now](Cluster &c) {
            std::vector<MetricSample> samples;
            for (std::int64_t s = kSeconds; s > 60; --s) {
                const std::int64_t t = now - s * 1000;
                samples.push_back({groupLagSeries("history-only"), t, static_cast<double>(s % 600)});
                samples.push_back(
                    {groupPartitionLagSeries("history-only", "orders", 0), t, static_cast<double>(s % 600)});
            }
            c.catalog()->appendMetrics(std::move(samples));
            return c.catalog()->flush().isOk();
        });
        QVERIFY(written && *written);

        GroupLagTracker tracker;
        GroupDetail detail(*m_bridge, tracker);
        detail.resize(1000, 700);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        auto *status = detail.findChild<QLabel *>(QStringLiteral("chartStatus"));
        std::vector<std::pair<int, QString>> drawn; // points and status at each replot
        connect(detail.chart(), &QCustomPlot::afterReplot, this,
                [&] { drawn.emplace_back(detail.chart()->pointCount(), status->text()); });
        detail.setSnapshot(m_bridge->snapshot());
        detail.setRange(GroupDetail::OneDay);
        detail.setGroup(QStringLiteral("history-only"));

        // First a minute a point, said so; then every second, at most 12 partitions + total.
        const int minutes = static_cast<int>(2 * kSeconds / 60);
        QTRY_VERIFY_WITH_TIMEOUT(!drawn.empty() && drawn.back().first >= 2 * (kSeconds - 120), 20000);
        const auto first =
            std::find_if(drawn.begin(), drawn.end(), [](const auto &d) { return d.first > 0; });
        QVERIFY(first != drawn.end() - 1);
        QVERIFY2(first->first >= minutes - 10 && first->first <= minutes + 4,
                 qPrintable(QString::number(first->first)));
        QVERIFY2(first->second.contains(QStringLiteral("Minute averages")), qPrintable(first->second));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Drag to pan")), 5000);
    }

    // A refresh of the chart reads the last seconds only and folds them into what it shows.
    void historyMergesIntoTheWindow()
    {
        LagHistory shown;
        shown.total = {{1000, 1, 1}, {2000, 2, 2}, {3000, 3, 3}};
        shown.partitions["t-0"] = {{1000, 1, 1}, {3000, 3, 3}};
        LagHistory newer;
        newer.total = {{3000, 30, 30}, {4000, 4, 4}};
        newer.partitions["t-0"] = {{4000, 4, 4}};
        // With room for one partition only, a new one is left out.
        LagHistory withNew = newer;
        withNew.partitions["t-1"] = {{4000, 9, 9}};
        QVERIFY(mergeLagHistory(shown, withNew, 3000, 2000, 1));
        QCOMPARE(shown.total.size(), std::size_t{3});
        QCOMPARE(shown.total[0].timeMs, std::int64_t{2000});
        QCOMPARE(shown.total[1].value, 30.0);
        QCOMPARE(shown.total[2].timeMs, std::int64_t{4000});
        QCOMPARE(shown.partitions.size(), std::size_t{1});
        QCOMPARE(shown.partitions["t-0"].size(), std::size_t{1});
        QCOMPARE(shown.partitions["t-0"][0].value, 4.0);
        // With room for more, it makes the caller read everything again.
        QVERIFY(!mergeLagHistory(shown, withNew, 4000, 2000, 12));
    }

    void welcomePanelHidesOnceTopicsExist()
    {
        GroupsView view(*m_bridge);
        WelcomePanel welcome(*m_bridge, view.bots());
        welcome.show();
        // The cluster has a user topic (invoices), so the panel stays hidden.
        QTest::qWait(300);
        QVERIFY(welcome.isHidden());
    }
};

QTEST_MAIN(TestGroupsView)
#include "test_groups_view.moc"
