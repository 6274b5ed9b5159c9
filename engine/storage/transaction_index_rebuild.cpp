#include "storage/transaction_index_rebuild.h"

#include "storage/file.h"
#include "storage/record_batch_reader.h"
#include "storage/segment_scanner.h"
#include "storage/transaction_index.h"
#include "storage/transaction_tracker.h"

namespace es {

Status trackTransactionBatch(TransactionTracker &tracker, TransactionIndex &index, const BatchHeader &header,
                             std::optional<std::int16_t> controlType)
{
    const std::optional<CompletedTransaction> done = tracker.observe(header, controlType);
    if (!done || !done->aborted)
        return Status::ok();
    return index.append(done->abortedEntry());
}

namespace {

// Calls fn(header, controlType) for every batch of the first `logSize` bytes of `log`, in
// order, reading only headers and the bytes of control batches (small); stops at the first
// failure of fn.
template <typename Fn>
Status forEachBatchWithControlType(const File &log, std::uint64_t logSize, std::int64_t baseOffset, Fn &&fn)
{
    SegmentScanner scanner(log, logSize, SegmentScanner::Mode::Headers);
    Bytes controlBatch;
    Status problem;
    const SegmentScanner::Outcome outcome =
        scanner.scan(0, baseOffset, [&](std::uint64_t position, const BatchHeader &header) {
            std::optional<std::int16_t> controlType;
            if (header.isControl()) {
                controlBatch.resize(header.totalSize());
                auto read = log.readAt(position, controlBatch);
                if (!read) {
                    problem = read.status();
                    return false;
                }
                if (*read != controlBatch.size()) {
                    problem =
                        Status::corruption("short read of the control batch at offset " +
                                           std::to_string(header.baseOffset) + " in " + log.path().string());
                    return false;
                }
                auto type = readControlType(controlBatch);
                if (!type) {
                    problem = Status::corruption(log.path().string() + ": " + type.status().message());
                    return false;
                }
                controlType = *type;
            }
            problem = fn(header, controlType);
            return problem.isOk();
        });
    if (!problem.isOk())
        return problem;
    return outcome.stopReason;
}

} // namespace

Status rebuildTransactionIndex(const File &log, std::uint64_t logSize, std::int64_t baseOffset,
                               TransactionTracker &tracker, TransactionIndex &index)
{
    index.clear();
    return forEachBatchWithControlType(
        log, logSize, baseOffset, [&](const BatchHeader &header, std::optional<std::int16_t> controlType) {
            return trackTransactionBatch(tracker, index, header, controlType);
        });
}

Status replayTransactionBatches(const File &log, std::uint64_t logSize, std::int64_t baseOffset,
                                TransactionTracker &tracker)
{
    return forEachBatchWithControlType(
        log, logSize, baseOffset, [&](const BatchHeader &header, std::optional<std::int16_t> controlType) {
            (void)tracker.observe(header, controlType);
            return Status::ok();
        });
}

} // namespace es
