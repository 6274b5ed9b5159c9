// Date and time fields the user has not set follow the clock: each shows the time it is
// when it is shown or enabled, not the time its view was made (Messages' start time and
// search window, Produce's chosen time, Re-publish's window, the time a group's offsets are
// reset to). A value the user set stays as they set it.
// No cluster runs: the fields' defaults need none.

#include "ui/cluster_bridge.h"
#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"
#include "ui/produce/produce_view.h"
#include "ui/replay/republish_panel.h"
#include "ui/replay/reset_offsets_panel.h"

#ifndef Q_MOC_RUN
#include "replay/offset_reset_plan.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace es;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

qint64 secondsOf(const QDateTimeEdit *edit) { return edit->dateTime().toSecsSinceEpoch(); }

// The user changes the field with the keyboard (the arrow steps its first section).
void stepByKeyboard(QDateTimeEdit *edit)
{
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_Up);
}

void hideAndShow(QWidget *w)
{
    w->hide();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
}

} // namespace

class TestDateTimeDefaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge; // never started
    std::unique_ptr<BrowseBar> m_browse;
    std::unique_ptr<FilterBar> m_filter;
    std::unique_ptr<ProduceView> m_produce;
    std::unique_ptr<RepublishPanel> m_republish;
    std::unique_ptr<ResetOffsetsPanel> m_reset;
    qint64 m_later = 0; // seconds since the epoch, well after the views were made

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ClusterSettings settings;
        settings.dataDir = m_dir.path();
        m_bridge = std::make_unique<ClusterBridge>(settings);
        m_browse = std::make_unique<BrowseBar>();
        m_filter = std::make_unique<FilterBar>();
        m_produce = std::make_unique<ProduceView>(*m_bridge);
        m_republish = std::make_unique<RepublishPanel>(*m_bridge);
        m_reset = std::make_unique<ResetOffsetsPanel>(*m_bridge);
        for (QWidget *w : std::initializer_list<QWidget *>{m_browse.get(), m_filter.get(), m_produce.get(),
                                                           m_republish.get(), m_reset.get()}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
        }
        // The clock moves on past the second the views were made in, as it does in an
        // application left open.
        QTest::qWait(1500);
        m_later = QDateTime::currentSecsSinceEpoch();
    }

    void cleanupTestCase()
    {
        m_browse.reset();
        m_filter.reset();
        m_produce.reset();
        m_republish.reset();
        m_reset.reset(); // the views go before the bridge
        m_bridge.reset();
    }

    void messagesStartTimeIsAnHourBeforeItIsChosen()
    {
        auto *time = child<QDateTimeEdit>(*m_browse, "startTime");
        m_browse->setStart(StartKind::Timestamp);
        QVERIFY(time->isVisible());
        QVERIFY2(secondsOf(time) >= m_later - 3600, qPrintable(time->dateTime().toString(Qt::ISODate)));

        stepByKeyboard(time);
        const QDateTime set = time->dateTime();
        hideAndShow(m_browse.get());
        QCOMPARE(time->dateTime(), set);
    }

    void messagesStartTimeThatWasOpenedStays()
    {
        BrowseBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.setTopic(QStringLiteral("orders"));
        bar.setStart(StartKind::Timestamp);
        QString error;
        const std::optional<BrowseRequest> opened = bar.request(&error);
        QVERIFY2(opened, qPrintable(error));
        bar.setApplied(*opened);
        QTest::qWait(1100);
        hideAndShow(&bar);
        // The table shows records from that time: the field must not say otherwise.
        QCOMPARE(bar.request(&error)->timestampMs, opened->timestampMs);
        QVERIFY(!bar.changesPending());
    }

    void searchWindowIsTheLastHourWhenTicked()
    {
        auto *from = child<QDateTimeEdit>(*m_filter, "filterFrom");
        auto *to = child<QDateTimeEdit>(*m_filter, "filterTo");
        QTest::mouseClick(child<QCheckBox>(*m_filter, "filterUseTo"), Qt::LeftButton);
        QVERIFY(to->isEnabled());
        QVERIFY2(secondsOf(to) >= m_later, qPrintable(to->dateTime().toString(Qt::ISODate)));
        QTest::mouseClick(child<QCheckBox>(*m_filter, "filterUseFrom"), Qt::LeftButton);
        QVERIFY(from->isEnabled());
        QVERIFY2(secondsOf(from) >= m_later - 3600, qPrintable(from->dateTime().toString(Qt::ISODate)));

        // The user's end stays as they set it.
        stepByKeyboard(to);
        const QDateTime set = to->dateTime();
        QTest::mouseClick(child<QCheckBox>(*m_filter, "filterUseTo"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(*m_filter, "filterUseTo"), Qt::LeftButton);
        QCOMPARE(to->dateTime(), set);
    }

    void produceChosenTimeIsNowWhenTicked()
    {
        auto *time = child<QDateTimeEdit>(*m_produce, "timestamp");
        QTest::mouseClick(child<QCheckBox>(*m_produce, "chooseTime"), Qt::LeftButton);
        QVERIFY(time->isEnabled());
        QVERIFY2(secondsOf(time) >= m_later, qPrintable(time->dateTime().toString(Qt::ISODate)));

        stepByKeyboard(time);
        const QDateTime set = time->dateTime();
        QTest::mouseClick(child<QCheckBox>(*m_produce, "chooseTime"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(*m_produce, "chooseTime"), Qt::LeftButton);
        QCOMPARE(time->dateTime(), set);
    }

    void republishWindowIsTheLastHourWhenChosen()
    {
        auto *from = child<QDateTimeEdit>(*m_republish, "windowFrom");
        auto *to = child<QDateTimeEdit>(*m_republish, "windowTo");
        QTest::mouseClick(child<QRadioButton>(*m_republish, "byTime"), Qt::LeftButton);
        QVERIFY(to->isEnabled());
        QVERIFY2(secondsOf(to) >= m_later, qPrintable(to->dateTime().toString(Qt::ISODate)));
        QVERIFY2(secondsOf(from) >= m_later - 3600, qPrintable(from->dateTime().toString(Qt::ISODate)));

        // The user's end stays; the start nobody set still follows the clock.
        stepByKeyboard(to);
        const QDateTime set = to->dateTime();
        QTest::mouseClick(child<QRadioButton>(*m_republish, "byOffsets"), Qt::LeftButton);
        QTest::qWait(1100);
        const qint64 rechosen = QDateTime::currentSecsSinceEpoch();
        QTest::mouseClick(child<QRadioButton>(*m_republish, "byTime"), Qt::LeftButton);
        QCOMPARE(to->dateTime(), set);
        QVERIFY(secondsOf(from) >= rechosen - 3600);
    }

    void resetTimeIsAnHourBeforeItIsChosen()
    {
        auto *time = child<QDateTimeEdit>(*m_reset, "resetTime");
        auto *mode = child<QComboBox>(*m_reset, "resetMode");
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ToTimestamp)));
        QVERIFY(time->isVisible());
        QVERIFY2(secondsOf(time) >= m_later - 3600, qPrintable(time->dateTime().toString(Qt::ISODate)));

        stepByKeyboard(time);
        const QDateTime set = time->dateTime();
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ToEarliest)));
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ToTimestamp)));
        QCOMPARE(time->dateTime(), set);
    }
};

QTEST_MAIN(TestDateTimeDefaults)
#include "test_date_time_defaults.moc"
