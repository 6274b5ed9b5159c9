// A cluster whose disk fills up while it takes writes: the produce that finds no room is
// refused with KAFKA_STORAGE_ERROR and the timeline says why, nothing acknowledged is lost,
// reads go on, and once there is room again writes do too. The disk is a 4 MiB tmpfs the
// test mounts (as root); where it may not, the test is skipped, saying why.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"
#include "event_recorder.h"

#include "catalog/event_forms.h"
#endif

#include <QObject>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>

using namespace es;
using namespace es::test;

namespace {

constexpr std::size_t kValueBytes = 4096;

struct Produced {
    std::map<std::pair<TopicPartition, std::int64_t>, std::string> acked; // (partition, offset) -> value
    std::map<ErrorCode, int> failures;
    std::string lastStorageMessage;
    bool allAnswered = true; // every flush ended with every record answered
};

// Sends `count` records of kValueBytes to `topic` and waits for every answer.
void produce(Cluster &cluster, const std::string &topic, int count, int first, Produced &out)
{
    // Declared before the producer, which may still report to them as it closes.
    std::vector<DeliveryReport> reports(static_cast<std::size_t>(count));
    std::vector<std::string> values;
    ProducerConfig cfg;
    cfg.requestTimeoutMs = 1500;
    cfg.deliveryTimeoutMs = 2000; // retries of a refused write end soon
    Producer producer(cluster, cfg);
    for (int i = 0; i < count; ++i) {
        std::string value = topic + ":" + std::to_string(first + i) + ":";
        value.resize(kValueBytes, 'x');
        values.push_back(value);
        ProducerRecord r;
        r.topic = topic;
        r.value = bytesOf(value);
        producer.send(std::move(r),
                      [&reports, i](const DeliveryReport &d) { reports[static_cast<std::size_t>(i)] = d; });
    }
    // Every record is answered within its delivery timeout, refused or not.
    out.allAnswered = producer.flush(std::chrono::seconds(20)) && out.allAnswered;
    for (int i = 0; i < count; ++i) {
        const auto &d = reports[static_cast<std::size_t>(i)];
        if (d.ok()) {
            out.acked[{d.tp, d.offset}] = values[static_cast<std::size_t>(i)];
            continue;
        }
        ++out.failures[d.error];
        if (d.error == ErrorCode::KafkaStorageError)
            out.lastStorageMessage = d.message;
    }
}

// Every acknowledged record of `topic` reads back, with its value, at its offset.
bool allThere(Cluster &cluster, const std::string &topic, const Produced &produced)
{
    std::size_t expected = 0;
    for (const auto &[at, value] : produced.acked)
        expected += at.first.topic == topic ? 1 : 0;
    const auto read = consumeAll(cluster, topic, expected);
    std::size_t matched = 0;
    for (const auto &r : read) {
        auto it = produced.acked.find({r.tp, r.offset});
        if (it != produced.acked.end() && it->second == stringOf(r.value))
            ++matched;
    }
    if (matched != expected)
        qWarning("%s: %zu of %zu acknowledged records read back", topic.c_str(), matched, expected);
    return matched == expected;
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_mount = std::filesystem::path(m_dir.path().toStdString()) / "disk";
        std::filesystem::create_directories(m_mount);
        if (::mount("tmpfs", m_mount.c_str(), "tmpfs", 0, "size=4m,mode=0700") != 0) {
            const std::string why =
                "cannot mount a 4 MiB tmpfs to fill (needs root): " + std::string(std::strerror(errno));
            QSKIP(why.c_str());
        }
        m_mounted = true;
    }

    void cleanup()
    {
        if (m_mounted && ::umount2(m_mount.c_str(), MNT_DETACH) != 0)
            qWarning("cannot unmount %s: %s", m_mount.c_str(), std::strerror(errno));
        m_mounted = false;
    }

    void aFullDiskRefusesTheProduceAndLosesNothing()
    {
        ClusterConfig config = fastConfig(m_dir);
        config.dataDir = m_mount / "data";
        auto cluster = startCluster(config);
        EventRecorder recorder;
        cluster->addObserver(&recorder);
        QVERIFY(cluster->createTopic({"orders", 1, 3, {}, false, false}).ok());
        QVERIFY(cluster->createTopic({"audit", 1, 3, {}, false, false}).ok());
        Produced produced;
        produce(*cluster, "audit", 10, 0, produced);
        QCOMPARE(produced.failures.size(), std::size_t{0});

        // Most of the disk taken by someone else: what is left fills up quickly.
        const auto filler = m_mount / "filler";
        {
            std::ofstream out(filler, std::ios::binary);
            const std::string block(64 * 1024, 'f');
            for (int i = 0; i < 32 && out; ++i)
                out << block;
        }

        int first = 0;
        for (int round = 0; round < 40 && produced.failures[ErrorCode::KafkaStorageError] == 0; ++round) {
            produce(*cluster, "orders", 25, first, produced);
            first += 25;
        }
        QVERIFY2(produced.failures[ErrorCode::KafkaStorageError] > 0, "the disk never filled up");
        QVERIFY2(produced.allAnswered, "a refused record outlived its delivery timeout");
        QVERIFY2(produced.lastStorageMessage.find("No space left on device") != std::string::npos,
                 produced.lastStorageMessage.c_str());
        QVERIFY(eventually([&] {
            for (const auto &e : recorder.ofKind(EventKind::StorageError))
                if (e.sentence.form == EventForm::StorageWriteRefused &&
                    eventArg(e.sentence, "reason") == std::string_view("disk-full"))
                    return true;
            return false;
        }));

        // Reads go on, on the full disk: every acknowledged record is there.
        QVERIFY(allThere(*cluster, "orders", produced));
        QVERIFY(allThere(*cluster, "audit", produced));

        // Room again: writes go on, to both topics, and still nothing is lost.
        std::filesystem::remove(filler);
        Produced after;
        int attempt = 1000;
        QVERIFY(eventually(
            [&] {
                Produced one;
                produce(*cluster, "audit", 1, attempt++, one);
                produced.acked.merge(one.acked);
                return one.failures.empty();
            },
            std::chrono::seconds(20), std::chrono::milliseconds(200)));
        produce(*cluster, "orders", 20, 10'000, after);
        produce(*cluster, "audit", 20, 10'000, after);
        QCOMPARE(after.failures.size(), std::size_t{0});
        produced.acked.merge(after.acked);
        QVERIFY(allThere(*cluster, "orders", produced));
        QVERIFY(allThere(*cluster, "audit", produced));
        cluster->removeObserver(&recorder);
        cluster->stop();
    }

private:
    QTemporaryDir m_dir;
    std::filesystem::path m_mount;
    bool m_mounted = false;
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "test_disk_full.moc"
