// Damaged and malformed record batches: every bit flip, every truncation, garbage, damage
// behind a valid CRC, and lying counts, lengths and fields are reported as Corruption
// naming the batch, and never read out of bounds.

#include "record_batch_fixture.h"

#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include "common/byte_order.h"
#include "common/crc32c.h"

#include <QTest>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

using es::BatchIterator;
using es::Bytes;
using es::ByteView;
using es::Compression;
using es::Record;
using es::RecordBatchBuilder;
using es::RecordBatchView;
using es::RecordView;
using es::Status;
using es::StatusCode;
namespace batch = es::batch;
using namespace es::test;

namespace {

void fixCrc(Bytes &b)
{
    es::storeBigEndian<std::uint32_t>(b.data() + batch::kCrcAt, es::crc32c(b.data() + batch::kAttributesAt,
                                                                           b.size() - batch::kAttributesAt));
}

// The golden header over another records section, with Length and CRC made consistent so
// that only the record-level checks can catch what is wrong.
Bytes goldenWithRecords(const Bytes &records, std::int32_t count, std::int32_t lastOffsetDelta)
{
    Bytes b(kGolden.begin(), kGolden.begin() + batch::kHeaderSize);
    b.insert(b.end(), records.begin(), records.end());
    es::storeBigEndian<std::int32_t>(b.data() + batch::kLengthAt, static_cast<std::int32_t>(b.size() - 12));
    es::storeBigEndian<std::int32_t>(b.data() + batch::kRecordCountAt, count);
    es::storeBigEndian<std::int32_t>(b.data() + batch::kLastOffsetDeltaAt, lastOffsetDelta);
    fixCrc(b);
    return b;
}

Bytes goldenRecord0() { return {kGolden.begin() + kGoldenRecord0At, kGolden.begin() + kGoldenRecord1At}; }
Bytes goldenRecord1() { return {kGolden.begin() + kGoldenRecord1At, kGolden.end()}; }
Bytes concat(Bytes a, const Bytes &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

class TestRecordBatchCorruption : public QObject {
    Q_OBJECT

private slots:
    // Every single-bit flip is caught. BaseOffset (bytes 0..7) and PartitionLeaderEpoch
    // (12..15) are skipped: the CRC leaves them out on purpose so the leader can rewrite
    // them, so most flips there yield a valid batch with other offsets or another epoch,
    // which no reader can tell from the real thing. Length (8..11) is not CRC-covered either;
    // the exact-length check catches it. Magic (16) fails the header check; the CRC field
    // (17..20) and everything it covers (21..) fail the CRC.
    void everyBitFlipIsDetected()
    {
        for (Compression c : kAllCodecs) {
            RecordBatchBuilder::Options o = goldenOptions();
            o.compression = c;
            const Bytes good = build(goldenRecords(), o);
            QVERIFY(decodeAll(good).isOk());
            for (std::size_t pos = 0; pos < good.size(); ++pos) {
                if (pos < 8 || (pos >= 12 && pos < 16))
                    continue;
                for (int bit = 0; bit < 8; ++bit) {
                    Bytes bad = good;
                    bad[pos] ^= static_cast<std::uint8_t>(1u << bit);
                    const Status s = decodeAll(bad);
                    QVERIFY2(s.code() == StatusCode::Corruption,
                             qPrintable(QString("codec %1 byte %2 bit %3: %4")
                                            .arg(int(c))
                                            .arg(pos)
                                            .arg(bit)
                                            .arg(QString::fromStdString(s.toString()))));
                    QVERIFY(s.message().find("record batch at offset") != std::string::npos);
                }
            }
        }
    }

    void truncatedAtEveryLength()
    {
        for (std::size_t n = 0; n < kGolden.size(); ++n) {
            const ByteView cut = ByteView(kGolden).first(n);
            QCOMPARE(RecordBatchView::parse(cut).status().code(), StatusCode::Corruption);
            BatchIterator it(cut);
            QVERIFY(!it.next());
            QCOMPARE(it.position(), 0u);
            if (n == 0) {
                QVERIFY(it.status().isOk());
            } else {
                QVERIFY2(it.stoppedAtPartialBatch(), it.status().toString().c_str());
                QCOMPARE(it.status().code(), StatusCode::OutOfRange);
            }
        }
        // A whole batch followed by a cut one: the first is delivered, the tail is partial.
        const Bytes two = concat(kGolden, kGolden);
        for (std::size_t n = kGolden.size() + 1; n < two.size(); ++n) {
            BatchIterator it(ByteView(two).first(n));
            QVERIFY(it.next());
            QVERIFY(!it.next());
            QVERIFY(it.stoppedAtPartialBatch());
            QCOMPARE(it.position(), kGolden.size());
        }
    }

    void partialTailWithBadHeaderIsCorruption()
    {
        Bytes b = kGolden;
        b[batch::kMagicAt] = 1;
        for (std::size_t n : {std::size_t(20), batch::kHeaderSize, std::size_t(70)}) {
            BatchIterator it(ByteView(b).first(n));
            QVERIFY(!it.next());
            QCOMPARE(it.status().code(), StatusCode::Corruption);
        }
    }

    void garbageIsRejected()
    {
        std::mt19937 rng(7);
        for (int round = 0; round < 2000; ++round) {
            Bytes g(rng() % 200);
            for (auto &x : g)
                x = static_cast<std::uint8_t>(rng());
            // Plausible prefixes half the time, so the deeper checks are reached too.
            if (round % 2 == 0 && g.size() > batch::kMagicAt) {
                es::storeBigEndian<std::int32_t>(g.data() + batch::kLengthAt, std::int32_t(g.size() - 12));
                g[batch::kMagicAt] = 2;
            }
            QVERIFY(!RecordBatchView::parse(g).isOk());
            BatchIterator it(g);
            QVERIFY(!it.next());
            QCOMPARE(it.status().isOk(), g.empty());

            // Garbage after a good batch stops the walk after that batch.
            const Bytes withTail = concat(kGolden, g);
            BatchIterator tail(withTail);
            QVERIFY(tail.next());
            QVERIFY(!tail.next());
            QCOMPARE(tail.position(), kGolden.size());
        }
    }

    // Random damage behind a valid CRC reaches the record decoder (and the codecs): it must
    // report Corruption or decode something, never read out of bounds (run under ASan).
    void damageBehindValidCrcIsSafe()
    {
        std::mt19937 rng(11);
        for (Compression c : kAllCodecs) {
            RecordBatchBuilder::Options o;
            o.compression = c;
            const Bytes good = build(variedRecords(12, 4), o);
            for (int round = 0; round < 1500; ++round) {
                Bytes bad = good;
                const int damage = 1 + int(rng() % 4);
                for (int d = 0; d < damage; ++d)
                    bad[batch::kHeaderSize + rng() % (bad.size() - batch::kHeaderSize)] =
                        static_cast<std::uint8_t>(rng());
                if (round % 3 == 0)
                    bad.resize(batch::kHeaderSize + rng() % (bad.size() - batch::kHeaderSize));
                es::storeBigEndian<std::int32_t>(bad.data() + batch::kLengthAt,
                                                 std::int32_t(bad.size() - 12));
                fixCrc(bad);
                std::vector<Record> decoded;
                const Status s = decodeAll(bad, &decoded);
                QVERIFY(s.isOk() || s.code() == StatusCode::Corruption);
            }
        }
    }

    void lyingRecordCount()
    {
        const Bytes records = concat(goldenRecord0(), goldenRecord1());
        QVERIFY(decodeAll(goldenWithRecords(records, 2, 1)).isOk());

        // More records claimed than present.
        Status s = decodeAll(goldenWithRecords(records, 3, 5));
        QCOMPARE(s.code(), StatusCode::Corruption);
        QVERIFY2(s.message().find("holds 2 records") != std::string::npos, s.message().c_str());
        s = decodeAll(goldenWithRecords(records, std::numeric_limits<std::int32_t>::max(),
                                        std::numeric_limits<std::int32_t>::max()));
        QCOMPARE(s.code(), StatusCode::Corruption);

        // Fewer: the rest is trailing garbage.
        s = decodeAll(goldenWithRecords(records, 1, 1));
        QCOMPARE(s.code(), StatusCode::Corruption);
        QVERIFY2(s.message().find("trailing") != std::string::npos, s.message().c_str());
        s = decodeAll(goldenWithRecords(records, 0, 1));
        QCOMPARE(s.code(), StatusCode::Corruption);

        // Caught by the header checks before any record is read.
        QCOMPARE(decodeAll(goldenWithRecords(records, -1, 1)).code(), StatusCode::Corruption);
        QCOMPARE(decodeAll(goldenWithRecords(records, 3, 1)).code(), StatusCode::Corruption);

        // An empty batch (all records compacted away) is valid.
        QVERIFY(decodeAll(goldenWithRecords({}, 0, 1)).isOk());
    }

    void lyingLengthsAndFields_data()
    {
        QTest::addColumn<Bytes>("records");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("lastOffsetDelta");
        const Bytes r0 = goldenRecord0(), r1 = goldenRecord1();
        // Record 0 layout: [0] length, [1] attributes, [2] ts delta, [3] offset delta,
        // [4] key length, [7] value length, [13] header count, [14] header key length,
        // [16] header value length.
        auto r0With = [&](std::size_t at, std::uint8_t v) {
            Bytes r = r0;
            r[at] = v;
            return concat(r, r1);
        };
        auto r1With = [&](std::size_t at, std::uint8_t v) {
            Bytes r = r1;
            r[at] = v;
            return concat(r0, r);
        };
        QTest::newRow("record length too long") << r0With(0, 0x24) << 2 << 1;
        QTest::newRow("record length too short") << r0With(0, 0x20) << 2 << 1;
        QTest::newRow("record length past the end") << r1With(0, 0x0e) << 2 << 1;
        QTest::newRow("record length negative") << r0With(0, 0x01) << 2 << 1;
        QTest::newRow("record length below minimum") << r1With(0, 0x0a) << 2 << 1;
        QTest::newRow("record length huge")
            << concat(Bytes{0xfe, 0xff, 0xff, 0xff, 0x0f}, Bytes(r0.begin() + 1, r0.end())) << 1 << 1;
        QTest::newRow("record length unterminated") << Bytes(12, 0xff) << 1 << 1;
        QTest::newRow("record length overlong varint") << Bytes{0x80, 0x80, 0x80, 0x80, 0x80, 0x00} << 1 << 1;
        QTest::newRow("timestamp delta unterminated")
            << Bytes{0x0c, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff} << 1 << 1;
        QTest::newRow("key length past record") << r0With(4, 0x40) << 2 << 1;
        QTest::newRow("key length -2") << r0With(4, 0x03) << 2 << 1;
        QTest::newRow("value length past record") << r0With(7, 0x22) << 2 << 1;
        QTest::newRow("value length -2") << r0With(7, 0x03) << 2 << 1;
        QTest::newRow("header count negative") << r0With(13, 0x01) << 2 << 1;
        QTest::newRow("header count too high") << r0With(13, 0x04) << 2 << 1;
        QTest::newRow("header count too low") << r0With(13, 0x00) << 2 << 1;
        QTest::newRow("header key null") << r0With(14, 0x01) << 2 << 1;
        QTest::newRow("header key past record") << r0With(14, 0x08) << 2 << 1;
        QTest::newRow("header value -2") << r0With(16, 0x03) << 2 << 1;
        QTest::newRow("header value past record") << r0With(16, 0x06) << 2 << 1;
        QTest::newRow("offset delta repeated") << r1With(3, 0x00) << 2 << 1;
        QTest::newRow("offset delta negative") << r0With(3, 0x01) << 2 << 1;
        QTest::newRow("offset delta past last") << r1With(3, 0x04) << 2 << 1;
    }

    void lyingLengthsAndFields()
    {
        QFETCH(Bytes, records);
        QFETCH(int, count);
        QFETCH(int, lastOffsetDelta);
        const Status s = decodeAll(goldenWithRecords(records, count, lastOffsetDelta));
        QCOMPARE(s.code(), StatusCode::Corruption);
        QVERIFY2(s.message().find("record batch at offset 0: ") == 0, s.message().c_str());
    }

    // Compaction leaves gaps in the offset deltas; the decoder accepts them.
    void offsetDeltaGapsAreAccepted()
    {
        Bytes r1 = goldenRecord1();
        r1[3] = 0x06; // offset delta 3
        const Bytes b = goldenWithRecords(concat(goldenRecord0(), r1), 2, 5);
        auto view = RecordBatchView::parse(b);
        QVERIFY(view.isOk());
        std::vector<std::int64_t> offsets;
        QVERIFY(view->forEachRecord([&](const RecordView &r) { offsets.push_back(r.offset); }).isOk());
        QVERIFY(offsets == (std::vector<std::int64_t>{0, 3}));
    }

    void headerChecksNameTheBatch()
    {
        auto expectCorrupt = [](const Bytes &b, const char *what) {
            auto h = es::parseBatchHeader(b);
            QVERIFY2(!h.isOk(), what);
            QCOMPARE(h.status().code(), StatusCode::Corruption);
            QVERIFY2(h.status().message().find("offset 4242") != std::string::npos,
                     h.status().message().c_str());
        };
        Bytes base = kGolden;
        es::setBaseOffset(base, 4242);
        QVERIFY(es::parseBatchHeader(base).isOk());

        expectCorrupt(Bytes(base.begin(), base.begin() + 60), "short");
        Bytes b = base;
        b[batch::kMagicAt] = 1;
        expectCorrupt(b, "magic");
        for (std::int32_t length : {48, -1, batch::kMaxBatchSize + 1}) {
            b = base;
            es::storeBigEndian<std::int32_t>(b.data() + batch::kLengthAt, length);
            expectCorrupt(b, "length");
        }
        b = base;
        es::storeBigEndian<std::int16_t>(b.data() + batch::kAttributesAt, 5);
        expectCorrupt(b, "codec");
        b = base;
        es::storeBigEndian<std::int32_t>(b.data() + batch::kLastOffsetDeltaAt, -1);
        expectCorrupt(b, "last offset delta");
        b = base;
        es::storeBigEndian<std::int32_t>(b.data() + batch::kRecordCountAt, -5);
        expectCorrupt(b, "record count");

        b = base;
        es::setBaseOffset(b, -1);
        QVERIFY(!es::parseBatchHeader(b).isOk());
        es::setBaseOffset(b, std::numeric_limits<std::int64_t>::max());
        QVERIFY(!es::parseBatchHeader(b).isOk());

        // A buffer longer or shorter than Length says is not one batch.
        const Bytes longer = concat(base, {0});
        QCOMPARE(RecordBatchView::parse(longer).status().code(), StatusCode::Corruption);
    }

    void corruptCompressedBlock()
    {
        for (Compression c : kAllCodecs) {
            if (c == Compression::None)
                continue;
            RecordBatchBuilder::Options o;
            o.compression = c;
            Bytes b = build(variedRecords(40, 8), o);
            for (std::size_t i = batch::kHeaderSize; i < b.size(); ++i)
                b[i] = static_cast<std::uint8_t>(i * 31);
            fixCrc(b);
            const Status s = decodeAll(b);
            QCOMPARE(s.code(), StatusCode::Corruption);
            QVERIFY2(s.message().find("record batch at offset 0") == 0, s.message().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordBatchCorruption)
#include "test_record_batch_corruption.moc"
