// Recovery of the other files in a partition folder: leftovers of interrupted work are
// deleted, files the log does not know are left alone, and a checkpoint that is not a
// number is ignored with a warning naming it.

#include "log_recovery_fixture.h"

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
