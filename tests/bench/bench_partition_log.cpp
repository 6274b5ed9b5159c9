// Storage benchmark: how fast one partition log appends, reads, finds offsets and
// timestamps, and opens after a crash. Not a test (CTest does not run it): run it on
// demand, e.g. after changing engine/storage, and compare with the targets it prints.
//
//   bench_partition_log [--dir DIR] [--quick] [--records N]
//
// Records carry ~10-byte keys and 100-byte values, 1000 to a batch; every batch is built
// before the clock starts, so the append figures measure the log (validation, copy,
// offset assignment, write to the page cache), not the producer. Figures are taken with
// the data in the page cache.

#include "bench_table.h"
#include "bench_workspace.h"
#include "common/crc32c.h"
#include "common/status.h"
#include "common/strong_types.h"
#include "storage/log_config.h"
#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#include "storage/segment_format.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using es::Bytes;
using es::LogConfig;
using es::Offset;
using es::PartitionLog;

namespace {

using SteadyClock = std::chrono::steady_clock;

constexpr int kRecordsPerBatch = 1000;
constexpr std::size_t kKeySize = 10; // "key" and 7 digits
constexpr std::size_t kValueSize = 100;
constexpr std::uint64_t kDefaultLogBytes = 1ULL << 30;
constexpr std::size_t kReadChunk = 1u << 20;
constexpr std::size_t kLookupMaxBytes = 1; // "small": minOneBatch returns the one batch
constexpr es::LeaderEpoch kEpoch{1};

struct Options {
    std::optional<fs::path> dir;
    bool quick = false;
    std::optional<std::int64_t> records;
};

// How much work each figure gets; --quick shrinks everything for a smoke run.
struct Sizes {
    std::int64_t lookups = 20000;
    std::int64_t perBatchMaxBatches = 20000;
    double perBatchMaxSeconds = 5.0;
};

// Stops the run; main() reports it after the workspace has been cleaned up.
[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

void check(const es::Status &s, std::string_view what)
{
    if (!s.isOk())
        die(std::string(what) + ": " + s.toString());
}

template <typename T>
T check(es::Result<T> r, std::string_view what)
{
    check(r.status(), what);
    return std::move(r).value();
}

void printUsage()
{
    std::printf("usage: bench_partition_log [--dir DIR] [--quick] [--records N]\n"
                "  --dir DIR    put the partition folders in DIR (default: a fresh temporary folder,\n"
                "               removed at the end)\n"
                "  --quick      small sizes for a smoke run (a few seconds)\n"
                "  --records N  records to append (default: about 1 GiB of log; --quick: 200000)\n");
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            o.quick = true;
        } else if (arg == "--dir" && i + 1 < argc) {
            o.dir = fs::path(argv[++i]);
        } else if (arg == "--records" && i + 1 < argc) {
            char *end = nullptr;
            const long long n = std::strtoll(argv[++i], &end, 10);
            if (*end != '\0' || n < 1) {
                std::fprintf(stderr, "bench_partition_log: --records needs a positive number\n");
                std::exit(2);
            }
            o.records = n;
        } else if (arg == "--help" || arg == "-h") {
            printUsage();
            std::exit(0);
        } else {
            printUsage();
            std::exit(2);
        }
    }
    return o;
}

