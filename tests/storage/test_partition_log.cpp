#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <string>

#include <sys/stat.h>

using namespace es;

namespace {

struct Rec {
    std::int64_t offset;
    std::string key;
    std::optional<std::string> value;
    std::int64_t timestamp;
};

Bytes keyed(std::string_view s) { return Bytes(s.begin(), s.end()); }

// One batch of records "key-<i>" -> "value-<i>" (or the given keys/values).
Bytes makeBatch(const std::vector<std::pair<std::string, std::optional<std::string>>> &kvs, std::int64_t ts,
                Compression c = Compression::None)
{
    RecordBatchBuilder b({.compression = c});
    for (const auto &[k, v] : kvs) {
        Record r;
        r.key = keyed(k);
        if (v)
            r.value = keyed(*v);
        r.timestamp = ts;
        b.append(r);
    }
    return b.build().value();
}

Bytes makeBatch(int n, int first, std::int64_t ts, Compression c = Compression::None)
{
    std::vector<std::pair<std::string, std::optional<std::string>>> kvs;
    for (int i = first; i < first + n; ++i)
        kvs.emplace_back("key-" + std::to_string(i), "value-" + std::to_string(i));
    return makeBatch(kvs, ts, c);
}

std::vector<Rec> readAll(const PartitionLog &log, Offset from = Offset(-1))
{
    std::vector<Rec> out;
    Offset at = from.value() < 0 ? log.logStartOffset() : from;
    Bytes scratch;
    while (at < log.logEndOffset()) {
        auto data = log.read(at, 64 * 1024);
        if (!data || data->empty())
            break;
        BatchIterator it(*data);
        while (it.next()) {
            auto view = RecordBatchView::parse(it.batch()).value();
            Status s = view.forEachRecord(scratch, [&](const RecordView &r) {
                if (r.offset < at.value())
                    return;
                out.push_back({r.offset, r.key ? std::string(asChars(*r.key)) : std::string(),
                               r.value ? std::optional<std::string>(std::string(asChars(*r.value))) : std::nullopt,
                               r.timestamp});
            });
            if (!s.isOk())
                qFatal("decode failed: %s", s.toString().c_str());
            at = Offset(it.header().nextOffset());
        }
    }
    return out;
}

std::filesystem::path dirOf(const QTemporaryDir &d) { return std::filesystem::path(d.path().toStdString()) / "t-0"; }

} // namespace

