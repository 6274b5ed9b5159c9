// Writes the seed corpora of fuzz_record_batch and fuzz_segment_recovery from what the
// engine itself writes: batches in every codec and kind a producer or a coordinator sends,
// and partition folders of real logs (closed cleanly, crashed, torn, with several
// segments, a moved log start, leader epochs), in the input forms those targets read.
// Usage: make_storage_corpus <corpus directory>   (tests/fuzz/corpus is kept in git;
// writes <dir>/record_batch and <dir>/segment_recovery)

#include "common/byte_order.h"
#include "common/clock.h"
#include "common/logging.h"
#include "storage/leader_epoch_cache.h"
#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/segment_format.h"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

using namespace es;
namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kNowMs = 1'700'000'000'000;

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "make_storage_corpus: %s\n", what.c_str());
    std::exit(1);
}

template <typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        die(std::string(what) + ": " + result.status().message());
    return std::move(result).value();
}

void check(const Status &status, const char *what)
{
    if (!status.isOk())
        die(std::string(what) + ": " + status.message());
}

Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

void writeFile(const fs::path &path, ByteView bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out)
        die("cannot write " + path.string());
}

// `count` small records; every third with a header, the fifth with a null key and value.
Bytes batchOf(RecordBatchOptions options, int count, std::int64_t firstTimestamp = kNowMs)
{
    RecordBatchBuilder builder(options);
    for (int i = 0; i < count; ++i) {
        Record r;
        if (i != 4) {
            r.key = bytesOf("key-" + std::to_string(i % 3));
            r.value = bytesOf("{\"n\":" + std::to_string(i) + ",\"text\":\"some value text\"}");
        }
        if (i % 3 == 0)
            r.headers.push_back({"trace", bytesOf("abc" + std::to_string(i))});
        r.timestamp = firstTimestamp + i;
        builder.append(r);
    }
    return check(builder.build(), "build a batch");
}

// ---- fuzz_record_batch: a flags byte, then batches ----

void recordBatchSeeds(const fs::path &dir)
{
    fs::create_directories(dir);
    const auto seed = [&](const std::string &name, std::uint8_t flags, const Bytes &batches) {
        Bytes input{flags};
        input.insert(input.end(), batches.begin(), batches.end());
        writeFile(dir / name, input);
    };
    seed("none_one_record", 0x00, batchOf({}, 1));
    seed("none_records_headers_nulls", 0x00, batchOf({}, 6));
    seed("gzip", 0x00, batchOf({.compression = Compression::Gzip}, 6));
    seed("snappy", 0x00, batchOf({.compression = Compression::Snappy}, 6));
    seed("lz4", 0x00, batchOf({.compression = Compression::Lz4}, 6));
    seed("zstd", 0x00, batchOf({.compression = Compression::Zstd}, 6));
    // The flags' high bits choose the codec the leader recompresses into.
    seed("none_recompressed_to_zstd", 0x80, batchOf({}, 4));
    seed("gzip_recompressed_to_lz4", 0x60, batchOf({.compression = Compression::Gzip}, 4));
    seed("snappy_recompressed_to_none", 0x00 | 0x02 /* compacted */,
         batchOf({.compression = Compression::Snappy}, 3));

    Bytes two = batchOf({.baseOffset = 0}, 2);
    const Bytes second = batchOf({.compression = Compression::Lz4, .baseOffset = 2}, 3);
    two.insert(two.end(), second.begin(), second.end());
    seed("two_batches", 0x00, two);

    seed("idempotent", 0x08 /* timestamp limit */,
         batchOf({.producerId = 1000, .producerEpoch = 0, .baseSequence = 0}, 3));
    seed("transactional", 0x00,
         batchOf({.compression = Compression::Zstd,
                  .transactional = true,
                  .producerId = 7,
                  .producerEpoch = 1,
                  .baseSequence = 5},
                 2));
    Bytes appendTime = batchOf({.logAppendTime = true}, 2, kNowMs);
    seed("log_append_time", 0x04, appendTime);
    seed(
        "control_commit", 0x10 /* from a coordinator */,
        buildControlBatch({.producerId = 7, .producerEpoch = 1, .coordinatorEpoch = 3, .timestamp = kNowMs}));
    seed("control_abort", 0x10,
         buildControlBatch(
             {.type = batch::kControlTypeAbort, .producerId = 7, .producerEpoch = 1, .timestamp = kNowMs}));

    // Damaged ones: a torn tail, and a record changed after sealing (flag 1 reseals it).
    const Bytes whole = batchOf({}, 3);
    seed("torn", 0x00, Bytes(whole.begin(), whole.end() - 7));
    Bytes changed = whole;
    changed[batch::kHeaderSize + 2] ^= 0x40;
    seed("bad_crc", 0x00, changed);
    seed("resealed_changed_record", 0x01, changed);
}

