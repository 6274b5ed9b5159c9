// Recovery of a partition log from damaged files: each case writes known records, stops
// the log (cleanly or as a crash), damages the files, reopens and checks record by record
// what is served, what is dropped and what is reported.

#include "log_fixture.h"

#include "storage/record_batch_format.h"
#include "storage/segment_format.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
constexpr std::array kCodecs{Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4,
                             Compression::Zstd};

// How the process holding the log stopped before the files were damaged.
enum class Shutdown {
    Clean,           // close(): the clean-shutdown marker is written, so open only checks indexes
    Crash,           // killed with nothing flushed since open: every segment is validated on open
    CrashAfterFlush, // killed after flush(): segments below the recovery point are trusted
};

LogConfig oneSegment()
{
    LogConfig c;
    c.indexIntervalBytes = 64; // an index entry for nearly every batch
    return c;
}

// About five batches of the size appendBatches() writes per segment.
LogConfig smallSegments()
{
    LogConfig c = oneSegment();
    c.segmentBytes = 2048;
    return c;
}

// Batch k: 8 records, codecs in turn, timestamps rising by 100 ms per batch except every
// fourth batch, which goes back in time (a producer with a slow clock).
BatchSpec specFor(int k)
{
    BatchSpec s;
    s.seed = 1000 + static_cast<std::uint64_t>(k);
    s.records = 8;
    s.timestamp = kBaseTimestamp + k * 100 - (k % 4 == 3 ? 250 : 0);
    s.compression = kCodecs[static_cast<std::size_t>(k) % kCodecs.size()];
    return s;
}

Result<std::vector<LoggedRecord>> appendBatches(PartitionLog &log, int first, int count)
{
    std::vector<LoggedRecord> all;
    for (int k = first; k < first + count; ++k) {
        auto records = appendBatch(log, specFor(k));
        if (!records)
            return records.status();
        all.insert(all.end(), records->begin(), records->end());
    }
    return all;
}

std::vector<LoggedRecord> recordsBelow(const std::vector<LoggedRecord> &all, std::int64_t end)
{
    std::vector<LoggedRecord> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const LoggedRecord &r) { return r.offset < end; });
    return out;
}

std::vector<LoggedRecord> recordsFrom(const std::vector<LoggedRecord> &all, std::int64_t from)
{
    std::vector<LoggedRecord> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const LoggedRecord &r) { return r.offset >= from; });
    return out;
}

// Stops `log` as `how` says and leaves the files to damage in `out`. A crash is modelled
// by copying the folder while the log is still open (copyFolder()): a killed process
// leaves exactly what it had written, and nothing of what close() adds. The log then
// closes cleanly, but only in its own folder, which the test no longer uses.
bool stop(std::unique_ptr<PartitionLog> log, Shutdown how, const std::filesystem::path &out)
{
    if (how == Shutdown::Clean) {
        const std::filesystem::path dir = log->dir();
        if (!log->close().isOk())
            return false;
        log.reset();
        return copyFolder(dir, out);
    }
    if (how == Shutdown::CrashAfterFlush && !log->flush().isOk())
        return false;
    return copyFolder(log->dir(), out);
}

// Whether a message at warning level or above names `file` and says "offset <offset>".
bool reported(const std::filesystem::path &file, std::int64_t offset)
{
    const std::string number = std::to_string(offset);
    for (const std::string &m : LogCapture::instance().messages(spdlog::level::warn)) {
        if (m.find(file.filename().string()) == std::string::npos)
            continue;
        const std::string needle = "offset " + number;
        for (auto at = m.find(needle); at != std::string::npos; at = m.find(needle, at + 1)) {
            const std::size_t after = at + needle.size();
            if (after == m.size() || !std::isdigit(static_cast<unsigned char>(m[after])))
                return true;
        }
    }
    return false;
}

template <typename T>
std::string describe(const Result<T> &r)
{
    return r.status().toString();
}

// Reads the batch holding `offset` with maxBytes 1 (so only that batch comes back).
Result<BatchHeader> batchHolding(const PartitionLog &log, std::int64_t offset)
{
    auto data = log.read(Offset(offset), 1);
    if (!data)
        return data.status();
    BatchIterator it(*data);
    if (!it.next())
        return Status::notFound("no batch read at offset " + std::to_string(offset));
    return it.header();
}

