// Searching and exporting in the Messages view, in a topic of 100,000 records: a search
// finds exactly the matching ones, its result and a selection export and re-import as the
// same records, and the model never makes the GUI wait for rows far from what is loaded.

#include "messages_view_fixture.h"

#include "ui/messages/browse_bar.h"
#include "ui/messages/filter_bar.h"

#ifndef Q_MOC_RUN
#include "browse/record_file.h"
#endif

#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <map>
#include <set>

using namespace es;
using namespace es::test;

class TestMessagesSearch : public QObject, private MessagesViewFixture {
    Q_OBJECT

private:
    std::vector<Sent> m_hundredK;

private slots:
    void initTestCase() { startView(); }
    void cleanupTestCase() { stopView(); }

    void searchFindsExactlyTheMatches()
    {
        createTopic("hundred-k", 4);
        std::vector<ProducerRecord> records;
        records.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            ProducerRecord r;
            r.topic = "hundred-k";
            r.partition = i % 4;
            r.key = bytes("key-" + std::to_string(i));
            r.value = bytes("{\"id\":" + std::to_string(i) + ",\"kind\":\"" +
                            (i % 997 == 0 ? "rare" : "common") + "\"}");
            records.push_back(std::move(r));
        }
        QElapsedTimer fill;
        fill.start();
        m_hundredK = produce(*m_cluster, std::move(records));
        qInfo("100,000 records produced in %lld ms", static_cast<long long>(fill.elapsed()));
        std::set<std::pair<int, std::int64_t>> expected;
        for (std::size_t i = 0; i < m_hundredK.size(); ++i) {
            QVERIFY(m_hundredK[i].report.ok());
            if (i % 997 == 0)
                expected.insert({m_hundredK[i].report.tp.partition, m_hundredK[i].report.offset});
        }
        QCOMPARE(expected.size(), std::size_t{101});
        waitForRecords("hundred-k", 100'000);

        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("hundred-k"));
        bar->setPartitions({});
        bar->setStart(StartKind::Earliest);
        bar->setFollow(false);
        m_view->open();

