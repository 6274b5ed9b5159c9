// What a leader checks in and rewrites of a producer's batches before they are stored
// (Kafka's LogValidator): MaxTimestamp taken from the records, the timestamp type, record
// timestamps far from the clock, sizes, and header fields that disagree with the records.

#include "produced_batch.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;
constexpr std::int64_t kHour = 3'600'000;

// What appendInPlace() said about `batch`: the rejection, None when it was stored.
ProduceRejection rejectionOf(PartitionLog &log, Bytes batch, AppendOrigin origin = AppendOrigin::Client)
{
    LeaderValidation rejected;
    auto appended = log.appendInPlace(batch, LeaderEpoch(0), origin, &rejected);
    if (appended.isOk())
        return ProduceRejection::None;
    if (rejected.ok())
        qFatal("refused without a rejection: %s", appended.status().toString().c_str());
    return rejected.rejection;
}

} // namespace

Q_DECLARE_METATYPE(es::Compression)

class TestLogValidation : public QObject {
    Q_OBJECT

private slots:
    void maxTimestampComesFromTheRecords_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::newRow("none") << Compression::None;
        QTest::newRow("gzip") << Compression::Gzip;
        QTest::newRow("snappy") << Compression::Snappy;
        QTest::newRow("lz4") << Compression::Lz4;
        QTest::newRow("zstd") << Compression::Zstd;
    }

    // A producer that leaves MaxTimestamp at -1 must not get its records deleted by the next
    // retention pass: the leader stores the records' largest timestamp, with a valid CRC.
    void maxTimestampComesFromTheRecords()
    {
        QFETCH(Compression, compression);
        QTemporaryDir tmp;
        ManualClock clock(kNow);
        auto log = PartitionLog::open(partitionDir(tmp), {}, clock).value();
        const Bytes sent = withoutMaxTimestamp(
            producedBatch({{"a", "1", kNow - 3}, {"b", "2", kNow - 1}, {"c", "3", kNow - 2}}, compression));
        QVERIFY(log->append(sent, LeaderEpoch(0)).isOk());

        Stored stored = storedIn(*log);
        QCOMPARE(stored.batches.size(), 1u);
        QCOMPARE(stored.batches[0].maxTimestamp, kNow - 1);
        QCOMPARE(stored.batches[0].compression(), compression);
        QVERIFY(stored.crcsValid);
        QCOMPARE(log->segments().back().maxTimestamp, kNow - 1);

        // Several retention passes within retention.ms (7 days by default) keep everything.
        for (int pass = 0; pass < 5; ++pass) {
            QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
            clock.advance(kHour);
        }
        QCOMPARE(log->logStartOffset(), Offset(0));
        stored = storedIn(*log);
        QCOMPARE(stored.offsetAndTimestamp.size(), 3u);
        QCOMPARE(stored.offsetAndTimestamp[1], std::make_pair(std::int64_t{1}, kNow - 1));
    }

    // A client cannot claim LogAppendTime on a CreateTime topic: readers would then take
    // MaxTimestamp for every record's time.
    void aClientsLogAppendTimeBitIsCleared()
    {
        QTemporaryDir tmp;
        ManualClock clock(kNow);
        auto log = PartitionLog::open(partitionDir(tmp), {}, clock).value();
        Bytes sent = producedBatch({{"a", "1", kNow - 20}, {"b", "2", kNow - 10}});
        const auto attributes = loadBigEndian<std::int16_t>(sent.data() + batch::kAttributesAt);
        sent = patched<std::int16_t>(sent, batch::kAttributesAt,
                                     static_cast<std::int16_t>(attributes | batch::kTimestampTypeLogAppend));
        sent = patched<std::int64_t>(sent, batch::kMaxTimestampAt, 5);
        QVERIFY(log->append(sent, LeaderEpoch(0)).isOk());

        const Stored stored = storedIn(*log);
        QVERIFY(!stored.batches[0].hasLogAppendTime());
        QCOMPARE(stored.batches[0].maxTimestamp, kNow - 10);
        QCOMPARE(stored.offsetAndTimestamp[0].second, kNow - 20);
        QCOMPARE(stored.offsetAndTimestamp[1].second, kNow - 10);
        QVERIFY(stored.crcsValid);
    }

    // message.timestamp.difference.max.ms, as Kafka: records without a timestamp (-1) pass,
    // and LogAppendTime topics take any, since the broker stamps them.
    void timestampsFarFromTheClockAreRefused()
    {
        QTemporaryDir tmp;
        ManualClock clock(kNow);
        LogConfig config;
        config.timestampDifferenceMaxMs = kHour;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        QCOMPARE(rejectionOf(*log, producedBatch({{"a", "1", kNow}, {"b", "2", kNow - 2 * kHour}})),
                 ProduceRejection::InvalidTimestamp);
        QCOMPARE(rejectionOf(*log, producedBatch({{"a", "1", kNow + 2 * kHour}})),
                 ProduceRejection::InvalidTimestamp);
        QCOMPARE(rejectionOf(*log, producedBatch({{"a", "1", std::numeric_limits<std::int64_t>::min()}})),
                 ProduceRejection::InvalidTimestamp);
        QCOMPARE(log->logEndOffset(), Offset(0));
        QCOMPARE(log->append(producedBatch({{"a", "1", kNow}}), LeaderEpoch(0)).status().code(),
                 StatusCode::Ok);
        QCOMPARE(rejectionOf(*log, producedBatch({{"a", "1", kNow - kHour + 1}, {"b", "2", -1}})),
                 ProduceRejection::None);
        QCOMPARE(log->logEndOffset(), Offset(3));

        config.timestampType = TimestampType::LogAppendTime;
        log->setConfig(config);
        QCOMPARE(rejectionOf(*log, producedBatch({{"a", "1", kNow - 100 * kHour}})), ProduceRejection::None);
        QCOMPARE(storedIn(*log).offsetAndTimestamp.back(), std::make_pair(std::int64_t{3}, kNow));
    }

    // A produce larger than segment.bytes could never fit a segment (RECORD_LIST_TOO_LARGE);
    // over max.message.bytes it is MESSAGE_TOO_LARGE.
    void recordsLargerThanASegmentAreRefused()
    {
        QTemporaryDir tmp;
        LogConfig config;
        config.segmentBytes = 1024;
        auto log = PartitionLog::open(partitionDir(tmp), config).value();
        const Bytes large = producedBatch({{"a", std::string(2000, 'x'), kNow}});
        QCOMPARE(rejectionOf(*log, large), ProduceRejection::RecordListTooLarge);
        // Two batches that each fit, but not together.
        Bytes two = producedBatch({{"a", std::string(600, 'x'), kNow}});
        const Bytes second = two;
        two.insert(two.end(), second.begin(), second.end());
        QCOMPARE(rejectionOf(*log, two), ProduceRejection::RecordListTooLarge);
        QCOMPARE(log->logEndOffset(), Offset(0));
        QCOMPARE(rejectionOf(*log, second), ProduceRejection::None);

        config.maxMessageBytes = 300;
        log->setConfig(config);
        QCOMPARE(rejectionOf(*log, second), ProduceRejection::MessageTooLarge);
        QCOMPARE(log->logEndOffset(), Offset(1));
    }

    // Every header field a producer fills is checked against the records and against who
    // sends it; a batch that lies is refused whole and nothing of it is stored.
    void headerFieldsThatLieAreRefused()
    {
        QTemporaryDir tmp;
        auto log = PartitionLog::open(partitionDir(tmp), {}).value();
        const Bytes three = producedBatch({{"a", "1", kNow}, {"b", "2", kNow}, {"c", "3", kNow}});

        // Record count below what the offset deltas and records say.
        QCOMPARE(rejectionOf(*log, patched<std::int32_t>(three, batch::kRecordCountAt, 2)),
                 ProduceRejection::CorruptMessage);
        // A last offset delta beyond the records.
        QCOMPARE(rejectionOf(*log, patched<std::int32_t>(three, batch::kLastOffsetDeltaAt, 3)),
                 ProduceRejection::CorruptMessage);
        // More records declared than there are.
        Bytes more = patched<std::int32_t>(three, batch::kRecordCountAt, 4);
        more = patched<std::int32_t>(more, batch::kLastOffsetDeltaAt, 3);
        QCOMPARE(rejectionOf(*log, more), ProduceRejection::CorruptMessage);
        // A record whose length prefix disagrees with its fields (one byte more: zig-zag 2).
        Bytes longer = three;
        longer[batch::kHeaderSize] = static_cast<std::uint8_t>(longer[batch::kHeaderSize] + 2);
        reseal(longer);
        QCOMPARE(rejectionOf(*log, longer), ProduceRejection::CorruptMessage);
        // Control batches are for coordinators only.
        const auto attributes = loadBigEndian<std::int16_t>(three.data() + batch::kAttributesAt);
        QCOMPARE(
            rejectionOf(*log, patched<std::int16_t>(three, batch::kAttributesAt,
                                                    static_cast<std::int16_t>(attributes | batch::kControl))),
            ProduceRejection::InvalidRecord);
        // A producer id with no sequence.
        Bytes idempotent = patched<std::int64_t>(three, batch::kProducerIdAt, 1000);
        idempotent = patched<std::int16_t>(idempotent, batch::kProducerEpochAt, 0);
        QCOMPARE(rejectionOf(*log, idempotent), ProduceRejection::InvalidRecord);
        QCOMPARE(log->logEndOffset(), Offset(0));

        // The same fields told right are taken.
        QCOMPARE(rejectionOf(*log, patched<std::int32_t>(idempotent, batch::kBaseSequenceAt, 0)),
                 ProduceRejection::None);
        QCOMPARE(rejectionOf(*log, buildControlBatch({.producerId = 1000, .timestamp = kNow}),
                             AppendOrigin::Coordinator),
                 ProduceRejection::None);
        QCOMPARE(log->logEndOffset(), Offset(4));
        QCOMPARE(storedIn(*log).values.front(), std::optional<std::string>("1"));
    }
};

QTEST_GUILESS_MAIN(TestLogValidation)
#include "test_log_validation.moc"
