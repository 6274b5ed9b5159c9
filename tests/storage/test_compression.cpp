#include "storage/compression.h"

#include "common/byte_order.h"

#include <QTest>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

using es::Bytes;
using es::ByteView;
using es::Compression;
using es::StatusCode;

namespace {

constexpr std::array kAllCodecs{Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4,
                                Compression::Zstd};
constexpr std::array kRealCodecs{Compression::Gzip, Compression::Snappy, Compression::Lz4, Compression::Zstd};

constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::size_t kXerialHeaderSize = 16;

// Log-like text: repetitive enough to compress well, varied enough to exercise matches.
Bytes compressibleBytes(std::size_t n)
{
    std::mt19937 rng(1);
    Bytes out;
    out.reserve(n + 64);
    for (std::size_t i = 0; out.size() < n; ++i) {
        const std::string line = "record " + std::to_string(i % 1000) +
                                 " sensor=" + std::to_string(rng() % 16) +
                                 " temperature=" + std::to_string(rng() % 50) + "\n";
        out.insert(out.end(), line.begin(), line.end());
    }
    out.resize(n);
    return out;
}

Bytes randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    Bytes out(n);
    for (auto &b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}

// Half text, half noise: several blocks for every codec, and not all of them compressible.
Bytes mixedBytes(std::size_t n)
{
    Bytes out = compressibleBytes(n / 2);
    const Bytes noise = randomBytes(n - out.size(), 2);
    out.insert(out.end(), noise.begin(), noise.end());
    return out;
}

Bytes concat(const Bytes &a, const Bytes &b)
{
    Bytes out = a;
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

QByteArray toQByteArray(const Bytes &b)
{
    return {reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size())};
}

ByteView view(const QByteArray &a)
{
    return {reinterpret_cast<const std::uint8_t *>(a.constData()), static_cast<std::size_t>(a.size())};
}

const char *nameOf(Compression c) { return es::compressionName(c).data(); }

// Offsets where a xerial stream could end and still be whole: after the header and after
// each block. Cutting there yields a valid, shorter stream, as the format has no trailer.
std::vector<std::size_t> xerialBoundaries(const Bytes &stream)
{
    std::vector<std::size_t> at{kXerialHeaderSize};
    std::size_t pos = kXerialHeaderSize;
    while (pos + 4 <= stream.size()) {
        pos += 4 + static_cast<std::size_t>(es::loadBigEndian<std::int32_t>(stream.data() + pos));
        at.push_back(pos);
    }
    return at;
}

// Made with Python's zlib (wbits 31), the lz4 CLI and the zstd CLI reading stdin, which
// leaves the content size out of the frame header.
constexpr std::string_view kKnownText = "eventscope eventscope eventscope eventscope!";
const Bytes kKnownGzip{0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x2d,
                       0x4b, 0xcd, 0x2b, 0x29, 0x4e, 0xce, 0x2f, 0x48, 0x55, 0x48, 0x25, 0xc0,
                       0x54, 0x04, 0x00, 0xbb, 0xab, 0xac, 0xd3, 0x2c, 0x00, 0x00, 0x00};
const Bytes kKnownLz4{0x04, 0x22, 0x4d, 0x18, 0x64, 0x40, 0xa7, 0x15, 0x00, 0x00, 0x00, 0xbf, 0x65, 0x76,
                      0x65, 0x6e, 0x74, 0x73, 0x63, 0x6f, 0x70, 0x65, 0x20, 0x0b, 0x00, 0x09, 0x50, 0x63,
                      0x6f, 0x70, 0x65, 0x21, 0x00, 0x00, 0x00, 0x00, 0xc1, 0x12, 0x70, 0x41};
const Bytes kKnownZstd{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58, 0x95, 0x00, 0x00, 0x60, 0x65, 0x76, 0x65, 0x6e,
                       0x74, 0x73, 0x63, 0x6f, 0x70, 0x65, 0x20, 0x21, 0x01, 0x00, 0xc6, 0x8b, 0x17};

// Raw snappy blocks written by hand: a varint length, then literal and copy elements.
const Bytes kRawSnappyHello{0x05, 0x10, 'h', 'e', 'l', 'l', 'o'};
// "abc" as a literal, then a 9-byte copy from offset 3: "abcabcabcabc".
const Bytes kRawSnappyRepeat{0x0c, 0x08, 'a', 'b', 'c', 0x15, 0x03};

const Bytes kXerialHeader{0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0x00, 0, 0, 0, 1, 0, 0, 0, 1};

} // namespace

