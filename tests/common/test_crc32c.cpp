#include "common/crc32c.h"

#include <QTest>

#include <random>
#include <string_view>
#include <vector>

class TestCrc32c : public QObject {
    Q_OBJECT

private slots:
    void checkValue()
    {
        constexpr std::string_view input = "123456789";
        QCOMPARE(es::crc32c(input.data(), input.size()), 0xE3069283u);
        QCOMPARE(es::extendCrc32cPortable(0, input.data(), input.size()), 0xE3069283u);
    }

    void emptyInput() { QCOMPARE(es::crc32c("", 0), 0u); }

    // RFC 3720 (iSCSI) test vectors.
    void iscsiVectors()
    {
        std::vector<std::uint8_t> zeros(32, 0), ones(32, 0xff), inc(32);
        for (int i = 0; i < 32; ++i)
            inc[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(i);
        QCOMPARE(es::crc32c(zeros.data(), zeros.size()), 0x8A9136AAu);
        QCOMPARE(es::crc32c(ones.data(), ones.size()), 0x62A8AB43u);
        QCOMPARE(es::crc32c(inc.data(), inc.size()), 0x46DD794Eu);
    }

    // Long inputs take the three-stream path; every length and alignment must agree with
    // the portable version.
    void hardwareMatchesPortable()
    {
        std::mt19937 rng(42);
        std::vector<std::uint8_t> data(40000);
        for (auto &b : data)
            b = static_cast<std::uint8_t>(rng());
        for (std::size_t len : {0, 1, 7, 8, 9, 100, 6143, 6144, 6145, 12288, 20000, 39990}) {
            for (std::size_t off : {0, 1, 3, 7}) {
                QCOMPARE(es::crc32c(data.data() + off, len),
                         es::extendCrc32cPortable(0, data.data() + off, len));
            }
        }
    }

    void extendIsConcatenation()
    {
        constexpr std::string_view a = "hello, ", b = "world";
        const std::string ab = std::string(a) + std::string(b);
        const std::uint32_t split = es::extendCrc32c(es::crc32c(a.data(), a.size()), b.data(), b.size());
        QCOMPARE(split, es::crc32c(ab.data(), ab.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrc32c)
#include "test_crc32c.moc"
