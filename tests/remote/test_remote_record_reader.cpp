// Reading records of a remote cluster through librdkafka gives what the embedded reader
// gives: the same records (keys, values, timestamps, headers), bounds and time lookups, an
// empty answer at the high watermark, and searches that find the same matches.

#ifndef Q_MOC_RUN
#include "browse/partition_scan.h"
#include "browse/record_search.h"
#include "client/partition_reader.h"
#include "connection/embedded_connection.h"
#include "remote/remote_fixture.h"
#include "remote/remote_record_reader.h"
#endif

#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::test;

namespace {

constexpr int kRecords = 3000;

// Records "k<i>" / "{"n": i}" with a header "seq" = i on every third one, timestamps
// 1000 ms apart from `base`, through librdkafka's producer (acks=all), into partition 0..2
// by i % 3.
void produceRich(const WireCluster &w, const std::string &topic, std::int64_t base)
{
    char why[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const std::string servers = "127.0.0.1:" + std::to_string(w.port(1));
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.c_str(), why, sizeof why);
    rd_kafka_conf_set(conf, "acks", "all", why, sizeof why);
    rd_kafka_conf_set(conf, "linger.ms", "20", why, sizeof why);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, why, sizeof why);
    QVERIFY2(rk, why);
    for (int i = 0; i < kRecords; ++i) {
        std::string key = "k" + std::to_string(i);
        std::string value = "{\"n\": " + std::to_string(i) + "}";
        std::string seq = std::to_string(i);
        std::vector<rd_kafka_vu_t> vus(6);
        vus[0].vtype = RD_KAFKA_VTYPE_TOPIC;
        vus[0].u.cstr = topic.c_str();
        vus[1].vtype = RD_KAFKA_VTYPE_PARTITION;
        vus[1].u.i32 = i % 3;
        vus[2].vtype = RD_KAFKA_VTYPE_KEY;
        vus[2].u.mem = {key.data(), key.size()};
        vus[3].vtype = RD_KAFKA_VTYPE_VALUE;
        vus[3].u.mem = {value.data(), value.size()};
        vus[4].vtype = RD_KAFKA_VTYPE_TIMESTAMP;
        vus[4].u.i64 = base + i * 1000LL;
        vus[5].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        vus[5].u.i = RD_KAFKA_MSG_F_COPY;
        if (i % 3 == 0) {
            rd_kafka_vu_t header;
            header.vtype = RD_KAFKA_VTYPE_HEADER;
            header.u.header = {"seq", seq.data(), static_cast<ssize_t>(seq.size())};
            vus.push_back(header);
        }
        rd_kafka_error_t *error = rd_kafka_produceva(rk, vus.data(), vus.size());
        QVERIFY2(!error, error ? rd_kafka_error_string(error) : "");
        rd_kafka_poll(rk, 0);
    }
    QCOMPARE(rd_kafka_flush(rk, 15000), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_destroy(rk);
}

} // namespace

class TestRemoteRecordReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsTheSameRecordsAsTheEmbeddedReader();
    void boundsAndTimeLookupsAgree();
    void theHighWatermarkAnswersEmptyAtOnce();
    void scansWholePartitionsAndStopsWhenAsked();
    void searchesFindTheSameMatches();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    WireCluster m_wire;
    std::unique_ptr<RemoteConnection> m_remote;
    std::unique_ptr<RecordReader> m_reader;
    std::unique_ptr<PartitionReader> m_local;
    // Recent enough that retention (7 days) keeps every record.
    std::int64_t m_base = SystemClock::instance().nowMs() - 3'600'000;
};

void TestRemoteRecordReader::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_wire = startRemoteTestCluster(*m_dir, 3);
    QVERIFY(m_wire.cluster->createTopic(topicSpec("orders", 3, 2)).ok());
    produceRich(m_wire, "orders", m_base);
    auto remote = RemoteConnection::open(remoteSettingsFor(m_wire),
                                         m_dir->filePath("remote/catalog.sqlite").toStdString());
    QVERIFY(remote.isOk());
    m_remote = std::move(*remote);
    m_reader = m_remote->openReader();
    m_local = std::make_unique<PartitionReader>(*m_wire.cluster);
}

void TestRemoteRecordReader::cleanupTestCase()
{
    m_reader.reset();
    m_local.reset();
    m_remote.reset();
    m_wire.cluster.reset();
}

void TestRemoteRecordReader::readsTheSameRecordsAsTheEmbeddedReader()
{
    for (std::int32_t p = 0; p < 3; ++p) {
        const TopicPartition tp{"orders", p};
        for (std::int64_t from : {0, 1, 500, 998}) {
            auto remote = m_reader->read(tp, from, 50);
            auto local = m_local->read(tp, from, 50);
            QVERIFY2(remote.isOk(), remote.status().toString().c_str());
            QVERIFY(local.isOk());
            QCOMPARE(remote->size(), local->size());
            for (std::size_t i = 0; i < remote->size(); ++i) {
                const FetchedRecord &r = (*remote)[i];
                const FetchedRecord &l = (*local)[i];
                QCOMPARE(r.tp, l.tp);
                QCOMPARE(r.offset, l.offset);
                QCOMPARE(r.timestamp, l.timestamp);
                QCOMPARE(r.key, l.key);
                QCOMPARE(r.value, l.value);
                QCOMPARE(r.headers, l.headers);
            }
        }
    }
    // A record with a header, checked for itself: partition 0 holds i = 0, 3, 6...
    auto first = m_reader->read({"orders", 0}, 0, 1);
    QVERIFY(first.isOk() && first->size() == 1);
    QCOMPARE(first->front().headers.size(), std::size_t{1});
    QCOMPARE(first->front().headers.front().key, std::string("seq"));
    QCOMPARE(first->front().timestamp, m_base);
}