class TestCompression : public QObject {
    Q_OBJECT

private slots:
    void names()
    {
        for (Compression c : kAllCodecs) {
            const auto parsed = es::parseCompression(es::compressionName(c));
            QVERIFY(parsed.isOk());
            QCOMPARE(*parsed, c);
        }
        QCOMPARE(es::compressionName(Compression::Lz4), std::string_view("lz4"));
        for (std::string_view bad : {"", "GZIP", "producer", "lz4 ", "uncompressed"}) {
            const auto parsed = es::parseCompression(bad);
            QVERIFY(!parsed.isOk());
            QCOMPARE(parsed.status().code(), StatusCode::InvalidArgument);
        }
    }

    void unknownCodecIsUnsupported()
    {
        const auto five = static_cast<Compression>(5);
        Bytes out;
        QCOMPARE(es::compress(five, es::asBytes("x"), out).code(), StatusCode::Unsupported);
        QCOMPARE(es::decompress(five, es::asBytes("x"), out).code(), StatusCode::Unsupported);
        QVERIFY(out.empty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("shrinks"); // compresses to under a third
        struct Input {
            const char *name;
            Bytes bytes;
            bool shrinks;
        };
        const std::array<Input, 5> inputs{{
            {"empty", {}, false},
            {"one byte", {0x42}, false},
            {"small", compressibleBytes(300), false},
            {"1 MiB compressible", compressibleBytes(kMiB), true},
            {"1 MiB random", randomBytes(kMiB, 3), false},
        }};
        for (Compression c : kAllCodecs) {
            for (const Input &in : inputs) {
                QTest::addRow("%s/%s", nameOf(c), in.name) << static_cast<int>(c) << toQByteArray(in.bytes)
                                                           << (in.shrinks && c != Compression::None);
            }
        }
    }

    // Both directions append, leaving what `out` already held alone.
    void roundTrip()
    {
        QFETCH(int, codec);
        QFETCH(QByteArray, input);
        QFETCH(bool, shrinks);
        const auto c = static_cast<Compression>(codec);
        const Bytes prefix{0xaa, 0xbb};

        Bytes compressed = prefix;
        es::Status s = es::compress(c, view(input), compressed);
        QVERIFY2(s.isOk(), s.toString().c_str());
        QCOMPARE(Bytes(compressed.begin(), compressed.begin() + 2), prefix);
        const ByteView payload = ByteView(compressed).subspan(2);

        Bytes restored = prefix;
        s = es::decompress(c, payload, restored);
        QVERIFY2(s.isOk(), s.toString().c_str());
        QCOMPARE(restored.size(), prefix.size() + static_cast<std::size_t>(input.size()));
        QVERIFY(std::equal(restored.begin() + 2, restored.end(), view(input).begin()));

        if (shrinks)
            QVERIFY(payload.size() < static_cast<std::size_t>(input.size()) / 3);
    }

    void snappyWritesXerialFraming()
    {
        Bytes out;
        QVERIFY(es::compress(Compression::Snappy, {}, out).isOk());
        QCOMPARE(out, kXerialHeader); // an empty stream is the header alone, as in Java

        const Bytes input = mixedBytes(100 * 1024);
        out.clear();
        QVERIFY(es::compress(Compression::Snappy, input, out).isOk());
        QVERIFY(std::equal(kXerialHeader.begin(), kXerialHeader.end(), out.begin()));

        // Every block is a raw snappy block of at most 32 KiB of input.
        Bytes joined;
        std::size_t blocks = 0;
        std::size_t pos = kXerialHeaderSize;
        while (pos < out.size()) {
            QVERIFY(pos + 4 <= out.size());
            const auto length = static_cast<std::size_t>(es::loadBigEndian<std::int32_t>(out.data() + pos));
            QVERIFY(pos + 4 + length <= out.size());
            Bytes block;
            QVERIFY(
                es::decompress(Compression::Snappy, ByteView(out).subspan(pos + 4, length), block).isOk());
            QVERIFY(block.size() <= 32 * 1024);
            joined.insert(joined.end(), block.begin(), block.end());
            pos += 4 + length;
            ++blocks;
        }
        QCOMPARE(blocks, std::size_t{4});
        QCOMPARE(joined, input);
    }

    void snappyReadsRawBlocks()
    {
        Bytes out;
        QVERIFY(es::decompress(Compression::Snappy, kRawSnappyHello, out).isOk());
        QCOMPARE(es::asChars(out), std::string_view("hello"));

        out.clear();
        QVERIFY(es::decompress(Compression::Snappy, kRawSnappyRepeat, out).isOk());
        QCOMPARE(es::asChars(out), std::string_view("abcabcabcabc"));

        out.clear();
        QVERIFY(es::decompress(Compression::Snappy, Bytes{0x00}, out).isOk());
        QVERIFY(out.empty());
    }

    // A xerial stream as snappy-java writes it, built by hand from the raw blocks.
    void snappyReadsHandMadeXerial()
    {
        Bytes stream = kXerialHeader;
        for (const Bytes *block : {&kRawSnappyHello, &kRawSnappyRepeat}) {
            stream.insert(stream.end(), {0, 0, 0, static_cast<std::uint8_t>(block->size())});
            stream.insert(stream.end(), block->begin(), block->end());
        }
        Bytes out;
        const es::Status s = es::decompress(Compression::Snappy, stream, out);
        QVERIFY2(s.isOk(), s.toString().c_str());
        QCOMPARE(es::asChars(out), std::string_view("helloabcabcabcabc"));
    }

    void knownStreamsDecode_data()
    {
        QTest::addColumn<int>("codec");
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("gzip by zlib") << static_cast<int>(Compression::Gzip) << toQByteArray(kKnownGzip);
        QTest::newRow("lz4 by lz4 cli") << static_cast<int>(Compression::Lz4) << toQByteArray(kKnownLz4);
        QTest::newRow("zstd without content size")
            << static_cast<int>(Compression::Zstd) << toQByteArray(kKnownZstd);
    }

    void knownStreamsDecode()
    {
        QFETCH(int, codec);
        QFETCH(QByteArray, stream);
        Bytes out;
        const es::Status s = es::decompress(static_cast<Compression>(codec), view(stream), out);
        QVERIFY2(s.isOk(), s.toString().c_str());
        QCOMPARE(es::asChars(out), kKnownText);
    }

    // Kafka's Java reader decodes lz4 blocks one by one, so ours must be independent.
    void lz4FramesSuitJava()
    {
        Bytes out;
        QVERIFY(es::compress(Compression::Lz4, compressibleBytes(200 * 1024), out).isOk());
        QCOMPARE(es::loadBigEndian<std::uint32_t>(out.data()), 0x04224d18u);
        QVERIFY((out[4] & 0x20) != 0);        // FLG: block independence
        QCOMPARE(out[5], std::uint8_t{0x40}); // BD: 64 KiB blocks
    }

    // gzip members, lz4 frames, zstd frames and xerial streams written back to back read
    // as one stream.
    void concatenatedStreamsDecode()
    {
        const Bytes a = compressibleBytes(70 * 1024);
        const Bytes b = mixedBytes(50 * 1024);
        for (Compression c : kRealCodecs) {
            Bytes first, second;
            QVERIFY(es::compress(c, a, first).isOk());
            QVERIFY(es::compress(c, b, second).isOk());
            Bytes out;
            const es::Status s = es::decompress(c, concat(first, second), out);
            QVERIFY2(s.isOk(), (std::string(nameOf(c)) + ": " + s.toString()).c_str());
            QVERIFY2(out == concat(a, b), nameOf(c));
        }
    }

    // Every cut of a small stream, and a sample of cuts of a larger one, is reported.
    void truncatedInputsAreCorruption()
    {
        for (Compression c : kRealCodecs) {
            for (const Bytes &input : {compressibleBytes(300), mixedBytes(300 * 1024)}) {
                Bytes stream;
                QVERIFY(es::compress(c, input, stream).isOk());
                const std::size_t step = input.size() > 1000 ? 997 : 1;
                std::vector<std::size_t> cuts;
                for (std::size_t cut = 0; cut < stream.size(); cut += step)
                    cuts.push_back(cut);
                cuts.push_back(stream.size() - 1);
                const std::vector<std::size_t> whole =
                    c == Compression::Snappy ? xerialBoundaries(stream) : std::vector<std::size_t>{};
                for (std::size_t cut : cuts) {
                    if (std::find(whole.begin(), whole.end(), cut) != whole.end())
                        continue;
                    Bytes out;
                    const es::Status s = es::decompress(c, ByteView(stream).first(cut), out);
                    const std::string where = std::string(nameOf(c)) + " cut at " + std::to_string(cut) +
                                              " of " + std::to_string(stream.size()) + ": " + s.toString();
                    QVERIFY2(s.code() == StatusCode::Corruption, where.c_str());
                    QVERIFY(out.empty());
                }
            }
        }
    }

    void garbageIsCorruption()
    {
        const std::array<Bytes, 4> magics{{
            {0x1f, 0x8b, 0x08, 0x00},       // gzip
            kXerialHeader,                  // snappy
            {0x04, 0x22, 0x4d, 0x18, 0x64}, // lz4
            {0x28, 0xb5, 0x2f, 0xfd, 0x00}, // zstd
        }};
        for (std::size_t i = 0; i < kRealCodecs.size(); ++i) {
            const Compression c = kRealCodecs[i];
            // A magic alone is no garbage for snappy: the xerial header by itself is a
            // valid empty stream. One more byte spoils every codec's.
            std::vector<Bytes> inputs{Bytes{}, concat(magics[i], Bytes{0xff}), Bytes(100, 0xff)};
            for (std::size_t n : {1u, 2u, 7u, 64u, 4096u}) {
                inputs.push_back(randomBytes(n, static_cast<unsigned>(n)));
                inputs.push_back(concat(magics[i], randomBytes(n, static_cast<unsigned>(n) + 100)));
            }
            for (const Bytes &input : inputs) {
                Bytes out;
                const es::Status s = es::decompress(c, input, out);
                const std::string where = std::string(nameOf(c)) + " on " + std::to_string(input.size()) +
                                          " bytes: " + s.toString();
                QVERIFY2(s.code() == StatusCode::Corruption, where.c_str());
                QVERIFY(out.empty());
            }
        }
    }

    // Codecs without a checksum may decode a damaged stream to other bytes; what matters is
    // that none reads or writes out of bounds (run under the sanitizers) or fails otherwise.
    void damagedStreamsNeverCrash()
    {
        const Bytes input = mixedBytes(64 * 1024);
        for (Compression c : kRealCodecs) {
            Bytes stream;
            QVERIFY(es::compress(c, input, stream).isOk());
            std::mt19937 rng(5);
            for (int i = 0; i < 300; ++i) {
                Bytes damaged = stream;
                const std::size_t at = rng() % damaged.size();
                damaged[at] = static_cast<std::uint8_t>(damaged[at] ^ (1u + rng() % 255));
                Bytes out;
                const es::Status s = es::decompress(c, damaged, out, kMiB);
                QVERIFY2(s.isOk() || s.code() == StatusCode::Corruption, s.toString().c_str());
            }
        }
    }

    void maxOutputIsEnforced()
    {
        const Bytes zeros(10 * kMiB, 0);
        for (Compression c : kAllCodecs) {
            Bytes stream;
            QVERIFY(es::compress(c, zeros, stream).isOk());

            Bytes out{1, 2, 3};
            es::Status s = es::decompress(c, stream, out, kMiB);
            QVERIFY2(s.code() == StatusCode::Corruption, nameOf(c));
            QVERIFY2(s.message().find("limit") != std::string::npos, s.message().c_str());
            QCOMPARE(out, (Bytes{1, 2, 3}));

            out.clear();
            QVERIFY2(es::decompress(c, stream, out, zeros.size() - 1).code() == StatusCode::Corruption,
                     nameOf(c));
            QVERIFY(out.empty());

            out.clear();
            s = es::decompress(c, stream, out, zeros.size());
            QVERIFY2(s.isOk(), s.toString().c_str());
            QCOMPARE(out.size(), zeros.size());
        }
    }

    // The limit holds while streaming too, not only against a size the header declares:
    // a second frame (or member, or block) pushes past it.
    void maxOutputHoldsAcrossFrames()
    {
        const Bytes zeros(5 * kMiB, 0);
        for (Compression c : kRealCodecs) {
            Bytes frame;
            QVERIFY(es::compress(c, zeros, frame).isOk());
            Bytes out;
            const es::Status s = es::decompress(c, concat(frame, frame), out, 8 * kMiB);
            QVERIFY2(s.code() == StatusCode::Corruption, nameOf(c));
            QVERIFY(out.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCompression)
#include "test_compression.moc"
