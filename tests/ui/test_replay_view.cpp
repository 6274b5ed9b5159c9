// The Replay view against a real embedded cluster: the preview table shows the plan,
// applying through the view changes the engine's committed offsets, a group with active
// members is refused with the members named, and a re-publish copies through the view:
// its offset ranges include both ends, it has no target until the user picks one, copying
// a topic into itself is confirmed first, and a new target topic is created.
// With ES_SCREENSHOT_DIR set, it also saves PNGs of both tabs there.

#include "view_test_cluster.h"

#include "ui/replay/range_text.h"
#include "ui/replay/replay_view.h"
#include "ui/replay/republish_panel.h"
#include "ui/replay/reset_offsets_panel.h"
#include "ui/replay/reset_preview_model.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "client/admin.h"
#include "cluster/cluster.h"
#endif

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace es;

namespace {

// Record timestamps an hour ago, so that retention keeps them.
const std::int64_t kBase = std::chrono::duration_cast<std::chrono::milliseconds>(
                               (std::chrono::system_clock::now() - std::chrono::hours(1)).time_since_epoch())
                               .count();

// A group member consuming on its own thread until destroyed.
class ActiveMember {
public:
    ActiveMember(Cluster &cluster, const std::string &group, const std::string &topic,
                 const std::string &clientId)
    {
        ConsumerConfig config;
        config.groupId = group;
        config.clientId = clientId;
        config.sessionTimeoutMs = 2000;
        config.heartbeatIntervalMs = 100;
        config.enableAutoCommit = false;
        m_consumer = std::make_unique<Consumer>(cluster, config);
        m_consumer->subscribe({topic});
        m_thread = std::thread([this] {
            while (!m_stop)
                m_consumer->poll(std::chrono::milliseconds(20));
        });
    }
    ~ActiveMember()
    {
        m_stop = true;
        m_thread.join();
        m_consumer->close();
    }

private:
    std::unique_ptr<Consumer> m_consumer;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestReplayView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<ReplayView> m_view;
    Cluster *m_cluster = nullptr; // for the test's own consumers; lives as long as the bridge

    template <typename T>
    T *child(const char *name) const
    {
        return m_view->findChild<T *>(QLatin1String(name));
    }

    std::map<TopicPartition, std::int64_t> committed(const std::string &group) const
    {
        auto result = test::runAndWait(*m_bridge, [group](Cluster &c) {
            std::map<TopicPartition, std::int64_t> out;
            if (auto g = test::groupView(c, group))
                for (const auto &[tp, o] : g->group.offsets)
                    out[tp] = o.offset;
            return out;
        });
        return result.value_or(std::map<TopicPartition, std::int64_t>{});
    }