// ---- fuzz_segment_recovery: a partition folder as sections ----

void appendSection(Bytes &out, std::uint8_t kind, ByteView prefix, ByteView bytes)
{
    const std::size_t length = prefix.size() + bytes.size();
    if (length > 0xffff)
        die("a file is too large for a seed");
    out.push_back(kind);
    std::uint8_t size[2];
    storeBigEndian<std::uint16_t>(size, static_cast<std::uint16_t>(length));
    out.insert(out.end(), size, size + 2);
    out.insert(out.end(), prefix.begin(), prefix.end());
    out.insert(out.end(), bytes.begin(), bytes.end());
}

// The folder in fuzz_segment_recovery's input form.
Bytes serialiseFolder(const fs::path &dir)
{
    std::map<std::int64_t, std::map<std::string, fs::path>> segments; // base -> suffix -> file
    std::map<std::string, fs::path> others;
    for (const auto &entry : fs::directory_iterator(dir)) {
        const std::string stem = entry.path().stem().string();
        std::int64_t base = 0;
        const auto [end, ec] = std::from_chars(stem.data(), stem.data() + stem.size(), base);
        if (stem.size() == segfmt::kBaseOffsetDigits && ec == std::errc() && end == stem.data() + stem.size())
            segments[base][entry.path().extension().string()] = entry.path();
        else
            others[entry.path().filename().string()] = entry.path();
    }
    if (segments.size() > 4)
        die("more than four segments in " + dir.string());
    Bytes out;
    std::uint8_t slot = 0;
    for (const auto &[base, files] : segments) {
        std::uint8_t prefix[4];
        storeBigEndian<std::uint32_t>(prefix, static_cast<std::uint32_t>(base));
        for (const auto &[suffix, path] : files) {
            const Bytes data = check(readWholeFile(path), "read a segment file");
            const std::uint8_t high = static_cast<std::uint8_t>(slot << 4);
            if (suffix == segfmt::kLogSuffix)
                appendSection(out, high | 0, ByteView(prefix, 4), data);
            else if (suffix == segfmt::kOffsetIndexSuffix)
                appendSection(out, high | 1, {}, data);
            else if (suffix == segfmt::kTimeIndexSuffix)
                appendSection(out, high | 2, {}, data);
        }
        ++slot;
    }
    const std::map<std::string, std::uint8_t> kinds = {{std::string(segfmt::kRecoveryPointFile), 3},
                                                       {std::string(segfmt::kLogStartOffsetFile), 4},
                                                       {std::string(segfmt::kCleanShutdownFile), 5},
                                                       {"leader-epoch-checkpoint", 6}};
    for (const auto &[name, path] : others) {
        const auto kind = kinds.find(name);
        if (kind != kinds.end())
            appendSection(out, kind->second, {}, check(readWholeFile(path), "read a checkpoint"));
    }
    return out;
}

struct LogSeed {
    std::string name{};
    LogConfig config{};
    int batches = 3;
    int recordsPerBatch = 2;
    bool mixCodecs = false;
    std::int64_t advanceStartTo = -1;
    bool leaderEpochs = false;
    enum class Ending { Clean, Crash, CrashTorn } ending = Ending::Clean;
};

