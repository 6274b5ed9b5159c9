// Encoding and decoding of record batches: the golden batch byte for byte, round trips
// through every codec, the builder's overloads and reuse, walking consecutive batches,
// control batches, attribute bits and the leader's in-place rewrites.

#include "record_batch_fixture.h"

#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include "common/crc32c.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
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
using namespace es::test;

namespace {

QByteArray hex(ByteView b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size())).toHex(' ');
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
};

QTEST_GUILESS_MAIN(TestRecordBatch)
#include "test_record_batch.moc"