    void saveScreenshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ES_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_view->grab().save(dir + QLatin1Char('/') + name));
    }

    void preview() { QTest::mouseClick(child<QPushButton>("previewReset"), Qt::LeftButton); }

    const TopicSnapshot *topicShown(const std::string &name) const
    {
        const ClusterSnapshotPtr snapshot = m_bridge->snapshot();
        if (snapshot)
            for (const TopicSnapshot &t : snapshot->topics)
                if (t.name == name)
                    return &t;
        return nullptr;
    }

    std::int64_t recordsIn(const std::string &topic) const
    {
        const TopicSnapshot *t = topicShown(topic);
        std::int64_t n = 0;
        if (t)
            for (const PartitionSnapshot &p : t->partitions)
                n += p.highWatermark - p.logStartOffset;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        auto ready = test::runAndWait(*m_bridge, [](Cluster &c) {
            for (const char *name : {"orders", "orders-copy"}) {
                CreateTopicSpec spec;
                spec.name = name;
                spec.partitions = 3;
                if (!c.createTopic(spec).ok())
                    return static_cast<Cluster *>(nullptr);
            }
            if (!c.waitUntilReady(std::chrono::seconds(10)))
                return static_cast<Cluster *>(nullptr);
            Producer producer(c);
            for (int i = 0; i < 30; ++i)
                for (int p = 0; p < 3; ++p) {
                    ProducerRecord r;
                    r.topic = "orders";
                    r.partition = p;
                    r.key = test::bytesOf("order-" + std::to_string(i));
                    r.value = test::bytesOf(R"({"amount": )" + std::to_string(i * 10) + "}");
                    r.timestamp = kBase + i * 1000;
                    producer.send(std::move(r));
                }
            producer.flush(std::chrono::seconds(20));
            std::map<TopicPartition, std::int64_t> offsets;
            for (int p = 0; p < 3; ++p)
                offsets[{"orders", p}] = 20;
            return Admin(c).resetGroupOffsets("billing", offsets).ok() ? &c : nullptr;
        });
        QVERIFY(ready && *ready);
        m_cluster = *ready;
        QTRY_VERIFY_WITH_TIMEOUT(committed("billing").size() == 3, 10000);

        m_view = std::make_unique<ReplayView>(*m_bridge);
        m_view->resize(1000, 620);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset(); // before the bridge
        m_bridge.reset();
    }

    void previewShowsThePlan()
    {
        m_view->showGroup(QStringLiteral("billing"));
        auto *mode = child<QComboBox>("resetMode");
        QTRY_VERIFY(child<QComboBox>("resetGroup")->currentText() == QLatin1String("billing"));
        QTRY_VERIFY(child<QLabel>("groupState")->text().contains(QLatin1String("Empty")));
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ShiftBy)));
        child<QLineEdit>("resetValue")->setText(QStringLiteral("-5"));
        preview();

        const QAbstractItemModel *model = child<QTableView>("resetPreview")->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(cell(model, row, ResetPreviewModel::Topic), QStringLiteral("orders"));
            QCOMPARE(cell(model, row, ResetPreviewModel::Partition), QString::number(row));
            QCOMPARE(cell(model, row, ResetPreviewModel::Current), QStringLiteral("20"));
            QCOMPARE(cell(model, row, ResetPreviewModel::New), QStringLiteral("15"));
            QCOMPARE(cell(model, row, ResetPreviewModel::HighWatermark), QStringLiteral("30"));
            QCOMPARE(cell(model, row, ResetPreviewModel::Change), QStringLiteral("re-consume 5"));
        }
        QVERIFY(child<QLabel>("resetSummary")
                    ->text()
                    .contains(QLatin1String("15 records will be consumed again")));
        QVERIFY(child<QPushButton>("applyReset")->isEnabled());
        saveScreenshot(QStringLiteral("replay-reset.png"));

        // Changing the inputs drops the plan: Apply must not write what is no longer shown.
        child<QLineEdit>("resetValue")->setText(QStringLiteral("+500"));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!child<QPushButton>("applyReset")->isEnabled());
        preview();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QCOMPARE(cell(model, 0, ResetPreviewModel::New), QStringLiteral("30"));
        QVERIFY(cell(model, 0, ResetPreviewModel::Change).startsWith(QLatin1String("skip 10")));
    }

    void applyingChangesTheCommittedOffsets()
    {
        auto *mode = child<QComboBox>("resetMode");
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ToOffset)));
        auto *topic = child<QComboBox>("resetTopic");
        topic->setCurrentIndex(topic->findData(QStringLiteral("orders")));
        child<QLineEdit>("resetPartitions")->setText(QStringLiteral("1"));
        child<QLineEdit>("resetValue")->setText(QStringLiteral("7"));
        preview();
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("resetPreview")->model()->rowCount(), 1, 10000);

        answerNextQuestion(QMessageBox::Cancel);
        QTest::mouseClick(child<QPushButton>("applyReset"), Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(committed("billing").at({"orders", 1}), std::int64_t{20});

        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("applyReset"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(committed("billing").at({"orders", 1}) == 7, 10000);
        QCOMPARE(committed("billing").at({"orders", 0}), std::int64_t{20});
        QTRY_VERIFY(child<QLabel>("resetSummary")->text().contains(QLatin1String("were reset")));
    }

    void anActiveGroupIsRefusedWithItsMembersShown()
    {
        // Previewed while empty, then a consumer joins before Apply: the engine refuses.
        child<QLineEdit>("resetValue")->setText(QStringLiteral("3"));
        preview();
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("applyReset")->isEnabled(), 10000);
        {
            ActiveMember member(*m_cluster, "billing", "orders", "invoice-printer");
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QLabel>("groupState")->text().contains(QLatin1String("invoice-printer")), 15000);
            answerNextQuestion(QMessageBox::Yes);
            QTest::mouseClick(child<QPushButton>("applyReset"), Qt::LeftButton);
            auto *problem = child<QLabel>("resetProblem");
            QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 10000);
            QVERIFY2(problem->text().contains(QLatin1String("invoice-printer")), qPrintable(problem->text()));
            QVERIFY(problem->text().contains(QLatin1String("127.0.0.1")));
            QCOMPARE(committed("billing").at({"orders", 1}), std::int64_t{7});

            // A new preview shows the members at once and offers no Apply.
            preview();
            QTRY_VERIFY_WITH_TIMEOUT(child<QTableView>("resetPreview")->model()->rowCount() == 1, 10000);
            QVERIFY(problem->isVisible());
            QVERIFY(problem->text().contains(QLatin1String("invoice-printer")));
            QVERIFY(!child<QPushButton>("applyReset")->isEnabled());
            saveScreenshot(QStringLiteral("replay-refused.png"));
        }
    }

    void rangeTextParsesAndExplains()
    {
        QString error;
        const auto ranges = RangeText::parseRanges(QStringLiteral(" 0, 1:100-500 ,2:950-, 3:-7"), &error);
        QVERIFY2(ranges, qPrintable(error));
        QCOMPARE(ranges->size(), std::size_t{4});
        QVERIFY(!(*ranges)[0].from && !(*ranges)[0].to);
        // "100-500" includes 500: the engine's end is the offset after it.
        QCOMPARE((*ranges)[1].from.value(), std::int64_t{100});
        QCOMPARE((*ranges)[1].to.value(), std::int64_t{501});
        QVERIFY((*ranges)[2].from && !(*ranges)[2].to);
        QVERIFY(!(*ranges)[3].from && (*ranges)[3].to == 8);
        QCOMPARE(RangeText::parseRanges(QStringLiteral("4:9-9"), &error)->front().to.value(),
                 std::int64_t{10});
        QVERIFY(RangeText::parseRanges(QString(), &error)->empty());
        QVERIFY(!RangeText::parseRanges(QStringLiteral("1:abc"), &error));
        QVERIFY(error.contains(QLatin1String("1:abc")));
        QVERIFY(!RangeText::parseRanges(QStringLiteral("1, 1:2-3"), &error));
        QVERIFY(error.contains(QLatin1String("twice")));
        QCOMPARE(RangeText::parsePartitions(QStringLiteral("2, 0,2"), &error).value(),
                 (std::vector<std::int32_t>{2, 0}));
        QVERIFY(!RangeText::parsePartitions(QStringLiteral("-1"), &error));
    }

    void republishCopiesThroughTheView()
    {
        m_view->findChild<QTabWidget *>(QStringLiteral("replayTabs"))->setCurrentIndex(1);
        auto *source = child<QComboBox>("republishSource");
        auto *target = child<QComboBox>("republishTarget");
        QTRY_VERIFY(source->findText(QStringLiteral("orders")) >= 0);
        source->setCurrentIndex(source->findText(QStringLiteral("orders")));
        target->setCurrentIndex(target->findText(QStringLiteral("orders-copy")));
        // Offsets 10 to 19 of partition 0, both included, and all 30 of partition 2.
        child<QLineEdit>("republishRanges")->setText(QStringLiteral("0:10-19, 2"));
        QTest::mouseClick(child<QPushButton>("startRepublish"), Qt::LeftButton);
        auto *status = child<QLabel>("republishStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Done")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("40 records copied")), qPrintable(status->text()));
        QVERIFY(child<QPushButton>("startRepublish")->isEnabled());
        saveScreenshot(QStringLiteral("replay-republish.png"));

        // Bad input is explained, and nothing starts.
        child<QLineEdit>("republishRanges")->setText(QStringLiteral("0:20-10"));
        QTest::mouseClick(child<QPushButton>("startRepublish"), Qt::LeftButton);
        QVERIFY(child<QLabel>("republishProblem")->text().contains(QLatin1String("starts after its end")));
    }

    void republishHasNoTargetUntilOneIsPicked()
    {
        RepublishPanel panel(*m_bridge);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *source = panel.findChild<QComboBox *>(QStringLiteral("republishSource"));
        auto *target = panel.findChild<QComboBox *>(QStringLiteral("republishTarget"));
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("startRepublish"));
        QTRY_VERIFY(source->findText(QStringLiteral("orders-copy")) >= 0);
        QTRY_VERIFY(target->findText(QStringLiteral("orders-copy")) >= 0);
        source->setCurrentIndex(source->findText(QStringLiteral("orders")));

        // Nothing chosen: the copy cannot start, and says why.
        QVERIFY2(target->currentText().isEmpty(), qPrintable(target->currentText()));
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains(QLatin1String("Choose the topic to copy into")),
                 qPrintable(start->toolTip()));

        target->setCurrentIndex(target->findText(QStringLiteral("orders-copy")));
        QVERIFY(start->isEnabled());

        // A name no topic may have is refused as typed.
        target->setEditText(QStringLiteral("bad name!"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(start->toolTip().contains(QLatin1String("may only contain")), qPrintable(start->toolTip()));
    }

    void republishIntoItselfIsConfirmedFirst()
    {
        RepublishPanel panel(*m_bridge);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *source = panel.findChild<QComboBox *>(QStringLiteral("republishSource"));
        auto *target = panel.findChild<QComboBox *>(QStringLiteral("republishTarget"));
        auto *start = panel.findChild<QPushButton *>(QStringLiteral("startRepublish"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("republishStatus"));
        QTRY_VERIFY(source->findText(QStringLiteral("orders-copy")) >= 0);
        source->setCurrentIndex(source->findText(QStringLiteral("orders-copy")));
        target->setEditText(QStringLiteral("orders-copy"));
        const auto *note = panel.findChild<QLabel *>(QStringLiteral("republishTargetNote"));
        QVERIFY(note && note->text().contains(QLatin1String("itself")));
        panel.findChild<QLineEdit *>(QStringLiteral("republishRanges"))->setText(QStringLiteral("0:0-4"));
        QTRY_VERIFY_WITH_TIMEOUT(recordsIn("orders-copy") > 0, 10000);
        const std::int64_t before = recordsIn("orders-copy");

        answerNextQuestion(QMessageBox::Cancel);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!panel.copying());
        QVERIFY2(status->text().isEmpty(), qPrintable(status->text())); // nothing started

        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Done")), 20000);
        QVERIFY2(status->text().contains(QLatin1String("5 records copied")), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(recordsIn("orders-copy"), before + 5, 10000);
    }

    void republishIntoANewTopicCreatesIt()
    {
        m_view->findChild<QTabWidget *>(QStringLiteral("replayTabs"))->setCurrentIndex(1);
        auto *source = child<QComboBox>("republishSource");
        auto *target = child<QComboBox>("republishTarget");
        source->setCurrentIndex(source->findText(QStringLiteral("orders")));
        target->setEditText(QStringLiteral("orders-archive"));
        const auto *note = child<QLabel>("republishTargetNote");
        QVERIFY(note);
        QVERIFY2(note->text().contains(QLatin1String("creates it with 3 partitions")),
                 qPrintable(note->text()));
        child<QLineEdit>("republishRanges")->setText(QStringLiteral("1:0-9"));
        saveScreenshot(QStringLiteral("replay-republish-new-topic.png"));
        if (qEnvironmentVariableIsSet("ES_SCREENSHOT_DIR")) {
            Theme::apply(ThemeChoice::Dark);
            QTest::qWait(50);
            saveScreenshot(QStringLiteral("replay-republish-new-topic-dark.png"));
            Theme::apply(ThemeChoice::Light);
        }
        QTest::mouseClick(child<QPushButton>("startRepublish"), Qt::LeftButton);
        auto *status = child<QLabel>("republishStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Done")) ||
                                     child<QLabel>("republishProblem")->isVisible(),
                                 20000);
        QVERIFY2(status->text().contains(QLatin1String("10 records copied")),
                 qPrintable(status->text() + child<QLabel>("republishProblem")->text()));
        QTRY_VERIFY_WITH_TIMEOUT(topicShown("orders-archive"), 10000);
        QCOMPARE(topicShown("orders-archive")->partitions.size(), std::size_t{3});
        QCOMPARE(topicShown("orders-archive")->replicationFactor, ClusterConfig{}.defaultReplicationFactor);
        QTRY_COMPARE_WITH_TIMEOUT(recordsIn("orders-archive"), std::int64_t{10}, 10000);
    }

    void previewAndApplyWaitingOnAPausedBrokerHoldUpNoCommand()
    {
        m_view->findChild<QTabWidget *>(QStringLiteral("replayTabs"))->setCurrentIndex(0);
        auto *mode = child<QComboBox>("resetMode");
        mode->setCurrentIndex(mode->findData(int(OffsetResetMode::ToEarliest)));
        auto *topic = child<QComboBox>("resetTopic");
        topic->setCurrentIndex(topic->findData(QStringLiteral("orders")));
        child<QLineEdit>("resetPartitions")->setText(QStringLiteral("0"));
        const std::int32_t leader = m_cluster->metadata()->partition({"orders", 0})->leader;
        QVERIFY(m_cluster->pauseBroker(leader).isOk());
        preview();
        QTest::qWait(300); // its read of orders-0 now waits on the paused leader
        QVERIFY(child<QLabel>("resetSummary")->text().startsWith(QLatin1String("Computing")));

        // Any other command of the window (resuming the broker, say) runs meanwhile.
        QElapsedTimer clock;
        clock.start();
        const auto resumed =
            test::runAndWait(*m_bridge, [leader](Cluster &c) { return c.resumeBroker(leader).isOk(); });
        const qint64 commandMs = clock.elapsed();
        QVERIFY(resumed && *resumed);
        QVERIFY2(commandMs < 2000, qPrintable(QString::number(commandMs)));

        // New inputs end the waiting preview; the next one reads the leader that is back.
        child<QLineEdit>("resetPartitions")->setText(QStringLiteral("0, 1"));
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
        preview();
        QTRY_COMPARE_WITH_TIMEOUT(child<QTableView>("resetPreview")->model()->rowCount(), 2, 15000);

        // Applying while the group's coordinator is paused holds up nothing either.
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("applyReset")->isEnabled(), 10000);
        const std::int32_t coordinator = m_cluster->coordinatorFor("billing");
        QVERIFY(coordinator >= 0);
        QVERIFY(m_cluster->pauseBroker(coordinator).isOk());
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>("applyReset"), Qt::LeftButton);
        QTest::qWait(300); // the reset now waits on the paused coordinator
        QVERIFY(!child<QPushButton>("previewReset")->isEnabled());
        clock.restart();
        const auto resumedCoordinator = test::runAndWait(
            *m_bridge, [coordinator](Cluster &c) { return c.resumeBroker(coordinator).isOk(); });
        const qint64 resumeMs = clock.elapsed();
        QVERIFY(resumedCoordinator && *resumedCoordinator);
        QVERIFY2(resumeMs < 2000, qPrintable(QString::number(resumeMs)));
        // The reset ends one way or the other (the coordinator may have moved meanwhile).
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("previewReset")->isEnabled(), 20000);
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
    }
};

QTEST_MAIN(TestReplayView)
#include "test_replay_view.moc"
