// libFuzzer target for RecordBatch v2 decoding: any byte string is a run of batches, as a
// produce request, a fetch response or a segment holds them. The first byte chooses how it
// is read (see Flags); the rest are the batches. Every batch the iterator accepts has all its
// records decoded, decompressed first; what decodes is re-encoded and must decode to the same
// records; the leader's validation runs on a copy, and what it accepts must read back whole
// with valid CRCs, recompressed in another codec as well. Nothing may crash, leak, hang or
// read out of bounds, and every refusal must say why.
// Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.

#include "fuzz_require.h"

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/batch_recompression.h"
#include "storage/log_validator.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

using namespace es;

// The first input byte.
enum Flags : std::uint8_t {
    // Rewrite each batch's CRC before reading: random mutations then reach the records
    // instead of stopping at the checksum.
    kReseal = 0x01,
    kCompactedTopic = 0x02,     // the validator wants a key on every record
    kLogAppendTimeTopic = 0x04, // message.timestamp.type=LogAppendTime
    kTimestampLimit = 0x08,     // message.timestamp.difference.max.ms = one hour
    kFromCoordinator = 0x10,    // AppendOrigin::Coordinator (control batches allowed)
    kRecompressShift = 5,       // bits 5..7: the codec to recompress into (mod 5)
};

// Recomputes the CRC of every batch whose Length fits in what is left.
void reseal(Bytes &data)
{
    std::size_t pos = 0;
    while (data.size() - pos >= batch::kHeaderSize) {
        const auto length = loadBigEndian<std::int32_t>(data.data() + pos + batch::kLengthAt);
        if (length < static_cast<std::int32_t>(batch::kHeaderSize - batch::kLogOverhead))
            return;
        const std::size_t total = static_cast<std::size_t>(length) + batch::kLogOverhead;
        if (total > data.size() - pos)
            return;
        std::uint8_t *b = data.data() + pos;
        storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                      crc32c(b + batch::kAttributesAt, total - batch::kAttributesAt));
        pos += total;
    }
}

// Every record of one batch the iterator accepted, decoded; nullopt when one is malformed
// (which must then be explained).
std::optional<std::vector<Record>> decodeRecords(ByteView whole, Bytes &scratch)
{
    const Result<RecordBatchView> view = RecordBatchView::parse(whole, CrcCheck::Skip);
    FUZZ_REQUIRE(view.isOk()); // the iterator already accepted its framing
    const BatchHeader &h = view->header();
    std::vector<Record> records;
    const Status walked = view->forEachRecord(scratch, [&](const RecordView &r) {
        FUZZ_REQUIRE(r.offset >= h.baseOffset && r.offset <= h.lastOffset());
        FUZZ_REQUIRE(r.headers().size() == static_cast<std::size_t>(r.headerCount));
        if (h.isControl())
            (void)parseControlRecordType(r.key);
        records.push_back(r.toRecord());
    });
    if (!walked.isOk()) {
        FUZZ_REQUIRE(!walked.message().empty());
        return std::nullopt;
    }
    FUZZ_REQUIRE(records.size() == static_cast<std::size_t>(h.recordCount));
    return records;
}

// The records written again by the builder, in the same codec, must read back the same.
void checkRebuild(const BatchHeader &h, const std::vector<Record> &records)
{
    if (records.empty() || h.isControl())
        return;
    RecordBatchBuilder builder({.compression = h.compression()});
    for (const Record &r : records)
        builder.append(r);
    const Result<Bytes> rebuilt = builder.build();
    FUZZ_REQUIRE(rebuilt.isOk());
    const Result<RecordBatchView> view = RecordBatchView::parse(*rebuilt);
    FUZZ_REQUIRE(view.isOk());
    std::size_t i = 0;
    const Status walked = view->forEachRecord([&](const RecordView &r) {
        FUZZ_REQUIRE(i < records.size() && r.toRecord() == records[i]);
        ++i;
    });
    FUZZ_REQUIRE(walked.isOk() && i == records.size());
}

// Walks `data` as a run of batches; returns the records of every whole batch in order.
std::vector<Record> walk(ByteView data, CrcCheck crc, bool rebuild)
{
    std::vector<Record> all;
    Bytes scratch;
    BatchIterator it(data, crc);
    while (it.next()) {
        FUZZ_REQUIRE(it.batch().size() == it.header().totalSize());
        if (auto records = decodeRecords(it.batch(), scratch)) {
            if (rebuild)
                checkRebuild(it.header(), *records);
            all.insert(all.end(), records->begin(), records->end());
        }
    }
    FUZZ_REQUIRE(it.status().isOk() || !it.status().message().empty());
    FUZZ_REQUIRE(it.position() <= data.size());
    return all;
}

// What the leader accepts is stored as it is: whole batches, valid CRCs, records that decode.
void checkLeaderValidation(const Bytes &data, std::uint8_t flags)
{
    LogConfig config;
    if (flags & kCompactedTopic)
        config.cleanupPolicy = CleanupPolicy::Compact;
    if (flags & kLogAppendTimeTopic)
        config.timestampType = TimestampType::LogAppendTime;
    if (flags & kTimestampLimit)
        config.timestampDifferenceMaxMs = 3'600'000;
    const AppendOrigin origin = (flags & kFromCoordinator) ? AppendOrigin::Coordinator : AppendOrigin::Client;

    Bytes copy = data;
    Bytes scratch;
    const LeaderValidation v = validateForLeader(copy, config, 1'700'000'000'000, origin, scratch);
    if (!v.ok()) {
        FUZZ_REQUIRE(!v.message.empty() && !v.toStatus().isOk());
        return;
    }
    BatchIterator it(copy, CrcCheck::Verify);
    while (it.next()) {
        const Result<RecordBatchView> view = RecordBatchView::parse(it.batch());
        FUZZ_REQUIRE(view.isOk());
        std::int64_t maxTimestamp = -1;
        FUZZ_REQUIRE(view->forEachRecord(
                             [&](const RecordView &r) { maxTimestamp = std::max(maxTimestamp, r.timestamp); })
                         .isOk());
        if (config.timestampType == TimestampType::CreateTime && !it.header().isControl())
            FUZZ_REQUIRE(it.header().maxTimestamp == maxTimestamp && !it.header().hasLogAppendTime());
    }
    FUZZ_REQUIRE(it.status().isOk() && it.position() == copy.size());

    // compression.type: a recompressed copy holds the same records, sealed.
    const auto codec = static_cast<Compression>((flags >> kRecompressShift) % 5);
    const Result<std::optional<Bytes>> recompressed = recompressBatches(copy, codec, scratch);
    if (!recompressed.isOk()) {
        FUZZ_REQUIRE(!recompressed.status().message().empty());
        return;
    }
    if (*recompressed) {
        const std::vector<Record> before = walk(copy, CrcCheck::Verify, false);
        BatchIterator again(**recompressed, CrcCheck::Verify);
        while (again.next())
            FUZZ_REQUIRE(again.header().isControl() || again.header().compression() == codec);
        FUZZ_REQUIRE(again.status().isOk());
        FUZZ_REQUIRE(walk(**recompressed, CrcCheck::Verify, false) == before);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    Bytes batches(data + 1, data + size);
    if (flags & kReseal)
        reseal(batches);
    (void)walk(batches, CrcCheck::Verify, true);
    if (!(flags & kReseal))
        (void)walk(batches, CrcCheck::Skip, false);
    checkLeaderValidation(batches, flags);
    return 0;
}
