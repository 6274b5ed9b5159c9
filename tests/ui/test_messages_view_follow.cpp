// Following new records in the Messages view, against a real cluster (embedded, or reached
// through librdkafka with ES_TEST_CONNECTION=remote): a live tail of one partition or of
// several shows records as they are produced; a range or list that reaches the model's
// limit slides, keeping the rows a user scrolled up to in view. Browsing is in
// test_messages_view_browse.cpp.

#include "messages_view_fixture.h"

#include "ui/messages/browse_bar.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <set>

using namespace es;
using namespace es::test;

class TestMessagesViewFollow : public QObject, private MessagesViewFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startView(); }
    void cleanupTestCase() { stopView(); }

    void liveTailFollowsNewRecords()
    {
        createTopic("tail-one", 1);
        produceMany("tail-one", 100, 0);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("tail-one"));
        bar->setPartitions(QStringLiteral("0"));
        bar->setStart(StartKind::LiveTail);
        m_view->open();
        QVERIFY(waitOpened());
        auto *model = m_view->model();
        QCOMPARE(model->rangeStart(), 100);
        QCOMPARE(model->rowCount(), 0);
        std::vector<ProducerRecord> records;
        for (int i = 0; i < 5; ++i) {
            ProducerRecord r;
            r.topic = "tail-one";
            r.partition = 0;
            r.value = bytes("live" + std::to_string(i));
            records.push_back(std::move(r));
        }
        produce(*m_cluster, records);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
        QVERIFY(waitLoaded(4));
        QCOMPARE(model->record(4)->offset, 104);
        QCOMPARE(*model->record(4)->value, bytes("live4"));

        // Several partitions: new records of each are merged in as they come.
        createTopic("tail-three", 3);
        bar->setTopic(QStringLiteral("tail-three"));
        bar->setPartitions({});
        m_view->open();
        QVERIFY(waitOpened());
        QVERIFY(!model->isRange());
        QCOMPARE(model->rowCount(), 0);
        records.clear();
        for (int i = 0; i < 6; ++i) {
            ProducerRecord r;
            r.topic = "tail-three";
            r.partition = i % 3;
            r.value = bytes("live" + std::to_string(i));
            records.push_back(std::move(r));
        }
        produce(*m_cluster, records);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 10000);
        std::set<int> partitions;
        for (int row = 0; row < 6; ++row) {
            QVERIFY(waitLoaded(row));
            partitions.insert(model->record(row)->tp.partition);
        }
        QCOMPARE(partitions.size(), std::size_t{3});
        bar->setFollow(false);
    }

    // Follow applies when ticked and stops when unticked, and the summary's offsets keep up
    // with the records a tail brings in.
    void followAppliesAtOnceAndTheSummaryKeepsUp()
    {
        createTopic("tick-follow", 1);
        produceMany("tick-follow", 10, 0);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("tick-follow"));
        bar->setPartitions(QStringLiteral("0"));
        bar->setStart(StartKind::Earliest);
        bar->setFollow(false);
        m_view->open();
        QVERIFY(waitOpened());
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("messagesSummary"));
        QVERIFY(summary);
        QCOMPARE(summary->text(), QStringLiteral("Partition 0: offsets 0 to 10"));

        auto *follow = bar->findChild<QCheckBox *>(QStringLiteral("follow"));
        QVERIFY(follow);
        QTest::mouseClick(follow, Qt::LeftButton, {}, QRect({}, follow->size()).center());
        QVERIFY(follow->isChecked());
        QVERIFY(waitOpened());
        QCOMPARE(summary->text(), QStringLiteral("Partition 0: offsets 0 to 10, following new records"));
        auto *model = m_view->model();
        produceMany("tick-follow", 5, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 15, 10000);
        QTRY_COMPARE(summary->text(), QStringLiteral("Partition 0: offsets 0 to 15, following new records"));

        // Unticked: the tail stops, and the summary no longer says it follows.
        QTest::mouseClick(follow, Qt::LeftButton, {}, QRect({}, follow->size()).center());
        QVERIFY(!follow->isChecked());
        QVERIFY(waitOpened());
        QCOMPARE(summary->text(), QStringLiteral("Partition 0: offsets 0 to 15"));
        produceMany("tick-follow", 5, 0);
        // Several tail intervals pass; a stopped tail brings nothing in.
        QTest::qWait(1500);
        QCOMPARE(model->rowCount(), 15);
        QCOMPARE(summary->text(), QStringLiteral("Partition 0: offsets 0 to 15"));
    }

    void aRangeHoldsAtMostItsLimitAndSlidesWhenFollowing()
    {
        constexpr std::int64_t limit = MessagesModel::kMaxRangeRows;
        MessagesModel model;
        // A partition longer than the limit: its first `limit` offsets from the start.
        model.showRange(QStringLiteral("big"), 0, 100, 100 + 3 * limit);
        QCOMPARE(model.rowCount(), static_cast<int>(limit));
        QCOMPARE(model.rowRef(0).offset, std::int64_t{100});
        QCOMPARE(model.rowRef(static_cast<int>(limit) - 1).offset, 100 + limit - 1);
        QVERIFY(model.rangeCut());
        // New records do not join a cut range: it shows older offsets.
        model.extendRange(100 + 4 * limit);
        QCOMPARE(model.rowCount(), static_cast<int>(limit));
        QCOMPARE(model.rowRef(0).offset, std::int64_t{100});

        // A range at the partition's end grows with it, then slides: the newest offset last,
        // never more rows than the limit.
        model.showRange(QStringLiteral("big"), 0, 0, limit - 10);
        QVERIFY(!model.rangeCut());
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.extendRange(limit);
        QCOMPARE(model.rowCount(), static_cast<int>(limit));
        QCOMPARE(removed.count(), 0);
        model.extendRange(limit + 5);
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.rowCount() <= limit);
        QCOMPARE(model.rowRef(model.rowCount() - 1).offset, limit + 4);
        QCOMPARE(model.rowOf(0, limit + 4), model.rowCount() - 1);
        QVERIFY(!model.rangeCut());
        // A jump far past the window moves it to the end.
        model.extendRange(10 * limit);
        QVERIFY(model.rowCount() > 0 && model.rowCount() <= limit);
        QCOMPARE(model.rowRef(model.rowCount() - 1).offset, 10 * limit - 1);
        QVERIFY(!model.rangeCut());

        // Newest first the newest offset is on top: new ones come in there, moving the rows
        // kept down, and the oldest leave at the bottom.
        MessagesModel newest;
        newest.setNewestFirst(true);
        newest.showRange(QStringLiteral("big"), 0, 0, limit - 10);
        QCOMPARE(newest.rowRef(0).offset, limit - 11);
        QSignalSpy inserted(&newest, &QAbstractItemModel::rowsInserted);
        QSignalSpy left(&newest, &QAbstractItemModel::rowsRemoved);
        newest.extendRange(limit + 5);
        QCOMPARE(left.count(), 1);
        QCOMPARE(left.front().at(2).toInt(), static_cast<int>(limit - 11));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 0);
        QCOMPARE(inserted.front().at(2).toInt(), 14);
        QCOMPARE(newest.rowShift(), std::int64_t{15});
        QCOMPARE(newest.rowRef(0).offset, limit + 4);
        QCOMPARE(newest.rowOf(0, limit + 4), 0);
        QCOMPARE(newest.rowRef(newest.rowCount() - 1).offset, newest.rangeStart());
    }

    void newestFirstNewRecordsComeInAtTheTop()
    {
        createTopic("tail-newest", 1);
        produceMany("tail-newest", 200, 0);
        m_view->setNewestFirst(true);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("tail-newest"));
        bar->setPartitions(QStringLiteral("0"));
        bar->setStart(StartKind::LatestN);
        bar->setLatestCount(100);
        bar->setFollow(true);
        m_view->open();
        QVERIFY(waitOpened());
        auto *model = m_view->model();
        QTableView *table = m_view->table();
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->rowRef(0).offset, std::int64_t{199});
        QCOMPARE(table->rowAt(0), 0);

        // New records come in at the top, in view.
        produceMany("tail-newest", 5, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 105, 10000);
        QCOMPARE(model->rowRef(0).offset, std::int64_t{204});
        QCOMPARE(table->rowAt(0), 0);
        QVERIFY(waitLoaded(0));
        QCOMPARE(model->record(0)->offset, std::int64_t{204});

        // A user who scrolled down to older records keeps them in view as newer ones come in
        // above, and the record they chose stays chosen.
        table->scrollTo(model->index(60, 0), QAbstractItemView::PositionAtTop);
        const RowRef seen = model->rowRef(table->rowAt(0));
        table->setCurrentIndex(model->index(table->rowAt(0) + 2, 0));
        const RowRef chosen = model->rowRef(table->currentIndex().row());
        produceMany("tail-newest", 5, 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 110, 10000);
        QCOMPARE(model->rowRef(table->rowAt(0)).offset, seen.offset);
        QCOMPARE(model->rowRef(table->currentIndex().row()).offset, chosen.offset);

        // Turned to log order, the chosen record stays chosen and in view.
        m_view->setNewestFirst(false);
        QCOMPARE(model->rowRef(0).offset, std::int64_t{100});
        QCOMPARE(model->rowRef(table->currentIndex().row()).offset, chosen.offset);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(table->currentIndex())));
        bar->setFollow(false);
    }

    void aScrolledUpTailKeepsItsRowsWhenTheTableSlides()
    {
        constexpr std::int64_t limit = MessagesModel::kMaxRangeRows;
        createTopic("sliding", 1);
        produceMany("sliding", limit - 100, 0);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("sliding"));
        bar->setPartitions(QStringLiteral("0"));
        bar->setStart(StartKind::Earliest);
        bar->setFollow(true);
        m_view->open();
        QVERIFY(waitOpened());
        auto *model = m_view->model();
        QCOMPARE(model->rowCount(), static_cast<int>(limit - 100));

        // The user scrolls up to a record that stays once the oldest rows leave.
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("messagesTable"));
        constexpr int looked = 300000;
        table->scrollTo(model->index(looked, 0), QAbstractItemView::PositionAtTop);
        QCOMPARE(model->rowRef(table->rowAt(0)).offset, std::int64_t{looked});

        produceMany("sliding", 200, 0); // past the limit: the table slides
        QTRY_COMPARE_WITH_TIMEOUT(model->rowRef(model->rowCount() - 1).offset, limit + 99, 15000);
        QVERIFY(model->rowRef(0).offset > 0);
        QCOMPARE(model->rowRef(table->rowAt(0)).offset, std::int64_t{looked});
        bar->setFollow(false);
    }

    void aScrolledUpMergedTailKeepsItsRowsWhenTheListSlides()
    {
        constexpr auto limit = static_cast<std::int64_t>(MessagesModel::kMaxListRows);
        createTopic("sliding-merged", 2);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("sliding-merged"));
        bar->setPartitions({});
        bar->setStart(StartKind::LiveTail);
        m_view->open();
        QVERIFY(waitOpened());
        auto *model = m_view->model();
        QVERIFY(!model->isRange());
        produceMany("sliding-merged", limit / 2, 0);
        produceMany("sliding-merged", limit / 2 - 100, 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(limit - 100), 90000);

        auto *table = m_view->findChild<QTableView *>(QStringLiteral("messagesTable"));
        constexpr int looked = 300000;
        table->scrollTo(model->index(looked, 0), QAbstractItemView::PositionAtTop);
        const RowRef seen = model->rowRef(table->rowAt(0));

        produceMany("sliding-merged", 200, 1); // past the limit: the list slides
        QTRY_COMPARE_WITH_TIMEOUT(model->droppedRows(), std::int64_t{limit / 8}, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), static_cast<int>(limit + 100 - limit / 8), 15000);
        QVERIFY2(m_view->problem().isEmpty(), qPrintable(m_view->problem()));
        const RowRef top = model->rowRef(table->rowAt(0));
        QCOMPARE(top.partition, seen.partition);
        QCOMPARE(top.offset, seen.offset);
        bar->setStart(StartKind::LatestN);
    }
};

QTEST_MAIN(TestMessagesViewFollow)
#include "test_messages_view_follow.moc"