void segmentSeed(const fs::path &corpus, const fs::path &work, const LogSeed &seed)
{
    const fs::path dir = work / seed.name;
    fs::remove_all(dir);
    const ManualClock clock(kNowMs);
    auto log = check(PartitionLog::open(dir, seed.config, clock), "open a log");
    const Compression codecs[] = {Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4,
                                  Compression::Zstd};
    for (int i = 0; i < seed.batches; ++i) {
        RecordBatchOptions options;
        if (seed.mixCodecs)
            options.compression = codecs[i % 5];
        const Bytes batch = batchOf(options, seed.recordsPerBatch, kNowMs + 10 * i);
        check(log->append(batch, LeaderEpoch(1 + i / 2)), "append");
    }
    if (seed.advanceStartTo >= 0)
        check(log->advanceLogStartOffset(Offset(seed.advanceStartTo)), "advance the log start");
    if (seed.leaderEpochs) {
        auto epochs = LeaderEpochCache::open(dir);
        check(epochs->assign(1, 0), "assign epoch 1");
        check(epochs->assign(2, 4), "assign epoch 2");
    }
    if (seed.ending == LogSeed::Ending::Clean) {
        check(log->close(), "close");
    } else {
        check(log->abandon(false), "abandon");
    }
    if (seed.ending == LogSeed::Ending::CrashTorn) {
        // A crash in the middle of writing the last batch.
        const fs::path last = [&] {
            fs::path found;
            for (const auto &entry : fs::directory_iterator(dir))
                if (entry.path().extension() == segfmt::kLogSuffix && entry.path() > found)
                    found = entry.path();
            return found;
        }();
        fs::resize_file(last, fs::file_size(last) - 9);
    }
    writeFile(corpus / seed.name, serialiseFolder(dir));
}

void segmentRecoverySeeds(const fs::path &corpus)
{
    fs::create_directories(corpus);
    const fs::path work = fs::temp_directory_path() / ("es-storage-corpus-" + std::to_string(::getpid()));
    LogConfig small;
    small.segmentBytes = 700; // a few batches per segment
    small.indexIntervalBytes = 128;

    LogSeed empty{.name = "empty_clean", .batches = 0};
    segmentSeed(corpus, work, empty);
    segmentSeed(corpus, work, {.name = "one_segment_clean", .config = small, .batches = 2});
    segmentSeed(corpus, work,
                {.name = "one_segment_codecs_clean", .batches = 5, .recordsPerBatch = 3, .mixCodecs = true});
    segmentSeed(corpus, work, {.name = "segments_clean", .config = small, .batches = 6});
    segmentSeed(corpus, work,
                {.name = "segments_crash", .config = small, .batches = 6, .ending = LogSeed::Ending::Crash});
    segmentSeed(
        corpus, work,
        {.name = "segments_crash_torn", .config = small, .batches = 5, .ending = LogSeed::Ending::CrashTorn});
    segmentSeed(corpus, work,
                {.name = "codecs_crash_torn",
                 .batches = 5,
                 .recordsPerBatch = 3,
                 .mixCodecs = true,
                 .ending = LogSeed::Ending::CrashTorn});
    segmentSeed(corpus, work,
                {.name = "log_start_moved_epochs",
                 .config = small,
                 .batches = 6,
                 .advanceStartTo = 5,
                 .leaderEpochs = true});
    segmentSeed(corpus, work,
                {.name = "log_start_moved_crash",
                 .config = small,
                 .batches = 6,
                 .advanceStartTo = 3,
                 .leaderEpochs = true,
                 .ending = LogSeed::Ending::Crash});
    fs::remove_all(work);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus directory>\n", argv[0]);
        return 2;
    }
    setLogLevel("warn");
    const fs::path corpus = argv[1];
    recordBatchSeeds(corpus / "record_batch");
    segmentRecoverySeeds(corpus / "segment_recovery");
    std::printf("wrote %s/record_batch and %s/segment_recovery\n", argv[1], argv[1]);
    return 0;
}
