// Writing into a remote cluster through librdkafka's producer: records land at the offsets
// their reports give, keyed records on the partition the embedded Producer picks for the
// key, null and empty keys, values and headers stay what they were, a partition that does
// not exist fails in words, a flush does not wait out the linger, a full queue makes send()
// wait, and close() with the leader gone returns at its timeout and fails what is left.

#ifndef Q_MOC_RUN
#include "client/partition_reader.h"
#include "client/partitioner.h"
#include "client/producer.h"
#include "remote/remote_fixture.h"
#include "remote/remote_record_writer.h"
#endif

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace es;
using namespace es::test;

namespace {

// librdkafka's queue.buffering.max.messages by default: send() waits beyond this many.
constexpr int kQueueCapacity = 100'000;

std::unique_ptr<RecordWriter> openWriter(const WireCluster &w, ProducerConfig config = {})
{
    auto writer = openRemoteWriter(remoteSettingsFor(w), config);
    if (!writer)
        qFatal("cannot open the remote writer: %s", writer.status().toString().c_str());
    return std::move(*writer);
}

ProducerRecord recordOf(const std::string &topic, std::optional<std::int32_t> partition,
                        const std::string &key, const std::string &value)
{
    ProducerRecord r;
    r.topic = topic;
    r.partition = partition;
    r.key = bytesOf(key);
    r.value = bytesOf(value);
    return r;
}

DeliveryReport waitFor(std::future<DeliveryReport> &report)
{
    if (report.wait_for(std::chrono::seconds(30)) != std::future_status::ready)
        qFatal("no delivery report within 30 s");
    return report.get();
}

// The record at `offset` of `tp`, read by the cluster itself.
std::optional<FetchedRecord> storedRecord(Cluster &cluster, const TopicPartition &tp, std::int64_t offset)
{
    PartitionReader reader(cluster);
    auto records = reader.read(tp, offset, 1);
    if (!records || records->empty() || records->front().offset != offset)
        return std::nullopt;
    return records->front();
}

// The broker leading `tp` now.
std::int32_t leaderOf(const Cluster &cluster, const TopicPartition &tp)
{
    auto image = cluster.metadata();
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    return p ? p->leader : -1;
}

} // namespace

class TestRemoteRecordWriter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsLandAtTheOffsetsTheirReportsGive();
    void keyedRecordsLandWhereTheEmbeddedProducerPutsThem();
    void nullAndEmptyKeysValuesAndHeadersSurvive();
    void aPartitionThatDoesNotExistFailsInWords();
    void settingsLibrdkafkaRefusesAreInvalid();
    void flushSendsWhatLingers();
    void closeWithTheLeaderGoneReturnsAtItsTimeoutAndFailsTheRest();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    WireCluster m_wire;
};

void TestRemoteRecordWriter::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wire = startRemoteTestCluster(*m_dir, 3);
    QVERIFY(m_wire.cluster->createTopic(topicSpec("orders", 3, 2)).ok());
    QVERIFY(m_wire.cluster->createTopic(topicSpec("keys", 6, 2)).ok());
    QVERIFY(m_wire.cluster->createTopic(topicSpec("shapes", 1, 2)).ok());
}

void TestRemoteRecordWriter::cleanupTestCase() { m_wire.cluster.reset(); }

void TestRemoteRecordWriter::recordsLandAtTheOffsetsTheirReportsGive()
{
    auto writer = openWriter(m_wire);
    constexpr int kRecords = 300;
    std::vector<std::future<DeliveryReport>> reports;
    for (int i = 0; i < kRecords; ++i)
        reports.push_back(writer->send(
            recordOf("orders", i % 3, "k" + std::to_string(i), "v" + std::to_string(i)), nullptr));
    QVERIFY(writer->flush(std::chrono::seconds(30)));

    std::map<std::int32_t, std::vector<std::int64_t>> offsets;
    for (int i = 0; i < kRecords; ++i) {
        const DeliveryReport r = waitFor(reports[static_cast<std::size_t>(i)]);
        QVERIFY2(r.ok(), r.message.c_str());
        QCOMPARE(r.tp, (TopicPartition{"orders", i % 3}));
        QVERIFY(r.timestamp > 0);
        offsets[r.tp.partition].push_back(r.offset);
        const auto stored = storedRecord(*m_wire.cluster, r.tp, r.offset);
        QVERIFY(stored);
        QCOMPARE(stringOf(stored->key), "k" + std::to_string(i));
        QCOMPARE(stringOf(stored->value), "v" + std::to_string(i));
        QCOMPARE(stored->timestamp, r.timestamp);
    }
    // Each partition's records, in the order they were sent, one after the other.
    for (const auto &[partition, list] : offsets) {
        QCOMPARE(list.size(), std::size_t{kRecords / 3});
        for (std::size_t i = 0; i < list.size(); ++i)
            QCOMPARE(list[i], static_cast<std::int64_t>(i));
    }
    QVERIFY(writer->close(std::chrono::seconds(10)));
}