class TestPartitionLog : public QObject {
    Q_OBJECT

private slots:
    void appendAssignsConsecutiveOffsets()
    {
        QTemporaryDir tmp;
        auto log = PartitionLog::open(dirOf(tmp), {}).value();
        QCOMPARE(log->logStartOffset(), Offset(0));
        QCOMPARE(log->logEndOffset(), Offset(0));
        auto a = log->append(makeBatch(3, 0, 1000), LeaderEpoch(5));
        QVERIFY(a.isOk());
        QCOMPARE(a->firstOffset, Offset(0));
        QCOMPARE(a->lastOffset, Offset(2));
        QCOMPARE(a->recordCount, 3);
        auto b = log->append(makeBatch(2, 3, 2000), LeaderEpoch(5));
        QCOMPARE(b->firstOffset, Offset(3));
        QCOMPARE(log->logEndOffset(), Offset(5));

        const auto recs = readAll(*log);
        QCOMPARE(recs.size(), 5u);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(recs[static_cast<std::size_t>(i)].offset, i);
            QCOMPARE(recs[static_cast<std::size_t>(i)].key, "key-" + std::to_string(i));
            QCOMPARE(*recs[static_cast<std::size_t>(i)].value, "value-" + std::to_string(i));
        }
        // The stored batch carries the leader epoch and keeps a valid CRC.
        auto raw = log->read(Offset(3), 1 << 20).value();
        auto header = parseBatchHeader(raw).value();
        QCOMPARE(header.partitionLeaderEpoch, 5);
        QCOMPARE(header.baseOffset, 3);
        QVERIFY(crcMatches(ByteView(raw).first(header.totalSize())));
    }

    void readRespectsBoundsAndWholeBatches()
    {
        QTemporaryDir tmp;
        auto log = PartitionLog::open(dirOf(tmp), {}).value();
        for (int i = 0; i < 10; ++i)
            QVERIFY(log->append(makeBatch(10, i * 10, 1000 + i), LeaderEpoch(0)).isOk());
        // A read in the middle of a batch starts at that batch.
        auto data = log->read(Offset(15), 1).value();
        QCOMPARE(parseBatchHeader(data).value().baseOffset, 10);
        BatchIterator one(data);
        QVERIFY(one.next());
        QVERIFY(!one.next());
        QVERIFY(one.status().isOk()); // min one batch, and only whole batches
        // upTo (a high watermark) stops before batches starting at or after it.
        auto upTo = log->read(Offset(0), 1 << 20, Offset(30)).value();
        BatchIterator it(upTo);
        int batches = 0;
        while (it.next())
            ++batches;
        QCOMPARE(batches, 3);
        // At the log end: empty. Beyond it or below the start: OutOfRange.
        QVERIFY(log->read(Offset(100), 1024).value().empty());
        QCOMPARE(log->read(Offset(101), 1024).status().code(), StatusCode::OutOfRange);
        QCOMPARE(log->read(Offset(-1), 1024).status().code(), StatusCode::OutOfRange);
    }

    void refusesInvalidBatchesAndAppendsNothing()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.maxMessageBytes = 500;
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        Bytes good = makeBatch(2, 0, 1);
        Bytes bad = good;
        bad[bad.size() - 1] ^= 0x01; // CRC no longer matches
        Bytes both = good;
        both.insert(both.end(), bad.begin(), bad.end());
        QCOMPARE(log->append(both, LeaderEpoch(0)).status().code(), StatusCode::Corruption);
        QCOMPARE(log->logEndOffset(), Offset(0));
        QCOMPARE(log->append(makeBatch(50, 0, 1), LeaderEpoch(0)).status().code(), StatusCode::OutOfRange);
        QCOMPARE(log->append(Bytes{1, 2, 3}, LeaderEpoch(0)).status().code(), StatusCode::Corruption);
        QCOMPARE(log->logEndOffset(), Offset(0));
    }

    void rollsBySizeAndTimeAndReopens()
    {
        QTemporaryDir tmp;
        ManualClock clock(1'000'000);
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        cfg.segmentMs = 60'000;
        {
            auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
            for (int i = 0; i < 40; ++i)
                QVERIFY(log->append(makeBatch(5, i * 5, clock.nowMs()), LeaderEpoch(0)).isOk());
            const auto bySize = log->segments().size();
            QVERIFY(bySize > 3);
            for (const auto &s : log->segments())
                QVERIFY(s.sizeBytes <= 1024);
            clock.advance(61'000);
            QVERIFY(log->append(makeBatch(1, 200, clock.nowMs()), LeaderEpoch(0)).isOk());
            QCOMPARE(log->segments().size(), bySize + 1);
            QCOMPARE(log->segments().back().baseOffset, Offset(200));
        }
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        QCOMPARE(log->logEndOffset(), Offset(201));
        const auto recs = readAll(*log);
        QCOMPARE(recs.size(), 201u);
        for (std::size_t i = 0; i < recs.size(); ++i)
            QCOMPARE(recs[i].offset, static_cast<std::int64_t>(i));
    }

    void findsOffsetsByTimestamp()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.segmentBytes = 2048;
        cfg.indexIntervalBytes = 256;
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        // Batch i holds offsets 4i..4i+3 at timestamp 1000 + 10 i.
        for (int i = 0; i < 50; ++i)
            QVERIFY(log->append(makeBatch(4, i * 4, 1000 + 10 * i), LeaderEpoch(0)).isOk());
        QCOMPARE(log->offsetForTimestamp(0)->offset, Offset(0));
        QCOMPARE(log->offsetForTimestamp(1000)->offset, Offset(0));
        QCOMPARE(log->offsetForTimestamp(1001)->offset, Offset(4));
        QCOMPARE(log->offsetForTimestamp(1250)->offset, Offset(100));
        QCOMPARE(log->offsetForTimestamp(1250)->timestamp, 1250);
        QCOMPARE(log->offsetForTimestamp(1490)->offset, Offset(196));
        QCOMPARE(log->offsetForTimestamp(1491).status().code(), StatusCode::NotFound);
    }

    void logAppendTimeStampsTheBroker()
    {
        QTemporaryDir tmp;
        ManualClock clock(5'000'000);
        LogConfig cfg;
        cfg.timestampType = TimestampType::LogAppendTime;
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        auto r = log->append(makeBatch(3, 0, 42), LeaderEpoch(0));
        QCOMPARE(r->logAppendTime, 5'000'000);
        for (const auto &rec : readAll(*log))
            QCOMPARE(rec.timestamp, 5'000'000);
    }

    void truncatesDivergentTail()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        for (int i = 0; i < 30; ++i)
            QVERIFY(log->append(makeBatch(2, i * 2, 1000 + i), LeaderEpoch(0)).isOk());
        QVERIFY(log->truncateTo(Offset(21)).isOk()); // inside the batch 20..21: it goes whole
        QCOMPARE(log->logEndOffset(), Offset(20));
        auto recs = readAll(*log);
        QCOMPARE(recs.size(), 20u);
        QCOMPARE(recs.back().offset, 19);
        QVERIFY(log->append(makeBatch(1, 99, 5000), LeaderEpoch(1)).isOk());
        recs = readAll(*log);
        QCOMPARE(recs.back().offset, 20);
        QCOMPARE(recs.back().key, std::string("key-99"));
        // As a follower: batches keep the leader's offsets.
        QTemporaryDir tmp2;
        auto follower = PartitionLog::open(dirOf(tmp2), cfg).value();
        auto copy = log->read(Offset(0), 1 << 20).value();
        QVERIFY(follower->appendAsFollower(copy).isOk());
        QCOMPARE(follower->logEndOffset(), parseBatchHeader(copy).value().baseOffset == 0
                                               ? Offset(readAll(*follower).back().offset + 1)
                                               : Offset(-1));
        QCOMPARE(follower->appendAsFollower(copy).status().code(), StatusCode::OutOfRange);
        QVERIFY(follower->truncateFullyAndStartAt(Offset(500)).isOk());
        QCOMPARE(follower->logStartOffset(), Offset(500));
        QCOMPARE(follower->logEndOffset(), Offset(500));
    }

    void deleteRecordsMovesLogStart()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        {
            auto log = PartitionLog::open(dirOf(tmp), cfg).value();
            for (int i = 0; i < 40; ++i)
                QVERIFY(log->append(makeBatch(2, i * 2, 1000 + i), LeaderEpoch(0)).isOk());
            const auto before = log->segments().size();
            QVERIFY(log->advanceLogStartOffset(Offset(33)).isOk());
            QCOMPARE(log->logStartOffset(), Offset(33));
            QVERIFY(log->segments().size() < before);
            QCOMPARE(log->read(Offset(32), 100).status().code(), StatusCode::OutOfRange);
            QCOMPARE(readAll(*log).front().offset, 33);
            QVERIFY(log->advanceLogStartOffset(Offset(10)).isOk()); // never moves back
            QCOMPARE(log->logStartOffset(), Offset(33));
            QCOMPARE(log->advanceLogStartOffset(Offset(81)).code(), StatusCode::OutOfRange);
        }
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        QCOMPARE(log->logStartOffset(), Offset(33));
    }

    void retentionByTimeDeletesExpiredSegmentsOnly()
    {
        QTemporaryDir tmp;
        ManualClock clock(10'000'000);
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        cfg.retentionMs = 60'000;
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        // Old records (two minutes ago), then fresh ones.
        for (int i = 0; i < 20; ++i)
            QVERIFY(log->append(makeBatch(2, i * 2, clock.nowMs() - 120'000), LeaderEpoch(0)).isOk());
        const Offset firstFresh = log->logEndOffset();
        for (int i = 20; i < 40; ++i)
            QVERIFY(log->append(makeBatch(2, i * 2, clock.nowMs()), LeaderEpoch(0)).isOk());
        auto r = log->enforceRetention(log->logEndOffset());
        QVERIFY(r.isOk());
        QVERIFY(r->segmentsDeleted > 0);
        // Every old record is gone or in a segment that also holds fresh ones; every fresh
        // record is still there.
        const auto recs = readAll(*log);
        QVERIFY(log->logStartOffset() <= firstFresh);
        for (const auto &rec : recs)
            if (rec.offset >= firstFresh.value())
                QCOMPARE(rec.timestamp, clock.nowMs());
        QCOMPARE(recs.back().offset, 79);
        QCOMPARE(static_cast<std::int64_t>(recs.size()), 80 - log->logStartOffset().value());
        QCOMPARE(log->read(Offset(0), 10).status().code(), StatusCode::OutOfRange);

        // Everything expires: the active segment is rolled and deleted too; the log is
        // empty at its end offset and keeps taking appends.
        clock.advance(61'000);
        QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
        QCOMPARE(log->logStartOffset(), Offset(80));
        QVERIFY(readAll(*log).empty());
        QCOMPARE(log->append(makeBatch(1, 0, clock.nowMs()), LeaderEpoch(0))->firstOffset, Offset(80));
    }

    void retentionNeverPassesTheHighWatermark()
    {
        QTemporaryDir tmp;
        ManualClock clock(10'000'000);
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        cfg.retentionMs = 1;
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        for (int i = 0; i < 20; ++i)
            QVERIFY(log->append(makeBatch(2, i * 2, 1), LeaderEpoch(0)).isOk());
        QVERIFY(log->enforceRetention(Offset(0)).isOk());
        QCOMPARE(log->logStartOffset(), Offset(0));
        QVERIFY(log->enforceRetention(Offset(20)).isOk());
        QVERIFY(log->logStartOffset() <= Offset(20));
        QVERIFY(log->logStartOffset() > Offset(0));
    }

    void retentionBySize()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        cfg.retentionBytes = 3000;
        cfg.retentionMs = -1; // the records' timestamps are from 1970
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        for (int i = 0; i < 60; ++i)
            QVERIFY(log->append(makeBatch(2, i * 2, 1000 + i), LeaderEpoch(0)).isOk());
        QVERIFY(log->sizeInBytes() > 3000);
        QVERIFY(log->enforceRetention(log->logEndOffset()).isOk());
        QVERIFY(log->sizeInBytes() <= 3000 + 1024);
        QVERIFY(log->sizeInBytes() >= 3000 - 1024);
        const auto recs = readAll(*log);
        QCOMPARE(recs.front().offset, log->logStartOffset().value());
        QCOMPARE(recs.back().offset, 119);
    }

    void compactionKeepsLatestPerKey()
    {
        QTemporaryDir tmp;
        ManualClock clock(50'000'000);
        LogConfig cfg;
        cfg.segmentBytes = 400;
        cfg.cleanupPolicy = CleanupPolicy::Compact;
        cfg.deleteRetentionMs = 10'000;
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        // Keys k0..k4 written round after round; k3 gets a tombstone in round 5.
        std::map<std::string, std::pair<std::int64_t, std::optional<std::string>>> expectLatest;
        for (int round = 0; round < 12; ++round) {
            std::vector<std::pair<std::string, std::optional<std::string>>> kvs;
            for (int k = 0; k < 5; ++k) {
                std::optional<std::string> v = "v" + std::to_string(round) + "-" + std::to_string(k);
                if (k == 3 && round >= 5)
                    continue;
                if (k == 3 && round == 4)
                    v = std::nullopt;
                kvs.emplace_back("k" + std::to_string(k), v);
            }
            auto r = log->append(makeBatch(kvs, clock.nowMs(), round % 2 ? Compression::Lz4 : Compression::None),
                                 LeaderEpoch(0));
            QVERIFY(r.isOk());
            for (std::size_t i = 0; i < kvs.size(); ++i)
                expectLatest[kvs[i].first] = {r->firstOffset.value() + static_cast<std::int64_t>(i), kvs[i].second};
        }
        const auto all = readAll(*log);
        QVERIFY(log->segments().size() > 3);
        const Offset activeBase = log->segments().back().baseOffset;

        auto out = log->compact(log->logEndOffset());
        QVERIFY(out.isOk());
        QVERIFY(out->segmentsCleaned > 0);
        QCOMPARE(out->tombstonesRemoved, 0u); // too recent to drop

        // Record by record: below the active segment, a record survives iff it is the
        // latest for its key (tombstone included); the active segment is untouched.
        const auto after = readAll(*log);
        std::size_t j = 0;
        for (const auto &rec : all) {
            const bool latest = expectLatest[rec.key].first == rec.offset;
            const bool keep = rec.offset >= activeBase.value() || latest;
            if (!keep)
                continue;
            QVERIFY2(j < after.size(), "a record that must survive is missing");
            QCOMPARE(after[j].offset, rec.offset);
            QCOMPARE(after[j].key, rec.key);
            QCOMPARE(after[j].value, rec.value);
            ++j;
        }
        QCOMPARE(j, after.size());

        // Once delete.retention.ms has passed, the tombstone goes too.
        clock.advance(11'000);
        QVERIFY(log->append(makeBatch({{"k9", "x"}}, clock.nowMs()), LeaderEpoch(0)).isOk());
        out = log->compact(log->logEndOffset());
        QVERIFY(out.isOk());
        QCOMPARE(out->tombstonesRemoved, 1u);
        for (const auto &rec : readAll(*log))
            QVERIFY(rec.key != "k3");

        // Records without a key are refused on a compacted topic.
        RecordBatchBuilder b;
        Record nokey;
        nokey.value = keyed("v");
        b.append(nokey);
        QCOMPARE(log->append(b.build().value(), LeaderEpoch(0)).status().code(), StatusCode::InvalidArgument);

        // The compacted log reopens with the same content.
        const auto beforeClose = readAll(*log);
        QVERIFY(log->close().isOk());
        auto reopened = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        const auto again = readAll(*reopened);
        QCOMPARE(again.size(), beforeClose.size());
        for (std::size_t i = 0; i < again.size(); ++i) {
            QCOMPARE(again[i].offset, beforeClose[i].offset);
            QCOMPARE(again[i].value, beforeClose[i].value);
        }
    }

    // Recovery trusts whole segments below the recovery point, so the periodic flush
    // rewrites the checkpoint file only when it reaches a later segment; an explicit
    // flush (and a close) writes the exact log end.
    void periodicFlushCheckpointsBySegment()
    {
        QTemporaryDir tmp;
        ManualClock clock(1'000'000);
        LogConfig cfg;
        cfg.segmentBytes = 1024;
        cfg.flushIntervalMs = 1000;
        auto log = PartitionLog::open(dirOf(tmp), cfg, clock).value();
        const auto checkpoint = [&] {
            std::ifstream in(dirOf(tmp) / "recovery-point");
            std::int64_t v = -1;
            in >> v;
            return v;
        };
        const auto appendAndFlush = [&](int first) {
            QVERIFY(log->append(makeBatch(2, first, clock.nowMs()), LeaderEpoch(0)).isOk());
            clock.advance(1001);
            QVERIFY(log->flushIfDue().isOk());
        };
        appendAndFlush(0);
        const std::int64_t first = checkpoint();
        QVERIFY(first >= 0 && first <= 2);
        appendAndFlush(2);
        QCOMPARE(log->segments().size(), std::size_t(1));
        QCOMPARE(checkpoint(), first);

        int next = 4;
        while (log->segments().size() < 3) {
            appendAndFlush(next);
            next += 2;
        }
        const std::int64_t activeBase = log->segments().back().baseOffset.value();
        QVERIFY2(checkpoint() >= activeBase,
                 (std::to_string(checkpoint()) + " < " + std::to_string(activeBase)).c_str());
        QVERIFY(checkpoint() <= log->logEndOffset().value());

        QVERIFY(log->flush().isOk());
        QCOMPARE(checkpoint(), log->logEndOffset().value());
    }

    // Appends reserve disk space ahead of the data; a segment that stops taking appends
    // (rolled, or its log closed) gives back what it did not use.
    void reservedSpaceIsGivenBack()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.segmentBytes = 64 * 1024;
        const auto allocated = [](const std::filesystem::path &file) {
            struct stat st {};
            return ::stat(file.c_str(), &st) == 0 ? static_cast<std::uint64_t>(st.st_blocks) * 512 : 0;
        };
        const auto roundedUp = [](std::uint64_t size) { return (size + 4095) / 4096 * 4096; };
        const auto first = dirOf(tmp) / "00000000000000000000.log";
        {
            auto log = PartitionLog::open(dirOf(tmp), cfg).value();
            QVERIFY(log->append(makeBatch(20, 0, 1), LeaderEpoch(0)).isOk());
            const std::uint64_t size = log->segments().back().sizeBytes;
            if (allocated(first) <= roundedUp(size))
                QWARN("this file system reserves no space ahead of the writes");
            int next = 20;
            while (log->segments().size() < 2) {
                QVERIFY(log->append(makeBatch(20, next, 1), LeaderEpoch(0)).isOk());
                next += 20;
            }
            QVERIFY(allocated(first) <= roundedUp(log->segments().front().sizeBytes));
        }
        for (const auto &entry : std::filesystem::directory_iterator(dirOf(tmp))) {
            if (entry.path().extension() != ".log")
                continue;
            QVERIFY2(allocated(entry.path()) <= roundedUp(std::filesystem::file_size(entry.path())),
                     entry.path().string().c_str());
        }
    }

    void perBatchFlushMakesAppendsDurable()
    {
        QTemporaryDir tmp;
        LogConfig cfg;
        cfg.flushPolicy = FlushPolicy::PerBatch;
        auto log = PartitionLog::open(dirOf(tmp), cfg).value();
        QVERIFY(log->append(makeBatch(3, 0, 1), LeaderEpoch(0)).isOk());
        const auto seg = log->segments().back();
        QCOMPARE(std::filesystem::file_size(dirOf(tmp) / "00000000000000000000.log"), seg.sizeBytes);
    }
};

QTEST_GUILESS_MAIN(TestPartitionLog)
#include "test_partition_log.moc"
