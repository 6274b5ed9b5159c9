// Recovery of the other files in a partition folder: leftovers of interrupted work are
// deleted, files the log does not know are left alone, a checkpoint that is not a number
// is ignored with a warning naming it, and damaged segments are cut, whether the
// clean-shutdown mark vouched for them or a damaged base offset passed the CRC, rather than
// the log refused or its segments left overlapping.

#include "log_recovery_fixture.h"

#include "common/byte_order.h"
#include "storage/segment_format.h"

#include <QTest>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

using namespace es;
using namespace es::test;

class TestLogRecoveryFolder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { LogCapture::instance(); }
    void init() { LogCapture::instance().clear(); }

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

    // A segment trusted after a clean shutdown whose batches do not even hold together (its
    // indexes gone and its first batch header damaged, so they cannot be rebuilt) is
    // recovered as after a crash: cut at the damage, the segments after it deleted, the
    // error logged. The log opens and serves what lies before, instead of refusing to open.
    void damagedTrustedSegmentIsRecovered()
    {
        TempDir tmp;
        const auto dir = tmp.partition("damaged");
        std::vector<LoggedRecord> written;
        std::int64_t damagedBase = 0;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 16);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            const auto segments = (*log)->segments();
            QVERIFY(segments.size() >= 3);
            damagedBase = segments[1].baseOffset.value();
            QVERIFY(stop(std::move(*log), Shutdown::Clean, dir));
        }
        QVERIFY(std::filesystem::exists(dir / segfmt::kCleanShutdownFile));
        const auto damaged = segmentFile(dir, damagedBase, segfmt::kLogSuffix);
        QVERIFY(flipBit(damaged, 16, 7)); // the first batch's magic
        QVERIFY(std::filesystem::remove(segmentFile(dir, damagedBase, segfmt::kOffsetIndexSuffix)));
        QVERIFY(std::filesystem::remove(segmentFile(dir, damagedBase, segfmt::kTimeIndexSuffix)));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QCOMPARE((*log)->segments().size(), std::size_t{2});
        QCOMPARE((*log)->logEndOffset().value(), damagedBase);
        QVERIFY2(LogCapture::instance().contains(spdlog::level::err, {damaged.string(), "recovering"}),
                 LogCapture::instance().dump(spdlog::level::info).c_str());
        checkServes(**log, recordsBelow(written, damagedBase));
    }

    // A base offset is outside the batch CRC: damaged in the last batch of a segment so that
    // it reaches into the next segment, it passes validation. Recovery cuts the segment
    // before that batch (the later segments go, as after any cut) instead of letting the
    // segments overlap and the log end jump.
    void baseOffsetReachingIntoNextSegmentIsCut()
    {
        TempDir tmp;
        const auto dir = tmp.partition("crashed");
        std::vector<LoggedRecord> written;
        std::int64_t nextBase = 0;
        {
            auto log = PartitionLog::open(tmp.partition("live"), smallSegments());
            QVERIFY2(log, describe(log).c_str());
            auto appended = appendBatches(**log, 0, 16);
            QVERIFY2(appended, describe(appended).c_str());
            written = *appended;
            const auto segments = (*log)->segments();
            QVERIFY(segments.size() >= 3);
            nextBase = segments[1].baseOffset.value();
            QVERIFY(stop(std::move(*log), Shutdown::Crash, dir));
        }
        const auto first = segmentFile(dir, 0, segfmt::kLogSuffix);
        Bytes data = readFile(first);
        std::size_t lastAt = 0;
        std::int64_t lastBase = 0;
        BatchIterator it(data);
        while (it.next()) {
            lastAt = it.position() - it.batch().size();
            lastBase = it.header().baseOffset;
        }
        QVERIFY(it.status().isOk() && lastBase > 0);
        storeBigEndian<std::int64_t>(data.data() + lastAt, nextBase + 5);
        QVERIFY(writeFile(first, data));

        auto log = PartitionLog::open(dir, smallSegments());
        QVERIFY2(log, describe(log).c_str());
        QCOMPARE((*log)->logEndOffset().value(), lastBase);
        QVERIFY2(LogCapture::instance().contains(spdlog::level::err, {first.string(), "next segment"}),
                 LogCapture::instance().dump(spdlog::level::info).c_str());
        checkServes(**log, recordsBelow(written, lastBase));
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

QTEST_GUILESS_MAIN(TestLogRecoveryFolder)
#include "test_log_recovery_folder.moc"
