#pragma once

// What the Messages view tests share: a cluster behind a bridge (embedded, or remote with
// ES_TEST_CONNECTION=remote), one view on it, records produced with their acknowledgements,
// and waits for the snapshot and the view.

#include "view_test_cluster.h"

#include "ui/messages/messages_model.h"
#include "ui/messages/messages_view.h"

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "client/producer.h"
#include "cluster/cluster.h"
#endif

#include <QSettings>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace es::test {

struct Sent {
    ProducerRecord record;
    DeliveryReport report;
};

// Sends every record and waits for all acknowledgements; fails the test on a failed one.
inline std::vector<Sent> produce(Cluster &cluster, std::vector<ProducerRecord> records)
{
    ProducerConfig config;
    config.acks = 1;
    config.lingerMs = 5;
    config.batchBytes = 512 * 1024;
    Producer producer(cluster, config);
    std::vector<Sent> sent(records.size());
    std::mutex mutex;
    for (std::size_t i = 0; i < records.size(); ++i) {
        sent[i].record = records[i];
        producer.send(std::move(records[i]), [&sent, &mutex, i](const DeliveryReport &r) {
            std::lock_guard lock(mutex);
            sent[i].report = r;
        });
    }
    producer.flush(std::chrono::seconds(60));
    std::lock_guard lock(mutex);
    return sent;
}

inline Bytes bytes(const std::string &s) { return Bytes(s.begin(), s.end()); }

inline QString screenshotPrefix() { return QString::fromLocal8Bit(qgetenv("ES_MESSAGES_SCREENSHOT")); }

inline bool sameRecord(const FetchedRecord &r, const Sent &s)
{
    return r.tp.partition == s.report.tp.partition && r.offset == s.report.offset && r.key == s.record.key &&
           r.value == s.record.value && r.headers == s.record.headers;
}

// A test class inherits it next to QObject, calls startView() in initTestCase() and
// stopView() in cleanupTestCase().
class MessagesViewFixture {
protected:
    void startView()
    {
        QVERIFY(m_dir.isValid());
        m_bridge = startBridge(m_dir);
        QVERIFY2(m_bridge, "the cluster did not start");
        auto cluster = runAndWait(*m_bridge, [](Cluster &c) { return &c; });
        QVERIFY(cluster);
        m_cluster = *cluster;
        // A user's first view shows the newest records first; most tests read rows in log
        // order, and the default order has tests of its own.
        QSettings().remove(QStringLiteral("messages/newestFirst"));
        m_view = std::make_unique<MessagesView>(*m_bridge);
        QVERIFY(m_view->model()->newestFirst());
        m_view->setNewestFirst(false);
        m_view->resize(1300, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void stopView()
    {
        m_view.reset(); // before the bridge stops the cluster
        m_bridge.reset();
    }

    void createTopic(const std::string &name, int partitions, std::map<std::string, std::string> configs = {})
    {
        CreateTopicSpec spec;
        spec.name = name;
        spec.partitions = partitions;
        spec.replicationFactor = 1;
        spec.configs = std::move(configs);
        const auto created = runAndWait(*m_bridge, [spec](Cluster &c) { return c.createTopic(spec); });
        QVERIFY(created && created->ok());
        // The view checks a topic and its partitions against snapshots: wait until one lists
        // the topic with leaders.
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto snap = m_bridge->snapshot();
                for (const auto &t : snap->topics)
                    if (t.name == name && static_cast<int>(t.partitions.size()) == partitions)
                        return std::all_of(
                            t.partitions.begin(), t.partitions.end(),
                            [](const PartitionSnapshot &p) { return p.leader >= 0 && p.highWatermark >= 0; });
                return false;
            },
            10000));
    }

    // Waits until the snapshot shows `topic` with `records` records.
    void waitForRecords(const std::string &topic, std::int64_t records)
    {
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &t : m_bridge->snapshot()->topics)
                    if (t.name == topic)
                        return t.records >= records;
                return false;
            },
            15000));
    }

    // Appends `count` one-byte records to `partition` of `topic` and waits for their
    // acknowledgements (not for a snapshot: the view reads the partitions' bounds itself).
    void produceMany(const std::string &topic, std::int64_t count, std::int32_t partition)
    {
        ProducerConfig config;
        config.acks = 1;
        config.lingerMs = 5;
        config.batchBytes = 512 * 1024;
        Producer producer(*m_cluster, config);
        for (std::int64_t i = 0; i < count; ++i)
            producer.send({topic, partition, std::nullopt, bytes("v"), {}, std::nullopt});
        QVERIFY(producer.flush(std::chrono::seconds(60)));
    }

    // Waits until the view has read the bounds of what it opens and shows it.
    bool waitOpened(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return !m_view->opening(); }, timeoutMs);
    }

    bool waitLoaded(int row, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                auto *model = m_view->model();
                return row < model->rowCount() &&
                       model->data(model->index(row, MessagesModel::Key), MessagesModel::LoadedRole).toBool();
            },
            timeoutMs);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterBridge> m_bridge;
    std::unique_ptr<MessagesView> m_view;
    Cluster *m_cluster = nullptr;
};

} // namespace es::test