double secondsSince(SteadyClock::time_point start)
{
    return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

// ---- Data ----

// Batch b holds offsets b*n .. b*n+n-1 (n records per batch), all stamped
// `baseTimestamp + b` (1 ms per batch), so a timestamp lookup knows its answer.
class BatchFactory {
public:
    BatchFactory(std::int64_t baseTimestamp, int recordsPerBatch)
        : m_baseTimestamp(baseTimestamp), m_recordsPerBatch(recordsPerBatch)
    {
        std::mt19937_64 rng(42);
        m_noise.resize(64 * 1024);
        for (auto &b : m_noise)
            b = static_cast<std::uint8_t>(rng());
    }

    [[nodiscard]] Bytes build(std::int64_t batchIndex) const
    {
        es::RecordBatchBuilder builder;
        char key[16];
        for (int i = 0; i < m_recordsPerBatch; ++i) {
            const std::int64_t n = batchIndex * m_recordsPerBatch + i;
            const int keyLength =
                std::snprintf(key, sizeof key, "key%07lld", static_cast<long long>(n % 10000000));
            const std::size_t at = static_cast<std::size_t>(n * 61) % (m_noise.size() - kValueSize);
            builder.append(es::asBytes(std::string_view(key, static_cast<std::size_t>(keyLength))),
                           es::ByteView(m_noise.data() + at, kValueSize), {}, timestampOf(batchIndex));
        }
        return check(builder.build(), "building a batch");
    }

    [[nodiscard]] std::int64_t timestampOf(std::int64_t batchIndex) const
    {
        return m_baseTimestamp + batchIndex;
    }
    [[nodiscard]] int recordsPerBatch() const { return m_recordsPerBatch; }

    [[nodiscard]] std::vector<Bytes> buildAll(std::int64_t count) const
    {
        std::vector<Bytes> batches;
        batches.reserve(static_cast<std::size_t>(count));
        for (std::int64_t b = 0; b < count; ++b)
            batches.push_back(build(b));
        return batches;
    }

private:
    std::int64_t m_baseTimestamp;
    int m_recordsPerBatch;
    Bytes m_noise;
};

// ---- The table ----

using es::bench::formatNumber;
using es::bench::formatRate;
using es::bench::printHeader;
using es::bench::printRow;
using es::bench::Target;

// ---- Figures ----

struct AppendFigures {
    std::int64_t records = 0;
    std::uint64_t bytes = 0;
    double seconds = 0;
};

// Appends batches in order until all are in or `maxSeconds` have passed.
AppendFigures appendAll(PartitionLog &log, const std::vector<Bytes> &batches, std::size_t count,
                        double maxSeconds)
{
    AppendFigures f;
    const auto start = SteadyClock::now();
    for (std::size_t i = 0; i < count; ++i) {
        const es::AppendResult r = check(log.append(batches[i], kEpoch), "append");
        f.records += r.recordCount;
        f.bytes += r.bytes;
        if ((i & 15) == 15 && secondsSince(start) > maxSeconds)
            break;
    }
    f.seconds = secondsSince(start);
    return f;
}

struct ReadFigures {
    std::int64_t records = 0;
    std::uint64_t bytes = 0;
    std::uint64_t keyBytes = 0;
    std::uint64_t valueBytes = 0;
    double seconds = 0;
};

// Reads the whole log in kReadChunk reads; with `decode`, walks every record too.
ReadFigures readAll(const PartitionLog &log, bool decode)
{
    ReadFigures f;
    Bytes scratch;
    std::int64_t next = log.logStartOffset().value();
    const std::int64_t end = log.logEndOffset().value();
    const auto start = SteadyClock::now();
    while (next < end) {
        const Bytes data = check(log.read(Offset(next), kReadChunk), "read");
        if (data.empty())
            die("read returned nothing at offset " + std::to_string(next));
        // read() verified every CRC; this walk only needs the framing.
        es::BatchIterator it(data, es::CrcCheck::Skip);
        while (it.next()) {
            f.records += it.header().recordCount;
            next = it.header().nextOffset();
            if (decode) {
                const auto view = check(es::RecordBatchView::parse(it.batch(), es::CrcCheck::Skip), "parse");
                check(view.forEachRecord(scratch,
                                         [&](const es::RecordView &r) {
                                             f.keyBytes += r.key ? r.key->size() : 0;
                                             f.valueBytes += r.value ? r.value->size() : 0;
                                         }),
                      "decode");
            }
        }
        check(it.status(), "walking a read");
        f.bytes += data.size();
    }
    f.seconds = secondsSince(start);
    return f;
}

struct Latency {
    double medianUs = 0;
    double p99Us = 0;
};

Latency summarise(std::vector<double> &samplesUs)
{
    std::sort(samplesUs.begin(), samplesUs.end());
    const auto at = [&](double q) {
        return samplesUs[std::min(samplesUs.size() - 1, static_cast<std::size_t>(q * samplesUs.size()))];
    };
    return {at(0.5), at(0.99)};
}

// The offset lookup: which segment and byte position hold an offset (index search plus a
// short header walk), as every fetch does first.
Latency measureOffsetLookups(const PartitionLog &log, std::int64_t count, std::mt19937_64 &rng)
{
    std::uniform_int_distribution<std::int64_t> pick(log.logStartOffset().value(),
                                                     log.logEndOffset().value() - 1);
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t offset = pick(rng);
        const auto start = SteadyClock::now();
        const auto where = check(log.locate(Offset(offset)), "offset lookup");
        samples.push_back(secondsSince(start) * 1e6);
        if (where.batchBase.value() > offset || where.batchLast.value() < offset)
            die("offset lookup for " + std::to_string(offset) + " found the wrong batch");
    }
    return summarise(samples);
}

// A read at a random offset: the lookup plus copying the whole batch out and checking its
// CRC.
Latency measureReadsAtOffsets(const PartitionLog &log, std::int64_t count, std::mt19937_64 &rng)
{
    std::uniform_int_distribution<std::int64_t> pick(log.logStartOffset().value(),
                                                     log.logEndOffset().value() - 1);
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t offset = pick(rng);
        const auto start = SteadyClock::now();
        const Bytes data =
            check(log.read(Offset(offset), kLookupMaxBytes, std::nullopt, true), "read at offset");
        samples.push_back(secondsSince(start) * 1e6);
        const auto header = check(es::parseBatchHeader(data), "read result");
        if (header.baseOffset > offset || header.lastOffset() < offset)
            die("read at " + std::to_string(offset) + " returned the wrong batch");
    }
    return summarise(samples);
}

