// Send many in a 900x600 window: its progress and outcome are in view without scrolling,
// and text appearing there (a problem, a run's progress, its outcome) moves nothing.

#include "view_test_cluster.h"

#include "ui/main_window.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace es;

namespace {

// True when every pixel of `w` is on screen in `window`: not scrolled away, not cut.
bool wholeInView(const QWidget &w, const QWidget &window)
{
    if (!w.isVisible() || w.visibleRegion().boundingRect() != w.rect())
        return false;
    const QRect inWindow(w.mapTo(&window, QPoint(0, 0)), w.size());
    return window.rect().contains(inWindow);
}

QRect placeOf(const QWidget &w, const QWidget &window) { return {w.mapTo(&window, QPoint(0, 0)), w.size()}; }

} // namespace

class TestProduceLayout : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto bridge = test::startBridge(m_dir);
        QVERIFY2(bridge, "the cluster did not start");
        const auto created = test::runAndWaitOnConnection(
            *bridge,
            [](Connection &c) {
                CreateTopicSpec spec;
                spec.name = "orders";
                spec.partitions = 3;
                spec.replicationFactor = 1;
                return c.createTopic(spec).ok();
            },
            10000);
        QVERIFY(created && *created);
        m_window = std::make_unique<MainWindow>(std::move(bridge));
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *sidebar = child<QListWidget>("sidebar");
        QVERIFY(sidebar);
        const auto items = sidebar->findItems(QStringLiteral("Produce"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        sidebar->setCurrentItem(items.front());
        QTRY_VERIFY(child<QProgressBar>("bulkProgress")->isVisible());
    }

    void cleanupTestCase() { m_window.reset(); }

    void progressAndOutcomeAreInViewAndStayPut()
    {
        auto *progress = child<QProgressBar>("bulkProgress");
        auto *status = child<QLabel>("bulkStatus");
        auto *start = child<QPushButton>("bulkStart");
        QVERIFY(progress && status && start);
        QCOMPARE(m_window->size(), QSize(900, 600));
        // (Once the window has laid itself out for the view.)
        QTRY_VERIFY(wholeInView(*progress, *m_window));
        QVERIFY(wholeInView(*status, *m_window));
        QVERIFY(wholeInView(*start, *m_window));
        const QRect statusBefore = placeOf(*status, *m_window);
        const QRect progressBefore = placeOf(*progress, *m_window);
        const QRect startBefore = placeOf(*start, *m_window);

        // A problem shows beside them without moving them.
        child<QRadioButton>("fileMode")->setChecked(true);
        child<QLineEdit>("importPath")->clear();
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        auto *problem = child<QLabel>("bulkProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(wholeInView(*problem, *m_window));
        QCOMPARE(placeOf(*status, *m_window), statusBefore);
        QCOMPARE(placeOf(*progress, *m_window), progressBefore);

        // A run: its progress and outcome, in view, and nothing moves.
        child<QComboBox>("topic")->setCurrentText(QStringLiteral("orders"));
        child<QRadioButton>("countMode")->setChecked(true);
        child<QSpinBox>("bulkCount")->setValue(200);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("200")) && start->isEnabled(), 30000);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QVERIFY(wholeInView(*status, *m_window));
        QCOMPARE(placeOf(*status, *m_window), statusBefore);
        QCOMPARE(placeOf(*progress, *m_window), progressBefore);
        QCOMPARE(placeOf(*start, *m_window), startBefore);
        QCOMPARE(progress->value(), progress->maximum());
    }
};

QTEST_MAIN(TestProduceLayout)
#include "test_produce_layout.moc"
