#include "storage/log_validator.h"

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

#include <algorithm>
#include <limits>

namespace es {

namespace {

LeaderValidation reject(ProduceRejection why, std::string message) { return {why, std::move(message)}; }

// |a - b| without overflow for any two int64 values.
std::uint64_t distance(std::int64_t a, std::int64_t b)
{
    return a > b ? static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b)
                 : static_cast<std::uint64_t>(b) - static_cast<std::uint64_t>(a);
}

// Header fields a producer fills that must agree with each other and with who sends them.
LeaderValidation checkHeader(const BatchHeader &h, const LogConfig &config, AppendOrigin origin)
{
    if (h.totalSize() > static_cast<std::size_t>(config.maxMessageBytes))
        return reject(ProduceRejection::MessageTooLarge, "batch of " + std::to_string(h.totalSize()) +
                                                             " bytes exceeds max.message.bytes " +
                                                             std::to_string(config.maxMessageBytes));
    if (h.recordCount <= 0 || h.lastOffsetDelta != h.recordCount - 1)
        return reject(ProduceRejection::CorruptMessage, "batch has " + std::to_string(h.recordCount) +
                                                            " records but last offset delta " +
                                                            std::to_string(h.lastOffsetDelta));
    if (origin != AppendOrigin::Client)
        return {};
    if (h.isControl())
        return reject(ProduceRejection::InvalidRecord, "clients may not write control batches");
    if (h.producerId >= 0 && h.baseSequence < 0)
        return reject(ProduceRejection::InvalidRecord, "batch of producer " + std::to_string(h.producerId) +
                                                           " has invalid base sequence " +
                                                           std::to_string(h.baseSequence));
    return {};
}

// Walks the records: offset deltas, keys, timestamps; `maxTimestamp` gets the largest
// record timestamp (-1 when there is none, as Kafka's NO_TIMESTAMP).
LeaderValidation checkRecords(const RecordBatchView &view, const LogConfig &config, std::int64_t nowMs,
                              Bytes &scratch, std::int64_t &maxTimestamp)
{
    const BatchHeader &h = view.header();
    const bool needKeys = config.compacts() && !h.isControl();
    // The default, Long.MAX_VALUE, means no limit.
    const bool checkTimes = config.timestampType == TimestampType::CreateTime && !h.isControl() &&
                            config.timestampDifferenceMaxMs < std::numeric_limits<std::int64_t>::max();
    std::int32_t expectDelta = 0;
    LeaderValidation failure;
    maxTimestamp = -1;
    const Status walked = view.forEachRecord(scratch, [&](const RecordView &r) -> Status {
        if (r.offset - h.baseOffset != expectDelta++) {
            failure = reject(ProduceRejection::CorruptMessage,
                             "record offset deltas in a produced batch must be 0, 1, 2, ...");
            return Status::corruption(failure.message);
        }
        if (needKeys && !r.key) {
            failure = reject(ProduceRejection::InvalidRecord,
                             "a compacted topic cannot accept a record without a key");
            return Status::invalidArgument(failure.message);
        }
        if (checkTimes && r.timestamp != -1 &&
            distance(r.timestamp, nowMs) > static_cast<std::uint64_t>(config.timestampDifferenceMaxMs)) {
            failure =
                reject(ProduceRejection::InvalidTimestamp,
                       "timestamp " + std::to_string(r.timestamp) + " of the record at offset delta " +
                           std::to_string(r.offset - h.baseOffset) + " is more than " +
                           std::to_string(config.timestampDifferenceMaxMs) + " ms from the broker's time " +
                           std::to_string(nowMs) + " (message.timestamp.difference.max.ms)");
            return Status::invalidArgument(failure.message);
        }
        maxTimestamp = std::max(maxTimestamp, r.timestamp);
        return Status::ok();
    });
    if (!failure.ok())
        return failure;
    if (!walked.isOk())
        return reject(ProduceRejection::CorruptMessage, walked.message());
    return {};
}

// CreateTime: the batch's MaxTimestamp is its largest record timestamp, and the
// timestamp-type bit says CreateTime, whatever the producer wrote there.
void normaliseCreateTime(std::span<std::uint8_t> batch, const BatchHeader &h, std::int64_t maxTimestamp)
{
    if (h.maxTimestamp == maxTimestamp && !h.hasLogAppendTime())
        return;
    std::uint8_t *b = batch.data();
    storeBigEndian<std::int16_t>(b + batch::kAttributesAt,
                                 static_cast<std::int16_t>(h.attributes & ~batch::kTimestampTypeLogAppend));
    storeBigEndian<std::int64_t>(b + batch::kMaxTimestampAt, maxTimestamp);
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, batch.size() - batch::kAttributesAt));
}

} // namespace

Status LeaderValidation::toStatus() const
{
    switch (rejection) {
    case ProduceRejection::None: return Status::ok();
    case ProduceRejection::CorruptMessage: return Status::corruption(message);
    case ProduceRejection::InvalidRecord:
    case ProduceRejection::InvalidTimestamp: return Status::invalidArgument(message);
    case ProduceRejection::MessageTooLarge:
    case ProduceRejection::RecordListTooLarge: return Status::outOfRange(message);
    }
    return Status::corruption(message);
}

LeaderValidation validateForLeader(std::span<std::uint8_t> batches, const LogConfig &config,
                                   std::int64_t nowMs, AppendOrigin origin, Bytes &scratch)
{
    if (batches.empty())
        return reject(ProduceRejection::CorruptMessage, "no record batch to append");
    BatchIterator it(batches, CrcCheck::Verify);
    while (it.next()) {
        const auto at = static_cast<std::size_t>(it.batch().data() - batches.data());
        const std::span<std::uint8_t> batch = batches.subspan(at, it.batch().size());
        const BatchHeader h = it.header();
        if (LeaderValidation v = checkHeader(h, config, origin); !v.ok())
            return v;
        // A client's LogAppendTime bit on a CreateTime topic would make readers take
        // MaxTimestamp for every record's time: clear it before reading the records
        // (normaliseCreateTime() then reseals the batch).
        const bool createTime = config.timestampType == TimestampType::CreateTime && !h.isControl();
        if (createTime && h.hasLogAppendTime())
            storeBigEndian<std::int16_t>(
                batch.data() + batch::kAttributesAt,
                static_cast<std::int16_t>(h.attributes & ~batch::kTimestampTypeLogAppend));
        auto view = RecordBatchView::parse(batch, CrcCheck::Skip);
        if (!view)
            return reject(ProduceRejection::CorruptMessage, view.status().message());
        std::int64_t maxTimestamp = -1;
        if (LeaderValidation v = checkRecords(*view, config, nowMs, scratch, maxTimestamp); !v.ok())
            return v;
        if (createTime)
            normaliseCreateTime(batch, h, maxTimestamp);
    }
    if (!it.status().isOk())
        return reject(ProduceRejection::CorruptMessage,
                      "produced records are malformed: " + it.status().message());
    if (batches.size() > static_cast<std::uint64_t>(config.segmentBytes))
        return reject(ProduceRejection::RecordListTooLarge,
                      std::to_string(batches.size()) + " bytes of records exceed segment.bytes " +
                          std::to_string(config.segmentBytes) + ", so no segment could hold them");
    return {};
}

} // namespace es
