// What a partition leader checks and rewrites in produced batches (Kafka's LogValidator),
// over real sockets with raw batches whose header fields are patched one at a time (the CRC
// recomputed, so that each case tests the field): a MaxTimestamp of -1 is recomputed and
// does not let time retention delete the records; timestamps far from the broker's clock,
// record lists larger than a segment, header fields that lie and writes to internal topics
// are refused with nothing stored; ListOffsets -3 finds the record with the largest
// timestamp; a topic's compression.type is the codec stored. KAFKA_NOTES.md, "What the
// leader validates and rewrites".

// moc cannot parse the standard library's C++20 headers that Asio pulls in.
#ifndef Q_MOC_RUN
#include "server/wire_fixture.h"

#include "cluster/topic_name.h"
#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#endif

#include <QList>
#include <QObject>

#include <limits>
#include <map>
#include <memory>
#include <thread>

using namespace es;
using namespace es::test;
using namespace std::chrono_literals;

namespace {

constexpr std::int16_t kProduceVersion = 7;
constexpr std::int16_t kFetchVersion = 11;
constexpr std::int16_t kListOffsetsVersion = 7; // the first that knows timestamp -3

// What offsetOf() answers when the broker did not answer or answered an error.
constexpr std::int64_t kNoOffset = std::numeric_limits<std::int64_t>::min();

constexpr std::int64_t kTwoHoursMs = 2 * 60 * 60 * 1000;

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// One batch with a record per timestamp, as a producer writes it; each value is
// `valueSize` bytes.
Bytes batchOf(const std::vector<std::int64_t> &timestamps, Compression compression = Compression::None,
              std::size_t valueSize = 16)
{
    RecordBatchOptions options;
    options.compression = compression;
    RecordBatchBuilder builder(options);
    for (std::size_t i = 0; i < timestamps.size(); ++i) {
        const Bytes key = bytesOf("key-" + std::to_string(i));
        const Bytes value(valueSize, static_cast<std::uint8_t>('a' + i % 26));
        builder.append(ByteView(key), ByteView(value), {}, timestamps[i]);
    }
    return *builder.build();
}

// Overwrites one header field and recomputes the CRC, so that the broker sees a batch
// whose only fault is that field's value.
template <typename T>
void patch(Bytes &batch, std::size_t at, T value)
{
    storeBigEndian<T>(batch.data() + at, value);
    storeBigEndian<std::uint32_t>(batch.data() + batch::kCrcAt, crc32c(batch.data() + batch::kAttributesAt,
                                                                       batch.size() - batch::kAttributesAt));
}

std::int16_t attributesOf(const Bytes &batch)
{
    return loadBigEndian<std::int16_t>(batch.data() + batch::kAttributesAt);
}

// A batch as a consumer fetches it back.
struct StoredBatch {
    BatchHeader header;
    bool crcValid = false;
    std::vector<std::int64_t> timestamps; // each record's, as a reader reports it
    std::vector<std::string> values;
};

std::vector<StoredBatch> batchesIn(const Bytes &data)
{
    std::vector<StoredBatch> out;
    BatchIterator it(data, CrcCheck::Skip);
    while (it.next()) {
        StoredBatch stored{it.header(), crcMatches(it.batch()), {}, {}};
        if (auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip))
            (void)view->forEachRecord([&](const RecordView &r) {
                stored.timestamps.push_back(r.timestamp);
                stored.values.emplace_back(r.value ? std::string(asChars(*r.value)) : std::string());
            });
        out.push_back(std::move(stored));
    }
    return out;
}

std::int32_t leaderOf(const Cluster &cluster, const std::string &topic, std::int32_t partition)
{
    const PartitionInfo *p = cluster.metadata()->partition({topic, partition});
    return p ? p->leader : -1;
}

