// Retention (deleting old segments) and compaction (keeping the latest record per key).

#include "common/logging.h"
#include "storage/batch_filter.h"
#include "storage/file.h"
#include "storage/partition_log.h"
#include "storage/record_batch_reader.h"
#include "storage/segment.h"
#include "storage/segment_format.h"
#include "storage/transaction_aborted_batches.h"

#include <string>
#include <unordered_map>

namespace es {

namespace {
// How often the cleaner passes over a log that got no new data (for tombstone expiry).
constexpr std::int64_t kRecompactIntervalMs = 60'000;
} // namespace

Result<RetentionOutcome> PartitionLog::enforceRetention(Offset highWatermark)
{
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    RetentionOutcome out;
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t hw = std::min(highWatermark.value(), m_logEnd.load(std::memory_order_relaxed));

    // A segment may go once everything in it lies below the high watermark: up to the next
    // segment's base, or its own end for the last one. An empty segment (compaction can
    // leave one) goes too, but never the active one.
    const std::size_t count = m_segments.size();
    auto deletable = [&](std::size_t i) {
        const LogSegment &s = *m_segments[i];
        if (i + 1 == count)
            return !s.empty() && s.nextOffset() <= hw;
        return m_segments[i + 1]->baseOffset() <= hw;
    };

    // By time: a leading run of segments whose newest record is older than retention.ms
    // (a segment without record timestamps counts from its file's last change, as Kafka's).
    std::size_t byTime = 0;
    if (m_config.deletes() && m_config.retentionMs >= 0) {
        while (byTime < count && deletable(byTime) &&
               m_segments[byTime]->largestTimestamp() < now - m_config.retentionMs)
            ++byTime;
        if (byTime == count) // all of it expired: roll so the active one can go
            ES_RETURN_IF_ERROR(rollLocked(m_logEnd.load(std::memory_order_relaxed)));
    }
    // By size: the oldest segments while the rest still exceeds retention.bytes.
    std::size_t bySize = 0;
    if (m_config.deletes() && m_config.retentionBytes >= 0) {
        std::int64_t excess = -m_config.retentionBytes;
        for (const auto &s : m_segments)
            excess += static_cast<std::int64_t>(s->size());
        while (bySize + 1 < count && deletable(bySize) &&
               excess - static_cast<std::int64_t>(m_segments[bySize]->size()) >= 0) {
            excess -= static_cast<std::int64_t>(m_segments[bySize]->size());
            ++bySize;
        }
    }
    const std::size_t n = std::max(byTime, bySize);
    for (std::size_t i = 0; i < n; ++i)
        out.bytesDeleted += m_segments[i]->size();
    if (n > 0) {
        ES_RETURN_IF_ERROR(deleteSegmentsLocked(n, byTime >= bySize ? "retention.ms" : "retention.bytes"));
        const std::int64_t newStart =
            std::max(m_logStart.load(std::memory_order_relaxed), m_segments.front()->baseOffset());
        m_logStart.store(newStart, std::memory_order_release);
        ES_RETURN_IF_ERROR(writeLogStartLocked());
    }
    out.segmentsDeleted = static_cast<int>(n);
    out.logStartOffset = Offset(m_logStart.load(std::memory_order_relaxed));
    return out;
}

namespace {

// Reads every batch of a segment, whole and CRC-checked, calling fn(batch view).
template <typename Fn>
Status forEachBatch(const LogSegment &seg, Fn &&fn)
{
    const std::uint64_t limit = seg.size();
    std::uint64_t pos = 0;
    while (pos < limit) {
        auto data = seg.read(pos, 1u << 20, limit, true);
        if (!data)
            return data.status();
        if (data->empty())
            return Status::corruption("unreadable batch at byte " + std::to_string(pos) + " of " +
                                      seg.logPath().string());
        BatchIterator it(*data);
        while (it.next()) {
            auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
            ES_RETURN_IF_ERROR(fn(*view));
        }
        if (!it.status().isOk())
            return Status::corruption(seg.logPath().string() + ": " + it.status().message());
        pos += data->size();
    }
    return Status::ok();
}

std::string keyString(const RecordView &r) { return std::string(asChars(*r.key)); }

} // namespace

Result<CompactionOutcome> PartitionLog::compact(Offset cleanableEnd)
{
    struct Snapshot {
        SegmentPtr segment;
        std::uint64_t size;
    };
    std::vector<Snapshot> dirty;
    std::int64_t deleteRetentionMs;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        if (!m_config.compacts())
            return CompactionOutcome{};
        // An ongoing transaction may still abort: its records are not cleaned, nor do they
        // supersede anything, until its marker is written.
        if (const auto unstable = firstUnstableOffset(); unstable && *unstable < cleanableEnd.value())
            cleanableEnd = Offset(*unstable);
        // Nothing new to clean since the last pass: skip, but look again now and then so
        // tombstones can expire.
        const std::int64_t now = m_clock.nowMs();
        if (cleanableEnd.value() == m_lastCompactedEnd && now - m_lastCompactionMs < kRecompactIntervalMs)
            return CompactionOutcome{};
        m_lastCompactedEnd = cleanableEnd.value();
        m_lastCompactionMs = now;
        deleteRetentionMs = m_config.deleteRetentionMs;
        for (std::size_t i = 0; i + 1 < m_segments.size(); ++i) {
            const auto &s = m_segments[i];
            if (s->nextOffset() > cleanableEnd.value())
                break;
            dirty.push_back({s, s->size()});
        }
    }
    CompactionOutcome out;
    if (dirty.empty())
        return out;

