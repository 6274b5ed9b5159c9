// The simulated clients as a daily user meets them: a stopped bot starts again and its
// rate shows again, the bots come back as they were when the application starts again on
// the same data directory, and the demo can be started again, also after the welcome
// banner was dismissed.

#include "view_test_cluster.h"

#include "ui/bots/bot_host.h"
#include "ui/bots/bot_store.h"
#include "ui/bots/bots_model.h"
#include "ui/bots/bots_panel.h"
#include "ui/groups/groups_view.h"
#include "ui/welcome/welcome_panel.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace es;

namespace {

QString cell(const BotsPanel &panel, int row, int column)
{
    return panel.model()->index(row, column).data().toString();
}

int rowNamed(const BotsPanel &panel, const QString &name)
{
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        if (cell(panel, row, BotsModel::Name).startsWith(name))
            return row;
    return -1;
}

bool running(const BotsPanel &panel, int row)
{
    return panel.model()->index(row, 0).data(BotsModel::RunningRole).toBool();
}

// "12/s" and the like, with a figure above zero.
bool showsARate(const QString &text)
{
    return text.endsWith(QStringLiteral("/s")) && text != QStringLiteral("0/s") &&
           text != QStringLiteral("0.0/s");
}

ProducerBotConfig producer(const std::string &name, double rate)
{
    ProducerBotConfig c;
    c.name = name;
    c.topic = "feed";
    c.ratePerSecond = rate;
    return c;
}

} // namespace

class TestBotsPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<GroupsView> m_view;

    // The application (the views on a cluster) starting on the data directory.
    bool open()
    {
        m_bridge = test::startBridge(*m_dir);
        if (!m_bridge)
            return false;
        m_view = std::make_unique<GroupsView>(*m_bridge);
        m_view->resize(1000, 600);
        m_view->show();
        m_view->showBots();
        return QTest::qWaitForWindowExposed(m_view.get()) &&
               QTest::qWaitFor([this] { return m_view->bots().ready(); }, 15000);
    }

    // ... and quitting: the views go first, the cluster after them.
    void close()
    {
        m_view.reset();
        m_bridge.reset();
    }

    BotsPanel &panel() const { return *m_view->botsPanel(); }

    QPushButton *button(const char *name) const
    {
        return panel().findChild<QPushButton *>(QString::fromLatin1(name));
    }

    void select(int row) const { panel().table()->selectRow(row); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY2(open(), "the cluster did not start");
        const auto created = test::runAndWaitOnConnection(
            *m_bridge,
            [](Connection &c) {
                CreateTopicSpec spec;
                spec.name = "feed";
                spec.partitions = 2;
                spec.replicationFactor = 1;
                AdminResult r = c.createTopic(spec);
                return r.ok() || r.error == ErrorCode::TopicAlreadyExists;
            },
            10000);
        QVERIFY(created && *created);
    }

    void cleanup()
    {
        close();
        m_dir.reset();
    }

    void aStoppedBotStartsAgainAndItsRateShows()
    {
        panel().addProducer(producer("steady", 50));
        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(showsARate(cell(panel(), 0, BotsModel::Actual)), 15000);
        select(0);
        QPushButton *toggle = button("startStopBot");
        QVERIFY(toggle && toggle->isEnabled());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!running(panel(), 0), 10000);
        // Stopped: no rate of its last seconds, no configured rate that does not apply.
        QCOMPARE(cell(panel(), 0, BotsModel::Actual), QStringLiteral("—"));
        QCOMPARE(cell(panel(), 0, BotsModel::Rate), QStringLiteral("—"));
        QTRY_VERIFY(toggle->text().remove(QLatin1Char('&')) == QStringLiteral("Start"));
        QVERIFY(toggle->isEnabled());

        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(running(panel(), 0), 10000);
        QCOMPARE(panel().model()->rowCount(), 1); // the same bot, not another one
        QTRY_VERIFY_WITH_TIMEOUT(showsARate(cell(panel(), 0, BotsModel::Actual)), 15000);
        QCOMPARE(cell(panel(), 0, BotsModel::Rate), QStringLiteral("50/s"));
        QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Stop"));
    }

    void botsAreBackAfterTheApplicationStartsAgain()
    {
        panel().addProducer(producer("runs", 30));
        panel().addProducer(producer("rests", 20));
        ConsumerGroupBotConfig group;
        group.groupId = "readers";
        group.topics = {"feed"};
        group.members = 2;
        group.processingMs = 5;
        panel().addGroup(group);
        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->rowCount(), 3, 10000);
        select(rowNamed(panel(), QStringLiteral("rests")));
        QTest::mouseClick(button("startStopBot"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!running(panel(), rowNamed(panel(), QStringLiteral("rests"))), 10000);
        QVERIFY(QFile::exists(QDir(m_bridge->settings().dataDir).filePath(BotStore::fileName())));

        close();
        QVERIFY2(open(), "the cluster did not start again");

        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->rowCount(), 3, 10000);
        const int runs = rowNamed(panel(), QStringLiteral("runs"));
        const int rests = rowNamed(panel(), QStringLiteral("rests"));
        const int readers = rowNamed(panel(), QStringLiteral("readers"));
        QVERIFY(runs >= 0 && rests >= 0 && readers >= 0);
        QVERIFY(running(panel(), runs));
        QVERIFY(!running(panel(), rests));
        QVERIFY(running(panel(), readers));
        QCOMPARE(cell(panel(), runs, BotsModel::Rate), QStringLiteral("30/s"));
        QTRY_VERIFY_WITH_TIMEOUT(showsARate(cell(panel(), runs, BotsModel::Actual)), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(panel(), readers, BotsModel::Members), QStringLiteral("2"), 10000);
        QCOMPARE(cell(panel(), rests, BotsModel::Actual), QStringLiteral("—"));

        // The one that was stopped starts as it was set up.
        select(rests);
        QTest::mouseClick(button("startStopBot"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(running(panel(), rowNamed(panel(), QStringLiteral("rests"))), 10000);
        QCOMPARE(cell(panel(), rowNamed(panel(), QStringLiteral("rests")), BotsModel::Rate),
                 QStringLiteral("20/s"));
    }

    void theDemoStartsAgainAfterDismissalAndRestart()
    {
        // The welcome banner is dismissed: the Bots view still offers the demo.
        WelcomePanel welcome(*m_bridge, m_view->bots());
        welcome.findChild<QPushButton *>(QStringLiteral("dismissWelcome"))->click();
        QVERIFY(welcome.isHidden());
        QPushButton *demo = button("startDemoBots");
        QVERIFY(demo);
        QTRY_VERIFY_WITH_TIMEOUT(demo->isEnabled(), 10000);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->rowCount(), 6, 20000);
        QTRY_VERIFY(demo->isEnabled());

        // A demo bot stopped; the demo started again starts it, and doubles nothing.
        const int billing = rowNamed(panel(), QStringLiteral("billing"));
        QVERIFY(billing >= 0);
        select(billing);
        QTest::mouseClick(button("startStopBot"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!running(panel(), rowNamed(panel(), QStringLiteral("billing"))), 10000);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(running(panel(), rowNamed(panel(), QStringLiteral("billing"))), 15000);
        QCOMPARE(panel().model()->rowCount(), 6);

        // After a restart, again.
        close();
        QVERIFY2(open(), "the cluster did not start again");
        QTRY_COMPARE_WITH_TIMEOUT(panel().model()->rowCount(), 6, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(button("startDemoBots")->isEnabled(), 10000);
        QTest::mouseClick(button("startDemoBots"), Qt::LeftButton);
        const auto *status = panel().findChild<QLabel *>(QStringLiteral("botsStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("demo runs")), 15000);
        QCOMPARE(panel().model()->rowCount(), 6);
        for (int row = 0; row < 6; ++row)
            QVERIFY2(running(panel(), row), qPrintable(cell(panel(), row, BotsModel::Name)));
    }
};

QTEST_MAIN(TestBotsPanel)
#include "test_bots_panel.moc"