Latency measureTimestampLookups(const PartitionLog &log, const BatchFactory &factory, std::int64_t batchCount,
                                std::int64_t count, std::mt19937_64 &rng)
{
    std::uniform_int_distribution<std::int64_t> pick(0, batchCount - 1);
    std::vector<double> samples;
    samples.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t batchIndex = pick(rng);
        const auto start = SteadyClock::now();
        const auto found = check(log.offsetForTimestamp(factory.timestampOf(batchIndex)), "timestamp lookup");
        samples.push_back(secondsSince(start) * 1e6);
        if (found.offset.value() != batchIndex * factory.recordsPerBatch())
            die("timestamp lookup for batch " + std::to_string(batchIndex) + " returned offset " +
                std::to_string(found.offset.value()));
    }
    return summarise(samples);
}

// Opens the log and checks it came back whole.
double timeOpen(const fs::path &dir, std::int64_t expectedEnd)
{
    const auto start = SteadyClock::now();
    auto log = check(PartitionLog::open(dir, LogConfig{}), "open");
    const double seconds = secondsSince(start);
    if (log->logEndOffset().value() != expectedEnd)
        die("reopened log ends at " + std::to_string(log->logEndOffset().value()) + ", expected " +
            std::to_string(expectedEnd));
    check(log->close(), "close");
    return seconds;
}

// What a crash leaves behind, per segment_format.md: no clean-shutdown marker and a
// recovery point below everything, so every segment is validated batch by batch.
void simulateCrash(const fs::path &dir)
{
    fs::remove(dir / es::segfmt::kCleanShutdownFile);
    std::ofstream(dir / es::segfmt::kRecoveryPointFile, std::ios::trunc) << "0\n";
}

using es::bench::Workspace;

void progress(const char *what) { std::fprintf(stderr, "... %s\n", what); }

double gib(std::uint64_t bytes) { return static_cast<double>(bytes) / (1 << 30); }

// Append, sequential read, decode, offset and timestamp lookups on one log; returns its
// log end offset.
std::int64_t benchmarkLog(const fs::path &dir, const std::vector<Bytes> &batches, const BatchFactory &factory,
                          const Sizes &sizes, std::mt19937_64 &rng)
{
    auto log = check(PartitionLog::open(dir, LogConfig{}), "open");

    progress("append");
    const AppendFigures a = appendAll(*log, batches, batches.size(), 1e9);
    const std::int64_t logEnd = log->logEndOffset().value();
    const double appendRate = a.records / a.seconds;
    printRow("append, batches of 1000", formatRate(appendRate), appendRate,
             Target{Target::Kind::AtLeast, 5e6}, ">= 5.00 M/s");
    printRow("append throughput", formatNumber(a.bytes / a.seconds / 1e6, "MB/s", 0));

    progress("sequential read");
    const ReadFigures r = readAll(*log, false);
    if (r.records != logEnd)
        die("sequential read saw " + std::to_string(r.records) + " records of " + std::to_string(logEnd));
    const double readRate = r.records / r.seconds;
    printRow("sequential read (1 MiB reads)", formatRate(readRate), readRate,
             Target{Target::Kind::AtLeast, 10e6}, ">= 10.00 M/s");
    printRow("sequential read throughput", formatNumber(r.bytes / r.seconds / 1e6, "MB/s", 0));

    progress("decode");
    const ReadFigures d = readAll(*log, true);
    if (d.keyBytes != static_cast<std::uint64_t>(logEnd) * kKeySize ||
        d.valueBytes != static_cast<std::uint64_t>(logEnd) * kValueSize)
        die("decoding saw " + std::to_string(d.keyBytes) + " key and " + std::to_string(d.valueBytes) +
            " value bytes in " + std::to_string(logEnd) + " records");
    const double decodeRate = d.records / d.seconds;
    printRow("read + decode every record", formatRate(decodeRate), decodeRate,
             Target{Target::Kind::AtLeast, 5e6}, ">= 5.00 M/s");

    progress("offset lookups");
    const Latency o = measureOffsetLookups(*log, sizes.lookups, rng);
    printRow("offset lookup, median", formatNumber(o.medianUs, "us", 1), o.medianUs,
             Target{Target::Kind::AtMost, 5}, "<= 5 us");
    printRow("offset lookup, p99", formatNumber(o.p99Us, "us", 1));
    const Latency rd = measureReadsAtOffsets(*log, sizes.lookups, rng);
    printRow("read one 1000-record batch at an offset, median", formatNumber(rd.medianUs, "us", 1));
    printRow("read one 1000-record batch at an offset, p99", formatNumber(rd.p99Us, "us", 1));

    progress("timestamp lookups");
    const auto batchCount = static_cast<std::int64_t>(batches.size());
    const Latency t = measureTimestampLookups(*log, factory, batchCount, sizes.lookups, rng);
    printRow("timestamp lookup, median", formatNumber(t.medianUs, "us", 1), t.medianUs,
             Target{Target::Kind::AtMost, 20}, "<= 20 us");
    printRow("timestamp lookup, p99", formatNumber(t.p99Us, "us", 1));

    check(log->close(), "close");
    return logEnd;
}

