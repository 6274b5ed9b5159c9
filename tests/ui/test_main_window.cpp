#include "gui_fixture.h"

#include "ui/app_restart.h"
#include "ui/cluster_bridge.h"
#include "ui/language_settings.h"
#include "ui/main_window.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using es::ClusterSettings;
using es::MainWindow;

namespace {

ClusterSettings demoSettings(int brokers = 3, quint16 basePort = 9092)
{
    ClusterSettings s;
    s.dataDir = QDir::homePath() + QStringLiteral("/eventscope-test/clusters/demo");
    s.brokerCount = brokers;
    s.basePort = basePort;
    return s;
}

QString labelText(const QWidget &window, const char *name)
{
    const auto *label = window.findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QString();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void titleNamesTheCluster()
    {
        MainWindow window(demoSettings());
        QCOMPARE(window.windowTitle(), QStringLiteral("Eventscope — demo cluster"));
    }

    void sidebarKeepsItsWidthWhateverAViewAsksFor()
    {
        // The topic detail asks for more width than a 900 px window has (its buttons, more
        // so in German). Neither the sidebar nor the window may pay for it: the window
        // stays on the screen and the sidebar shows every view whole.
        MainWindow window(demoSettings());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QWidget *side = sidebar->parentWidget();
        const int width = side->width();
        QVERIFY2(width >= side->minimumWidth(), qPrintable(QString::number(width)));

        window.showTopic(QStringLiteral("orders"));
        QTest::qWait(50); // the layouts run
        QCOMPARE(window.width(), 900);
        QCOMPARE(side->width(), width);
        QVERIFY(!sidebar->horizontalScrollBar()->isVisible());
        // The topic's actions that do not fit go into the toolbar's menu: the view is as
        // wide as the window leaves it, with nothing to scroll sideways to.
        auto *content = window.findChild<QScrollArea *>(QStringLiteral("contentScroll"));
        QVERIFY(content);
        QCOMPARE(content->horizontalScrollBar()->maximum(), 0);
        auto *actions = window.findChild<QToolBar *>(QStringLiteral("topicActions"));
        QVERIFY(actions);
        QVERIFY(actions->actions().size() >= 4);
        QVERIFY(actions->geometry().right() <= content->viewport()->width());
        // Back on another view, the sidebar is as wide as before.
        window.showBroker(1);
        QTest::qWait(50);
        QCOMPARE(window.width(), 900);
        QCOMPARE(side->width(), width);
    }

    void bootstrapLabelListsEveryBroker_data()
    {
        QTest::addColumn<int>("brokers");
        QTest::addColumn<int>("basePort");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << 9092 << "127.0.0.1:9092";
        QTest::newRow("three") << 3 << 9092 << "127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094";
        QTest::newRow("nine from 19092")
            << 9 << 19092
            << "127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094,127.0.0.1:19095,127.0.0.1:19096,"
               "127.0.0.1:19097,127.0.0.1:19098,127.0.0.1:19099,127.0.0.1:19100";
    }

    void bootstrapLabelListsEveryBroker()
    {
        QFETCH(int, brokers);
        QFETCH(int, basePort);
        QFETCH(QString, expected);
        MainWindow window(demoSettings(brokers, static_cast<quint16>(basePort)));
        const QString text = labelText(window, "bootstrapLabel");
        QVERIFY2(text.endsWith(expected), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("127.0.0.1:")), brokers);
    }