        auto runSearch = [&] {
            m_view->search();
            QVERIFY2(m_view->problem().isEmpty(), qPrintable(m_view->problem()));
            QVERIFY(QTest::qWaitFor([&] { return !m_view->searchRunning(); }, 60000));
            auto *model = m_view->model();
            QCOMPARE(model->rowCount(), 101);
            std::set<std::pair<int, std::int64_t>> found;
            for (int row = 0; row < model->rowCount(); ++row) {
                const RowRef ref = model->rowRef(row);
                found.insert({ref.partition, ref.offset});
            }
            QVERIFY(found == expected);
            const QString counts = QStringLiteral("%1 scanned, 101 matched").arg(QLocale().toString(100'000));
            QVERIFY2(m_view->filterBar()->statusText().contains(counts),
                     qPrintable(m_view->filterBar()->statusText()));
        };
        m_view->filterBar()->setCondition(FilterTarget::Value, MatchKind::Contains, QStringLiteral("rare"));
        runSearch();
        m_view->filterBar()->setCondition(FilterTarget::Value, MatchKind::JsonEquals, QStringLiteral("rare"),
                                          QStringLiteral("kind"));
        runSearch();
        if (const QString shot = screenshotPrefix(); !shot.isEmpty())
            QVERIFY(m_view->grab().save(shot + QStringLiteral("-search.png")));
        m_view->filterBar()->setCondition(FilterTarget::Key, MatchKind::Regex,
                                          QStringLiteral("^key-(0|[1-9]\\d*997|"));
        m_view->search();
        QVERIFY2(!m_view->problem().isEmpty(), "a bad regex is reported");
        // Cancel stops the scan; what was found stays listed.
        m_view->filterBar()->setCondition(FilterTarget::Value, MatchKind::Contains, QStringLiteral("rare"));
        m_view->search();
        m_view->cancelSearch();
        QVERIFY(QTest::qWaitFor([&] { return !m_view->searchRunning(); }, 30000));
        QVERIFY(m_view->model()->rowCount() <= 101);
        if (m_view->model()->rowCount() < 101)
            QVERIFY2(m_view->filterBar()->statusText().startsWith(QStringLiteral("Cancelled")),
                     qPrintable(m_view->filterBar()->statusText()));

        m_view->filterBar()->setCondition(FilterTarget::Value, MatchKind::JsonEquals, QStringLiteral("rare"),
                                          QStringLiteral("kind"));
        runSearch();
    }

    void exportedResultReimports()
    {
        QVERIFY(m_view->model()->rowCount() == 101); // the previous search's result
        const QString path = m_dir.filePath(QStringLiteral("rare.jsonl"));
        QSignalSpy finished(m_view.get(), &MessagesView::exportFinished);
        m_view->exportSearchResult(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toString(), QString());

        std::map<std::pair<int, std::int64_t>, const Sent *> byPosition;
        for (const Sent &s : m_hundredK)
            byPosition[{s.report.tp.partition, s.report.offset}] = &s;
        auto checkFile = [&](const QString &file, std::size_t expected) {
            auto reader =
                RecordFileReader::open(file.toStdString(), recordFileFormatForPath(file.toStdString()));
            QVERIFY(reader);
            FileRecord r;
            std::size_t count = 0;
            while ((*reader)->next(r)) {
                ++count;
                QVERIFY(r.partition && r.offset);
                const Sent *s = byPosition[{*r.partition, *r.offset}];
                QVERIFY(s);
                QCOMPARE(r.topic, std::string("hundred-k"));
                QVERIFY(r.key == s->record.key);
                QVERIFY(r.value == s->record.value);
                QVERIFY(r.headers == s->record.headers);
                QCOMPARE(*r.timestamp, s->report.timestamp);
            }
            QVERIFY2((*reader)->status().isOk(), (*reader)->status().message().c_str());
            QCOMPARE(count, expected);
        };
        checkFile(path, 101);

        // A selection of one partition, as CSV.
        m_view->showPartitionAt(QStringLiteral("hundred-k"), 2, 1000);
        QTRY_VERIFY(m_view->model()->rowCount() > 500);
        QTableView *table = m_view->table();
        table->setCurrentIndex(m_view->model()->index(0, 0));
        table->selectionModel()->select(
            QItemSelection(m_view->model()->index(0, 0), m_view->model()->index(499, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString csv = m_dir.filePath(QStringLiteral("selection.csv"));
        finished.clear();
        m_view->exportSelection(csv);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toString(), QString());
        checkFile(csv, 500);

        // Newest first the top 500 rows are the newest records; the file lists them in log
        // order all the same.
        m_view->setNewestFirst(true);
        table->selectionModel()->select(
            QItemSelection(m_view->model()->index(0, 0), m_view->model()->index(499, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString newest = m_dir.filePath(QStringLiteral("newest.jsonl"));
        finished.clear();
        m_view->exportSelection(newest);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.front().front().toString(), QString());
        checkFile(newest, 500);
        auto reader = RecordFileReader::open(newest.toStdString(), RecordFileFormat::JsonLines);
        QVERIFY(reader);
        FileRecord r;
        std::int64_t previous = -1;
        while ((*reader)->next(r)) {
            QVERIFY(*r.offset > previous);
            previous = *r.offset;
        }
        QCOMPARE(previous, m_view->model()->rangeEnd() - 1);
        m_view->setNewestFirst(false);
    }

    // A search scans what the browse line shows, applied first if it was changed and not
    // opened, and the summary says which partitions and from where.
    void theSearchScansWhatTheLineShows()
    {
        QVERIFY(!m_hundredK.empty());
        auto *summary = m_view->findChild<QLabel *>(QStringLiteral("messagesSummary"));
        QVERIFY(summary);
        BrowseBar *bar = m_view->browseBar();
        bar->setTopic(QStringLiteral("hundred-k"));
        bar->setPartitions({});
        bar->setStart(StartKind::LatestN);
        bar->setLatestCount(100);
        bar->setFollow(false);
        m_view->open();
        QVERIFY(waitOpened());
        QTRY_COMPARE(m_view->model()->rowCount(), 100);

        // Earliest chosen in the line but not opened: the search still covers every record.
        bar->setStart(StartKind::Earliest);
        QVERIFY(bar->changesPending());
        m_view->filterBar()->setCondition(FilterTarget::Value, MatchKind::Contains, QStringLiteral("rare"));
        m_view->search();
        QVERIFY(QTest::qWaitFor([&] { return !m_view->searchRunning(); }, 60000));
        QVERIFY2(m_view->problem().isEmpty(), qPrintable(m_view->problem()));
        QCOMPARE(m_view->model()->rowCount(), 101);
        QVERIFY(!bar->changesPending());
        QVERIFY2(summary->text().contains(QStringLiteral("hundred-k: partitions 0-3, ")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("first record")), qPrintable(summary->text()));

        // One partition typed: only its matches, and the summary names it.
        int inPartitionOne = 0;
        for (std::size_t i = 0; i < m_hundredK.size(); i += 997)
            inPartitionOne += m_hundredK[i].report.tp.partition == 1 ? 1 : 0;
        QVERIFY(inPartitionOne > 0);
        bar->setPartitions(QStringLiteral("1"));
        m_view->search();
        QVERIFY(QTest::qWaitFor([&] { return !m_view->searchRunning(); }, 60000));
        QCOMPARE(m_view->model()->rowCount(), inPartitionOne);
        for (int row = 0; row < m_view->model()->rowCount(); ++row)
            QCOMPARE(m_view->model()->rowRef(row).partition, 1);
        QVERIFY2(summary->text().contains(QStringLiteral("hundred-k: partition 1, from offset 0, to the end")),
                 qPrintable(summary->text()));

        // A line with an error is reported, and nothing is searched.
        bar->setPartitions(QStringLiteral("x"));
        m_view->search();
        QVERIFY(!m_view->searchRunning());
        QVERIFY(m_view->problem().contains(QStringLiteral("\"x\"")));
        bar->setPartitions({});
        m_view->clearSearch();
    }

    void modelNeverMakesTheGuiWait()
    {
        // Another topic in between empties the page cache (search results loaded some pages).
        createTopic("one-more", 1);
        m_view->showPartitionAt(QStringLiteral("one-more"), 0, 0);
        QVERIFY(waitOpened());
        m_view->showPartitionAt(QStringLiteral("hundred-k"), 1, 12'345);
        QVERIFY(waitOpened());
        auto *model = m_view->model();
        QVERIFY(model->rowCount() > 10'000);
        // Rows far from anything loaded: placeholders at once, the pages load in the background.
        QElapsedTimer timer;
        timer.start();
        int placeholders = 0;
        for (int row = 5'000; row < 6'000; ++row) {
            const QModelIndex i = model->index(row, MessagesModel::Value);
            if (!model->data(i, MessagesModel::LoadedRole).toBool())
                ++placeholders;
            static_cast<void>(model->data(i, Qt::DisplayRole));
        }
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(placeholders, 1000);
        QVERIFY2(elapsed < 100, qPrintable(QStringLiteral("%1 ms for 1,000 cells").arg(elapsed)));
        QCOMPARE(model->data(model->index(5'000, MessagesModel::Key), Qt::DisplayRole).toString(),
                 QStringLiteral("loading…"));
        QVERIFY(waitLoaded(5'999));
    }

    void aLiveListSlidesAndACutListStaysCut()
    {
        constexpr std::size_t limit = MessagesModel::kMaxListRows;
        const auto rowsFrom = [](std::int64_t first, std::size_t count) {
            std::vector<RowRef> rows(count);
            for (std::size_t i = 0; i < count; ++i)
                rows[i] = {static_cast<std::int32_t>(i % 2), first + static_cast<std::int64_t>(i)};
            return rows;
        };
        MessagesModel model;
        // A live list (merged live tail): full, then its oldest rows leave in steps.
        model.showList(QStringLiteral("merged"));
        QVERIFY(model.appendRows(rowsFrom(0, limit), true));
        QCOMPARE(model.droppedRows(), std::int64_t{0});
        QVERIFY(model.appendRows(rowsFrom(static_cast<std::int64_t>(limit), 5), true));
        QCOMPARE(model.droppedRows(), static_cast<std::int64_t>(limit / 8));
        QCOMPARE(model.rowCount(), static_cast<int>(limit - limit / 8 + 5));
        QCOMPARE(model.rowRef(0).offset, static_cast<std::int64_t>(limit / 8));
        QCOMPARE(model.rowRef(model.rowCount() - 1).offset, static_cast<std::int64_t>(limit + 4));
        // Nothing leaves while there is room.
        QVERIFY(model.appendRows(rowsFrom(static_cast<std::int64_t>(limit + 5), 10), true));
        QCOMPARE(model.droppedRows(), static_cast<std::int64_t>(limit / 8));

        // A list that was cut while reading older records stays cut: new ones do not join.
        model.showList(QStringLiteral("merged"));
        QCOMPARE(model.droppedRows(), std::int64_t{0});
        QVERIFY(!model.appendRows(rowsFrom(0, limit + 1)));
        QCOMPARE(model.rowCount(), static_cast<int>(limit));
        QVERIFY(!model.appendRows(rowsFrom(static_cast<std::int64_t>(limit + 1), 3), true));
        QCOMPARE(model.rowCount(), static_cast<int>(limit));
        QCOMPARE(model.droppedRows(), std::int64_t{0});

        // Newest first: new rows come in at the top, moving the rows kept down; the oldest
        // leave at the bottom.
        MessagesModel newest;
        newest.setNewestFirst(true);
        newest.showList(QStringLiteral("merged"));
        QVERIFY(newest.appendRows(rowsFrom(0, limit), true));
        QCOMPARE(newest.rowRef(0).offset, static_cast<std::int64_t>(limit - 1));
        QCOMPARE(newest.newestRow(), 0);
        QCOMPARE(newest.oldestRow(), static_cast<int>(limit - 1));
        QSignalSpy inserted(&newest, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&newest, &QAbstractItemModel::rowsRemoved);
        const std::int64_t shift = newest.rowShift();
        QVERIFY(newest.appendRows(rowsFrom(static_cast<std::int64_t>(limit), 5), true));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.front().at(2).toInt(), static_cast<int>(limit - 1)); // the bottom row left
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.front().at(1).toInt(), 0);
        QCOMPARE(inserted.front().at(2).toInt(), 4);
        QCOMPARE(newest.rowShift() - shift, std::int64_t{5});
        QCOMPARE(newest.rowRef(0).offset, static_cast<std::int64_t>(limit + 4));
        QCOMPARE(newest.rowRef(newest.rowCount() - 1).offset, static_cast<std::int64_t>(limit / 8));
        QCOMPARE(newest.rowOf(1, static_cast<std::int64_t>(limit + 3)), 1);

        // Search results too, and the order can change under them.
        newest.showRecords(QStringLiteral("merged"));
        std::vector<FetchedRecord> found(3);
        for (std::size_t i = 0; i < found.size(); ++i)
            found[i].offset = static_cast<std::int64_t>(10 * i);
        QVERIFY(newest.appendRecords(found));
        QCOMPARE(newest.record(0)->offset, std::int64_t{20});
        newest.setNewestFirst(false);
        QCOMPARE(newest.record(0)->offset, std::int64_t{0});
        QCOMPARE(newest.rowOf(0, 20), 2);
    }
};

QTEST_MAIN(TestMessagesSearch)
#include "test_messages_search.moc"