// A topic of one partition on all three brokers, with `configs`; answered once it has a
// leader.
AdminResult createTopic(const WireCluster &w, const std::string &name,
                        std::map<std::string, std::string> configs = {})
{
    AdminResult created = w.cluster->createTopic({name, 1, 3, std::move(configs), false, false});
    if (created.ok() && !w.cluster->waitUntilReady(10s))
        return {ErrorCode::LeaderNotAvailable, name + " has no leader after 10 s"};
    return created;
}

// A connection to the leader of one partition, as the cluster's metadata names it when the
// connection is made, with the requests these cases send to it.
class LeaderClient {
public:
    LeaderClient(const WireCluster &w, std::string topic, std::int32_t partition = 0)
        : m_client(w.port(leaderOf(*w.cluster, topic, partition))),
          m_topic(std::move(topic)),
          m_partition(partition)
    {}

    [[nodiscard]] bool connected() const { return m_client.connected(); }

    // Produce with acks=-1; NetworkException when no answer came. `baseOffset`, when given,
    // gets the offset the leader assigned.
    ErrorCode produce(const Bytes &records, std::int64_t *baseOffset = nullptr)
    {
        protocol::ProduceRequest req;
        req.acks = -1;
        req.timeoutMs = 10000;
        req.topicData.push_back({m_topic, {{m_partition, records}}});
        auto resp = m_client.call(req, kProduceVersion);
        if (!resp || resp->responses.size() != 1 || resp->responses[0].partitionResponses.size() != 1)
            return ErrorCode::NetworkException;
        const auto &p = resp->responses[0].partitionResponses[0];
        if (baseOffset)
            *baseOffset = p.baseOffset;
        return p.errorCode;
    }

    std::optional<protocol::ListOffsetsResponse::Partition> listOffsets(std::int64_t timestamp)
    {
        protocol::ListOffsetsRequest req;
        req.topics.push_back({m_topic, {{m_partition, -1, timestamp, 1}}});
        auto resp = m_client.call(req, kListOffsetsVersion);
        if (!resp || resp->topics.size() != 1 || resp->topics[0].partitions.size() != 1)
            return std::nullopt;
        return resp->topics[0].partitions[0];
    }

    // The offset ListOffsets answers for `timestamp`, or kNoOffset.
    std::int64_t offsetOf(std::int64_t timestamp)
    {
        const auto p = listOffsets(timestamp);
        return p && p->errorCode == ErrorCode::None ? p->offset : kNoOffset;
    }

    // The batches one Fetch from `offset` returns; none when it fails.
    std::vector<StoredBatch> fetch(std::int64_t offset)
    {
        protocol::FetchRequest req;
        req.maxWaitMs = 100;
        req.minBytes = 1;
        req.maxBytes = 1 << 20;
        req.isolationLevel = 1;
        req.topics.push_back({m_topic, {{m_partition, -1, offset, -1, -1, 1 << 20}}});
        auto resp = m_client.call(req, kFetchVersion);
        if (!resp || resp->responses.size() != 1 || resp->responses[0].partitions.size() != 1)
            return {};
        const auto &p = resp->responses[0].partitions[0];
        if (p.errorCode != ErrorCode::None || !p.records)
            return {};
        return batchesIn(*p.records);
    }

private:
    WireClient m_client;
    std::string m_topic;
    std::int32_t m_partition;
};

// A fresh cluster with one topic of `configs` and a client on its partition's leader.
struct WireTopic {
    QTemporaryDir dir;
    WireCluster w;
    std::unique_ptr<LeaderClient> leader;
};

// Null, with a warning saying why, when the topic or the connection cannot be made.
std::unique_ptr<WireTopic> startWireTopic(const std::string &name,
                                          std::map<std::string, std::string> configs = {})
{
    auto t = std::make_unique<WireTopic>();
    t->w = startWireCluster(t->dir);
    const AdminResult created = createTopic(t->w, name, std::move(configs));
    if (!created.ok()) {
        qWarning("creating %s: %s", name.c_str(), created.message.c_str());
        return nullptr;
    }
    t->leader = std::make_unique<LeaderClient>(t->w, name);
    if (!t->leader->connected()) {
        qWarning("no connection to the leader of %s", name.c_str());
        return nullptr;
    }
    return t;
}