    void copyButtonPutsBootstrapServersOnTheClipboard()
    {
        MainWindow window(demoSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QGuiApplication::clipboard()->clear();

        auto *copy = window.findChild<QAbstractButton *>(QStringLiteral("copyBootstrapButton"));
        QVERIFY(copy);
        QVERIFY(copy->isVisible());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094"));
    }

    void sidebarLeadsToTheViews()
    {
        MainWindow window(demoSettings());
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles << sidebar->item(i)->text();
        const QStringList expected{QStringLiteral("Cluster"),         QStringLiteral("Topics"),
                                   QStringLiteral("Messages"),        QStringLiteral("Produce"),
                                   QStringLiteral("Consumer groups"), QStringLiteral("Replay"),
                                   QStringLiteral("Events"),          QStringLiteral("Metrics"),
                                   QStringLiteral("Security")};
        QCOMPARE(titles, expected);
        for (int i = 0; i < sidebar->count(); ++i)
            QVERIFY2(!sidebar->item(i)->toolTip().isEmpty(), qPrintable(titles[i]));
    }

    void statusBarSaysTheClusterIsStartingUntilItRuns()
    {
        MainWindow window(demoSettings());
        QCOMPARE(labelText(window, "clusterState"), QStringLiteral("Starting the cluster…"));
    }

    void sidebarSelectsThePageAndHasTheFocus()
    {
        MainWindow window(demoSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(sidebar->focusPolicy() & Qt::TabFocus);
        QCOMPARE(QApplication::focusWidget(), sidebar);

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        QCOMPARE(sidebar->count(), pages->count());
        QCOMPARE(sidebar->currentRow(), 0);
        QCOMPARE(pages->currentIndex(), 0);
    }

    void theWelcomeDemoFillsAnEmptyClusterAndLeadsToTheGroups()
    {
        QTemporaryDir dir;
        auto window = es::test::makeWindow(dir);
        window->show();
        window->startCluster();
        auto *welcome = window->findChild<QWidget *>(QStringLiteral("welcomePanel"));
        QVERIFY(welcome);
        auto *start = welcome->findChild<QAbstractButton *>(QStringLiteral("startDemo"));
        QVERIFY(start);
        // Shown while the running cluster has no topics of the user's.
        QTRY_VERIFY_WITH_TIMEOUT(welcome->isVisible() && start->isEnabled(), 15000);
        start->click();

        auto *sidebar = window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->currentItem()->text(), QStringLiteral("Consumer groups"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!welcome->isVisible(), 15000);
        // The demo's groups consume for real.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto snap = window->bridge().snapshot();
                return snap && snap->groups.size() >= 3;
            }(),
            20000);
    }

    void brokerTableShowsWholeAddressesAndStates()
    {
        // The first thing a new user sees: the broker table under the welcome panel, filled
        // while the window lays itself out. No column may cut its text short.
        QTemporaryDir dir;
        auto window = es::test::makeWindow(dir);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->startCluster();
        auto *table = window->findChild<QTableView *>(QStringLiteral("brokerTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(window->bridge().running() && table->model()->rowCount() == 3, 15000);
        const auto wholeTextFits = [table] {
            QStyleOptionViewItem option;
            option.initFrom(table->viewport());
            for (int row = 0; row < table->model()->rowCount(); ++row)
                for (int column = 0; column < table->model()->columnCount(); ++column) {
                    const QModelIndex index = table->model()->index(row, column);
                    const int needed = table->itemDelegateForIndex(index)->sizeHint(option, index).width();
                    if (table->horizontalHeader()->sectionSize(column) < needed) {
                        qWarning("column %d is %d px for \"%s\", which needs %d", column,
                                 table->horizontalHeader()->sectionSize(column),
                                 qPrintable(index.data().toString()), needed);
                        return false;
                    }
                }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(wholeTextFits(), 5000);
        QTest::qWait(300); // a few snapshots later, still whole
        QVERIFY(wholeTextFits());
    }

    void ctrlQCloses()
    {
        MainWindow window(demoSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void windowIconIsCompiledIn()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/icons/eventscope.svg")));
        MainWindow window(demoSettings());
        QVERIFY(!window.windowIcon().pixmap(32, 32).isNull());
    }

    // Last: a restart closes every window. A new language is offered a restart at once; the
    // cluster's data stay in its data directory for the new process.
    void aLanguageChangeOffersARestart()
    {
        const QString before = es::LanguageSettings::saved();
        MainWindow window(demoSettings());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        // English is always there; other languages only where their translations are compiled in.
        QAction *english = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().endsWith(QStringLiteral("English")))
                english = action;
        QVERIFY(english);
        // Answers the question the language change asks with the named button.
        const auto answer = [&](const char *button) {
            QTimer::singleShot(0, &window, [&window, button] {
                auto *box = window.findChild<QMessageBox *>(QStringLiteral("languageRestart"));
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("Restart now?")));
                auto *chosen = box->findChild<QAbstractButton *>(QString::fromLatin1(button));
                if (chosen)
                    chosen->click();
                else
                    box->reject();
            });
        };
        answer("later");
        english->trigger();
        QCOMPARE(es::LanguageSettings::saved(), QStringLiteral("en"));
        QVERIFY(!es::AppRestart::requested());
        QVERIFY(window.isVisible());

        answer("restartNow");
        english->trigger();
        QVERIFY(es::AppRestart::requested());
        QTRY_VERIFY(!window.isVisible());
        es::LanguageSettings::save(before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