void TestRemoteRecordWriter::keyedRecordsLandWhereTheEmbeddedProducerPutsThem()
{
    auto writer = openWriter(m_wire);
    Producer embedded(*m_wire.cluster);
    std::set<std::int32_t> used;
    for (int i = 0; i < 200; ++i) {
        const std::string key = "customer-" + std::to_string(i * 7919);
        auto remote = writer->send(recordOf("keys", std::nullopt, key, "remote"), nullptr);
        auto local = embedded.send(recordOf("keys", std::nullopt, key, "embedded"), nullptr);
        const DeliveryReport r = waitFor(remote);
        const DeliveryReport l = waitFor(local);
        QVERIFY2(r.ok(), r.message.c_str());
        QVERIFY2(l.ok(), l.message.c_str());
        QCOMPARE(r.tp, l.tp);
        QCOMPARE(r.tp.partition, partitionForKey(bytesOf(key), 6));
        used.insert(r.tp.partition);
    }
    QCOMPARE(used.size(), std::size_t{6});
}

void TestRemoteRecordWriter::nullAndEmptyKeysValuesAndHeadersSurvive()
{
    auto writer = openWriter(m_wire);
    const std::int64_t stamp = SystemClock::instance().nowMs() - 60'000;

    ProducerRecord nothing; // null key, null value, no headers, stamped when sent
    nothing.topic = "shapes";
    ProducerRecord empties; // empty key and value, and headers null, empty and set
    empties.topic = "shapes";
    empties.key = Bytes{};
    empties.value = Bytes{};
    empties.headers = {
        {"none", std::nullopt}, {"empty", Bytes{}}, {"trace", bytesOf("abc")}, {"trace", bytesOf("d")}};
    empties.timestamp = stamp;
    ProducerRecord tombstone; // a key with a null value
    tombstone.topic = "shapes";
    tombstone.key = bytesOf("gone");

    const std::int64_t before = SystemClock::instance().nowMs();
    auto first = writer->send(nothing, nullptr);
    auto second = writer->send(empties, nullptr);
    auto third = writer->send(tombstone, nullptr);
    const DeliveryReport r1 = waitFor(first);
    const DeliveryReport r2 = waitFor(second);
    const DeliveryReport r3 = waitFor(third);
    QVERIFY2(r1.ok() && r2.ok() && r3.ok(), (r1.message + r2.message + r3.message).c_str());

    const auto s1 = storedRecord(*m_wire.cluster, r1.tp, r1.offset);
    const auto s2 = storedRecord(*m_wire.cluster, r2.tp, r2.offset);
    const auto s3 = storedRecord(*m_wire.cluster, r3.tp, r3.offset);
    QVERIFY(s1 && s2 && s3);
    QVERIFY(!s1->key);
    QVERIFY(!s1->value);
    QVERIFY(s1->headers.empty());
    QVERIFY(s1->timestamp >= before);
    QCOMPARE(s1->timestamp, r1.timestamp);

    QVERIFY(s2->key && s2->key->empty());
    QVERIFY(s2->value && s2->value->empty());
    QCOMPARE(s2->headers, empties.headers);
    QCOMPARE(s2->timestamp, stamp);
    QCOMPARE(r2.timestamp, stamp);

    QCOMPARE(stringOf(s3->key), std::string("gone"));
    QVERIFY(!s3->value);
}