// Long enough for several retention passes: fastConfig checks every 200 ms.
void waitForRetentionPasses() { std::this_thread::sleep_for(1500ms); }

// The header lies that case lyingHeaderFieldsAreRefused patches into a batch of three records.
enum class Lie {
    CountBelowRecords,
    CountAboveRecords,
    LastOffsetDeltaBeyondRecords,
    ControlBatch,
    NoSequence
};

void patchLie(Bytes &batch, Lie lie)
{
    switch (lie) {
    case Lie::CountBelowRecords: patch<std::int32_t>(batch, batch::kRecordCountAt, 2); break;
    case Lie::CountAboveRecords:
        patch<std::int32_t>(batch, batch::kRecordCountAt, 4);
        patch<std::int32_t>(batch, batch::kLastOffsetDeltaAt, 3);
        break;
    case Lie::LastOffsetDeltaBeyondRecords: patch<std::int32_t>(batch, batch::kLastOffsetDeltaAt, 3); break;
    case Lie::ControlBatch:
        patch<std::int16_t>(batch, batch::kAttributesAt,
                            static_cast<std::int16_t>(attributesOf(batch) | batch::kControl));
        break;
    case Lie::NoSequence:
        patch<std::int64_t>(batch, batch::kProducerIdAt, 1000);
        patch<std::int16_t>(batch, batch::kProducerEpochAt, 0);
        patch<std::int32_t>(batch, batch::kBaseSequenceAt, -1);
        break;
    }
}

} // namespace

