// Recovery of a partition log from damaged segment data: a flipped bit in the active or
// in an older segment, a batch torn by a crash, an empty segment file. Each case checks
// record by record what is served, what is dropped and what is reported.

#include "log_recovery_fixture.h"

#include "storage/record_batch_format.h"
#include "storage/segment_format.h"

#include <QTest>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

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

} // namespace

Q_DECLARE_METATYPE(Spot)

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
};

QTEST_GUILESS_MAIN(TestLogRecovery)
#include "test_log_recovery.moc"
