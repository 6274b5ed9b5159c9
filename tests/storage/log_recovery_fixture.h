#pragma once

// Helpers shared by the recovery tests: each case writes known batches to a partition log,
// stops it (cleanly or as a crash) and leaves a copy of its files to damage; checkServes()
// then checks record by record, and by every timestamp, what the reopened log serves.

#include "log_fixture.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace es::test {

inline constexpr std::array kCodecs{Compression::None, Compression::Gzip, Compression::Snappy,
                                    Compression::Lz4, Compression::Zstd};

// How the process holding the log stopped before the files were damaged.
enum class Shutdown {
    Clean,           // close(): the clean-shutdown marker is written, so open only checks indexes
    Crash,           // killed with nothing flushed since open: every segment is validated on open
    CrashAfterFlush, // killed after flush(): segments below the recovery point are trusted
};

inline LogConfig oneSegment()
{
    LogConfig c;
    c.indexIntervalBytes = 64; // an index entry for nearly every batch
    return c;
}

// About five batches of the size appendBatches() writes per segment.
inline LogConfig smallSegments()
{
    LogConfig c = oneSegment();
    c.segmentBytes = 2048;
    return c;
}

// Batch k: 8 records, codecs in turn, timestamps rising by 100 ms per batch except every
// fourth batch, which goes back in time (a producer with a slow clock).
inline BatchSpec specFor(int k)
{
    BatchSpec s;
    s.seed = 1000 + static_cast<std::uint64_t>(k);
    s.records = 8;
    s.timestamp = kBaseTimestamp + k * 100 - (k % 4 == 3 ? 250 : 0);
    s.compression = kCodecs[static_cast<std::size_t>(k) % kCodecs.size()];
    return s;
}

inline Result<std::vector<LoggedRecord>> appendBatches(PartitionLog &log, int first, int count)
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

inline std::vector<LoggedRecord> recordsBelow(const std::vector<LoggedRecord> &all, std::int64_t end)
{
    std::vector<LoggedRecord> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const LoggedRecord &r) { return r.offset < end; });
    return out;
}

inline std::vector<LoggedRecord> recordsFrom(const std::vector<LoggedRecord> &all, std::int64_t from)
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
inline bool stop(std::unique_ptr<PartitionLog> log, Shutdown how, const std::filesystem::path &out)
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

template <typename T>
std::string describe(const Result<T> &r)
{
    return r.status().toString();
}

// Reads the batch holding `offset` with maxBytes 1 (so only that batch comes back).
inline Result<BatchHeader> batchHolding(const PartitionLog &log, std::int64_t offset)
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
inline const LoggedRecord *firstAtOrAfter(const std::vector<LoggedRecord> &records, std::int64_t timestamp)
{
    for (const LoggedRecord &r : records)
        if (r.record.timestamp >= timestamp)
            return &r;
    return nullptr;
}

// Checks that `log` serves exactly `expected` (which starts at the log start and ends at
// the log end): a lookup by every timestamp, a read at every offset, then a full read.
// Lookups come first so that a damaged index meets each path before anything repairs it.
inline void checkServes(const PartitionLog &log, const std::vector<LoggedRecord> &expected)
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

inline Bytes randomBytes(std::size_t n, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    Bytes out(n);
    for (auto &b : out)
        b = static_cast<std::uint8_t>(rng());
    return out;
}

} // namespace es::test

Q_DECLARE_METATYPE(es::test::Shutdown)