class TestWireLogIntegrity : public QObject {
    Q_OBJECT

private slots:
    void headerMaxTimestampIsRecomputedAndRetentionKeepsTheRecords_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<int>("clientAttributes");
        QTest::newRow("uncompressed") << int(Compression::None) << 0;
        QTest::newRow("gzip") << int(Compression::Gzip) << 0;
        QTest::newRow("lz4") << int(Compression::Lz4) << 0;
        QTest::newRow("log-append-time bit from the client")
            << int(Compression::None) << int(batch::kTimestampTypeLogAppend);
    }

    // An old sarama leaves MaxTimestamp at -1: stored as sent, time retention took the
    // batch's segment for one older than any retention.ms and deleted it at its next pass.
    void headerMaxTimestampIsRecomputedAndRetentionKeepsTheRecords()
    {
        QFETCH(int, codec);
        QFETCH(int, clientAttributes);
        auto topic = startWireTopic("sarama");
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;

        const std::int64_t t = nowMs();
        const std::vector<std::int64_t> sent = {t, t + 5, t + 2}; // the largest is not the last
        Bytes batch = batchOf(sent, static_cast<Compression>(codec));
        patch<std::int16_t>(batch, batch::kAttributesAt,
                            static_cast<std::int16_t>(attributesOf(batch) | clientAttributes));
        patch<std::int64_t>(batch, batch::kMaxTimestampAt, -1);
        QCOMPARE(leader.produce(batch), ErrorCode::None);

        waitForRetentionPasses();
        QCOMPARE(leader.offsetOf(kEarliestTimestamp), 0);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 3);
        const auto stored = leader.fetch(0);
        QCOMPARE(stored.size(), 1u);
        QVERIFY(stored[0].crcValid);
        QCOMPARE(stored[0].header.compression(), static_cast<Compression>(codec));
        QCOMPARE(stored[0].header.maxTimestamp, t + 5);
        QVERIFY(!stored[0].header.hasLogAppendTime()); // the topic is CreateTime
        QCOMPARE(stored[0].timestamps, sent);
    }

    // compression.type=zstd: the leader stores an uncompressed produce as zstd, and a
    // consumer reads the same records back.
    void aTopicsCompressionTypeIsWhatIsStored()
    {
        auto topic = startWireTopic("squeezed", {{"compression.type", "zstd"}});
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;
        const std::int64_t t = nowMs();
        const Bytes batch = batchOf({t, t + 1, t + 2});
        const auto sent = batchesIn(batch);
        QCOMPARE(leader.produce(batch), ErrorCode::None);

        const auto stored = leader.fetch(0);
        QCOMPARE(stored.size(), 1u);
        QVERIFY(stored[0].crcValid);
        QCOMPARE(stored[0].header.compression(), Compression::Zstd);
        QCOMPARE(stored[0].header.recordCount, 3);
        QCOMPARE(stored[0].timestamps, sent.at(0).timestamps);
        QCOMPARE(stored[0].values, sent.at(0).values);
    }

    // Records without a timestamp (-1, as Kafka's NO_TIMESTAMP) give their segment no
    // largest timestamp: retention goes by the file's modification time instead.
    void recordsWithoutTimestampsSurviveRetention()
    {
        auto topic = startWireTopic("untimed");
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;

        const std::vector<std::int64_t> sent = {-1, -1, -1};
        Bytes batch = batchOf(sent);
        patch<std::int64_t>(batch, batch::kMaxTimestampAt, -1);
        QCOMPARE(leader.produce(batch), ErrorCode::None);

        waitForRetentionPasses();
        QCOMPARE(leader.offsetOf(kEarliestTimestamp), 0);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 3);
        const auto stored = leader.fetch(0);
        QCOMPARE(stored.size(), 1u);
        QVERIFY(stored[0].crcValid);
        QCOMPARE(stored[0].timestamps, sent);
    }

    void timestampsFarFromTheBrokerClockAreRefused()
    {
        auto topic = startWireTopic("clocked", {{"message.timestamp.difference.max.ms", "3600000"}});
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;

        // One stale record refuses its whole batch, the good record with it.
        QCOMPARE(leader.produce(batchOf({nowMs(), nowMs() - kTwoHoursMs})), ErrorCode::InvalidTimestamp);
        QCOMPARE(leader.produce(batchOf({nowMs() + kTwoHoursMs})), ErrorCode::InvalidTimestamp);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 0);

        std::int64_t base = -1;
        QCOMPARE(leader.produce(batchOf({nowMs()}), &base), ErrorCode::None);
        QCOMPARE(base, 0);
        // -1 says the record has no timestamp: nothing to compare with the clock.
        QCOMPARE(leader.produce(batchOf({-1}), &base), ErrorCode::None);
        QCOMPARE(base, 1);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 2);
    }

    void aRecordListLargerThanASegmentIsRefused()
    {
        auto topic = startWireTopic("tiny", {{"segment.bytes", "1024"}});
        QVERIFY(topic);
        QCOMPARE(createTopic(topic->w, "tiny-13", {{"segment.bytes", "13"}}).error, ErrorCode::InvalidConfig);
        LeaderClient &leader = *topic->leader;

        const Bytes big = batchOf(std::vector<std::int64_t>(18, nowMs()), Compression::None, 100);
        QVERIFY2(big.size() > 1900 && big.size() < 2200, std::to_string(big.size()).c_str());
        QCOMPARE(leader.produce(big), ErrorCode::RecordListTooLarge);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 0);

        std::int64_t base = -1;
        QCOMPARE(leader.produce(batchOf({nowMs()}), &base), ErrorCode::None);
        QCOMPARE(base, 0);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 1);
    }

    void lyingHeaderFieldsAreRefused_data()
    {
        QTest::addColumn<int>("lie");
        QTest::addColumn<int>("expected");
        // parseBatchHeader() accepts a count up to LastOffsetDelta + 1: only the records tell.
        QTest::newRow("record count below the records")
            << int(Lie::CountBelowRecords) << int(ErrorCode::CorruptMessage);
        QTest::newRow("record count above the records")
            << int(Lie::CountAboveRecords) << int(ErrorCode::CorruptMessage);
        QTest::newRow("last offset delta beyond the records")
            << int(Lie::LastOffsetDeltaBeyondRecords) << int(ErrorCode::CorruptMessage);
        QTest::newRow("control batch from a client")
            << int(Lie::ControlBatch) << int(ErrorCode::InvalidRecord);
        QTest::newRow("producer id without a sequence")
            << int(Lie::NoSequence) << int(ErrorCode::InvalidRecord);
    }

    void lyingHeaderFieldsAreRefused()
    {
        QFETCH(int, lie);
        QFETCH(int, expected);
        auto topic = startWireTopic("liars");
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;

        const std::int64_t t = nowMs();
        Bytes batch = batchOf({t, t + 1, t + 2});
        patchLie(batch, static_cast<Lie>(lie));
        QCOMPARE(leader.produce(batch), static_cast<ErrorCode>(expected));
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 0);

        // Nothing of the refused batch took an offset.
        std::int64_t base = -1;
        QCOMPARE(leader.produce(batchOf({t, t + 1, t + 2}), &base), ErrorCode::None);
        QCOMPARE(base, 0);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), 3);
    }

    // Only the group coordinator writes __consumer_offsets: a forged record there would
    // change a group's committed offsets.
    void clientsCannotWriteInternalTopics()
    {
        QTemporaryDir dir;
        auto w = startWireCluster(dir);
        const std::string offsetsTopic(kConsumerOffsetsTopic);
        WireClient any(w.port(1));
        protocol::FindCoordinatorRequest find;
        find.key = "audit-readers"; // asking for a coordinator creates the offsets topic
        QVERIFY(eventually([&] {
            auto r = any.call(find, 2);
            return r && r->errorCode == ErrorCode::None;
        }));
        QVERIFY(eventually([&] { return leaderOf(*w.cluster, offsetsTopic, 0) > 0; }));
        QVERIFY(w.cluster->waitUntilReady(10s));
        LeaderClient leader(w, offsetsTopic);
        QVERIFY(leader.connected());
        std::int64_t before = kNoOffset;
        QVERIFY(eventually([&] { return (before = leader.offsetOf(kLatestTimestamp)) >= 0; }));

        QCOMPARE(leader.produce(batchOf({nowMs()})), ErrorCode::InvalidTopicException);
        QCOMPARE(leader.offsetOf(kLatestTimestamp), before);
    }

    void maxTimestampOffsetIsTheRecordsNotTheSegments_data()
    {
        QTest::addColumn<QList<qint64>>("secondBatch"); // timestamps, from the first record's
        QTest::newRow("largest in the first batch") << QList<qint64>{40, 45, 41};
        QTest::newRow("tie with the second batch: the first wins") << QList<qint64>{40, 50, 41};
    }

    // ListOffsets -3 (KIP-734) answers the record with the largest timestamp, not the
    // first offset of the segment that holds it.
    void maxTimestampOffsetIsTheRecordsNotTheSegments()
    {
        QFETCH(QList<qint64>, secondBatch);
        auto topic = startWireTopic("peaks");
        QVERIFY(topic);
        LeaderClient &leader = *topic->leader;

        const std::int64_t t = nowMs();
        QCOMPARE(leader.produce(batchOf({t, t + 50, t + 20, t + 30})), ErrorCode::None);
        std::vector<std::int64_t> second;
        for (const qint64 delta : secondBatch)
            second.push_back(t + delta);
        QCOMPARE(leader.produce(batchOf(second)), ErrorCode::None);

        const auto found = leader.listOffsets(kMaxTimestamp);
        QVERIFY(found);
        QCOMPARE(found->errorCode, ErrorCode::None);
        QCOMPARE(found->offset, 1);
        QCOMPARE(found->timestamp, t + 50);
    }
};

QTEST_GUILESS_MAIN(TestWireLogIntegrity)
#include "test_wire_log_integrity.moc"
