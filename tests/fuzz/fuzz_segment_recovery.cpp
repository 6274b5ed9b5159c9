// libFuzzer target for opening a partition log from whatever is on disk, as a broker does at
// start after a crash, a full disk or a hand-edited folder. The input is a partition folder
// (see "Input" below): up to four segments (.log, .index, .timeindex), the checkpoints, the
// clean-shutdown mark, the leader epochs and a leftover compacted copy. The log is opened
// (recovering what the files leave it to), its batch headers walked as the replica rebuilds
// its producer state, everything read back from the log start to its end, looked up by
// offset and by time, appended to, truncated, closed and opened again.
// Opening may refuse with a reason; otherwise whatever it kept must read back as whole,
// checksummed batches, take appends, and open again to the same offsets. Segments it trusts
// without validating (after a clean shutdown, below the recovery point) may refuse calls
// where they are damaged, but must still open again. Nothing may crash, leak, hang or read
// out of bounds.
// Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.
//
// Input: sections, each a kind byte, a big-endian uint16 length and that many bytes (the
// last one may be cut short). The low nibble of the kind says what the bytes are, the high
// nibble (mod 4) which segment a segment file belongs to:
//   0 .log: a big-endian uint32 base offset, then the file
//   1 .index, 2 .timeindex of the segment (whose base offset its .log section gave, else 0)
//   3 recovery-point, 4 log-start-offset, 5 clean-shutdown, 6 leader-epoch-checkpoint
//   7 a leftover .cleaned copy of the segment
// Other kinds are skipped. make_storage_corpus writes real folders in this form.

#include "fuzz_require.h"

#include "common/byte_order.h"
#include "common/clock.h"
#include "common/logging.h"
#include "storage/file.h"
#include "storage/leader_epoch_cache.h"
#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/segment.h"
#include "storage/segment_format.h"

#include <unistd.h>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

