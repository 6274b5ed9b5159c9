#pragma once

#include "common/buffer.h"
#include "common/clock.h"
#include "common/status.h"
#include "common/strong_types.h"
#include "storage/file.h"
#include "storage/log_config.h"
#include "storage/log_validator.h"
#include "storage/record_batch_reader.h"
#include "storage/transaction_tracker.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace es {

class LogSegment;
struct BatchHeader;

struct AppendResult {
    Offset firstOffset;
    Offset lastOffset;
    std::int64_t logAppendTime = -1; // the broker's time when message.timestamp.type=LogAppendTime
    std::int64_t maxTimestamp = -1;
    std::int32_t recordCount = 0;
    std::int32_t batchCount = 0;
    std::size_t bytes = 0;
};

struct OffsetAndTimestamp {
    Offset offset;
    std::int64_t timestamp = -1;
};

// Where the batch holding an offset lies.
struct BatchPosition {
    Offset segmentBase;
    std::uint64_t position = 0; // byte position in the segment's .log file
    Offset batchBase;
    Offset batchLast;
};

struct SegmentInfo {
    Offset baseOffset;
    Offset nextOffset;
    std::uint64_t sizeBytes = 0;
    std::int64_t maxTimestamp = -1;
};

// How much a log holds on disk and where each segment starts, read together.
struct LogFootprint {
    std::uint64_t sizeBytes = 0;
    std::vector<std::int64_t> segmentBases; // in offset order
};

struct RetentionOutcome {
    int segmentsDeleted = 0;
    std::uint64_t bytesDeleted = 0;
    Offset logStartOffset;
};

struct CompactionOutcome {
    int segmentsCleaned = 0;
    std::uint64_t recordsBefore = 0;
    std::uint64_t recordsAfter = 0;
    std::uint64_t tombstonesRemoved = 0;
    std::uint64_t bytesBefore = 0;
    std::uint64_t bytesAfter = 0;
};

// A partition replica's log: a sequence of segments in one folder (segment_format.md),
// with the log start and log end offsets, recovery on open, retention and compaction.
//
// Transactions (Kafka's UnifiedLog with its ProducerStateManager): every batch appended,
// on every path, and every batch read back on open feeds one TransactionTracker, which
// knows the ongoing transactions (they hold the last stable offset back); a marker that
// aborts a transaction adds an entry to the .txnindex of the segment it lands in, which
// read_committed fetches ask through collectAbortedTransactions(). Truncation, retention,
// compaction and recovery keep tracker and indexes in step with the batches.
//
// Thread-safety: every method may be called from any thread. Mutations (append, truncate,
// retention, compaction's swap, flush) are serialised by one mutex, which also guards the
// transaction tracker; read(), offsetForTimestamp() and the accessors hold it only to pick
// a segment, so readers never wait for disk I/O of a writer and a reader never sees a
// partial batch. collectAbortedTransactions() and ongoingTransactions() hold it while they
// look at memory only; firstUnstableOffset() and lastStableOffset() take no lock.
class PartitionLog {
public:
    // Opens (or creates) the log in `dir`, recovering what an unclean shutdown may have torn,
    // and reads every batch header back to know the ongoing transactions; rebuilds the
    // .txnindex of recovered segments and of those whose file is missing or damaged.
    static Result<std::unique_ptr<PartitionLog>> open(std::filesystem::path dir, LogConfig config,
                                                      const Clock &clock = SystemClock::instance());
    ~PartitionLog();
    PartitionLog(const PartitionLog &) = delete;
    PartitionLog &operator=(const PartitionLog &) = delete;

    // As the leader: validates `batches` (one or more RecordBatch v2) as validateForLeader()
    // does and normalises their MaxTimestamp, assigns offsets from the log end, stamps
    // `leaderEpoch` (and the append time under LogAppendTime) and appends. Nothing is
    // appended unless every batch is valid. With FlushPolicy::PerBatch the data is on disk
    // when this returns.
    Result<AppendResult> append(ByteView batches, LeaderEpoch leaderEpoch,
                                AppendOrigin origin = AppendOrigin::Client);
    // The same without a copy: offsets, epoch and timestamps are written into `batches`,
    // which the caller gives up (a produce request's buffer). When compression.type names a
    // codec some batch is not in, `batches` is replaced by the recompressed batches: it
    // holds what was stored either way. When validation refuses the batches and
    // `rejected` is given, it says why in Kafka's terms.
    Result<AppendResult> appendInPlace(Bytes &batches, LeaderEpoch leaderEpoch,
                                       AppendOrigin origin = AppendOrigin::Client,
                                       LeaderValidation *rejected = nullptr);

    // As a follower: appends batches that already carry their offsets and epochs (from the
    // leader). Validates framing and, unless told to skip it (bytes that never left the
    // leader's memory), the CRC; the first base offset must be at least the log end offset.
    Result<AppendResult> appendAsFollower(ByteView batches, CrcCheck crc = CrcCheck::Verify);

