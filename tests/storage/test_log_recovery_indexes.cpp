// Recovery of a partition log whose index files are damaged, missing or empty: every
// record is still served, lookups by offset and by timestamp give the right answers, and
// a truncation finds its batch through the rebuilt index.

#include "log_recovery_fixture.h"

#include "storage/segment_format.h"

#include <QTest>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

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

Q_DECLARE_METATYPE(IndexDamage)

class TestLogRecoveryIndexes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { LogCapture::instance(); }
    void init() { LogCapture::instance().clear(); }

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
};

QTEST_GUILESS_MAIN(TestLogRecoveryIndexes)
#include "test_log_recovery_indexes.moc"