// The answer offsetForTimestamp() must give, from the records themselves.
const LoggedRecord *firstAtOrAfter(const std::vector<LoggedRecord> &records, std::int64_t timestamp)
{
    for (const LoggedRecord &r : records)
        if (r.record.timestamp >= timestamp)
            return &r;
    return nullptr;
}

// Checks that `log` serves exactly `expected` (which starts at the log start and ends at
// the log end): a lookup by every timestamp, a read at every offset, then a full read.
// Lookups come first so that a damaged index meets each path before anything repairs it.
void checkServes(const PartitionLog &log, const std::vector<LoggedRecord> &expected)
{
    QVERIFY(!expected.empty());
    QCOMPARE(log.logEndOffset().value(), expected.back().offset + 1);

    std::vector<std::int64_t> probes;
    for (const LoggedRecord &r : expected)
        for (std::int64_t d : {-1, 0, 1})
            probes.push_back(r.record.timestamp + d);
    const auto [minTs, maxTs] = std::minmax_element(
        expected.begin(), expected.end(),
        [](const LoggedRecord &a, const LoggedRecord &b) { return a.record.timestamp < b.record.timestamp; });
    probes.push_back(minTs->record.timestamp - 1000);
    probes.push_back(maxTs->record.timestamp + 1000);
    for (std::int64_t t : probes) {
        const LoggedRecord *want = firstAtOrAfter(expected, t);
        auto got = log.offsetForTimestamp(t);
        const std::string what = "timestamp " + std::to_string(t) + ": " + describe(got);
        if (!want) {
            QVERIFY2(!got && got.status().code() == StatusCode::NotFound, what.c_str());
            continue;
        }
        QVERIFY2(got, what.c_str());
        QVERIFY2(got->offset.value() == want->offset,
                 (what + ", expected offset " + std::to_string(want->offset) + ", got " +
                  std::to_string(got->offset.value()))
                     .c_str());
        QCOMPARE(got->timestamp, want->record.timestamp);
    }

    for (const LoggedRecord &r : expected) {
        auto h = batchHolding(log, r.offset);
        QVERIFY2(h, describe(h).c_str());
        QVERIFY2(h->baseOffset <= r.offset && r.offset <= h->lastOffset(), std::to_string(r.offset).c_str());
    }

    auto all = readAll(log);
    QVERIFY2(all, describe(all).c_str());
    const std::string diff = firstDifference(*all, expected);
    QVERIFY2(diff.empty(), diff.c_str());
}

// Where in a batch a bit is flipped.
enum class Spot { Crc, Attributes, LastOffsetDelta, MaxTimestamp, RecordCount, RecordsMiddle, LastByte };

std::uint64_t byteAt(Spot spot, const BatchHeader &h)
{
    switch (spot) {
    case Spot::Crc: return batch::kCrcAt + 2;
    case Spot::Attributes: return batch::kAttributesAt + 1; // the codec bits
    case Spot::LastOffsetDelta: return batch::kLastOffsetDeltaAt + 3;
    case Spot::MaxTimestamp: return batch::kMaxTimestampAt + 7;
    case Spot::RecordCount: return batch::kRecordCountAt + 3;
    case Spot::RecordsMiddle: return batch::kHeaderSize + (h.totalSize() - batch::kHeaderSize) / 2;
    case Spot::LastByte: return h.totalSize() - 1;
    }
    return 0;
}

// How an index file is damaged.
enum class IndexDamage {
    RandomOffsetIndex,        // random bytes, whole entries
    RandomOffsetIndexPartial, // random bytes, not a whole number of entries
    RandomTimeIndex,
    RandomTimeIndexPartial,
    RandomBoth,
    OffsetIndexPastEnd,          // entries point past the end of the .log file
    TimeIndexPastEnd,            // entries name offsets past the end of the segment
    OffsetIndexUnordered,        // two entries swapped
    OffsetIndexNotAtBatchStarts, // every position one byte late
    OffsetIndexOneEntryOffBatch, // one entry in the middle one byte late, the last one right
    TimeIndexInsideBatches,      // offsets one past a batch's base offset
    MissingOffsetIndex,
    MissingTimeIndex,
    MissingBoth,
    EmptyOffsetIndex,
    EmptyTimeIndex,
};