    // Whole batches starting with the one that holds `from`: at most `maxBytes` (but the
    // first batch always whole when `minOneBatch`), only batches that start below
    // `upTo` (e.g. the high watermark; default the log end). Every batch returned has a
    // valid CRC. OutOfRange when `from` is below the log start or above the log end; an
    // empty result at the log end.
    Result<Bytes> read(Offset from, std::size_t maxBytes, std::optional<Offset> upTo = std::nullopt,
                       bool minOneBatch = true) const;

    // The batch holding `from` (or the first after it, in a compacted gap): the offset
    // lookup reads start from. OutOfRange outside [log start, log end).
    Result<BatchPosition> locate(Offset offset) const;

    // Calls fn(header) for every batch from the segment holding `from` to the log end,
    // reading headers only (for rebuilding producer state and for inspection). fn returns
    // false to stop.
    Status forEachBatchHeader(Offset from, const std::function<bool(const BatchHeader &)> &fn) const;

    // The first record whose timestamp is >= `timestamp` at or after the log start.
    // NotFound when every record is older.
    Result<OffsetAndTimestamp> offsetForTimestamp(std::int64_t timestamp) const;
    // The record with the largest timestamp in [log start, `upTo`) (the first of them on a
    // tie): ListOffsets with timestamp -3 (KIP-734). NotFound when that range is empty.
    Result<OffsetAndTimestamp> offsetOfMaxTimestamp(Offset upTo) const;

    // Removes every offset >= `offset` (follower divergence). The batch holding `offset`
    // goes whole, as in Kafka, so the log end may end up below `offset`. A transaction whose
    // marker goes is ongoing again, and its aborted entry leaves the segment's index.
    Status truncateTo(Offset offset);
    // Deletes everything and restarts the log empty at `offset` (log start = log end), with
    // no transaction known.
    Status truncateFullyAndStartAt(Offset offset);
    // DeleteRecords: moves the log start offset forward (never back) and deletes segments
    // wholly below it. OutOfRange beyond the log end.
    Status advanceLogStartOffset(Offset offset);

    // Deletes old segments by retention.ms and retention.bytes (whole segments, never data
    // at or above `highWatermark`). The active segment is rolled first when all of it has
    // expired.
    Result<RetentionOutcome> enforceRetention(Offset highWatermark);
    // cleanup.policy=compact: rewrites every segment below the active one (and below
    // `cleanableEnd`, the high watermark, held back to the first unstable offset: an ongoing
    // transaction is never cleaned) keeping only the latest record per key among all
    // records below that end; tombstones go once delete.retention.ms has passed since
    // their segment's newest record. Records of aborted transactions are dropped (as
    // Kafka's cleaner does) and never count as a key's latest value; transaction markers and
    // the segments' aborted-transaction entries are kept.
    Result<CompactionOutcome> compact(Offset cleanableEnd);

    // The first offset of the earliest transaction still waiting for its marker, never
    // below the log start; nullopt when none is. Lock-free (an atomic updated with every
    // change to the tracker): fetches on any thread call it.
    [[nodiscard]] std::optional<std::int64_t> firstUnstableOffset() const;
    // What read_committed consumers may read up to: `highWatermark`, held back to
    // firstUnstableOffset() and to the first offset of any transaction whose marker is not
    // yet below the high watermark (its completion not yet forgotten, see
    // forgetCompletedTransactionsBefore()), as Kafka holds it back for unreplicated
    // transactions. Lock-free.
    [[nodiscard]] std::int64_t lastStableOffset(std::int64_t highWatermark) const;
    // The aborted transactions a read_committed fetch of [fetchOffset, upperBoundOffset)
    // must report (Kafka's UnifiedLog.collectAbortedTransactions): from the index of the
    // segment holding fetchOffset onwards, up to the first search that is complete. Empty
    // once the log is closed.
    [[nodiscard]] std::vector<AbortedTransaction>
    collectAbortedTransactions(std::int64_t fetchOffset, std::int64_t upperBoundOffset) const;
    // The transactions waiting for their marker, in order of first offset.
    [[nodiscard]] std::vector<OngoingTransaction> ongoingTransactions() const;
    // Offsets below `offset` can no longer be truncated (the high watermark passed them):
    // the tracker forgets the transactions whose markers lie there. A later truncation
    // below one of those markers still works, by reading the whole log again.
    void forgetCompletedTransactionsBefore(std::int64_t offset);

    // fsyncs unflushed segments, writes indexes and the recovery point.
    Status flush();
    // flush() when flush policy and interval say it is due.
    Status flushIfDue();
    // Flushes and marks the log cleanly closed. Further calls fail.
    Status close();
    // close() for many logs at once, as a broker shutting down does: the same without the
    // fsyncs and without the clean-shutdown mark, so until the caller has synced the file
    // system (syncFileSystem) and then written the mark (writeCleanShutdownMark) the log
    // counts as crashed, and the next open checks it. The mark must not reach the disk
    // before the data it vouches for.
    Status closeUnsynced();
    static Status writeCleanShutdownMark(const std::filesystem::path &dir, Durability durability);
    // Closes as a killed process would: no flush, no clean-shutdown mark, so the next open
    // recovers. With `loseUnflushed`, also drops what was not fsynced, as a power cut
    // would (for demonstrations and tests).
    Status abandon(bool loseUnflushed);
    // Closes and deletes the folder.
    Status destroy();