void TestRemoteRecordWriter::aPartitionThatDoesNotExistFailsInWords()
{
    auto writer = openWriter(m_wire);
    // Once librdkafka knows the topic, and before: both fail the same way.
    for (const std::string topic : {"orders", "orders", "keys"}) {
        auto report = writer->send(recordOf(topic, 7, "k", "v"), nullptr);
        const DeliveryReport r = waitFor(report);
        QCOMPARE(r.error, ErrorCode::UnknownTopicOrPartition);
        QCOMPARE(r.message, "topic \"" + topic + "\" has no partition 7");
        QCOMPARE(r.tp, (TopicPartition{topic, 7}));
    }
    auto negative = writer->send(recordOf("orders", -1, "k", "v"), nullptr);
    const DeliveryReport n = waitFor(negative);
    QCOMPARE(n.error, ErrorCode::UnknownTopicOrPartition);
    QCOMPARE(n.message, std::string("topic \"orders\" has no partition -1"));
    // The writer is none the worse for it.
    auto fine = writer->send(recordOf("orders", 1, "k", "v"), nullptr);
    QVERIFY(waitFor(fine).ok());
}

void TestRemoteRecordWriter::settingsLibrdkafkaRefusesAreInvalid()
{
    ProducerConfig config;
    config.lingerMs = 5000;
    config.deliveryTimeoutMs = 1000; // must outlast the linger
    auto writer = openRemoteWriter(remoteSettingsFor(m_wire), config);
    QVERIFY(!writer);
    QCOMPARE(writer.status().code(), StatusCode::InvalidArgument);
    QVERIFY2(writer.status().message().find("linger") != std::string::npos,
             writer.status().message().c_str());
}

void TestRemoteRecordWriter::flushSendsWhatLingers()
{
    ProducerConfig config;
    config.lingerMs = 600'000;
    config.deliveryTimeoutMs = 1'200'000;
    auto writer = openWriter(m_wire, config);
    std::atomic<int> acknowledged{0};
    for (int i = 0; i < 20; ++i)
        writer->send(recordOf("orders", i % 3, "k", "lingering"), [&](const DeliveryReport &r) {
            if (r.ok())
                ++acknowledged;
        });
    QVERIFY(writer->flush(std::chrono::seconds(30)));
    QCOMPARE(acknowledged.load(), 20);
}

void TestRemoteRecordWriter::closeWithTheLeaderGoneReturnsAtItsTimeoutAndFailsTheRest()
{
    QVERIFY(m_wire.cluster->createTopic(topicSpec("stalled", 1, 1)).ok());
    const TopicPartition tp{"stalled", 0};
    ProducerConfig config;
    config.deliveryTimeoutMs = 600'000; // far beyond the close
    auto writer = openWriter(m_wire, config);
    auto first = writer->send(recordOf("stalled", 0, "k", "before"), nullptr);
    QVERIFY(waitFor(first).ok());

    // The partition's only replica goes: nothing written to it can be acknowledged.
    const std::int32_t leader = leaderOf(*m_wire.cluster, tp);
    QVERIFY(leader > 0);
    QVERIFY(m_wire.cluster->stopBroker(leader).isOk());

    // More than librdkafka's queue holds: send() waits for room, and fails nothing itself.
    constexpr int kRecords = kQueueCapacity + 10;
    std::mutex mutex;
    std::vector<DeliveryReport> reports;
    std::atomic<int> sent{0};
    std::thread sender([&] {
        for (int i = 0; i < kRecords; ++i) {
            writer->send(recordOf("stalled", 0, "k", "v"), [&](const DeliveryReport &r) {
                std::lock_guard lock(mutex);
                reports.push_back(r);
            });
            ++sent;
        }
    });
    const auto reported = [&] {
        std::lock_guard lock(mutex);
        return reports.size();
    };
    QVERIFY(eventually([&] { return sent.load() >= kQueueCapacity; }, std::chrono::seconds(60)));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    QVERIFY(sent.load() < kRecords);
    QCOMPARE(reported(), std::size_t{0});

    bool flushed = true;
    QVERIFY(finishesWithin([&] { flushed = writer->close(std::chrono::milliseconds(1000)); },
                           std::chrono::seconds(20)));
    QVERIFY(!flushed);
    sender.join();
    QVERIFY(eventually([&] { return reported() == std::size_t{kRecords}; }));
    std::lock_guard lock(mutex);
    for (const auto &r : reports) {
        QCOMPARE(r.error, ErrorCode::RequestTimedOut);
        QCOMPARE(r.message, std::string("the producer closed before the record was acknowledged"));
    }
    QVERIFY(m_wire.cluster->restartBroker(leader).isOk());
}

QTEST_GUILESS_MAIN(TestRemoteRecordWriter)
#include "test_remote_record_writer.moc"
