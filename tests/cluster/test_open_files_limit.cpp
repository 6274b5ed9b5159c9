// A cluster under a small open-files limit: creating partitions past it is refused with
// a clear error, in the admin result and on the timeline, and everything created before
// keeps serving, every acknowledged record included. The test process lowers its own
// limit (soft and hard, so the cluster cannot raise it back), which needs no privilege.

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "cluster_fixture.h"

#include "catalog/catalog.h"
#include "catalog/event_forms.h"
#include "common/open_files_limit.h"
#endif

#include <QObject>

#include <sys/resource.h>

#include <map>
#include <optional>

using namespace es;
using namespace es::test;

namespace {

constexpr rlim_t kLimit = 256;
constexpr int kPartitionsPerTopic = 10; // 30 replicas, each keeping its active segment open

struct Acked {
    std::map<std::pair<TopicPartition, std::int64_t>, std::string> records; // (partition, offset) -> value
    int failed = 0;
};

void produce(Cluster &cluster, const std::string &topic, int count, Acked &acked)
{
    Producer producer(cluster);
    std::vector<DeliveryReport> reports(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        ProducerRecord r;
        r.topic = topic;
        r.key = bytesOf(topic + "-" + std::to_string(i));
        r.value = bytesOf(topic + ":" + std::to_string(i));
        producer.send(std::move(r),
                      [&reports, i](const DeliveryReport &d) { reports[static_cast<std::size_t>(i)] = d; });
    }
    producer.flush(std::chrono::seconds(20));
    for (int i = 0; i < count; ++i) {
        const auto &d = reports[static_cast<std::size_t>(i)];
        if (d.ok())
            acked.records[{d.tp, d.offset}] = topic + ":" + std::to_string(i);
        else
            ++acked.failed;
    }
}

// Every acknowledged record of `topic` is there, with its value, at its offset.
bool allThere(Cluster &cluster, const std::string &topic, const Acked &acked)
{
    std::size_t expected = 0;
    for (const auto &[at, value] : acked.records)
        expected += at.first.topic == topic ? 1 : 0;
    const auto read = consumeAll(cluster, topic, expected);
    std::size_t matched = 0;
    for (const auto &r : read) {
        auto it = acked.records.find({r.tp, r.offset});
        if (it != acked.records.end() && it->second == stringOf(r.value))
            ++matched;
    }
    if (matched != expected)
        qWarning("%s: %zu of %zu acknowledged records read back", topic.c_str(), matched, expected);
    return matched == expected;
}

} // namespace

class TestOpenFilesLimit : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const rlimit lowered{kLimit, kLimit};
        QVERIFY(setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    }

    void theSoftLimitIsRaisedToTheHardOne()
    {
        rlimit soft{};
        QVERIFY(getrlimit(RLIMIT_NOFILE, &soft) == 0);
        soft.rlim_cur = 128;
        QVERIFY(setrlimit(RLIMIT_NOFILE, &soft) == 0);
        const auto change = raiseOpenFilesLimit();
        QCOMPARE(change.before, std::uint64_t{128});
        QCOMPARE(change.after, std::uint64_t{kLimit});
        QCOMPARE(openFilesLimit(), std::uint64_t{kLimit});
    }

    void creatingPartitionsPastTheLimitIsRefusedAndTheClusterServes()
    {
        QTemporaryDir dir;
        auto cluster = startCluster(fastConfig(dir));
        QVERIFY(cluster->createTopic({"early", 2, 3, {}, false, false}).ok());
        Acked acked;
        produce(*cluster, "early", 200, acked);
        QCOMPARE(acked.failed, 0);

        // Topics of 30 replicas each until one is refused: 256 open files cannot hold 10.
        std::vector<std::string> created;
        AdminResult refused;
        for (int i = 0; i < 10 && refused.ok(); ++i) {
            const std::string name = "t" + std::to_string(i);
            refused = cluster->createTopic({name, kPartitionsPerTopic, 3, {}, false, false});
            if (refused.ok())
                created.push_back(name);
        }
        QVERIFY2(!refused.ok(), "every topic was created: the limit was never reached");
        QCOMPARE(refused.error, ErrorCode::KafkaStorageError);
        QVERIFY2(refused.message.find("open files") != std::string::npos, refused.message.c_str());
        QVERIFY(!created.empty());
        const std::string refusedName = "t" + std::to_string(created.size());
        QVERIFY(!cluster->metadata()->topic(refusedName));

        // The timeline says why.
        EventQuery query;
        query.kinds = {EventKind::StorageError};
        std::optional<EventRecord> said;
        QVERIFY(eventually([&] {
            auto written = cluster->catalog()->events(query);
            if (written.isOk())
                for (const auto &e : *written)
                    if (e.sentence.form == EventForm::TopicRefusedOpenFiles)
                        said = e;
            return said.has_value();
        }));
        QCOMPARE(said->subject, "topic:" + refusedName);
        QCOMPARE(std::string(eventArg(said->sentence, "topic")), refusedName);
        // No broker was left unable to open a replica of a topic it was given.
        const auto storageEvents = cluster->catalog()->events(query);
        QVERIFY(storageEvents.isOk());
        for (const auto &e : storageEvents.value())
            QVERIFY2(e.sentence.form != EventForm::ReplicasNotOpened, e.message.c_str());

        // Everything created before serves reads and writes; nothing acknowledged is lost.
        QVERIFY(cluster->waitUntilReady(std::chrono::seconds(10)));
        produce(*cluster, "early", 200, acked);
        QCOMPARE(acked.failed, 0);
        for (const auto &name : created) {
            produce(*cluster, name, 50, acked);
            QCOMPARE(acked.failed, 0);
        }
        QVERIFY(allThere(*cluster, "early", acked));
        for (const auto &name : created)
            QVERIFY(allThere(*cluster, name, acked));

        // Deleting a topic gives its files back: the refused one fits now.
        QVERIFY(cluster->deleteTopic(created.back()).ok());
        QVERIFY(eventually([&] {
            return cluster->createTopic({refusedName, kPartitionsPerTopic, 3, {}, false, false}).ok();
        }));
        produce(*cluster, refusedName, 50, acked);
        QCOMPARE(acked.failed, 0);
        QVERIFY(allThere(*cluster, refusedName, acked));
    }
};

QTEST_GUILESS_MAIN(TestOpenFilesLimit)
#include "test_open_files_limit.moc"
