#pragma once

// A segment's aborted-transaction index (Kafka's `.txnindex`): one entry per transaction
// whose abort marker lies in the segment, so that a read_committed fetch can tell its
// consumer which records to drop. Format in segment_format.md.

#include "common/status.h"
#include "storage/index_file.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

namespace es {

namespace segfmt {
// <base offset, 20 digits zero-padded>.txnindex, beside the segment's .log.
inline constexpr std::string_view kTransactionIndexSuffix = ".txnindex";
// Entry: version int16 (0), producerId int64, firstOffset int64, lastOffset int64,
// lastStableOffset int64, all big-endian (Kafka's AbortedTxn).
inline constexpr std::size_t kTransactionIndexEntrySize = 34;
inline constexpr std::int16_t kTransactionIndexVersion = 0;
} // namespace segfmt

// One aborted transaction of one producer on this partition.
struct AbortedTransaction {
    std::int64_t producerId = 0;
    std::int64_t firstOffset = 0; // the transaction's first data batch
    std::int64_t lastOffset = 0;  // its abort marker
    // The partition's last stable offset right after the abort (TransactionTracker fills
    // it): every transaction starting before it had ended by then. collect() uses it to
    // know that later segments cannot hold more entries a fetch needs.
    std::int64_t lastStableOffset = 0;

    bool operator==(const AbortedTransaction &) const = default;
};

// What a read_committed fetch must be told about one segment.
struct AbortedTransactionSearch {
    std::vector<AbortedTransaction> transactions;
    // True when no later segment can hold an entry the fetch needs, so the walk over the
    // partition's segments stops here (Kafka's TxnIndexSearchResult.isComplete).
    bool complete = false;
};

// The entries live in memory; the file is written through IndexFile. Entries are kept in
// increasing lastOffset (marker) order, which append() enforces. The file exists only once
// there is an entry to write: most segments hold no aborted transaction.
// Not thread-safe: the owning segment (LogSegment, under its index mutex) serialises access.
class TransactionIndex {
public:
    // The file beside a segment's other files: <dir>/<20-digit base offset>.txnindex.
    static std::filesystem::path pathFor(const std::filesystem::path &dir, std::int64_t baseOffset);

    explicit TransactionIndex(std::filesystem::path path);

    // Reads the file. NotFound when it does not exist (a segment written before its
    // transactions were indexed, or a lost file) and Corruption when it is torn (not a whole
    // number of entries), an entry has an unknown version, ends before it starts, or its
    // lastOffset does not increase. In both cases the index is left empty and the caller
    // rebuilds it from the segment's batches (rebuildTransactionIndex()); the next flush()
    // then replaces the file.
    Status load();

    // Adds the aborted transaction whose marker is the newest in the segment. InvalidArgument
    // (nothing added) unless its lastOffset is after the last entry's and not before its
    // firstOffset.
    Status append(const AbortedTransaction &entry);

    // Writes what the file lacks (fsyncs when `sync`, also what earlier flushes wrote without
    // it). After load() failed or truncateTo(), the whole file is replaced atomically (a
    // temporary file renamed over it), so that a crash never leaves a shorter file that
    // still reads as valid. Without entries, creates no file: an index never loaded deletes
    // whatever file is there (left by an earlier segment, or by a log that lost the
    // markers since), one that load() found missing writes nothing.
    Status flush(bool sync);

    // Drops the entries whose marker is at or after `offset` (the log was truncated there)
    // and replaces the file at once, synced: an entry for a marker that is gone would make
    // consumers drop records of a later transaction of the same producer.
    Status truncateTo(std::int64_t offset);

    // Empties the index in memory before a rebuild; the next flush() replaces the file.
    void clear();

    // Deletes the file (a missing one is fine). The entries stay in memory, for readers
    // still holding a deleted segment, and no flush() writes them again.
    Status remove();
    Status renameTo(std::filesystem::path path) { return m_file.renameTo(std::move(path)); }

    // The entries a read_committed fetch of [fetchOffset, upperBoundOffset) must report:
    // those whose transaction overlaps the range (lastOffset >= fetchOffset and firstOffset
    // < upperBoundOffset). Complete at the first entry whose lastStableOffset >=
    // upperBoundOffset: every transaction starting in the range had ended by that marker, so
    // its abort lies in this segment or an earlier one. Otherwise an abort in a later
    // segment may still concern the range (a transaction spanning segments is indexed in the
    // segment of its marker), and the caller goes on with the next segment's index.
    [[nodiscard]] AbortedTransactionSearch collect(std::int64_t fetchOffset,
                                                   std::int64_t upperBoundOffset) const;

    [[nodiscard]] const std::vector<AbortedTransaction> &entries() const { return m_entries; }
    [[nodiscard]] const std::filesystem::path &path() const { return m_file.path(); }

private:
    // What the file holds compared with m_entries.
    enum class FileState {
        Unknown, // not loaded: a file left there may hold anything, and must not stay
        Absent,  // there is no file: the first entry creates it
        Current, // the file holds m_entries up to m_file.firstUnpersisted()
        Stale,   // it may hold entries m_entries no longer has, or be damaged: replace it
    };

    Status replaceFile(bool sync);

    IndexFile m_file;
    std::vector<AbortedTransaction> m_entries;
    FileState m_state = FileState::Unknown;
    bool m_unsynced = false; // written (or renamed into place) without an fsync since
};

// The aborted transactions a read_committed fetch of [fetchOffset, upperBoundOffset) must
// report, from the indexes of the segment holding fetchOffset and those after it, in
// order; stops at the first complete search (Kafka's UnifiedLog.collectAbortedTransactions).
std::vector<AbortedTransaction>
collectAbortedTransactions(std::span<const TransactionIndex *const> fromFetchSegment,
                           std::int64_t fetchOffset, std::int64_t upperBoundOffset);

} // namespace es