    // Pass 1: the latest offset of every key below `cleanableEnd`, the active segment
    // included (its records supersede older ones even though it is not rewritten).
    // Records of aborted transactions are skipped: a committed value must not be dropped
    // for an aborted one that came later.
    std::unordered_map<std::string, std::int64_t> latest;
    Bytes scratch;
    Offset at = dirty.front().segment->baseOffset() > logStartOffset().value()
                    ? Offset(dirty.front().segment->baseOffset())
                    : logStartOffset();
    AbortedBatches abortedInPass1(collectAbortedTransactions(at.value(), cleanableEnd.value()));
    while (at < cleanableEnd) {
        auto data = read(at, 1u << 20, cleanableEnd);
        if (!data)
            return data.status();
        if (data->empty())
            break;
        BatchIterator it(*data, CrcCheck::Skip); // read() verified the CRCs
        while (it.next()) {
            at = Offset(it.header().nextOffset());
            if (abortedInPass1.isAborted(it.header()) || it.header().isControl())
                continue;
            auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
            ES_RETURN_IF_ERROR(view->forEachRecord(scratch, [&](const RecordView &r) {
                if (r.key)
                    latest[keyString(r)] = r.offset;
            }));
        }
    }

    // Pass 2: write each segment's survivors to a .cleaned file, then swap it in. A batch
    // that keeps a tombstone is marked with a delete horizon the first time the cleaner
    // sees it (KIP-534), and its tombstones go once the horizon has passed: a consumer
    // has delete.retention.ms from the first compaction to see every tombstone, whatever
    // time the producer gave it.
    const std::int64_t now = m_clock.nowMs();
    auto superseded = [&](const RecordView &r) {
        if (!r.key)
            return false;
        auto it = latest.find(keyString(r));
        return it != latest.end() && it->second != r.offset;
    };
    AbortedBatches abortedInPass2(
        collectAbortedTransactions(dirty.front().segment->baseOffset(), cleanableEnd.value()));
    for (const auto &d : dirty) {
        const auto cleanedPath =
            LogSegment::fileName(m_dir, d.segment->baseOffset(),
                                 std::string(segfmt::kLogSuffix) + std::string(segfmt::kCleanedSuffix));
        auto file = File::open(cleanedPath, File::Mode::CreateReadWrite);
        if (!file)
            return file.status();
        ES_RETURN_IF_ERROR(file->truncate(0));
        std::uint64_t written = 0;
        bool changed = false;
        Status st = forEachBatch(*d.segment, [&](const RecordBatchView &view) -> Status {
            if (view.header().isControl()) { // transaction markers are not keyed data
                ES_RETURN_IF_ERROR(file->writeAt(written, view.bytes()));
                written += view.bytes().size();
                return Status::ok();
            }
            const BatchHeader &h = view.header();
            if (abortedInPass2.isAborted(h)) { // read_committed never sees it; its marker stays
                out.recordsBefore += static_cast<std::uint64_t>(std::max(h.recordCount, 0));
                changed = true;
                return Status::ok();
            }
            const bool horizonPassed = h.hasDeleteHorizon() && now >= h.baseTimestamp;
            auto keepRecord = [&](const RecordView &r) {
                return !superseded(r) && (r.value || !horizonPassed);
            };
            std::optional<std::int64_t> horizon;
            if (!h.hasDeleteHorizon()) {
                bool keepsTombstone = false;
                ES_RETURN_IF_ERROR(view.forEachRecord(scratch, [&](const RecordView &r) {
                    keepsTombstone = keepsTombstone || (!r.value && keepRecord(r));
                }));
                if (keepsTombstone)
                    horizon = now + deleteRetentionMs;
            }
            auto filtered = filterBatch(
                view,
                [&](const RecordView &r) {
                    ++out.recordsBefore;
                    const bool keep = keepRecord(r);
                    if (!keep && !r.value && !superseded(r))
                        ++out.tombstonesRemoved;
                    if (keep)
                        ++out.recordsAfter;
                    return keep;
                },
                horizon);
            if (!filtered)
                return filtered.status();
            changed = changed || !filtered->unchanged;
            if (filtered->empty)
                return Status::ok();
            const ByteView bytes = filtered->unchanged ? view.bytes() : ByteView(filtered->bytes);
            ES_RETURN_IF_ERROR(file->writeAt(written, bytes));
            written += bytes.size();
            return Status::ok();
        });
        if (st.isOk())
            st = file->sync();
        if (!st.isOk()) {
            std::error_code ec;
            std::filesystem::remove(cleanedPath, ec);
            return st;
        }
        file->close();
        if (!changed) { // every record survives: keep the segment as it is
            std::error_code ec;
            std::filesystem::remove(cleanedPath, ec);
            continue;
        }

        std::lock_guard lock(m_mutex);
        auto it = std::find(m_segments.begin(), m_segments.end(), d.segment);
        if (m_closed || it == m_segments.end() || d.segment->size() != d.size) {
            // Truncated, deleted or closed meanwhile: this copy is stale.
            std::error_code ec;
            std::filesystem::remove(cleanedPath, ec);
            continue;
        }
        // Indexes first, then the log: a crash in between leaves the old or the new log
        // with no index, and an index is rebuilt on open. Readers keep the old file open.
        // The copy keeps the segment's modification time, which time retention goes by
        // when the segment keeps no record timestamps, as Kafka's cleaner does.
        const auto logPath = d.segment->logPath();
        std::error_code ec;
        const auto modified = std::filesystem::last_write_time(logPath, ec);
        if (!ec)
            std::filesystem::last_write_time(cleanedPath, modified, ec);
        // Readers still holding the old segment must read the old file, not the copy now
        // under its name, so it is not left to the cache to close and reopen by name.
        if (Status kept = d.segment->keepFileOpen(); !kept.isOk()) {
            std::filesystem::remove(cleanedPath, ec);
            return kept;
        }
        ES_RETURN_IF_ERROR(d.segment->removeIndexFiles());
        std::filesystem::rename(cleanedPath, logPath, ec);
        if (ec)
            return Status::ioError("cannot rename " + cleanedPath.string() + ": " + ec.message());
        auto replacement =
            LogSegment::openExisting(m_dir, d.segment->baseOffset(), m_config.indexIntervalBytes);
        if (!replacement)
            return replacement.status();
        ES_RETURN_IF_ERROR((*replacement)->load(now));
        ES_RETURN_IF_ERROR((*replacement)->inheritAbortedTransactions(*d.segment));
        (*replacement)->releaseFile(); // never the active segment
        ES_RETURN_IF_ERROR(syncDirectory(m_dir));
        out.bytesBefore += d.size;
        out.bytesAfter += (*replacement)->size();
        *it = std::move(*replacement);
        ++out.segmentsCleaned;
    }
    if (out.segmentsCleaned > 0)
        logger("storage")->info(
            "{}: compacted {} segment(s): {} -> {} records, {} -> {} bytes, {} tombstones removed",
            m_dir.string(), out.segmentsCleaned, out.recordsBefore, out.recordsAfter, out.bytesBefore,
            out.bytesAfter, out.tombstonesRemoved);
    return out;
}

} // namespace es