Bytes randomBytes(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    Bytes out(n);
    for (auto &b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}

// Rewrites each 8-byte entry of an offset index through `edit(index, relativeOffset, position)`.
template <typename Edit>
bool editOffsetIndex(const std::filesystem::path &file, Edit edit)
{
    Bytes data = readFile(file);
    const std::size_t n = data.size() / segfmt::kOffsetIndexEntrySize;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t *p = data.data() + i * segfmt::kOffsetIndexEntrySize;
        auto rel = loadBigEndian<std::uint32_t>(p);
        auto pos = loadBigEndian<std::uint32_t>(p + 4);
        edit(i, n, rel, pos);
        storeBigEndian<std::uint32_t>(p, rel);
        storeBigEndian<std::uint32_t>(p + 4, pos);
    }
    return writeFile(file, data);
}

bool damageIndexes(const std::filesystem::path &dir, std::int64_t base, IndexDamage damage)
{
    const auto index = segmentFile(dir, base, segfmt::kOffsetIndexSuffix);
    const auto timeIndex = segmentFile(dir, base, segfmt::kTimeIndexSuffix);
    const auto logSize =
        static_cast<std::uint32_t>(std::filesystem::file_size(segmentFile(dir, base, segfmt::kLogSuffix)));
    const auto seed = static_cast<std::uint32_t>(base);
    switch (damage) {
    case IndexDamage::RandomOffsetIndex: return writeFile(index, randomBytes(8 * 5, seed));
    case IndexDamage::RandomOffsetIndexPartial: return writeFile(index, randomBytes(8 * 5 + 3, seed));
    case IndexDamage::RandomTimeIndex: return writeFile(timeIndex, randomBytes(12 * 4, seed));
    case IndexDamage::RandomTimeIndexPartial: return writeFile(timeIndex, randomBytes(12 * 4 + 5, seed));
    case IndexDamage::RandomBoth:
        return writeFile(index, randomBytes(8 * 7, seed)) &&
               writeFile(timeIndex, randomBytes(12 * 3 + 1, seed + 1));
    case IndexDamage::OffsetIndexPastEnd:
        return editOffsetIndex(
            index, [&](std::size_t, std::size_t, std::uint32_t &, std::uint32_t &pos) { pos += logSize; });
    case IndexDamage::TimeIndexPastEnd: {
        Bytes data = readFile(timeIndex);
        for (std::size_t at = 0; at + segfmt::kTimeIndexEntrySize <= data.size();
             at += segfmt::kTimeIndexEntrySize)
            storeBigEndian<std::uint32_t>(data.data() + at + 8,
                                          loadBigEndian<std::uint32_t>(data.data() + at + 8) + 1000);
        return writeFile(timeIndex, data);
    }
    case IndexDamage::OffsetIndexUnordered: {
        Bytes data = readFile(index);
        if (data.size() < 2 * segfmt::kOffsetIndexEntrySize)
            return true; // nothing to swap in this segment
        std::swap_ranges(data.begin(), data.begin() + 8, data.begin() + 8);
        return writeFile(index, data);
    }
    case IndexDamage::OffsetIndexNotAtBatchStarts:
        return editOffsetIndex(index,
                               [](std::size_t, std::size_t, std::uint32_t &, std::uint32_t &pos) { ++pos; });
    case IndexDamage::OffsetIndexOneEntryOffBatch:
        return editOffsetIndex(index, [](std::size_t i, std::size_t n, std::uint32_t &, std::uint32_t &pos) {
            if (n >= 2 && i == n / 2 - (n % 2 == 0 ? 1 : 0))
                ++pos;
        });
    case IndexDamage::TimeIndexInsideBatches: {
        Bytes data = readFile(timeIndex);
        for (std::size_t at = 0; at + segfmt::kTimeIndexEntrySize <= data.size();
             at += segfmt::kTimeIndexEntrySize)
            storeBigEndian<std::uint32_t>(data.data() + at + 8,
                                          loadBigEndian<std::uint32_t>(data.data() + at + 8) + 1);
        return writeFile(timeIndex, data);
    }
    case IndexDamage::MissingOffsetIndex: return std::filesystem::remove(index);
    case IndexDamage::MissingTimeIndex: return std::filesystem::remove(timeIndex);
    case IndexDamage::MissingBoth:
        return std::filesystem::remove(index) && std::filesystem::remove(timeIndex);
    case IndexDamage::EmptyOffsetIndex: return writeFile(index, Bytes{});
    case IndexDamage::EmptyTimeIndex: return writeFile(timeIndex, Bytes{});
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Shutdown)
Q_DECLARE_METATYPE(Spot)
Q_DECLARE_METATYPE(IndexDamage)

class TestLogRecovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { LogCapture::instance(); }
    void init() { LogCapture::instance().clear(); }

    void bitFlipInActiveSegment_data()
    {
        QTest::addColumn<int>("victim");
        QTest::addColumn<Spot>("spot");
        QTest::addColumn<int>("bit");
        QTest::newRow("first batch, records") << 0 << Spot::RecordsMiddle << 3;
        QTest::newRow("middle batch, records") << 3 << Spot::RecordsMiddle << 0;
        QTest::newRow("middle batch, last byte") << 2 << Spot::LastByte << 7;
        QTest::newRow("middle batch, codec bits") << 2 << Spot::Attributes << 0;
        QTest::newRow("middle batch, last offset delta") << 3 << Spot::LastOffsetDelta << 3;
        QTest::newRow("middle batch, max timestamp") << 4 << Spot::MaxTimestamp << 5;
        QTest::newRow("middle batch, record count") << 1 << Spot::RecordCount << 4;
        QTest::newRow("middle batch, the CRC itself") << 3 << Spot::Crc << 1;
        QTest::newRow("last batch, records") << 5 << Spot::RecordsMiddle << 6;
    }

    // A crash, then a flipped bit in the active segment: the log is cut at that batch.
    void bitFlipInActiveSegment()
    {
        QFETCH(int, victim);
        QFETCH(Spot, spot);
        QFETCH(int, bit);
        TempDir tmp;
        const auto dir = tmp.partition("crashed");
        std::vector<LoggedRecord> written;
        {
            auto log = PartitionLog::open(tmp.partition("live"), oneSegment());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 6);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            QVERIFY(stop(std::move(*log), Shutdown::Crash, dir));
        }
        const auto file = segmentFile(dir, 0, segfmt::kLogSuffix);
        const auto batches = batchesInFile(file);
        QCOMPARE(batches.size(), std::size_t(6));
        const BatchInFile bad = batches[static_cast<std::size_t>(victim)];
        QVERIFY(flipBit(file, bad.position + byteAt(spot, bad.header), bit));

        auto log = PartitionLog::open(dir, oneSegment());
        QVERIFY2(log, describe(log).c_str());
        const std::int64_t cut = bad.header.baseOffset;
        QCOMPARE((*log)->logEndOffset().value(), cut);
        QCOMPARE(std::filesystem::file_size(file), bad.position);
        QVERIFY2(reported(file, cut), LogCapture::instance().dump(spdlog::level::warn).c_str());

        // Everything before the bad batch, record by record; nothing of it or after it.
        auto served = readAll(**log);
        QVERIFY2(served, describe(served).c_str());
        auto diff = firstDifference(*served, recordsBelow(written, cut));
        QVERIFY2(diff.empty(), diff.c_str());
        if (cut > 0) {
            auto before = (*log)->read(Offset(cut - 1), kMiB);
            QVERIFY(before);
            BatchIterator it(*before);
            while (it.next())
                QVERIFY(it.header().lastOffset() < cut);
            QVERIFY(it.status().isOk());
        }
        auto atCut = (*log)->read(Offset(cut), kMiB);
        QVERIFY2(atCut && atCut->empty(), describe(atCut).c_str());
        QCOMPARE((*log)->read(Offset(cut + 1), kMiB).status().code(), StatusCode::OutOfRange);

        // Appends carry on from the cut, and survive a clean restart.
        auto more = appendBatch(**log, specFor(100));
        QVERIFY2(more, describe(more).c_str());
        QCOMPARE(more->front().offset, cut);
        std::vector<LoggedRecord> expected = recordsBelow(written, cut);
        expected.insert(expected.end(), more->begin(), more->end());
        checkServes(**log, expected);
        if (QTest::currentTestFailed())
            return;
        log->reset();
        auto again = PartitionLog::open(dir, oneSegment());
        QVERIFY2(again, describe(again).c_str());
        checkServes(**again, expected);
    }

    void bitFlipInOldSegment_data()
    {
        QTest::addColumn<Shutdown>("shutdown");
        QTest::newRow("clean shutdown") << Shutdown::Clean;
        QTest::newRow("crash, below the recovery point") << Shutdown::CrashAfterFlush;
    }

    // A segment that open trusts (clean shutdown, or below the recovery point) is not
    // validated, so a flipped bit there is found by the read that meets it: the bad batch
    // is never served, and what is around it still is.
    void bitFlipInOldSegment()
    {
        QFETCH(Shutdown, shutdown);
        TempDir tmp;
        const auto dir = tmp.partition("stopped");
        std::vector<LoggedRecord> written;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 16);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            QVERIFY((*log)->segments().size() >= 3);
            QVERIFY(stop(std::move(*log), shutdown, dir));
        }
        const auto file = segmentFile(dir, 0, segfmt::kLogSuffix);
        const auto batches = batchesInFile(file);
        QVERIFY(batches.size() >= 4);
        const BatchInFile bad = batches[2];
        const BatchInFile next = batches[3];
        QVERIFY(flipBit(file, bad.position + byteAt(Spot::RecordsMiddle, bad.header), 2));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QCOMPARE((*log)->logEndOffset().value(), written.back().offset + 1);

        // A read from the start stops just before the bad batch.
        const std::int64_t badBase = bad.header.baseOffset;
        auto head = (*log)->read(Offset(0), kMiB);
        QVERIFY2(head, describe(head).c_str());
        std::vector<LoggedRecord> served;
        auto end = decodeBatches(*head, 0, served);
        QVERIFY2(end, describe(end).c_str());
        QCOMPARE(*end, badBase);
        auto diff = firstDifference(served, recordsBelow(written, badBase));
        QVERIFY2(diff.empty(), diff.c_str());
        for (std::int64_t o = 0; o < badBase; ++o) {
            auto h = batchHolding(**log, o);
            QVERIFY2(h && h->baseOffset <= o && o <= h->lastOffset(), describe(h).c_str());
        }

        // A read that starts in the bad batch fails, whatever its size; never the bytes.
        for (std::int64_t o : {badBase, bad.header.lastOffset()}) {
            for (std::size_t maxBytes : {std::size_t(1), kMiB}) {
                auto data = (*log)->read(Offset(o), maxBytes);
                QVERIFY2(!data, ("read at " + std::to_string(o) + " returned bytes").c_str());
                QCOMPARE(data.status().code(), StatusCode::Corruption);
            }
        }
        QVERIFY2(reported(file, badBase), LogCapture::instance().dump(spdlog::level::warn).c_str());

        // The damage stays in that batch: everything after it is served.
        auto rest = readAll(**log, Offset(next.header.baseOffset));
        QVERIFY2(rest, describe(rest).c_str());
        diff = firstDifference(*rest, recordsFrom(written, next.header.baseOffset));
        QVERIFY2(diff.empty(), diff.c_str());
    }

    void tornTail_data()
    {
        QTest::addColumn<int>("fromEnd"); // 0: the last batch, 1: the one before
        QTest::addColumn<int>("keep");    // bytes of that batch left; -1: all but one, -2: half
        QTest::newRow("last batch, 1 byte left") << 0 << 1;
        QTest::newRow("last batch, inside the base offset") << 0 << 7;
        QTest::newRow("last batch, inside the length") << 0 << 10;
        QTest::newRow("last batch, base offset and length only") << 0 << 12;
        QTest::newRow("last batch, inside the header") << 0 << 40;
        QTest::newRow("last batch, one byte short of a header") << 0 << 60;
        QTest::newRow("last batch, header only") << 0 << 61;
        QTest::newRow("last batch, half") << 0 << -2;
        QTest::newRow("last batch, all but one byte") << 0 << -1;
        QTest::newRow("batch before last, inside the header") << 1 << 30;
        QTest::newRow("batch before last, half") << 1 << -2;
        QTest::newRow("at a batch boundary") << 0 << 0;
    }

    // A crash while a batch was being written: the log ends at the last whole batch.
    void tornTail()
    {
        QFETCH(int, fromEnd);
        QFETCH(int, keep);
        TempDir tmp;
        const auto dir = tmp.partition("crashed");
        std::vector<LoggedRecord> written;
        std::int64_t activeBase = 0;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            // Two segments, then three batches in the active one.
            int k = 0;
            for (; (*log)->segments().size() < 2; ++k) {
                auto r = appendBatch(**log, specFor(k));
                QVERIFY2(r, describe(r).c_str());
                written.insert(written.end(), r->begin(), r->end());
            }
            for (int i = 0; i < 2; ++i, ++k) {
                auto r = appendBatch(**log, specFor(k));
                QVERIFY2(r, describe(r).c_str());
                written.insert(written.end(), r->begin(), r->end());
            }
            QCOMPARE((*log)->segments().size(), std::size_t(2));
            activeBase = (*log)->segments().back().baseOffset.value();
            QVERIFY(stop(std::move(*log), Shutdown::Crash, dir));
        }
        const auto file = segmentFile(dir, activeBase, segfmt::kLogSuffix);
        const auto batches = batchesInFile(file);
        QCOMPARE(batches.size(), std::size_t(3));
        const BatchInFile torn = batches[batches.size() - 1 - static_cast<std::size_t>(fromEnd)];
        const std::uint64_t size = torn.header.totalSize();
        const std::uint64_t left = keep == -1   ? size - 1
                                   : keep == -2 ? size / 2
                                                : static_cast<std::uint64_t>(keep);
        QVERIFY(resizeFile(file, torn.position + left));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        const std::int64_t cut = torn.header.baseOffset;
        QCOMPARE((*log)->logEndOffset().value(), cut);
        QCOMPARE(std::filesystem::file_size(file), torn.position);
        if (left > 0)
            QVERIFY2(reported(file, cut), LogCapture::instance().dump(spdlog::level::warn).c_str());
        else
            QVERIFY2(LogCapture::instance().messages(spdlog::level::warn).empty(),
                     LogCapture::instance().dump(spdlog::level::warn).c_str());

        std::vector<LoggedRecord> expected = recordsBelow(written, cut);
        checkServes(**log, expected);
        if (QTest::currentTestFailed())
            return;
        auto more = appendBatch(**log, specFor(100));
        QVERIFY2(more, describe(more).c_str());
        QCOMPARE(more->front().offset, cut);
        expected.insert(expected.end(), more->begin(), more->end());
        checkServes(**log, expected);
    }

    void damagedIndexes_data()
    {
        QTest::addColumn<IndexDamage>("damage");
        QTest::addColumn<Shutdown>("shutdown");
        const std::pair<const char *, IndexDamage> damages[] = {
            {"random .index", IndexDamage::RandomOffsetIndex},
            {"random .index, partial entry", IndexDamage::RandomOffsetIndexPartial},
            {"random .timeindex", IndexDamage::RandomTimeIndex},
            {"random .timeindex, partial entry", IndexDamage::RandomTimeIndexPartial},
            {"random both", IndexDamage::RandomBoth},
            {".index past the end of the log", IndexDamage::OffsetIndexPastEnd},
            {".timeindex past the end of the segment", IndexDamage::TimeIndexPastEnd},
            {".index out of order", IndexDamage::OffsetIndexUnordered},
            {".index not at batch starts", IndexDamage::OffsetIndexNotAtBatchStarts},
            {".index, one middle entry not at a batch start", IndexDamage::OffsetIndexOneEntryOffBatch},
            {".timeindex offsets inside batches", IndexDamage::TimeIndexInsideBatches},
            {"missing .index", IndexDamage::MissingOffsetIndex},
            {"missing .timeindex", IndexDamage::MissingTimeIndex},
            {"missing both", IndexDamage::MissingBoth},
            {"empty .index", IndexDamage::EmptyOffsetIndex},
            {"empty .timeindex", IndexDamage::EmptyTimeIndex},
        };
        for (const auto &[name, damage] : damages) {
            QTest::addRow("%s, clean shutdown", name) << damage << Shutdown::Clean;
            QTest::addRow("%s, crash after flush", name) << damage << Shutdown::CrashAfterFlush;
        }
    }

    // Indexes are accelerators: whatever is in them, every record is served and lookups
    // by offset and by timestamp give the right answers.
    void damagedIndexes()
    {
        QFETCH(IndexDamage, damage);
        QFETCH(Shutdown, shutdown);
        TempDir tmp;
        const auto dir = tmp.partition("stopped");
        std::vector<LoggedRecord> written;
        std::vector<SegmentInfo> segments;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 20);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            segments = (*log)->segments();
            QVERIFY(segments.size() >= 3);
            QVERIFY(stop(std::move(*log), shutdown, dir));
        }
        int damaged = 0;
        for (const SegmentInfo &s : segments) {
            const auto index = segmentFile(dir, s.baseOffset.value(), segfmt::kOffsetIndexSuffix);
            const auto timeIndex = segmentFile(dir, s.baseOffset.value(), segfmt::kTimeIndexSuffix);
            const auto before = std::make_pair(readFile(index), readFile(timeIndex));
            QVERIFY2(damageIndexes(dir, s.baseOffset.value(), damage),
                     std::to_string(s.baseOffset.value()).c_str());
            const bool missing = !std::filesystem::exists(index) || !std::filesystem::exists(timeIndex);
            if (missing || std::make_pair(readFile(index), readFile(timeIndex)) != before)
                ++damaged;
        }
        QVERIFY(damaged >= 2);
        const auto spare = tmp.partition("spare");
        QVERIFY(copyFolder(dir, spare));

        {
            auto log = PartitionLog::open(dir, smallSegments());
            QVERIFY2(log, describe(log).c_str());
            checkServes(**log, written);
            if (QTest::currentTestFailed())
                return;
        }
        {
            // Whatever was rebuilt was written back correctly.
            auto log = PartitionLog::open(dir, smallSegments());
            QVERIFY2(log, describe(log).c_str());
            checkServes(**log, written);
            if (QTest::currentTestFailed())
                return;
        }

        // A follower's truncation finds its batch through the same index: into the middle
        // of a batch in the segment before the active one (loaded, not recovered, on open).
        const SegmentInfo &kept = segments[segments.size() - 2];
        const auto batches = batchesInFile(segmentFile(spare, kept.baseOffset.value(), segfmt::kLogSuffix));
        QVERIFY(batches.size() >= 3);
        const BatchHeader &cutBatch = batches[batches.size() / 2].header;
        auto log = PartitionLog::open(spare, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        const Status truncated = (*log)->truncateTo(Offset(cutBatch.baseOffset + 1));
        QVERIFY2(truncated.isOk(), truncated.toString().c_str());
        QCOMPARE((*log)->logEndOffset().value(), cutBatch.baseOffset);
        checkServes(**log, recordsBelow(written, cutBatch.baseOffset));
    }

    void zeroLengthSegment_data()
    {
        QTest::addColumn<Shutdown>("shutdown");
        QTest::addColumn<bool>("atEnd"); // an empty .log after the last segment, or a middle one emptied
        QTest::newRow("empty segment at the end, clean shutdown") << Shutdown::Clean << true;
        QTest::newRow("empty segment at the end, crash") << Shutdown::Crash << true;
        QTest::newRow("middle segment emptied, clean shutdown") << Shutdown::Clean << false;
        QTest::newRow("middle segment emptied, crash") << Shutdown::Crash << false;
        QTest::newRow("middle segment emptied, crash after flush") << Shutdown::CrashAfterFlush << false;
    }

    // A zero-length .log (a crash right after a roll, or a segment whose data never
    // reached the disk): the log opens and serves what the other segments hold.
    void zeroLengthSegment()
    {
        QFETCH(Shutdown, shutdown);
        QFETCH(bool, atEnd);
        TempDir tmp;
        const auto dir = tmp.partition("stopped");
        std::vector<LoggedRecord> written;
        std::vector<SegmentInfo> segments;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 16);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            segments = (*log)->segments();
            QVERIFY(segments.size() >= 3);
            QVERIFY(stop(std::move(*log), shutdown, dir));
        }
        std::vector<LoggedRecord> expected = written;
        const std::int64_t end = written.back().offset + 1;
        if (atEnd) {
            QVERIFY(writeFile(segmentFile(dir, end, segfmt::kLogSuffix), Bytes{}));
        } else {
            const SegmentInfo &emptied = segments[1];
            QVERIFY(resizeFile(segmentFile(dir, emptied.baseOffset.value(), segfmt::kLogSuffix), 0));
            std::erase_if(expected, [&](const LoggedRecord &r) {
                return r.offset >= emptied.baseOffset.value() && r.offset < emptied.nextOffset.value();
            });
        }

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QCOMPARE((*log)->logEndOffset().value(), end);
        auto served = readAll(**log);
        QVERIFY2(served, describe(served).c_str());
        auto diff = firstDifference(*served, expected);
        QVERIFY2(diff.empty(), diff.c_str());

        auto more = appendBatch(**log, specFor(100));
        QVERIFY2(more, describe(more).c_str());
        QCOMPARE(more->front().offset, end);
        expected.insert(expected.end(), more->begin(), more->end());
        log->reset();
        auto again = PartitionLog::open(dir, smallSegments());
        QVERIFY2(again, describe(again).c_str());
        served = readAll(**again);
        QVERIFY2(served, describe(served).c_str());
        diff = firstDifference(*served, expected);
        QVERIFY2(diff.empty(), diff.c_str());
    }

    // A compacted copy that never replaced its segment is deleted, as is a checkpoint's
    // temporary file; files the log does not know are left alone.
    void leftoverAndUnknownFiles()
    {
        TempDir tmp;
        const auto dir = tmp.partition();
        std::vector<LoggedRecord> written;
        {
            auto log = PartitionLog::open(dir, smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 12);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
        }
        const auto cleaned =
            segmentFile(dir, 0, std::string(segfmt::kLogSuffix) + std::string(segfmt::kCleanedSuffix));
        QVERIFY(writeFile(cleaned, randomBytes(300, 7)));
        const auto tmpCheckpoint = dir / (std::string(segfmt::kRecoveryPointFile) + ".tmp");
        QVERIFY(writeFile(tmpCheckpoint, "12"));
        const std::vector<std::filesystem::path> unknown = {dir / "notes.txt",
                                                            dir / "backup.log",
                                                            dir / "00000000000000000000.log.bak",
                                                            dir / "00000000000000000000.snapshot",
                                                            dir / "0000000000000000000.log",
                                                            dir / "subdir" / "x.log"};
        std::filesystem::create_directories(dir / "subdir");
        for (const auto &f : unknown)
            QVERIFY(writeFile(f, "not a segment"));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QVERIFY(!std::filesystem::exists(cleaned));
        QVERIFY(!std::filesystem::exists(tmpCheckpoint));
        for (const auto &f : unknown) {
            QVERIFY2(std::filesystem::exists(f), f.string().c_str());
            QVERIFY(readFile(f) == Bytes(asBytes("not a segment").begin(), asBytes("not a segment").end()));
        }
        QVERIFY2(LogCapture::instance().contains(spdlog::level::warn, {"backup.log"}),
                 LogCapture::instance().dump(spdlog::level::info).c_str());
        checkServes(**log, written);
    }

    void garbageCheckpoint_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        const QByteArray contents[] = {
            "garbage\n", "", "-5\n", "12abc\n", QByteArray("\x00\xff\x10\n", 4), "99999999999999999999999\n",
            " 7\n"};
        for (const char *file : {"recovery-point", "log-start-offset"})
            for (const QByteArray &c : contents)
                QTest::addRow("%s: '%s'", file, c.toPercentEncoding().constData()) << QString(file) << c;
    }

    // A checkpoint that is not a number is ignored with a warning naming it: a bad
    // recovery point means validating everything, a bad log start means the first segment.
    void garbageCheckpoint()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        TempDir tmp;
        const auto dir = tmp.partition("crashed");
        std::vector<LoggedRecord> written;
        std::int64_t firstBase = 0;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 16);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            // Drop the first segment and start the log inside the second one.
            const auto segments = (*log)->segments();
            QVERIFY(segments.size() >= 3);
            firstBase = segments[1].baseOffset.value();
            QVERIFY((*log)->advanceLogStartOffset(Offset(firstBase + 3)).isOk());
            QCOMPARE((*log)->segments().front().baseOffset.value(), firstBase);
            QVERIFY(stop(std::move(*log), Shutdown::CrashAfterFlush, dir));
        }
        const auto checkpoint = dir / file.toStdString();
        QVERIFY(std::filesystem::exists(checkpoint));
        QVERIFY(writeFile(checkpoint, ByteView(reinterpret_cast<const std::uint8_t *>(content.constData()),
                                               static_cast<std::size_t>(content.size()))));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QVERIFY2(LogCapture::instance().contains(spdlog::level::warn, {checkpoint.string()}),
                 LogCapture::instance().dump(spdlog::level::info).c_str());
        const bool logStart = file.toStdString() == segfmt::kLogStartOffsetFile;
        const std::int64_t start = logStart ? firstBase : firstBase + 3;
        QCOMPARE((*log)->logStartOffset().value(), start);
        checkServes(**log, recordsFrom(written, start));
    }
};

QTEST_GUILESS_MAIN(TestLogRecovery)
#include "test_log_recovery.moc"