void TestRemoteRecordReader::boundsAndTimeLookupsAgree()
{
    for (std::int32_t p = 0; p < 3; ++p) {
        const TopicPartition tp{"orders", p};
        auto remote = m_reader->bounds(tp);
        auto local = m_local->bounds(tp);
        QVERIFY(remote.isOk() && local.isOk());
        QCOMPARE(remote->logStartOffset, local->logStartOffset);
        QCOMPARE(remote->highWatermark, local->highWatermark);
        QCOMPARE(remote->highWatermark, std::int64_t{kRecords / 3});
        for (std::int64_t t : {m_base - 5000, m_base + 1500, m_base + 1'000'000, m_base + 3'600'000}) {
            auto r = m_reader->offsetForTimestamp(tp, t);
            auto l = m_local->offsetForTimestamp(tp, t);
            QVERIFY(r.isOk() && l.isOk());
            QCOMPARE(*r, *l);
        }
    }
    auto missing = m_reader->bounds({"orders", 7});
    QVERIFY(!missing.isOk());
}

void TestRemoteRecordReader::theHighWatermarkAnswersEmptyAtOnce()
{
    const TopicPartition tp{"orders", 1};
    const std::int64_t end = kRecords / 3;
    // Once from a fresh position, once after reading up to the end.
    for (int round = 0; round < 2; ++round) {
        const auto started = std::chrono::steady_clock::now();
        auto none = m_reader->read(tp, end, 10);
        QVERIFY2(none.isOk(), none.status().toString().c_str());
        QVERIFY(none->empty());
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1500));
        auto tail = m_reader->read(tp, end - 5, 100);
        QVERIFY(tail.isOk());
        QCOMPARE(tail->size(), std::size_t{5});
    }
    auto beyond = m_reader->read(tp, end + 100, 10);
    QVERIFY(!beyond.isOk());
    QCOMPARE(beyond.status().code(), StatusCode::OutOfRange);
}

void TestRemoteRecordReader::scansWholePartitionsAndStopsWhenAsked()
{
    const std::atomic<bool> cancelled{false};
    std::int64_t seen = 0;
    std::int64_t expected = 0;
    for (std::int32_t p = 0; p < 3; ++p) {
        std::int64_t last = -1;
        const Status s = browse::scanPartition(*m_reader, {"orders", p}, 0, kRecords / 3, cancelled,
                                               {.onRecord =
                                                    [&](const RecordView &v) {
                                                        if (v.offset != last + 1)
                                                            return false;
                                                        last = v.offset;
                                                        ++seen;
                                                        return true;
                                                    },
                                                .afterFetch = {}});
        QVERIFY2(s.isOk(), s.toString().c_str());
        QCOMPARE(last, std::int64_t{kRecords / 3 - 1});
        expected += kRecords / 3;
    }
    QCOMPARE(seen, expected);

    // A visit that says stop ends the scan where it stood; a later read goes on from there.
    auto after =
        m_reader->scan({"orders", 2}, 10, 1 << 20, [](const RecordView &v) { return v.offset < 20; });
    QVERIFY(after.isOk());
    QCOMPARE(*after, std::int64_t{20});
    auto resumed = m_reader->read({"orders", 2}, *after, 3);
    QVERIFY(resumed.isOk() && resumed->size() == 3);
    QCOMPARE(resumed->front().offset, std::int64_t{20});

    // Stopped readers end at once.
    auto aborted = m_remote->openReader();
    aborted->abort();
    auto refused = aborted->read({"orders", 0}, 0, 10);
    QCOMPARE(refused.status().code(), StatusCode::Cancelled);
}

void TestRemoteRecordReader::searchesFindTheSameMatches()
{
    RecordSearchSpec spec;
    spec.topic = "orders";
    spec.filter.conditions.push_back({.target = FilterTarget::Value,
                                      .headerName = {},
                                      .kind = MatchKind::Contains,
                                      .pattern = "7}",
                                      .jsonPath = {},
                                      .caseInsensitive = false});
    EmbeddedConnection local(*m_wire.cluster);
    std::uint64_t matches[2] = {0, 0};
    int i = 0;
    for (Connection *c : {static_cast<Connection *>(m_remote.get()), static_cast<Connection *>(&local)}) {
        auto search = RecordSearch::start(*c, spec);
        QVERIFY2(search.isOk(), search.status().toString().c_str());
        QVERIFY((*search)->waitUntilDone(std::chrono::seconds(30)));
        const RecordSearchProgress p = (*search)->progress();
        QVERIFY2(p.error.isOk(), p.error.toString().c_str());
        QCOMPARE(p.scannedRecords, std::uint64_t{kRecords});
        matches[i++] = p.matchedRecords;
    }
    QCOMPARE(matches[0], std::uint64_t{kRecords / 10});
    QCOMPARE(matches[0], matches[1]);
}

QTEST_GUILESS_MAIN(TestRemoteRecordReader)
#include "test_remote_record_reader.moc"