namespace {

using namespace es;
namespace fs = std::filesystem;

constexpr std::int64_t kNowMs = 1'700'000'000'000;

// The folder every input is written to: in memory where the system offers it, since the
// log fsyncs as it opens.
const fs::path &scratchDir()
{
    static const fs::path dir = [] {
        std::error_code ec;
        const fs::path shm = "/dev/shm";
        const fs::path base = fs::is_directory(shm, ec) ? shm : fs::temp_directory_path();
        return base / ("es-fuzz-segment-recovery-" + std::to_string(::getpid()));
    }();
    return dir;
}

void writeFile(const fs::path &path, ByteView bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    FUZZ_REQUIRE(static_cast<bool>(out));
}

// Writes the folder the input describes.
void writeFolder(const fs::path &dir, ByteView input)
{
    struct Section {
        std::uint8_t kind;
        ByteView bytes;
    };
    std::vector<Section> sections;
    std::array<std::int64_t, 4> bases{};
    while (input.size() >= 3) {
        const std::uint8_t kind = input[0];
        const std::size_t length =
            std::min<std::size_t>(loadBigEndian<std::uint16_t>(input.data() + 1), input.size() - 3);
        ByteView bytes = input.subspan(3, length);
        input = input.subspan(3 + length);
        if ((kind & 0x0f) == 0) {
            if (bytes.size() < 4)
                continue;
            bases[(kind >> 4) & 3] = loadBigEndian<std::uint32_t>(bytes.data());
            bytes = bytes.subspan(4);
        }
        sections.push_back({kind, bytes});
    }
    for (const Section &s : sections) {
        const std::int64_t base = bases[(s.kind >> 4) & 3];
        switch (s.kind & 0x0f) {
        case 0: writeFile(LogSegment::fileName(dir, base, segfmt::kLogSuffix), s.bytes); break;
        case 1: writeFile(LogSegment::fileName(dir, base, segfmt::kOffsetIndexSuffix), s.bytes); break;
        case 2: writeFile(LogSegment::fileName(dir, base, segfmt::kTimeIndexSuffix), s.bytes); break;
        case 3: writeFile(dir / segfmt::kRecoveryPointFile, s.bytes); break;
        case 4: writeFile(dir / segfmt::kLogStartOffsetFile, s.bytes); break;
        case 5: writeFile(dir / segfmt::kCleanShutdownFile, s.bytes); break;
        case 6: writeFile(dir / "leader-epoch-checkpoint", s.bytes); break;
        case 7: writeFile(LogSegment::fileName(dir, base, segfmt::kCleanedSuffix), s.bytes); break;
        default: break;
        }
    }
}

// Whether the open trusts some segments without validating them: after a clean shutdown,
// and below the recovery point. Damage there is found only when it is read, if at all.
bool trustsData(const fs::path &dir)
{
    std::error_code ec;
    if (fs::exists(dir / segfmt::kCleanShutdownFile, ec))
        return true;
    const Result<Bytes> point = readWholeFile(dir / segfmt::kRecoveryPointFile);
    if (!point)
        return false;
    std::string_view text = asChars(*point);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value > 0;
}

// A refusal must say why, and may come only from damage the open did not see: data it
// trusted without validating. Whatever it validated serves every call.
void refused(const Status &status, bool trusted)
{
    if (!trusted)
        std::fprintf(stderr, "refused on a validated log: %s\n", status.toString().c_str());
    FUZZ_REQUIRE(trusted && !status.isOk() && !status.message().empty());
}

// Reads every batch from the log start to the log end, as consumers and followers do.
void readAll(const PartitionLog &log, bool trusted)
{
    const std::int64_t end = log.logEndOffset().value();
    std::int64_t next = log.logStartOffset().value();
    Bytes scratch;
    while (next < end) {
        const Result<Bytes> read = log.read(Offset(next), 4096);
        if (!read) {
            refused(read.status(), trusted);
            return;
        }
        if (read->empty())
            return;
        BatchIterator it(*read, CrcCheck::Verify);
        std::int64_t after = next;
        while (it.next()) {
            // (A damaged base offset in trusted data may say anything.)
            FUZZ_REQUIRE(trusted || (it.header().lastOffset() >= next && it.header().lastOffset() < end));
            const Result<RecordBatchView> view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
            FUZZ_REQUIRE(view.isOk());
            const Status records = view->forEachRecord(scratch, [](const RecordView &) {});
            FUZZ_REQUIRE(records.isOk() || !records.message().empty());
            after = it.header().nextOffset();
        }
        // A read returns whole batches only, each with a valid CRC.
        FUZZ_REQUIRE(it.status().isOk());
        FUZZ_REQUIRE(trusted || after > next);
        if (after <= next)
            return;
        next = after;
    }
}

void lookUp(const PartitionLog &log, bool trusted)
{
    const std::int64_t start = log.logStartOffset().value();
    const std::int64_t end = log.logEndOffset().value();
    for (const std::int64_t offset : {start, start + (end - start) / 2, end - 1}) {
        if (offset < start || offset >= end)
            continue;
        const Result<BatchPosition> at = log.locate(Offset(offset));
        if (at)
            FUZZ_REQUIRE(trusted || at->batchLast.value() >= offset);
        else if (at.status().code() != StatusCode::NotFound) // a gap: nothing at or after it
            refused(at.status(), trusted);
    }
    for (const std::int64_t timestamp :
         {std::int64_t{-1}, std::int64_t{0}, kNowMs, std::numeric_limits<std::int64_t>::max()}) {
        const Result<OffsetAndTimestamp> found = log.offsetForTimestamp(timestamp);
        if (found) // a damaged base offset in trusted data may point anywhere
            FUZZ_REQUIRE(trusted || (found->timestamp >= timestamp && found->offset.value() >= start &&
                                     found->offset.value() < end));
        else if (found.status().code() != StatusCode::NotFound)
            refused(found.status(), trusted);
    }
    const Result<OffsetAndTimestamp> max = log.offsetOfMaxTimestamp(Offset(end));
    if (!max && max.status().code() != StatusCode::NotFound)
        refused(max.status(), trusted);
}

// A recovered log takes appends at its end and gives them back.
void appendAndTruncate(PartitionLog &log, bool trusted)
{
    const std::int64_t end = log.logEndOffset().value();
    RecordBatchBuilder builder;
    builder.append(Record{Bytes{'k'}, Bytes{'v'}, {}, kNowMs});
    const Result<Bytes> batch = builder.build();
    FUZZ_REQUIRE(batch.isOk());
    const Result<AppendResult> appended = log.append(*batch, LeaderEpoch(7));
    if (!appended) {
        refused(appended.status(), trusted);
        return;
    }
    FUZZ_REQUIRE(appended->firstOffset.value() == end && log.logEndOffset().value() == end + 1);
    const Result<Bytes> back = log.read(Offset(end), 4096);
    if (!back)
        refused(back.status(), trusted); // the walk to it meets damage before it
    else
        FUZZ_REQUIRE(trusted || !back->empty());
    const Status truncated = log.truncateTo(Offset(end));
    // The appended batch is gone; the log end may fall further, to the end of the data
    // before a gap (a segment left empty by recovery, a compacted tail).
    if (!truncated.isOk())
        refused(truncated, trusted);
    else if (!trusted)
        FUZZ_REQUIRE(log.logEndOffset().value() <= end);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    setLogLevel("off"); // recovery logs every repair it makes
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fs::path &dir = scratchDir();
    std::error_code ec;
    fs::remove_all(dir, ec);
    fs::create_directories(dir, ec);
    FUZZ_REQUIRE(!ec);
    writeFolder(dir, ByteView(data, size));

    LogConfig config;
    config.indexIntervalBytes = 128; // indexes with entries even for small segments
    const ManualClock clock(kNowMs);
    // Data the open trusts without validating may be damaged in ways only reads find: then
    // calls may refuse and offsets go astray (never the process). Otherwise all must work.
    const bool trusted = trustsData(dir);
    {
        Result<std::unique_ptr<PartitionLog>> opened = PartitionLog::open(dir, config, clock);
        if (!opened) {
            FUZZ_REQUIRE(!opened.status().message().empty());
            fs::remove_all(dir, ec);
            return 0;
        }
        PartitionLog &log = **opened;
        FUZZ_REQUIRE(log.logStartOffset() <= log.logEndOffset());

        // What the replica does next: rebuild producer state and leader epochs from the headers.
        const std::unique_ptr<LeaderEpochCache> epochs = LeaderEpochCache::open(dir);
        const Status headers = log.forEachBatchHeader(log.logStartOffset(), [&](const BatchHeader &h) {
            (void)epochs->assign(h.partitionLeaderEpoch, h.baseOffset);
            return true;
        });
        if (!headers.isOk())
            refused(headers, trusted);

        readAll(log, trusted);
        lookUp(log, trusted);
        appendAndTruncate(log, trusted);
        const std::int64_t start = log.logStartOffset().value();
        const std::int64_t end = log.logEndOffset().value();
        const Status closed = log.close();
        FUZZ_REQUIRE(closed.isOk());

        // Closed cleanly, the folder opens again: to the same log, unless it held trusted
        // data, whose damage this open may cut away.
        Result<std::unique_ptr<PartitionLog>> again = PartitionLog::open(dir, config, clock);
        if (!again)
            std::fprintf(stderr, "reopening after a clean close: %s\n", again.status().message().c_str());
        FUZZ_REQUIRE(again.isOk());
        if (!trusted)
            FUZZ_REQUIRE((*again)->logStartOffset().value() == start &&
                         (*again)->logEndOffset().value() == end);
        readAll(**again, trusted);
    }
    fs::remove_all(dir, ec);
    return 0;
}
