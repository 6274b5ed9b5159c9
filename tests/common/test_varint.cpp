#include "common/varint.h"

#include <QTest>

#include <limits>

using es::BufferReader;
using es::Bytes;

class TestVarint : public QObject {
    Q_OBJECT

private slots:
    void zigZagMapsSmallMagnitudesToSmallCodes()
    {
        QCOMPARE(es::zigZagEncode32(0), 0u);
        QCOMPARE(es::zigZagEncode32(-1), 1u);
        QCOMPARE(es::zigZagEncode32(1), 2u);
        QCOMPARE(es::zigZagEncode32(-2), 3u);
        QCOMPARE(es::zigZagEncode64(std::numeric_limits<std::int64_t>::min()),
                 std::numeric_limits<std::uint64_t>::max());
    }

    void goldenBytes()
    {
        Bytes out;
        es::putVarint(out, -1);  // zig-zag 1
        es::putVarint(out, 150); // zig-zag 300 = 0xac 0x02
        es::putUnsignedVarint(out, 300);
        QCOMPARE(out, (Bytes{0x01, 0xac, 0x02, 0xac, 0x02}));
    }

    void roundTripsEdgeValues()
    {
        const std::int64_t values[] = {0, 1, -1, 63, -64, 64, 127, 128, -129, 1 << 20,
                                       std::numeric_limits<std::int32_t>::max(),
                                       std::numeric_limits<std::int32_t>::min(),
                                       std::numeric_limits<std::int64_t>::max(),
                                       std::numeric_limits<std::int64_t>::min()};
        for (std::int64_t v : values) {
            Bytes out;
            es::putVarlong(out, v);
            QCOMPARE(out.size(), es::varlongSize(v));
            BufferReader in(out);
            QCOMPARE(es::getVarlong(in), v);
            QVERIFY(in.ok());
            QCOMPARE(in.remaining(), 0u);
            if (v >= std::numeric_limits<std::int32_t>::min() && v <= std::numeric_limits<std::int32_t>::max()) {
                Bytes out32;
                es::putVarint(out32, static_cast<std::int32_t>(v));
                BufferReader in32(out32);
                QCOMPARE(es::getVarint(in32), static_cast<std::int32_t>(v));
                QVERIFY(in32.ok());
            }
        }
    }

    void truncatedInputFails()
    {
        const Bytes truncated{0x80, 0x80};
        BufferReader in(truncated);
        es::getVarint(in);
        QVERIFY(!in.ok());
    }

    void overlongInputFails()
    {
        const Bytes overlong{0x80, 0x80, 0x80, 0x80, 0x80, 0x01};
        BufferReader in(overlong);
        es::getUnsignedVarint(in);
        QVERIFY(!in.ok());
    }
};

QTEST_GUILESS_MAIN(TestVarint)
#include "test_varint.moc"
