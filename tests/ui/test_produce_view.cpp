// The Produce view against a real embedded cluster: a record composed in the view lands in
// the engine with its key, value and headers, and the view says where; a bad placeholder
// is refused with the reason; templates persist in templates.json; a bulk run sends all
// its records; a chosen topic that is deleted is shown as such and not sent to.

#include "view_test_cluster.h"

#include "ui/produce/headers_editor.h"
#include "ui/produce/produce_view.h"
#include "ui/produce/template_store.h"
#include "produce/throughput_meter.h"
#include "ui/theme.h"

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "cluster/cluster.h"
#endif

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>

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

QString shownProblem(const QWidget &parent, const char *name)
{
    const auto *label = child<QLabel>(parent, name);
    return label->isHidden() ? QString() : label->text();
}

std::string str(const std::optional<Bytes> &b) { return b ? std::string(b->begin(), b->end()) : "<null>"; }

} // namespace

class TestProduceView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<ProduceView> m_view;

    // With ES_PRODUCE_SCREENSHOTS=<folder>, saves the view as <folder>/produce-<name>.png.
    void screenshot(const char *name)
    {
        if (const QString dir = qEnvironmentVariable("ES_PRODUCE_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(m_view->grab().save(
                QDir(dir).filePath(QStringLiteral("produce-%1.png").arg(QLatin1String(name)))));
    }

    void makeView()
    {
        m_view = std::make_unique<ProduceView>(*m_bridge);
        m_view->resize(1000, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = test::startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        const auto created = test::runAndWait(*m_bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = "orders";
            spec.partitions = 3;
            const AdminResult r = c.createTopic(spec);
            return r.ok() && c.waitUntilReady(std::chrono::seconds(10));
        });
        QVERIFY(created && *created);
        makeView();
    }

    void cleanupTestCase()
    {
        m_view.reset(); // views go before the bridge
        m_bridge.reset();
    }

    void throughputMeterAveragesOverItsWindow()
    {
        ThroughputMeter meter(1000);
        QCOMPARE(meter.perSecond(), 0.0);
        meter.sample(0, 0);
        meter.sample(500, 1000);
        QCOMPARE(meter.perSecond(), 2000.0);
        meter.sample(1000, 2000);
        meter.sample(2000, 2500); // slower lately: the window forgets the fast start
        QCOMPARE(meter.perSecond(), 500.0);
    }

    void topicsAndPartitionsComeFromSnapshots()
    {
        auto *topic = child<QComboBox>(*m_view, "topic");
        QTRY_VERIFY_WITH_TIMEOUT(topic->findText(QStringLiteral("orders")) >= 0, 5000);
        QCOMPARE(topic->findText(QStringLiteral("__consumer_offsets")), -1); // internal topics hidden
        topic->setEditText(QStringLiteral("orders"));
        auto *partition = child<QComboBox>(*m_view, "partition");
        QTRY_COMPARE_WITH_TIMEOUT(partition->count(), 4, 5000); // automatic + 3
        QCOMPARE(partition->itemData(0).toInt(), -1);
    }

    void composedRecordLandsInTheEngine()
    {
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("orders"));
        auto *partition = child<QComboBox>(*m_view, "partition");
        partition->setCurrentIndex(partition->findData(2));
        child<QLineEdit>(*m_view, "key")->setText(QStringLiteral("customer-7"));
        child<QPlainTextEdit>(*m_view, "value")
            ->setPlainText(QStringLiteral(R"({"amount":42,"note":"héllo"})"));
        child<HeadersEditor>(*m_view, "headers")
            ->setHeaders({{"trace", "abc-123"}, {"type", "order.created"}});
        auto *send = child<QPushButton>(*m_view, "send");
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        auto *result = child<QLabel>(*m_view, "result");
        const QRegularExpression where(QStringLiteral("partition (\\d+) at offset (\\d+)"));
        QTRY_VERIFY2_WITH_TIMEOUT(where.match(result->text()).hasMatch(),
                                  qPrintable(result->text() + shownProblem(*m_view, "sendProblem")), 15000);
        const auto match = where.match(result->text());
        QCOMPARE(match.captured(1).toInt(), 2);
        const std::int64_t offset = match.captured(2).toLongLong();
        screenshot("sent");

        const auto read = test::runAndWait(*m_bridge, [offset](Cluster &c) {
            PartitionReader reader(c);
            auto records = reader.read({"orders", 2}, offset, 1);
            return records ? *records : std::vector<FetchedRecord>{};
        });
        QVERIFY(read && read->size() == 1);
        const FetchedRecord &r = read->front();
        QCOMPARE(r.offset, offset);
        QCOMPARE(str(r.key), std::string("customer-7"));
        QCOMPARE(str(r.value), std::string(R"({"amount":42,"note":"héllo"})"));
        QCOMPARE(r.headers.size(), std::size_t{2});
        QCOMPARE(r.headers[0].key, std::string("trace"));
        QCOMPARE(str(r.headers[0].value), std::string("abc-123"));
        QCOMPARE(r.headers[1].key, std::string("type"));
        QCOMPARE(str(r.headers[1].value), std::string("order.created"));
    }

    void previewRendersPlaceholders()
    {
        child<QLineEdit>(*m_view, "key")->setText(QStringLiteral("k-{{seq}}"));
        child<QPlainTextEdit>(*m_view, "value")->setPlainText(QStringLiteral("id={{uuid}}"));
        const QString preview = child<QPlainTextEdit>(*m_view, "preview")->toPlainText();
        QVERIFY2(QRegularExpression(QStringLiteral("key: k-\\d+")).match(preview).hasMatch(),
                 qPrintable(preview));
        QVERIFY2(QRegularExpression(QStringLiteral("value: id=[0-9a-f]{8}-")).match(preview).hasMatch(),
                 qPrintable(preview));
        QVERIFY(shownProblem(*m_view, "templateProblem").isEmpty());
    }

    void badPlaceholderIsRefusedWithTheReason()
    {
        child<QPlainTextEdit>(*m_view, "value")->setPlainText(QStringLiteral(R"({"n": {{int 9 1}}})"));
        const QString problem = shownProblem(*m_view, "templateProblem");
        QVERIFY2(problem.contains(QStringLiteral("the lowest value 9 is above the highest 1")),
                 qPrintable(problem));
        auto *send = child<QPushButton>(*m_view, "send");
        QVERIFY(!send->isEnabled());
        child<QLabel>(*m_view, "result")->clear();
        m_view->send(); // e.g. by its shortcut: refused all the same, nothing is sent
        QVERIFY(child<QLabel>(*m_view, "result")->text().isEmpty());
        QVERIFY(shownProblem(*m_view, "templateProblem").contains(QStringLiteral("{{int 9 1}}")));
        screenshot("problem");

        child<QPlainTextEdit>(*m_view, "value")->setPlainText(QStringLiteral("{{nope}}"));
        QVERIFY(
            shownProblem(*m_view, "templateProblem").contains(QStringLiteral("unknown generator \"nope\"")));
        child<QPlainTextEdit>(*m_view, "value")->setPlainText(QStringLiteral("fine"));
        QVERIFY(shownProblem(*m_view, "templateProblem").isEmpty());
        QVERIFY(send->isEnabled());
    }

    void engineErrorIsShownInWords()
    {
        // Auto-creation is on in this cluster, so a bad name is what the engine refuses.
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("bad topic name!"));
        QTest::mouseClick(child<QPushButton>(*m_view, "send"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shownProblem(*m_view, "sendProblem").isEmpty(), 15000);
        QVERIFY2(shownProblem(*m_view, "sendProblem").startsWith(QStringLiteral("Not sent: ")),
                 qPrintable(shownProblem(*m_view, "sendProblem")));
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("orders"));
    }

    void aDeletedTopicIsShownAndNotCreatedAgain()
    {
        const auto created = test::runAndWait(*m_bridge, [](Cluster &c) {
            CreateTopicSpec spec;
            spec.name = "short-lived";
            spec.partitions = 1;
            return c.createTopic(spec).ok();
        });
        QVERIFY(created && *created);
        auto *topic = child<QComboBox>(*m_view, "topic");
        QTRY_VERIFY_WITH_TIMEOUT(topic->findText(QStringLiteral("short-lived")) >= 0, 10000);
        topic->setEditText(QStringLiteral("short-lived"));
        auto *send = child<QPushButton>(*m_view, "send");
        auto *bulkStart = child<QPushButton>(*m_view, "bulkStart");
        QVERIFY(send->isEnabled());
        QVERIFY(shownProblem(*m_view, "topicProblem").isEmpty());

        const auto deleted =
            test::runAndWait(*m_bridge, [](Cluster &c) { return c.deleteTopic("short-lived").ok(); });
        QVERIFY(deleted && *deleted);
        QTRY_VERIFY_WITH_TIMEOUT(topic->findText(QStringLiteral("short-lived")) < 0, 10000);
        const QString problem = shownProblem(*m_view, "topicProblem");
        QVERIFY2(problem.contains(QStringLiteral("\"short-lived\" was deleted")), qPrintable(problem));
        QCOMPARE(topic->currentText(), QStringLiteral("short-lived"));
        QVERIFY(!send->isEnabled());
        QCOMPARE(send->toolTip(), problem);
        QVERIFY(!bulkStart->isEnabled());
        screenshot("deleted-topic");
        if (qEnvironmentVariableIsSet("ES_PRODUCE_SCREENSHOTS")) {
            Theme::apply(ThemeChoice::Dark);
            QTest::qWait(50);
            screenshot("deleted-topic-dark");
            Theme::apply(ThemeChoice::Light);
        }

        // Sent all the same (by its shortcut): nothing goes out, so nothing creates it again.
        child<QLabel>(*m_view, "result")->clear();
        m_view->send();
        QVERIFY2(child<QLabel>(*m_view, "result")->text().isEmpty(),
                 qPrintable(child<QLabel>(*m_view, "result")->text()));

        // Choosing a topic again sends where the user says.
        topic->setEditText(QStringLiteral("orders"));
        QVERIFY(shownProblem(*m_view, "topicProblem").isEmpty());
        QVERIFY(send->isEnabled());
        QVERIFY(bulkStart->isEnabled());
    }

    void templatesPersistAndLoadInANewView()
    {
        child<QLineEdit>(*m_view, "key")->setText(QStringLiteral("user-{{int 1 9}}"));
        child<QPlainTextEdit>(*m_view, "value")->setPlainText(QStringLiteral(R"({"seq":{{seq}}})"));
        child<HeadersEditor>(*m_view, "headers")->setHeaders({{"kind", "{{pick a|b}}"}});
        child<QLineEdit>(*m_view, "templateName")->setText(QStringLiteral("my clicks"));
        QTest::mouseClick(child<QPushButton>(*m_view, "saveTemplate"), Qt::LeftButton);
        QVERIFY(shownProblem(*m_view, "templateStoreProblem").isEmpty());
        const QString path = QDir(m_dir.path()).filePath(TemplateStore::fileName());
        QVERIFY(QFile::exists(path));

        // A second one, then rename and delete it.
        child<QLineEdit>(*m_view, "templateName")->setText(QStringLiteral("scratch"));
        QTest::mouseClick(child<QPushButton>(*m_view, "saveTemplate"), Qt::LeftButton);
        auto *chooser = child<QComboBox>(*m_view, "templates");
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("scratch"));
        child<QLineEdit>(*m_view, "templateName")->setText(QStringLiteral("scratch 2"));
        QTest::mouseClick(child<QPushButton>(*m_view, "renameTemplate"), Qt::LeftButton);
        QCOMPARE(chooser->currentData().toString(), QStringLiteral("scratch 2"));
        QCOMPARE(chooser->findData(QStringLiteral("scratch")), -1);
        QTest::mouseClick(child<QPushButton>(*m_view, "deleteTemplate"), Qt::LeftButton);
        QCOMPARE(chooser->findData(QStringLiteral("scratch 2")), -1);

        // Built-in names are reserved.
        child<QLineEdit>(*m_view, "templateName")->setText(QStringLiteral("order created"));
        QTest::mouseClick(child<QPushButton>(*m_view, "saveTemplate"), Qt::LeftButton);
        QVERIFY(shownProblem(*m_view, "templateStoreProblem").contains(QStringLiteral("built-in")));

        m_view.reset();
        makeView();
        chooser = child<QComboBox>(*m_view, "templates");
        const int index = chooser->findData(QStringLiteral("my clicks"));
        QVERIFY(index >= 0);
        QCOMPARE(chooser->findData(QStringLiteral("scratch 2")), -1);
        chooser->setCurrentIndex(index);
        emit chooser->activated(index);
        QCOMPARE(child<QLineEdit>(*m_view, "key")->text(), QStringLiteral("user-{{int 1 9}}"));
        QCOMPARE(child<QPlainTextEdit>(*m_view, "value")->toPlainText(),
                 QStringLiteral(R"({"seq":{{seq}}})"));
        const auto headers = child<HeadersEditor>(*m_view, "headers")->headers();
        QCOMPARE(headers.size(), std::size_t{1});
        QCOMPARE(headers[0].second, std::string("{{pick a|b}}"));
    }

    void bulkRunSendsEveryRecord()
    {
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("orders"));
        child<QSpinBox>(*m_view, "bulkCount")->setValue(500);
        const auto before = test::runAndWait(*m_bridge, [](Cluster &c) {
            PartitionReader reader(c);
            std::int64_t n = 0;
            for (int p = 0; p < 3; ++p)
                if (auto b = reader.bounds({"orders", p}))
                    n += b->highWatermark;
            return n;
        });
        QVERIFY(before);
        QTest::mouseClick(child<QPushButton>(*m_view, "bulkStart"), Qt::LeftButton);
        auto *status = child<QLabel>(*m_view, "bulkStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Done")),
                                  qPrintable(status->text() + shownProblem(*m_view, "bulkProblem")), 30000);
        QVERIFY(status->text().contains(QStringLiteral("500 records")));
        const auto after = test::runAndWait(*m_bridge, [](Cluster &c) {
            PartitionReader reader(c);
            std::int64_t n = 0;
            for (int p = 0; p < 3; ++p)
                if (auto b = reader.bounds({"orders", p}))
                    n += b->highWatermark;
            return n;
        });
        QVERIFY(after);
        QCOMPARE(*after - *before, 500);

        screenshot("bulk");
        if (qEnvironmentVariableIsSet("ES_PRODUCE_SCREENSHOTS")) {
            Theme::apply(ThemeChoice::Dark);
            QTest::qWait(50);
            screenshot("bulk-dark");
            Theme::apply(ThemeChoice::Light);
        }
    }

    void importFromAFile()
    {
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("records.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"partition":1,"key":"a","value":"first","headers":[{"key":"h","value":"1"}]})"
                       "\n"
                       R"({"partition":1,"key":"b","value":"second"})"
                       "\n");
        }
        const auto end = test::runAndWait(*m_bridge, [](Cluster &c) {
            auto b = PartitionReader(c).bounds({"orders", 1});
            return b ? b->highWatermark : std::int64_t{-1};
        });
        QVERIFY(end && *end >= 0);
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("orders"));
        child<QRadioButton>(*m_view, "fileMode")->setChecked(true);
        child<QLineEdit>(*m_view, "importPath")->setText(path);
        QTest::mouseClick(child<QPushButton>(*m_view, "bulkStart"), Qt::LeftButton);
        auto *status = child<QLabel>(*m_view, "bulkStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Done")),
                                  qPrintable(status->text() + shownProblem(*m_view, "bulkProblem")), 15000);
        const auto read = test::runAndWait(*m_bridge, [from = *end](Cluster &c) {
            auto records = PartitionReader(c).read({"orders", 1}, from, 10);
            return records ? *records : std::vector<FetchedRecord>{};
        });
        QVERIFY(read && read->size() == 2);
        QCOMPARE(str(read->at(0).value), std::string("first"));
        QCOMPARE(read->at(0).headers.size(), std::size_t{1});
        QCOMPARE(str(read->at(1).key), std::string("b"));

        // A malformed line stops the import with its number.
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"key\":null,\"value\":\"ok\"}\nnot json\n");
        bad.close();
        QTest::mouseClick(child<QPushButton>(*m_view, "bulkStart"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shownProblem(*m_view, "bulkProblem").isEmpty(), 15000);
        QVERIFY2(shownProblem(*m_view, "bulkProblem").contains(QStringLiteral("line 2")),
                 qPrintable(shownProblem(*m_view, "bulkProblem")));
        child<QRadioButton>(*m_view, "countMode")->setChecked(true);
    }

    void cancelStopsABulkRun()
    {
        child<QComboBox>(*m_view, "topic")->setEditText(QStringLiteral("orders"));
        child<QRadioButton>(*m_view, "rateMode")->setChecked(true);
        child<QSpinBox>(*m_view, "bulkRate")->setValue(50);
        child<QSpinBox>(*m_view, "bulkDuration")->setValue(600);
        QTest::mouseClick(child<QPushButton>(*m_view, "bulkStart"), Qt::LeftButton);
        auto *cancel = child<QPushButton>(*m_view, "bulkCancel");
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 5000);
        QTest::qWait(300);
        QTest::mouseClick(cancel, Qt::LeftButton);
        auto *status = child<QLabel>(*m_view, "bulkStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Cancelled")),
                                  qPrintable(status->text()), 15000);
        QVERIFY(child<QPushButton>(*m_view, "bulkStart")->isEnabled());
        child<QRadioButton>(*m_view, "countMode")->setChecked(true);
    }
};

QTEST_MAIN(TestProduceView)
#include "test_produce_view.moc"
