// The Messages view's background jobs, whose destructors run on the GUI thread: the merge of
// a multi-partition browse, an export of selected rows, and the page loader. A paused leader
// answers nothing, so a read waits 10 s for its request timeout; destroying a job must end
// that read at once instead.

#include "ui/messages/export_session.h"
#include "browse/merge_job.h"
#include "browse/page_loader.h"

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "cluster/cluster_fixture.h"
#endif

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;

class TestBrowseJobs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = startCluster(fastConfig(m_dir));
        QVERIFY(m_cluster);
        CreateTopicSpec spec;
        spec.name = "browse-paused";
        spec.partitions = 1;
        spec.replicationFactor = 3;
        QVERIFY(m_cluster->createTopic(spec).ok());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(10)));
        Producer producer(*m_cluster);
        for (int i = 0; i < 50; ++i)
            producer.send({"browse-paused", 0, std::nullopt, bytesOf("v"), {}, std::nullopt});
        QVERIFY(producer.flush(std::chrono::seconds(20)));
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void destroyingAJobDoesNotWaitForAPausedLeader()
    {
        const std::int32_t leader = m_cluster->metadata()->partition({"browse-paused", 0})->leader;
        auto reader = std::make_shared<PartitionReader>(*m_cluster);
        QVERIFY(m_cluster->pauseBroker(leader).isOk());
        auto merge = std::make_unique<MergeJob>(reader, "browse-paused",
                                                std::vector<PartitionRange>{{0, 0, 50}}, false, 0);
        merge->want(50);
        QTemporaryDir dir;
        auto exporting = std::make_unique<ExportSession>(reader, "browse-paused", std::vector<RowRef>{{0, 7}},
                                                         dir.filePath("rows.jsonl").toStdString(),
                                                         RecordFileFormat::JsonLines);
        auto loader = std::make_unique<PageLoader>(
            reader, [](const PageResult &) {}, 2);
        loader->post([](RecordReader &r, std::stop_token stop) {
            (void)r.offsetForTimestamp({"browse-paused", 0}, 0, std::move(stop));
        });
        loader->request({"browse-paused", 0}, 0);
        QTest::qWait(300); // their first reads wait on the paused leader
        QElapsedTimer clock;
        clock.start();
        merge.reset();
        const qint64 mergeMs = clock.restart();
        exporting.reset();
        const qint64 exportMs = clock.restart();
        loader.reset();
        const qint64 loaderMs = clock.elapsed();
        QVERIFY(m_cluster->resumeBroker(leader).isOk());
        QVERIFY(m_cluster->waitUntilReady(std::chrono::seconds(20)));
        QVERIFY2(mergeMs < 2000, qPrintable(QString::number(mergeMs)));
        QVERIFY2(exportMs < 2000, qPrintable(QString::number(exportMs)));
        QVERIFY2(loaderMs < 2000, qPrintable(QString::number(loaderMs)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Cluster> m_cluster;
};

QTEST_GUILESS_MAIN(TestBrowseJobs)
#include "test_browse_jobs.moc"
