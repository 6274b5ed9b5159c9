// compression.type on the leader: a topic that names a codec stores every produced batch in
// it, whatever the producer used, with the records unchanged; "producer" keeps the
// producer's codec.

#include "produced_batch.h"

#include <QTest>

using namespace es;
using namespace es::test;

namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;

} // namespace

Q_DECLARE_METATYPE(es::Compression)
Q_DECLARE_METATYPE(std::optional<es::Compression>)

class TestLogRecompression : public QObject {
    Q_OBJECT

private slots:
    void storedInTheTopicsCodec_data()
    {
        QTest::addColumn<Compression>("sent");
        QTest::addColumn<std::optional<Compression>>("topic");
        QTest::addColumn<Compression>("stored");
        const std::optional<Compression> producer;
        QTest::newRow("none to zstd")
            << Compression::None << std::optional(Compression::Zstd) << Compression::Zstd;
        QTest::newRow("none to gzip")
            << Compression::None << std::optional(Compression::Gzip) << Compression::Gzip;
        QTest::newRow("none to snappy")
            << Compression::None << std::optional(Compression::Snappy) << Compression::Snappy;
        QTest::newRow("gzip to lz4") << Compression::Gzip << std::optional(Compression::Lz4)
                                     << Compression::Lz4;
        QTest::newRow("zstd to uncompressed")
            << Compression::Zstd << std::optional(Compression::None) << Compression::None;
        QTest::newRow("zstd kept") << Compression::Zstd << std::optional(Compression::Zstd)
                                   << Compression::Zstd;
        QTest::newRow("producer: snappy kept") << Compression::Snappy << producer << Compression::Snappy;
        QTest::newRow("producer: none kept") << Compression::None << producer << Compression::None;
    }

    void storedInTheTopicsCodec()
    {
        QFETCH(Compression, sent);
        QFETCH(std::optional<Compression>, topic);
        QFETCH(Compression, stored);
        QTemporaryDir tmp;
        ManualClock clock(kNow);
        LogConfig config;
        config.compression = topic;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        const std::string big(2000, 'x');
        QVERIFY(log->append(producedBatch({{"a", "first", kNow}, {"b", big, kNow + 1}}, sent), LeaderEpoch(0))
                    .isOk());
        QVERIFY(log->append(producedBatch({{"c", std::nullopt, kNow + 2}}, sent), LeaderEpoch(0)).isOk());

        const Stored read = storedIn(*log);
        QCOMPARE(read.batches.size(), 2u);
        for (const BatchHeader &h : read.batches)
            QCOMPARE(h.compression(), stored);
        QVERIFY(read.crcsValid);
        QCOMPARE(read.values, (std::vector<std::optional<std::string>>{"first", big, std::nullopt}));
        QCOMPARE(read.offsetAndTimestamp, (std::vector<std::pair<std::int64_t, std::int64_t>>{
                                              {0, kNow}, {1, kNow + 1}, {2, kNow + 2}}));
        QCOMPARE(read.batches[1].baseOffset, std::int64_t{2});
    }

    // What the leader stored is what the caller keeps (and a fetch serves from memory).
    void theCallersBufferHoldsWhatWasStored()
    {
        QTemporaryDir tmp;
        ManualClock clock(kNow);
        LogConfig config;
        config.compression = Compression::Zstd;
        auto log = PartitionLog::open(partitionDir(tmp), config, clock).value();
        Bytes batches = producedBatch({{"k", "value", kNow}});
        QVERIFY(log->appendInPlace(batches, LeaderEpoch(0)).isOk());
        const auto header = parseBatchHeader(batches).value();
        QCOMPARE(header.compression(), Compression::Zstd);
        QCOMPARE(header.totalSize(), batches.size());
        QVERIFY(crcMatches(batches));
    }
};

QTEST_GUILESS_MAIN(TestLogRecompression)
#include "test_log_recompression.moc"
