#pragma once

#include "common/buffer.h"
#include "common/status.h"
#include "storage/file.h"
#include "storage/offset_index.h"
#include "storage/segment_file.h"
#include "storage/time_index.h"
#include "storage/transaction_index.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <vector>

namespace es {

class TransactionTracker;
struct BatchHeader;

// Where a batch lies in a segment.
struct BatchLocation {
    std::uint64_t position = 0;
    std::int64_t baseOffset = 0;
    std::int64_t lastOffset = 0;
    std::uint32_t size = 0;
};

// One segment of a partition log: a .log file of batches plus its offset and time
// indexes and its aborted-transaction index (segment_format.h, transaction_index.h). The
// owning PartitionLog serialises every mutating call; read(), findBatch(), findTimestamp()
// and collectAbortedTransactions() may run concurrently with one writer.
class LogSegment {
public:
    static std::filesystem::path fileName(const std::filesystem::path &dir, std::int64_t baseOffset,
                                          std::string_view suffix);

    // Creates empty files for a new segment.
    static Result<std::unique_ptr<LogSegment>> create(const std::filesystem::path &dir,
                                                      std::int64_t baseOffset,
                                                      std::int32_t indexIntervalBytes, std::int64_t nowMs);
    // Opens an existing segment's files; load() or recover() must follow.
    static Result<std::unique_ptr<LogSegment>>
    openExisting(const std::filesystem::path &dir, std::int64_t baseOffset, std::int32_t indexIntervalBytes);

    struct RecoveryOutcome {
        std::uint64_t truncatedBytes = 0;
        Status problem; // what was wrong where the valid data ends, if anything
    };

    // Validates every batch, truncates the file after the last valid one and rebuilds
    // both indexes. `minOffset` is the first offset the segment may hold. A batch reaching
    // `endLimit` (the next segment's base offset) is invalid too: base offsets are outside
    // the CRC, and a damaged one must not make segments overlap. The aborted-transaction
    // index is left for replayTransactions() to rebuild: it needs the transactions of the
    // earlier segments.
    Result<RecoveryOutcome> recover(std::int64_t nowMs,
                                    std::int64_t endLimit = std::numeric_limits<std::int64_t>::max());

    // Trusts the batches (they were flushed and the log closed cleanly or they lie below
    // the recovery point): loads the indexes, rebuilding a missing or damaged offset or time
    // index, and finds the end by reading headers after the last index entry. A missing or
    // damaged aborted-transaction index is left for replayTransactions() to rebuild.
    Status load(std::int64_t nowMs);

    // Feeds `tracker` (the partition's transactions as of this segment's base offset) every
    // batch of the segment in order, reading headers and the bytes of control batches. When
    // recover() ran or the .txnindex did not load, the index is rebuilt from the same batches
    // and written, synced. Opening a log calls it for each segment in order.
    Status replayTransactions(TransactionTracker &tracker);
    // Adds the aborted transaction whose marker the owning log just appended to this segment.
    Status appendAbortedTransaction(const AbortedTransaction &entry);
    // What a read_committed fetch of [fetchOffset, upperBoundOffset) must be told from this
    // segment's index (TransactionIndex::collect()).
    [[nodiscard]] AbortedTransactionSearch collectAbortedTransactions(std::int64_t fetchOffset,
                                                                      std::int64_t upperBoundOffset) const;
    [[nodiscard]] std::vector<AbortedTransaction> abortedTransactions() const;
    // A compacted copy that replaced `original` keeps its aborted transactions (compaction
    // keeps the markers): the .txnindex file stays in place through the swap, and is
    // written again only if it does not hold them.
    Status inheritAbortedTransactions(const LogSegment &original);

    // Appends one validated batch whose offsets and timestamps are final. Disk space is
    // reserved a little ahead of the writes (see File::reserve): on ext4 that takes a
    // third off the cost of writing a page.
    Status append(ByteView batch, const BatchHeader &header);
    // Gives back the space reserved past the end: when the segment stops taking appends.
    Status releaseReserved();

    // The first batch whose last offset is >= `offset`, scanning no further than `limit`
    // bytes. NotFound when there is none before the limit.
    Result<BatchLocation> findBatch(std::int64_t offset, std::uint64_t limit) const;

    // Reads whole batches starting at `position`: at most `maxBytes`, but always the first
    // batch whole when `minOneBatch`, and nothing at or past `limit`.
    Result<Bytes> read(std::uint64_t position, std::size_t maxBytes, std::uint64_t limit,
                       bool minOneBatch) const;

    // Calls fn(header) for each batch in the segment, reading headers only; fn returns
    // false to stop.
    Status scanHeaders(const std::function<bool(const BatchHeader &)> &fn) const;

    // The first record at or after `fromOffset` with timestamp >= `timestamp`, in offset
    // order from where the time index says to start: {offset, timestamp}, or NotFound.
    Result<std::pair<std::int64_t, std::int64_t>> findTimestamp(std::int64_t timestamp,
                                                                std::int64_t fromOffset = 0) const;