    [[nodiscard]] Offset logStartOffset() const { return Offset(m_logStart.load(std::memory_order_acquire)); }
    [[nodiscard]] Offset logEndOffset() const { return Offset(m_logEnd.load(std::memory_order_acquire)); }
    [[nodiscard]] std::uint64_t sizeInBytes() const;
    [[nodiscard]] std::vector<SegmentInfo> segments() const;
    // sizeInBytes() and the segments' base offsets under one lock, for snapshots.
    [[nodiscard]] LogFootprint footprint() const;
    [[nodiscard]] const std::filesystem::path &dir() const { return m_dir; }
    // After close(), abandon() or destroy().
    [[nodiscard]] bool closed() const;
    [[nodiscard]] LogConfig config() const;
    void setConfig(const LogConfig &config);

private:
    using SegmentPtr = std::shared_ptr<LogSegment>;

    PartitionLog(std::filesystem::path dir, LogConfig config, const Clock &clock);

    Status load();
    // After a failed load(): closed as is, with nothing written.
    void abandonLoad();
    Status checkOpenLocked() const;
    Status rollLocked(std::int64_t newBaseOffset);
    Status maybeRollLocked(std::size_t incomingBytes, std::int64_t lastOffset);
    // Writes into `batches` only when `assignOffsets`. Appends all of them or none.
    Status appendValidatedLocked(std::span<std::uint8_t> batches, bool assignOffsets, LeaderEpoch epoch,
                                 AppendResult &result);
    Status appendBatchesLocked(std::span<std::uint8_t> batches, bool assignOffsets, LeaderEpoch epoch,
                               AppendResult &result);
    // Removes every offset >= `target`, which lies above the log start.
    Status truncateLocked(std::int64_t target);
    Status truncateFullyLocked(std::int64_t offset);
    Status deleteSegmentsLocked(std::size_t count, const char *reason);
    Status writeLogStartLocked();
    // Feeds the tracker one batch appended to the active segment (only the header of a
    // data batch is looked at); indexes the transaction it aborts, if it does.
    Status trackAppendedLocked(ByteView batch, const BatchHeader &header);
    // The log now ends at `newEnd`: transactions ended by markers gone are ongoing again.
    Status truncateTransactionsLocked(std::int64_t newEnd);
    // Feeds a cleared tracker every segment's batches (a truncation below what it forgot).
    Status replayTransactionsLocked();
    void publishFirstUnstableLocked();
    Status flushLocked(bool sync);
    Status flushOutsideLock(bool onlyIfDue);
    bool recoveryPointFileIsStaleLocked(std::int64_t recoveryPoint) const;
    Status writeRecoveryPoint(std::int64_t recoveryPoint); // under m_flushMutex
    std::size_t segmentIndexFor(std::int64_t offset) const;
    SegmentPtr segmentAfter(const LogSegment *segment) const;

    const std::filesystem::path m_dir;
    const Clock &m_clock;

    std::mutex m_flushMutex; // taken before m_mutex; orders flushes, truncation and closing
    mutable std::mutex m_mutex;
    LogConfig m_config;                      // guarded by m_mutex
    std::vector<SegmentPtr> m_segments;      // guarded by m_mutex; ordered, never empty after open
    std::int64_t m_recoveryPoint = 0;        // guarded by m_mutex
    std::int64_t m_recoveryPointOnDisk = -1; // guarded by m_flushMutex; -1 = not written yet
    std::int64_t m_lastFlushMs = 0;          // guarded by m_mutex
    bool m_closed = false;                   // guarded by m_mutex
    std::int64_t m_lastCompactedEnd = -1;    // guarded by m_mutex
    std::int64_t m_lastCompactionMs = 0;     // guarded by m_mutex
    std::atomic<std::int64_t> m_logStart{0};
    std::atomic<std::int64_t> m_logEnd{0};
    // Batches from here on were appended by this process, which checked their CRCs then:
    // reads check only the older ones (Kafka checks on append only).
    std::atomic<std::int64_t> m_verifiedFrom{0};
    TransactionTracker m_transactions; // guarded by m_mutex
    // Just past the marker of the last completion the tracker forgot: a truncation below
    // it cannot tell from the tracker alone which transactions open again.
    std::int64_t m_forgottenMarkersEnd = 0; // guarded by m_mutex
    // m_transactions.firstUnstableOffset(), -1 for none, for readers without m_mutex.
    std::atomic<std::int64_t> m_firstUnstable{-1};
    // The same, counting also transactions whose markers the high watermark has not passed
    // (TransactionTracker::firstUnsettledOffset()): what the last stable offset stops at.
    std::atomic<std::int64_t> m_firstUnsettled{-1};
};

} // namespace es
