// Every view at 900×600 in German, the longest of the translations: no button or label is
// cut, toolbars put what does not fit into their » menu, nothing scrolls sideways, and the
// Cluster diagram's legend wraps into rows inside its width.

#include "gui_fixture.h"

#include "app/translations.h"
#include "ui/cluster/cluster_diagram.h"
#include "ui/elided_label.h"
#include "ui/groups/group_detail.h"
#include "ui/groups/groups_model.h"
#include "ui/groups/groups_view.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/messages_view.h"
#include "ui/messages/record_detail.h"
#include "ui/replay/replay_view.h"
#include "ui/security/security_view.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace es;

namespace {

QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 %2 \"%3\": %4 px wide, needs %5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(w->width())
        .arg(w->sizeHint().width());
}

bool insideItemView(const QWidget *w)
{
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    return false;
}

// Every shown button and one-line label of `root` as wide as its text needs and not clipped
// sideways by what holds it. Word-wrapped labels and ElidedLabel (which writes "…" and
// shows the whole text in its tool tip) are made to be narrower; a toolbar's actions that
// do not fit are hidden in its » menu, so they are not shown here.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto check = [&](QWidget *w, const QString &text) {
        if (!w->isVisible() || text.isEmpty() || insideItemView(w))
            return;
        const QRect shown = w->visibleRegion().boundingRect();
        if (shown.isEmpty())
            return; // scrolled out of sight vertically
        if (w->width() < w->sizeHint().width() || shown.width() < w->width())
            cut << describe(w, text);
    };
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        check(b, b->text());
    for (QLabel *l : root->findChildren<QLabel *>())
        if (!l->wordWrap() && !qobject_cast<ElidedLabel *>(l))
            check(l, l->text());
    return cut;
}

} // namespace

