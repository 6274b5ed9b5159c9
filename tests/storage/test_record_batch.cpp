#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include "common/byte_order.h"
#include "common/crc32c.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using es::BatchHeader;
using es::BatchIterator;
using es::Bytes;
using es::ByteView;
using es::Compression;
using es::Record;
using es::RecordBatchBuilder;
using es::RecordBatchView;
using es::RecordHeader;
using es::RecordHeaderView;
using es::RecordView;
using es::Status;
using es::StatusCode;
namespace batch = es::batch;

namespace {

constexpr std::array kAllCodecs{Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4,
                                Compression::Zstd};

constexpr std::int64_t kGoldenTimestamp = 1700000000000; // 0x0000018BCFE56800

// Two records, written out by hand from the format (record_batch_format.md), not by the
// builder: record 0 has key "k1", value "hello" and header h=v; record 1 has a null key
// and a null value. Producer id 1000, epoch 3, base sequence 7; create time.
const Bytes kGolden = {
    // BaseOffset int64 = 0 (a producer's batch; the leader assigns it)
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    // Length int32 = 74: 86 bytes in all minus the 12 of BaseOffset and Length
    0x00, 0x00, 0x00, 0x4a,
    // PartitionLeaderEpoch int32 = -1
    0xff, 0xff, 0xff, 0xff,
    // Magic int8 = 2
    0x02,
    // CRC uint32: CRC-32C of bytes 21..85, computed with an independent bitwise CRC-32C
    0x26, 0x44, 0xb6, 0xf1,
    // Attributes int16 = 0: uncompressed, create time, not transactional, not control
    0x00, 0x00,
    // LastOffsetDelta int32 = 1
    0x00, 0x00, 0x00, 0x01,
    // BaseTimestamp int64 = 1700000000000, the first record's
    0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x00,
    // MaxTimestamp int64 = 1700000000005
    0x00, 0x00, 0x01, 0x8b, 0xcf, 0xe5, 0x68, 0x05,
    // ProducerId int64 = 1000
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xe8,
    // ProducerEpoch int16 = 3
    0x00, 0x03,
    // BaseSequence int32 = 7
    0x00, 0x00, 0x00, 0x07,
    // RecordCount int32 = 2
    0x00, 0x00, 0x00, 0x02,
    // Record 0, bytes 61..78. All varints are zig-zag: n is written as 2n, -1 as 1.
    0x22,                          // length 17
    0x00,                          // attributes
    0x00,                          // timestamp delta 0
    0x00,                          // offset delta 0
    0x04, 'k', '1',                // key: length 2, "k1"
    0x0a, 'h', 'e', 'l', 'l', 'o', // value: length 5, "hello"
    0x02,                          // header count 1
    0x02, 'h',                     // header key: length 1, "h"
    0x02, 'v',                     // header value: length 1, "v"
    // Record 1, bytes 79..85
    0x0c, // length 6
    0x00, // attributes
    0x0a, // timestamp delta 5
    0x02, // offset delta 1
    0x01, // key length -1: null
    0x01, // value length -1: null
    0x00, // header count 0
};
constexpr std::size_t kGoldenRecord0At = 61;
constexpr std::size_t kGoldenRecord1At = 79;

Bytes bytesOf(std::string_view s) { return {s.begin(), s.end()}; }

std::vector<Record> goldenRecords()
{
    return {
        Record{bytesOf("k1"), bytesOf("hello"), {RecordHeader{"h", bytesOf("v")}}, kGoldenTimestamp},
        Record{std::nullopt, std::nullopt, {}, kGoldenTimestamp + 5},
    };
}

RecordBatchBuilder::Options goldenOptions()
{
    RecordBatchBuilder::Options o;
    o.producerId = 1000;
    o.producerEpoch = 3;
    o.baseSequence = 7;
    return o;
}

Bytes build(const std::vector<Record> &records, RecordBatchBuilder::Options options = {})
{
    RecordBatchBuilder builder(options);
    for (const Record &r : records)
        builder.append(r);
    auto built = builder.build();
    if (!built.isOk())
        qFatal("build failed: %s", built.status().toString().c_str());
    return std::move(built).value();
}

// Parses, checks the CRC, and decodes every record; the first failure is returned.
Status decodeAll(ByteView data, std::vector<Record> *out = nullptr, BatchHeader *header = nullptr)
{
    auto view = RecordBatchView::parse(data);
    if (!view.isOk())
        return view.status();
    if (header)
        *header = view->header();
    return view->forEachRecord([&](const RecordView &r) {
        if (out)
            out->push_back(r.toRecord());
    });
}

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

QByteArray hex(ByteView b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex(' ');
}

// A mix that exercises every field: null and empty keys and values, many headers with null
// and empty values, timestamps before the first one (negative deltas), 1 to 1000-byte values.
std::vector<Record> variedRecords(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<Record> out;
    for (std::size_t i = 0; i < n; ++i) {
        Record r;
        r.timestamp = kGoldenTimestamp + static_cast<std::int64_t>(rng() % 2000) - 1000;
        switch (i % 5) {
        case 0: r.key = std::nullopt; break;
        case 1: r.key = Bytes{}; break;
        default: r.key = bytesOf("key-" + std::to_string(i)); break;
        }
        switch (i % 7) {
        case 0: r.value = std::nullopt; break;
        case 1: r.value = Bytes{}; break;
        default: {
            const std::string text =
                "value " + std::to_string(i) + " sensor=" + std::to_string(rng() % 16) + " ";
            Bytes v;
            const std::size_t size = 1 + rng() % 1000;
            while (v.size() < size)
                v.insert(v.end(), text.begin(), text.end());
            v.resize(size);
            r.value = std::move(v);
        }
        }
        const std::size_t headerCount = (i % 11 == 0) ? 20 : i % 3;
        for (std::size_t h = 0; h < headerCount; ++h) {
            RecordHeader header{"header-" + std::to_string(h), bytesOf(std::to_string(rng()))};
            if (h % 4 == 1)
                header.value = std::nullopt;
            if (h % 4 == 2)
                header.value = Bytes{};
            if (h == 3)
                header.key.clear();
            r.headers.push_back(std::move(header));
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

class TestRecordBatch : public QObject {
    Q_OBJECT

private slots:
    void goldenBatchIsBuiltExactly()
    {
        const Bytes built = build(goldenRecords(), goldenOptions());
        QVERIFY2(built == kGolden, hex(built).constData());

        // The view overload writes the same bytes.
        RecordBatchBuilder builder(goldenOptions());
        const Bytes key = bytesOf("k1"), value = bytesOf("hello"), headerValue = bytesOf("v");
        const std::array headers{RecordHeaderView{"h", ByteView(headerValue)}};
        builder.append(ByteView(key), ByteView(value), headers, kGoldenTimestamp);
        builder.append(std::nullopt, std::nullopt, {}, kGoldenTimestamp + 5);
        QCOMPARE(builder.recordCount(), 2);
        QCOMPARE(builder.sizeEstimate(), kGolden.size());
        auto viaViews = builder.build();
        QVERIFY(viaViews.isOk());
        QVERIFY(*viaViews == kGolden);
    }

    void goldenBatchDecodes()
    {
        auto view = RecordBatchView::parse(kGolden);
        QVERIFY2(view.isOk(), view.status().toString().c_str());
        const BatchHeader &h = view->header();
        QCOMPARE(h.baseOffset, 0);
        QCOMPARE(h.length, 74);
        QCOMPARE(h.partitionLeaderEpoch, -1);
        QCOMPARE(h.magic, 2);
        QCOMPARE(h.crc, 0x2644b6f1u);
        QCOMPARE(h.attributes, 0);
        QCOMPARE(h.lastOffsetDelta, 1);
        QCOMPARE(h.baseTimestamp, kGoldenTimestamp);
        QCOMPARE(h.maxTimestamp, kGoldenTimestamp + 5);
        QCOMPARE(h.producerId, 1000);
        QCOMPARE(h.producerEpoch, 3);
        QCOMPARE(h.baseSequence, 7);
        QCOMPARE(h.recordCount, 2);
        QVERIFY(h.compression() == Compression::None);
        QVERIFY(!h.isControl() && !h.isTransactional() && !h.hasLogAppendTime() && !h.hasDeleteHorizon());
        QCOMPARE(h.lastOffset(), 1);
        QCOMPARE(h.nextOffset(), 2);
        QCOMPARE(h.totalSize(), kGolden.size());

        std::vector<RecordView> records;
        QVERIFY(view->forEachRecord([&](const RecordView &r) { records.push_back(r); }).isOk());
        QCOMPARE(records.size(), 2u);

        const RecordView &r0 = records[0];
        QCOMPARE(r0.offset, 0);
        QCOMPARE(r0.timestamp, kGoldenTimestamp);
        QVERIFY(r0.key && es::asChars(*r0.key) == "k1");
        QVERIFY(r0.value && es::asChars(*r0.value) == "hello");
        QCOMPARE(r0.headerCount, 1);
        QCOMPARE(r0.sizeInBytes, 18u);
        const auto headers = r0.headers();
        QCOMPARE(headers.size(), 1u);
        QVERIFY(headers[0].key == "h");
        QVERIFY(headers[0].value && es::asChars(*headers[0].value) == "v");
        // The views point into the batch itself: no copy for an uncompressed batch.
        QCOMPARE(r0.value->data(), kGolden.data() + kGoldenRecord0At + 8);

        const RecordView &r1 = records[1];
        QCOMPARE(r1.offset, 1);
        QCOMPARE(r1.timestamp, kGoldenTimestamp + 5);
        QVERIFY(!r1.key);
        QVERIFY(!r1.value);
        QCOMPARE(r1.headerCount, 0);
        QVERIFY(r1.headers().empty());
        QCOMPARE(r1.sizeInBytes, 7u);

        std::vector<Record> owned;
        QVERIFY(decodeAll(kGolden, &owned).isOk());
        QVERIFY(owned == goldenRecords());
    }

    void recordDecoderPullsRecords()
    {
        auto header = es::parseBatchHeader(kGolden);
        QVERIFY(header.isOk());
        es::RecordDecoder decoder(*header, ByteView(kGolden).subspan(batch::kHeaderSize));
        RecordView r;
        QVERIFY(decoder.next(r));
        QCOMPARE(r.offset, 0);
        QVERIFY(decoder.next(r));
        QCOMPARE(r.offset, 1);
        QVERIFY(!decoder.next(r));
        QVERIFY(decoder.status().isOk());
        QVERIFY(!decoder.next(r));
    }

    void crcCoversAttributesToEnd()
    {
        QVERIFY(es::crcMatches(kGolden));
        QCOMPARE(es::crc32c(kGolden.data() + 21, kGolden.size() - 21), 0x2644b6f1u);
        Bytes b = kGolden;
        b.back() ^= 1;
        QVERIFY(!es::crcMatches(b));
        QVERIFY(!es::crcMatches(ByteView(kGolden).first(batch::kHeaderSize - 1)));
        auto view = RecordBatchView::parse(b);
        QCOMPARE(view.status().code(), StatusCode::Corruption);
        QVERIFY(view.status().message().find("CRC") != std::string::npos);
        QVERIFY(RecordBatchView::parse(b, es::CrcCheck::Skip).isOk());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("codec");
        for (Compression c : kAllCodecs)
            QTest::newRow(std::string(es::compressionName(c)).c_str()) << int(c);
    }

    void roundTrip()
    {
        QFETCH(int, codec);
        RecordBatchBuilder::Options options;
        options.compression = Compression(codec);
        for (std::size_t n : {1, 2, 17, 1000}) {
            const std::vector<Record> records = variedRecords(n, static_cast<unsigned>(n));
            const Bytes b = build(records, options);

            std::vector<Record> decoded;
            BatchHeader h;
            const Status s = decodeAll(b, &decoded, &h);
            QVERIFY2(s.isOk(), s.toString().c_str());
            QVERIFY(decoded == records);
            QVERIFY(h.compression() == Compression(codec));
            QCOMPARE(h.recordCount, std::int32_t(n));
            QCOMPARE(h.lastOffsetDelta, std::int32_t(n - 1));
            QCOMPARE(h.baseTimestamp, records.front().timestamp);
            std::int64_t maxTs = records.front().timestamp;
            for (const Record &r : records)
                maxTs = std::max(maxTs, r.timestamp);
            QCOMPARE(h.maxTimestamp, maxTs);
            QCOMPARE(h.producerId, -1);
            QCOMPARE(h.producerEpoch, -1);
            QCOMPARE(h.baseSequence, -1);
            QCOMPARE(h.partitionLeaderEpoch, -1);
            if (Compression(codec) != Compression::None && n == 1000)
                QVERIFY(b.size() < build(records).size() / 2);
        }
    }

    // One scratch buffer serves batch after batch; views into it last until the next one.
    void scratchIsReused()
    {
        RecordBatchBuilder::Options options;
        options.compression = Compression::Zstd;
        const auto first = variedRecords(50, 1), second = variedRecords(70, 2);
        const Bytes a = build(first, options), b = build(second, options);
        Bytes scratch;
        for (int round = 0; round < 2; ++round) {
            for (const auto *pair : {&a, &b}) {
                auto view = RecordBatchView::parse(*pair);
                QVERIFY(view.isOk());
                std::vector<Record> decoded;
                QVERIFY(view->forEachRecord(scratch,
                                            [&](const RecordView &r) { decoded.push_back(r.toRecord()); })
                            .isOk());
                QVERIFY(decoded == (pair == &a ? first : second));
            }
        }
    }

    void callbackStatusStopsTheWalk()
    {
        const Bytes b = build(variedRecords(10, 3));
        auto view = RecordBatchView::parse(b);
        QVERIFY(view.isOk());
        int seen = 0;
        const Status s = view->forEachRecord(
            [&](const RecordView &) { return ++seen == 4 ? Status::cancelled("enough") : Status::ok(); });
        QCOMPARE(s.code(), StatusCode::Cancelled);
        QCOMPARE(seen, 4);
    }

    void viewAppendMatchesRecordAppend()
    {
        const auto records = variedRecords(300, 9);
        RecordBatchBuilder viaViews;
        for (const Record &r : records) {
            std::vector<RecordHeaderView> headers;
            for (const RecordHeader &h : r.headers)
                headers.push_back({h.key, h.value ? std::optional<ByteView>(*h.value) : std::nullopt});
            viaViews.append(r.key ? std::optional<ByteView>(*r.key) : std::nullopt,
                            r.value ? std::optional<ByteView>(*r.value) : std::nullopt, headers, r.timestamp);
        }
        QVERIFY(*viaViews.build() == build(records));
    }

    void emptyBuilderAndReset()
    {
        RecordBatchBuilder builder;
        QVERIFY(builder.empty());
        QCOMPARE(builder.build().status().code(), StatusCode::InvalidArgument);
        Bytes out{1, 2, 3};
        QCOMPARE(builder.buildInto(out).code(), StatusCode::InvalidArgument);
        QVERIFY(out == (Bytes{1, 2, 3}));

        RecordBatchBuilder golden(goldenOptions());
        golden.append(Record{bytesOf("other"), bytesOf("record"), {}, 5});
        golden.reset();
        QVERIFY(golden.empty());
        for (const Record &r : goldenRecords())
            golden.append(r);
        QVERIFY(*golden.build() == kGolden);
    }

    void iteratorWalksConsecutiveBatches()
    {
        Bytes all;
        std::vector<std::vector<Record>> expected;
        std::int64_t offset = 0;
        for (Compression c : kAllCodecs) {
            RecordBatchBuilder::Options o;
            o.compression = c;
            o.baseOffset = offset;
            RecordBatchBuilder builder(o);
            expected.push_back(variedRecords(20, unsigned(offset)));
            for (const Record &r : expected.back())
                builder.append(r);
            QVERIFY(builder.buildInto(all).isOk());
            offset += 20;
        }
        BatchIterator it(all);
        std::size_t i = 0;
        while (it.next()) {
            QCOMPARE(it.header().baseOffset, std::int64_t(i * 20));
            QVERIFY(it.header().compression() == kAllCodecs[i]);
            std::vector<Record> decoded;
            QVERIFY(decodeAll(it.batch(), &decoded).isOk());
            QVERIFY(decoded == expected[i]);
            ++i;
            QCOMPARE(it.position(), std::size_t(it.batch().data() + it.batch().size() - all.data()));
        }
        QCOMPARE(i, kAllCodecs.size());
        QVERIFY(it.status().isOk());
        QVERIFY(!it.stoppedAtPartialBatch());
        QCOMPARE(it.position(), all.size());
        QVERIFY(!it.next());

        BatchIterator none{ByteView{}};
        QVERIFY(!none.next());
        QVERIFY(none.status().isOk());
    }

    void controlBatch()
    {
        for (std::int16_t type : {batch::kControlTypeCommit, batch::kControlTypeAbort}) {
            es::ControlBatchSpec spec;
            spec.type = type;
            spec.producerId = 77;
            spec.producerEpoch = 4;
            spec.coordinatorEpoch = 9;
            spec.timestamp = kGoldenTimestamp;
            spec.baseOffset = 42;
            spec.partitionLeaderEpoch = 3;
            const Bytes b = es::buildControlBatch(spec);
            auto view = RecordBatchView::parse(b);
            QVERIFY(view.isOk());
            const BatchHeader &h = view->header();
            QVERIFY(h.isControl());
            QVERIFY(h.isTransactional());
            QCOMPARE(h.attributes, std::int16_t(batch::kControl | batch::kTransactional));
            QCOMPARE(h.producerId, 77);
            QCOMPARE(h.producerEpoch, 4);
            QCOMPARE(h.baseSequence, -1);
            QCOMPARE(h.baseOffset, 42);
            QCOMPARE(h.partitionLeaderEpoch, 3);
            QCOMPARE(h.recordCount, 1);
            int seen = 0;
            QVERIFY(view->forEachRecord([&](const RecordView &r) {
                            ++seen;
                            QCOMPARE(r.offset, 42);
                            QCOMPARE(r.timestamp, kGoldenTimestamp);
                            auto parsed = es::parseControlRecordType(r.key);
                            QVERIFY(parsed.isOk());
                            QCOMPARE(*parsed, type);
                            QVERIFY(r.value && std::ranges::equal(*r.value, Bytes{0, 0, 0, 0, 0, 9}));
                        })
                        .isOk());
            QCOMPARE(seen, 1);
        }
        QVERIFY(!es::parseControlRecordType(std::nullopt).isOk());
        const Bytes shortKey{0, 0, 0}, negativeVersion{0xff, 0xff, 0, 1}, laterVersion{0, 1, 0, 0, 0xaa};
        QVERIFY(!es::parseControlRecordType(ByteView(shortKey)).isOk());
        QVERIFY(!es::parseControlRecordType(ByteView(negativeVersion)).isOk());
        QCOMPARE(*es::parseControlRecordType(ByteView(laterVersion)), batch::kControlTypeAbort);
    }

    void attributeBits()
    {
        RecordBatchBuilder::Options o = goldenOptions();
        o.transactional = true;
        o.compression = Compression::Lz4;
        BatchHeader h;
        QVERIFY(decodeAll(build(goldenRecords(), o), nullptr, &h).isOk());
        QCOMPARE(h.attributes, std::int16_t(batch::kTransactional | 3));
        QVERIFY(h.isTransactional() && !h.isControl() && !h.hasLogAppendTime());

        o = {};
        o.control = true;
        QVERIFY(decodeAll(build(goldenRecords(), o), nullptr, &h).isOk());
        QCOMPARE(h.attributes, batch::kControl);

        o = {};
        o.logAppendTime = true;
        std::vector<Record> decoded;
        QVERIFY(decodeAll(build(goldenRecords(), o), &decoded, &h).isOk());
        QCOMPARE(h.attributes, batch::kTimestampTypeLogAppend);
        // A log-append-time batch reports its MaxTimestamp for every record.
        for (const Record &r : decoded)
            QCOMPARE(r.timestamp, kGoldenTimestamp + 5);
    }

    void rewritesKeepCrcValid()
    {
        for (Compression c : kAllCodecs) {
            RecordBatchBuilder::Options o;
            o.compression = c;
            Bytes b = build(variedRecords(30, 5), o);
            es::setBaseOffset(b, 1000000);
            es::setPartitionLeaderEpoch(b, 12);
            QVERIFY(es::crcMatches(b));
            std::vector<std::int64_t> offsets;
            auto view = RecordBatchView::parse(b);
            QVERIFY(view.isOk());
            QCOMPARE(view->header().baseOffset, 1000000);
            QCOMPARE(view->header().partitionLeaderEpoch, 12);
            QCOMPARE(view->header().lastOffset(), 1000029);
            QVERIFY(view->forEachRecord([&](const RecordView &r) { offsets.push_back(r.offset); }).isOk());
            QCOMPARE(offsets.size(), 30u);
            for (std::size_t i = 0; i < offsets.size(); ++i)
                QCOMPARE(offsets[i], std::int64_t(1000000 + i));
        }
    }

    void setLogAppendTime()
    {
        for (Compression c : kAllCodecs) {
            RecordBatchBuilder::Options o;
            o.compression = c;
            const auto records = variedRecords(25, 6);
            Bytes b = build(records, o);
            const std::int64_t appendTime = kGoldenTimestamp + 123456;
            es::setLogAppendTime(b, appendTime);
            QVERIFY(es::crcMatches(b));
            std::vector<Record> decoded;
            BatchHeader h;
            QVERIFY(decodeAll(b, &decoded, &h).isOk());
            QVERIFY(h.hasLogAppendTime());
            QVERIFY(h.compression() == c);
            QCOMPARE(h.maxTimestamp, appendTime);
            QCOMPARE(h.baseTimestamp, records.front().timestamp);
            QCOMPARE(decoded.size(), records.size());
            for (std::size_t i = 0; i < decoded.size(); ++i) {
                QCOMPARE(decoded[i].timestamp, appendTime);
                decoded[i].timestamp = records[i].timestamp;
            }
            QVERIFY(decoded == records);
        }
    }

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

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "test_record_batch.moc"