void benchmarkOpen(const fs::path &dir, std::int64_t logEnd, std::uint64_t logBytes)
{
    progress("open after a clean shutdown");
    const double cleanOpen = timeOpen(dir, logEnd);
    progress("open after a crash");
    simulateCrash(dir);
    const double crashOpen = timeOpen(dir, logEnd);
    char label[64];
    std::snprintf(label, sizeof label, "open after crash (%.2f GiB recovered)", gib(logBytes));
    printRow(label, formatNumber(crashOpen, "s", 3), crashOpen, Target{Target::Kind::AtMost, 3}, "<= 3 s");
    printRow("open after clean shutdown", formatNumber(cleanOpen, "s", 3));
}

// What durability costs: the same appends, each fsynced before it returns.
void benchmarkFlushPerBatch(const fs::path &dir, const std::vector<Bytes> &batches, const Sizes &sizes)
{
    progress("append with FlushPolicy::PerBatch");
    LogConfig durable;
    durable.flushPolicy = es::FlushPolicy::PerBatch;
    auto log = check(PartitionLog::open(dir, durable), "open");
    const std::size_t count =
        std::min<std::size_t>(batches.size(), static_cast<std::size_t>(sizes.perBatchMaxBatches));
    const AppendFigures a = appendAll(*log, batches, count, sizes.perBatchMaxSeconds);
    const double appends = static_cast<double>(a.records) / kRecordsPerBatch;
    char label[64];
    std::snprintf(label, sizeof label, "append, fsync per batch (%.0f batches)", appends);
    printRow(label, formatRate(a.records / a.seconds));
    printRow("append throughput, fsync per batch", formatNumber(a.bytes / a.seconds / 1e6, "MB/s", 0));
    printRow("append, fsync per batch, mean latency", formatNumber(a.seconds / appends * 1e3, "ms", 2));
    const ReadFigures r = readAll(*log, false);
    printRow("sequential read, fsync-per-batch log", formatRate(r.records / r.seconds));
    check(log->close(), "close");
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = Sizes{1000, 200, 1.0};

    const std::int64_t baseTimestamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count();
    const BatchFactory factory(baseTimestamp, kRecordsPerBatch);

    // Size the run: --records, or enough batches for about 1 GiB (--quick: 200 batches).
    const std::size_t batchSize = factory.build(0).size();
    std::int64_t batchCount;
    if (options.records)
        batchCount = (*options.records + kRecordsPerBatch - 1) / kRecordsPerBatch;
    else if (options.quick)
        batchCount = 200;
    else
        batchCount = static_cast<std::int64_t>((kDefaultLogBytes + batchSize - 1) / batchSize);

    progress("building batches");
    const std::vector<Bytes> batches = factory.buildAll(batchCount);
    const std::uint64_t logBytes = static_cast<std::uint64_t>(batchCount) * batchSize;

    Workspace workspace(options.dir);
    std::printf("Eventscope storage benchmark: one partition, %d-record batches, %zu-byte values\n",
                kRecordsPerBatch, kValueSize);
    std::printf("  CPUs %u, crc32c %s, %lld records in %lld batches (%.2f GiB), folder %s\n",
                std::thread::hardware_concurrency(), es::crc32cImplementation(),
                static_cast<long long>(batchCount * kRecordsPerBatch), static_cast<long long>(batchCount),
                gib(logBytes), workspace.root().string().c_str());
    printHeader();

    std::mt19937_64 rng(7);
    const fs::path mainDir = workspace.folder("bench-0");
    const std::int64_t logEnd = benchmarkLog(mainDir, batches, factory, sizes, rng);
    benchmarkOpen(mainDir, logEnd, logBytes);
    benchmarkFlushPerBatch(workspace.folder("bench-flush-per-batch-0"), batches, sizes);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const Options options = parseArgs(argc, argv);
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_partition_log: %s\n", e.what());
        return 1;
    }
}