    // Drops the batch holding `offset` and everything after it, and the aborted
    // transactions whose marker went with them. Returns bytes removed.
    Result<std::uint64_t> truncateTo(std::int64_t offset);

    // fsyncs the log and writes the indexes. Cheap when nothing changed. The
    // aborted-transaction index is fsynced along with the log: unlike the other two, a
    // segment trusted on open is never checked against it.
    Status flush(bool sync);
    // The two halves of flush(true) for callers that fsync without holding their log's
    // lock: syncData() only fsyncs the file (safe beside appends); markFlushed() then
    // records that the first `size` bytes are durable and writes the indexes (fsyncing the
    // aborted-transaction index, when it changed, for the reason above).
    Status syncData();
    Status markFlushed(std::uint64_t size);
    // Cuts the log file back to what the last fsync covered (simulating lost page cache).
    Status dropUnflushed();
    // Deletes the files, the .txnindex too. The open log file stays readable for readers
    // still holding this segment.
    Status destroy();
    // The segment stopped taking appends: its log file goes to the OpenFileCache, which
    // closes it when it needs the room and reopens it on demand. Indexes live in memory.
    void releaseFile() { m_log.release(); }
    // Keeps the log file open: the segment takes appends again (it became the last after a
    // truncation), or its file is about to be replaced while readers may still hold it.
    Status keepFileOpen() { return m_log.keepOpen(); }
    // Deletes only the offset and time index files (before a compacted copy replaces the
    // log); the .txnindex stays, see inheritAbortedTransactions().
    Status removeIndexFiles();
    // Rebuilds both indexes from the log (after one was found pointing at the wrong place).
    Status rebuildIndexes();

    [[nodiscard]] std::int64_t baseOffset() const { return m_baseOffset; }
    [[nodiscard]] std::uint64_t size() const { return m_size.load(std::memory_order_acquire); }
    [[nodiscard]] std::int64_t nextOffset() const { return m_nextOffset.load(std::memory_order_acquire); }
    // The largest record timestamp, or -1 when no record has one (or the segment is empty).
    [[nodiscard]] std::int64_t maxTimestamp() const { return m_maxTimestamp.load(std::memory_order_acquire); }
    // What time retention goes by, as Kafka's LogSegment.largestTimestamp: maxTimestamp(),
    // or the log file's last modification when no record has a timestamp. Never -1.
    [[nodiscard]] std::int64_t largestTimestamp() const;
    // When this segment started taking appends (for segment.ms).
    [[nodiscard]] std::int64_t createdMs() const { return m_createdMs; }
    [[nodiscard]] bool empty() const { return size() == 0; }
    [[nodiscard]] const std::filesystem::path &logPath() const { return m_log.path(); }
    [[nodiscard]] bool hasUnflushedData() const { return m_flushedSize != size(); }

private:
    LogSegment(std::filesystem::path dir, std::int64_t baseOffset, File log, std::int32_t indexIntervalBytes);

    // Writes what the three indexes lack; fsyncs only the aborted-transaction index.
    Status writeIndexes(bool syncTransactions);
    // Rebuilds both indexes from the log's headers (the data is trusted).
    Status rebuildIndexesLocked(std::uint64_t upTo);
    // The batch's largest record timestamp. That is its MaxTimestamp, except in batches
    // written before leaders set it (some producers leave -1 there): then the records are
    // read. -1 when no record has a timestamp.
    std::int64_t batchMaxTimestamp(std::uint64_t position, const BatchHeader &header) const;
    void indexBatch(std::uint64_t position, const BatchHeader &header);
    void reserveAhead(File &file, std::uint64_t from, std::uint64_t end);

    std::filesystem::path m_dir;
    const std::int64_t m_baseOffset;
    SegmentFile m_log;
    const std::int32_t m_indexIntervalBytes;

    mutable std::mutex m_indexMutex; // guards the three indexes against concurrent readers
    OffsetIndex m_offsetIndex;
    TimeIndex m_timeIndex;
    TransactionIndex m_txnIndex;
    // recover() ran, or the .txnindex did not load: replayTransactions() rebuilds it.
    bool m_txnIndexStale = false; // writer only

    std::atomic<std::uint64_t> m_size{0};
    std::atomic<std::int64_t> m_nextOffset;
    std::atomic<std::int64_t> m_maxTimestamp{-1};
    std::int64_t m_offsetOfMaxTimestamp = -1;
    std::uint64_t m_bytesSinceIndexEntry = 0;
    std::uint64_t m_flushedSize = 0;
    std::int64_t m_createdMs = 0;
    std::uint64_t m_reservedEnd = 0; // space is reserved up to here (appenders only)
    bool m_reserving = true;         // false once the file system said no
};

} // namespace es