class TestNarrowGerman : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(installTranslations(QLocale(QStringLiteral("de"))));
        m_window = test::makeWindow(m_dir);
        m_window->resize(900, 600);
        m_window->show();
        m_window->startCluster();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bridge().running(), 10000);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void welcome()
    {
        auto *start = m_window->findChild<QAbstractButton *>(QStringLiteral("startDemo"));
        QTRY_VERIFY_WITH_TIMEOUT(start && start->isVisible() && start->isEnabled(), 10000);
        expectNothingCut();
    }

    void cluster()
    {
        showPage("Cluster");
        expectNothingCut();
        // The legend's rows are inside the diagram, the last one included.
        auto *diagram = m_window->findChild<ClusterDiagram *>();
        QVERIFY(diagram && diagram->isVisible());
        const std::vector<QRect> legend = diagram->legendEntryRects();
        // Four replica kinds, a replica joining and one leaving, three link faults.
        QCOMPARE(legend.size(), std::size_t{9});
        for (const QRect &entry : legend)
            QVERIFY2(entry.left() >= 0 && entry.right() < diagram->viewport()->width(),
                     qPrintable(QStringLiteral("legend entry %1..%2 of %3 px")
                                    .arg(entry.left())
                                    .arg(entry.right())
                                    .arg(diagram->viewport()->width())));
    }

    void topics()
    {
        startDemo();
        showPage("Topics");
        expectNothingCut();
    }

    void topicDetail()
    {
        startDemo();
        m_window->showTopic(QStringLiteral("orders"));
        expectNothingCut();
    }

    void groups()
    {
        startDemo();
        showPage("Consumer groups");
        // As a user sees it: every group's trend known, the selected one's lag per partition.
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("groupsTable"));
        auto *partitions = m_window->findChild<QTableView *>(QStringLiteral("groupPartitions"));
        QVERIFY(table && partitions);
        QTRY_VERIFY_WITH_TIMEOUT(
            partitions->isVisible() && partitions->model()->rowCount() > 0 && allTrendsKnown(table), 60000);
        expectNothingCut();
        // The columns a user watches are in sight in the list, lag included.
        const int lagEnd =
            table->columnViewportPosition(GroupsModel::Lag) + table->columnWidth(GroupsModel::Lag);
        QVERIFY2(lagEnd <= table->viewport()->width(),
                 qPrintable(
                     QStringLiteral("lag ends at %1 of %2 px").arg(lagEnd).arg(table->viewport()->width())));
    }

    void groupDetail()
    {
        startDemo();
        m_window->showGroup(QStringLiteral("analytics"));
        auto *detail = m_window->findChild<GroupDetail *>();
        QTRY_VERIFY(detail->isVisible());
        expectNothingCut();
        // Its actions are one toolbar, whose » menu holds those that do not fit.
        auto *actions = detail->findChild<QToolBar *>(QStringLiteral("groupActions"));
        QVERIFY(actions);
        QVERIFY(actions->actions().size() >= 3);
    }

    void messages()
    {
        startDemo();
        showPage("Messages");
        auto *view = m_window->findChild<MessagesView *>();
        view->showTopic(QStringLiteral("orders"));
        // Records listed and one of them selected, so the detail shows it.
        QTRY_VERIFY_WITH_TIMEOUT(view->table()->model()->rowCount() > 0, 20000);
        view->table()->selectRow(0);
        auto *detail = m_window->findChild<RecordDetail *>();
        QTRY_VERIFY_WITH_TIMEOUT(detail && detail->isVisible() && detail->record().has_value(), 10000);
        expectNothingCut();
        // Every field of the browse line in sight, the last one (Open) included.
        auto *bar = m_window->findChild<BrowseBar *>();
        QVERIFY(bar->openButton()->isVisible());
        QVERIFY(bar->openButton()->visibleRegion().boundingRect().width() == bar->openButton()->width());
    }

    void produce()
    {
        startDemo();
        showPage("Produce");
        expectNothingCut();
    }

    void replay()
    {
        startDemo();
        showPage("Replay");
        m_window->findChild<ReplayView *>()->showGroup(QStringLiteral("billing"));
        expectNothingCut();
    }

    void events()
    {
        startDemo();
        showPage("Events");
        expectNothingCut();
    }

    void metrics()
    {
        startDemo();
        showPage("Metrics");
        expectNothingCut();
    }

    void security()
    {
        auto *view = m_window->findChild<SecurityView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->available(), 10000);
        showPage("Security");
        // Each section as it shows once read: listeners, users, ACLs with the denials.
        for (int tab = 0; tab < view->tabs()->count(); ++tab) {
            if (!view->tabs()->isTabVisible(tab))
                continue;
            view->tabs()->setCurrentIndex(tab);
            QSignalSpy read(view, &SecurityView::refreshed);
            view->refresh();
            QVERIFY(read.wait(5000));
            expectNothingCut();
        }
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    // The demo's topics and groups, once, after the welcome panel was looked at.
    void startDemo()
    {
        if (m_demo)
            return;
        auto *start = m_window->findChild<QAbstractButton *>(QStringLiteral("startDemo"));
        QTRY_VERIFY_WITH_TIMEOUT(start && start->isVisible() && start->isEnabled(), 10000);
        start->click();
        QTRY_VERIFY_WITH_TIMEOUT(hasGroup("analytics") && hasGroup("billing"), 30000);
        m_demo = true;
    }

    [[nodiscard]] bool hasGroup(const char *id) const
    {
        const ClusterSnapshotPtr s = m_window->bridge().snapshot();
        if (!s)
            return false;
        for (const auto &g : s->groups)
            if (g.group.groupId == id)
                return true;
        return false;
    }

    // Every row of `table` has a known trend: a text, not "…" while lag is being measured.
    static bool allTrendsKnown(const QTableView *table)
    {
        const QAbstractItemModel *model = table->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, GroupsModel::Trend).data().toString().size() < 2)
                return false;
        return model->rowCount() > 0;
    }

    // `title` is the page's English name; the sidebar shows it translated.
    void showPage(const char *title)
    {
        auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
        const auto items =
            sidebar->findItems(QCoreApplication::translate("es::MainWindow", title), Qt::MatchExactly);
        QVERIFY2(!items.isEmpty(), title);
        sidebar->setCurrentItem(items.first());
    }

    void expectNothingCut()
    {
        QTest::qWait(300); // the layouts run, a snapshot or two arrives
        QCOMPARE(m_window->width(), 900);
        auto *content = m_window->findChild<QScrollArea *>(QStringLiteral("contentScroll"));
        QVERIFY(content);
        QCOMPARE(content->horizontalScrollBar()->maximum(), 0);
        const QStringList cut = cutTexts(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    bool m_demo = false;
};

QTEST_MAIN(TestNarrowGerman)
#include "test_narrow_german.moc"
