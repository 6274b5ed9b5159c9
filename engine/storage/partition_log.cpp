#include "storage/partition_log.h"

#include "common/logging.h"
#include "storage/batch_recompression.h"
#include "storage/file.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#include "storage/segment.h"
#include "storage/segment_format.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <system_error>
#include <thread>

namespace es {

namespace {

// How often destroy() tries to remove a log folder that a late write keeps filling.
constexpr int kDestroyPasses = 20;

} // namespace

PartitionLog::PartitionLog(std::filesystem::path dir, LogConfig config, const Clock &clock)
    : m_dir(std::move(dir)), m_clock(clock), m_config(config)
{}

PartitionLog::~PartitionLog()
{
    bool open;
    {
        std::lock_guard lock(m_mutex);
        open = !m_closed;
    }
    if (open) {
        Status s = close();
        if (!s.isOk())
            logger("storage")->error("closing {}: {}", m_dir.string(), s.toString());
    }
}

void PartitionLog::abandonLoad()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
}

bool PartitionLog::closed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

Status PartitionLog::checkOpenLocked() const
{
    if (m_closed)
        return Status::invalidArgument("log " + m_dir.string() + " is closed");
    return Status::ok();
}

LogConfig PartitionLog::config() const
{
    std::lock_guard lock(m_mutex);
    return m_config;
}

void PartitionLog::setConfig(const LogConfig &config)
{
    std::lock_guard lock(m_mutex);
    m_config = config;
}

std::size_t PartitionLog::segmentIndexFor(std::int64_t offset) const
{
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), offset,
                               [](std::int64_t o, const SegmentPtr &s) { return o < s->baseOffset(); });
    return it == m_segments.begin() ? 0 : static_cast<std::size_t>(std::prev(it) - m_segments.begin());
}

PartitionLog::SegmentPtr PartitionLog::segmentAfter(const LogSegment *segment) const
{
    std::lock_guard lock(m_mutex);
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), segment->baseOffset(),
                               [](std::int64_t o, const SegmentPtr &s) { return o < s->baseOffset(); });
    return it == m_segments.end() ? nullptr : *it;
}

std::uint64_t PartitionLog::sizeInBytes() const
{
    std::lock_guard lock(m_mutex);
    std::uint64_t total = 0;
    for (const auto &s : m_segments)
        total += s->size();
    return total;
}

std::vector<SegmentInfo> PartitionLog::segments() const
{
    std::lock_guard lock(m_mutex);
    std::vector<SegmentInfo> out;
    out.reserve(m_segments.size());
    for (const auto &s : m_segments)
        out.push_back({Offset(s->baseOffset()), Offset(s->nextOffset()), s->size(), s->maxTimestamp()});
    return out;
}

LogFootprint PartitionLog::footprint() const
{
    std::lock_guard lock(m_mutex);
    LogFootprint out;
    out.segmentBases.reserve(m_segments.size());
    for (const auto &s : m_segments) {
        out.sizeBytes += s->size();
        out.segmentBases.push_back(s->baseOffset());
    }
    return out;
}

Status PartitionLog::rollLocked(std::int64_t newBaseOffset)
{
    if (!m_segments.empty()) {
        // The rolled segment's indexes are final now; its data is fsynced by the next flush.
        ES_RETURN_IF_ERROR(m_segments.back()->flush(false));
        ES_RETURN_IF_ERROR(m_segments.back()->releaseReserved());
    }
    auto seg = LogSegment::create(m_dir, newBaseOffset, m_config.indexIntervalBytes, m_clock.nowMs());
    if (!seg)
        return seg.status();
    if (!m_segments.empty())
        m_segments.back()->releaseFile();
    m_segments.push_back(std::move(*seg));
    logger("storage")->debug("{}: rolled new segment at offset {}", m_dir.string(), newBaseOffset);
    return Status::ok();
}

Status PartitionLog::maybeRollLocked(std::size_t incomingBytes, std::int64_t lastOffset)
{
    const LogSegment &active = *m_segments.back();
    if (active.empty())
        return Status::ok();
    const bool full = active.size() + incomingBytes > static_cast<std::uint64_t>(m_config.segmentBytes);
    const bool old = m_clock.nowMs() - active.createdMs() > m_config.segmentMs;
    // Index entries hold offsets relative to the segment base as uint32.
    const bool offsetsOverflow = lastOffset - active.baseOffset() > std::numeric_limits<std::int32_t>::max();
    if (full || old || offsetsOverflow)
        return rollLocked(m_logEnd.load(std::memory_order_relaxed));
    return Status::ok();
}

Status PartitionLog::appendValidatedLocked(std::span<std::uint8_t> batches, bool assignOffsets,
                                           LeaderEpoch epoch, AppendResult &result)
{
    const std::int64_t endBefore = m_logEnd.load(std::memory_order_relaxed);
    Status s = appendBatchesLocked(batches, assignOffsets, epoch, result);
    if (!s.isOk() && m_logEnd.load(std::memory_order_relaxed) != endBefore) {
        // All or nothing: a request whose later batch found the disk full must not leave its
        // earlier ones behind, unacknowledged but readable, and written again on a retry.
        if (Status undone = truncateLocked(endBefore); !undone.isOk())
            logger("storage")->error("{}: undoing a failed append: {}", m_dir.string(), undone.toString());
    }
    return s;
}

Status PartitionLog::appendBatchesLocked(std::span<std::uint8_t> batches, bool assignOffsets,
                                         LeaderEpoch epoch, AppendResult &result)
{
    const std::int64_t now = m_clock.nowMs();
    std::size_t pos = 0;
    result.firstOffset = Offset(-1);
    while (pos < batches.size()) {
        std::span<std::uint8_t> b(batches.data() + pos, batches.size() - pos);
        auto header = parseBatchHeader(b);
        const std::size_t size = header->totalSize();
        b = b.first(size);
        if (assignOffsets) {
            setBaseOffset(b, m_logEnd.load(std::memory_order_relaxed));
            setPartitionLeaderEpoch(b, epoch.value());
            if (m_config.timestampType == TimestampType::LogAppendTime && !header->isControl()) {
                setLogAppendTime(b, now);
                result.logAppendTime = now;
            }
            header = parseBatchHeader(b);
        }
        ES_RETURN_IF_ERROR(maybeRollLocked(size, header->lastOffset()));
        ES_RETURN_IF_ERROR(m_segments.back()->append(b, *header));
        m_logEnd.store(header->nextOffset(), std::memory_order_release);
        // After the log end moved: should it fail, the caller's undo truncates the batch and
        // with it whatever the tracker took from it.
        ES_RETURN_IF_ERROR(trackAppendedLocked(b, *header));
        if (result.firstOffset.value() < 0)
            result.firstOffset = Offset(header->baseOffset);
        result.lastOffset = Offset(header->lastOffset());
        result.maxTimestamp = std::max(result.maxTimestamp, header->maxTimestamp);
        result.recordCount += header->recordCount;
        ++result.batchCount;
        result.bytes += size;
        pos += size;
    }
    if (m_config.flushPolicy == FlushPolicy::PerBatch) {
        // A roll in the middle of the append leaves data in more than the active segment.
        for (const auto &seg : m_segments)
            if (seg->hasUnflushedData())
                ES_RETURN_IF_ERROR(seg->flush(true));
    }
    return Status::ok();
}

Result<AppendResult> PartitionLog::append(ByteView batches, LeaderEpoch leaderEpoch, AppendOrigin origin)
{
    Bytes copy(batches.begin(), batches.end());
    return appendInPlace(copy, leaderEpoch, origin);
}

Result<AppendResult> PartitionLog::appendInPlace(Bytes &batches, LeaderEpoch leaderEpoch, AppendOrigin origin,
                                                 LeaderValidation *rejected)
{
    Bytes scratch;
    const LogConfig settings = config();
    LeaderValidation checked = validateForLeader(batches, settings, m_clock.nowMs(), origin, scratch);
    if (!checked.ok()) {
        Status why = checked.toStatus();
        if (rejected)
            *rejected = std::move(checked);
        return why;
    }
    if (settings.compression) {
        auto recompressed = recompressBatches(batches, *settings.compression, scratch);
        if (!recompressed)
            return recompressed.status();
        if (*recompressed)
            batches = std::move(**recompressed);
    }

    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    AppendResult result;
    ES_RETURN_IF_ERROR(appendValidatedLocked(batches, true, leaderEpoch, result));
    return result;
}

Result<AppendResult> PartitionLog::appendAsFollower(ByteView batches, CrcCheck crc)
{
    BatchIterator it(batches, crc);
    std::int64_t expect = -1;
    while (it.next()) {
        if (expect >= 0 && it.header().baseOffset < expect)
            return Status::corruption("replicated batches are out of order at offset " +
                                      std::to_string(it.header().baseOffset));
        expect = it.header().nextOffset();
    }
    if (!it.status().isOk())
        return Status::corruption("replicated records are malformed: " + it.status().message());
    if (expect < 0)
        return AppendResult{};

    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    const auto first = parseBatchHeader(batches);
    if (first->baseOffset < m_logEnd.load(std::memory_order_relaxed))
        return Status::outOfRange("replicated batch at offset " + std::to_string(first->baseOffset) +
                                  " is below the log end offset " + std::to_string(m_logEnd.load()));
    AppendResult result;
    // Nothing is rewritten in a follower's batches, so they are appended where they lie.
    ES_RETURN_IF_ERROR(appendValidatedLocked(
        std::span<std::uint8_t>(const_cast<std::uint8_t *>(batches.data()), batches.size()), false,
        kNoLeaderEpoch, result));
    return result;
}

Result<Bytes> PartitionLog::read(Offset from, std::size_t maxBytes, std::optional<Offset> upTo,
                                 bool minOneBatch) const
{
    SegmentPtr seg;
    std::int64_t end;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        const std::int64_t start = m_logStart.load(std::memory_order_relaxed);
        end = m_logEnd.load(std::memory_order_relaxed);
        if (from.value() < start || from.value() > end)
            return Status::outOfRange("offset " + std::to_string(from.value()) + " is outside the log [" +
                                      std::to_string(start) + ", " + std::to_string(end) + "] of " +
                                      m_dir.string());
        seg = m_segments[segmentIndexFor(from.value())];
    }
    const std::int64_t bound = upTo ? std::min(upTo->value(), end) : end;
    if (from.value() >= bound)
        return Bytes{};

    while (seg) {
        const std::uint64_t limit = seg->size();
        auto loc = seg->findBatch(from.value(), limit);
        if (!loc && loc.status().code() == StatusCode::Corruption) {
            // A stale index entry: rebuild the indexes from the log and look again.
            logger("storage")->warn("{}; rebuilding its indexes", loc.status().message());
            {
                std::lock_guard lock(m_mutex);
                ES_RETURN_IF_ERROR(seg->rebuildIndexes());
            }
            loc = seg->findBatch(from.value(), limit);
        }
        if (!loc && loc.status().code() == StatusCode::NotFound) {
            seg = segmentAfter(seg.get()); // `from` lies in a gap left by compaction
            continue;
        }
        if (!loc)
            return loc.status();
        if (loc->baseOffset >= bound)
            return Bytes{};
        // The first batch comes whole under minOneBatch whatever maxBytes says: ask for all
        // of it at once rather than reading a prefix and then the rest.
        const std::size_t want = minOneBatch ? std::max<std::size_t>(maxBytes, loc->size) : maxBytes;
        auto data = seg->read(loc->position, want, limit, minOneBatch);
        if (!data)
            return data.status();
        // Never hand out a corrupt batch, nor one at or past the bound.
        const bool verified = loc->baseOffset >= m_verifiedFrom.load(std::memory_order_acquire);
        BatchIterator it(*data, verified ? CrcCheck::Skip : CrcCheck::Verify);
        std::size_t keep = 0;
        while (it.next() && it.header().baseOffset < bound)
            keep = it.position();
        if (!it.status().isOk() && it.status().code() != StatusCode::OutOfRange) {
            logger("storage")->error("corrupt data in {} after byte {}: {}", seg->logPath().string(),
                                     loc->position + keep, it.status().message());
            if (keep == 0)
                return Status::corruption("the batch at offset " + std::to_string(loc->baseOffset) + " in " +
                                          seg->logPath().string() + " is corrupt: " + it.status().message());
        }
        data->resize(keep);
        return data;
    }
    return Bytes{};
}

Result<BatchPosition> PartitionLog::locate(Offset offset) const
{
    SegmentPtr seg;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        if (offset.value() < m_logStart.load(std::memory_order_relaxed) ||
            offset.value() >= m_logEnd.load(std::memory_order_relaxed))
            return Status::outOfRange("offset " + std::to_string(offset.value()) + " is not in " +
                                      m_dir.string());
        seg = m_segments[segmentIndexFor(offset.value())];
    }
    while (seg) {
        auto loc = seg->findBatch(offset.value(), seg->size());
        if (loc)
            return BatchPosition{Offset(seg->baseOffset()), loc->position, Offset(loc->baseOffset),
                                 Offset(loc->lastOffset)};
        if (loc.status().code() != StatusCode::NotFound)
            return loc.status();
        seg = segmentAfter(seg.get());
    }
    return Status::notFound("offset " + std::to_string(offset.value()) + " is not in " + m_dir.string());
}

Status PartitionLog::forEachBatchHeader(Offset from, const std::function<bool(const BatchHeader &)> &fn) const
{
    std::vector<SegmentPtr> segs;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        segs.assign(m_segments.begin() + static_cast<std::ptrdiff_t>(segmentIndexFor(from.value())),
                    m_segments.end());
    }
    for (const auto &seg : segs) {
        bool stopped = false;
        Status st = seg->scanHeaders([&](const BatchHeader &h) {
            if (h.nextOffset() <= from.value())
                return true;
            stopped = !fn(h);
            return !stopped;
        });
        ES_RETURN_IF_ERROR(st);
        if (stopped)
            break;
    }
    return Status::ok();
}

Result<OffsetAndTimestamp> PartitionLog::offsetForTimestamp(std::int64_t timestamp) const
{
    std::vector<SegmentPtr> candidates;
    std::int64_t start;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        start = m_logStart.load(std::memory_order_relaxed);
        for (const auto &s : m_segments)
            if (s->maxTimestamp() >= timestamp && s->nextOffset() > start)
                candidates.push_back(s);
    }
    // As Kafka: the first segment that holds a record this recent, searched from its time
    // index entry (or from the log start, after DeleteRecords) forward in offset order.
    for (const auto &s : candidates) {
        auto found = s->findTimestamp(timestamp, start);
        if (!found && found.status().code() == StatusCode::Corruption) {
            // Perhaps a stale index entry, as in read(): rebuild the indexes and look again.
            logger("storage")->warn("{}; rebuilding its indexes", found.status().message());
            {
                std::lock_guard lock(m_mutex);
                ES_RETURN_IF_ERROR(s->rebuildIndexes());
            }
            found = s->findTimestamp(timestamp, start);
        }
        if (found)
            return OffsetAndTimestamp{Offset(found->first), found->second};
        if (found.status().code() != StatusCode::NotFound)
            return found.status();
    }
    return Status::notFound("no record at or after timestamp " + std::to_string(timestamp));
}

Result<OffsetAndTimestamp> PartitionLog::offsetOfMaxTimestamp(Offset upTo) const
{
    std::vector<SegmentPtr> candidates;
    std::int64_t start;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        start = m_logStart.load(std::memory_order_relaxed);
        for (const auto &s : m_segments)
            if (s->nextOffset() > start && s->baseOffset() < upTo.value())
                candidates.push_back(s);
    }
    // Newest-looking segments first; a segment whose largest timestamp cannot beat the
    // best found so far is not read. Segments are read only in their visible range.
    std::stable_sort(candidates.begin(), candidates.end(), [](const SegmentPtr &a, const SegmentPtr &b) {
        return a->maxTimestamp() > b->maxTimestamp();
    });
    std::optional<OffsetAndTimestamp> best;
    Bytes scratch;
    for (const auto &s : candidates) {
        if (best && s->maxTimestamp() < best->timestamp)
            break;
        Offset at(std::max(start, s->baseOffset()));
        const Offset end(std::min(upTo.value(), s->nextOffset()));
        while (at < end) {
            auto data = read(at, 1u << 20, end);
            if (!data)
                return data.status();
            if (data->empty())
                break;
            BatchIterator it(*data, CrcCheck::Skip); // read() verified the CRCs
            while (it.next()) {
                const BatchHeader &h = it.header();
                at = Offset(h.nextOffset());
                if (h.isControl() || (best && h.maxTimestamp >= 0 && h.maxTimestamp <= best->timestamp &&
                                      !h.hasLogAppendTime()))
                    continue;
                auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
                ES_RETURN_IF_ERROR(view->forEachRecord(scratch, [&](const RecordView &r) {
                    const bool visible = r.offset >= start && r.offset < end.value();
                    // The first record with the largest timestamp wins a tie.
                    if (visible && (!best || r.timestamp > best->timestamp ||
                                    (r.timestamp == best->timestamp && r.offset < best->offset.value())))
                        best = OffsetAndTimestamp{Offset(r.offset), r.timestamp};
                }));
            }
        }
    }
    if (!best)
        return Status::notFound("no record below offset " + std::to_string(upTo.value()));
    return *best;
}

Status PartitionLog::deleteSegmentsLocked(std::size_t count, const char *reason)
{
    for (std::size_t i = 0; i < count; ++i) {
        const auto &seg = m_segments[i];
        logger("storage")->info("{}: deleting segment {} ({} bytes, offsets {}..{}): {}", m_dir.string(),
                                seg->baseOffset(), seg->size(), seg->baseOffset(), seg->nextOffset() - 1,
                                reason);
        ES_RETURN_IF_ERROR(seg->destroy());
    }
    m_segments.erase(m_segments.begin(), m_segments.begin() + static_cast<std::ptrdiff_t>(count));
    return Status::ok();
}

Status PartitionLog::writeLogStartLocked()
{
    const std::string text = std::to_string(m_logStart.load(std::memory_order_relaxed)) + "\n";
    return writeFileAtomically(m_dir / segfmt::kLogStartOffsetFile, asBytes(text));
}

Status PartitionLog::truncateTo(Offset offset)
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    const std::int64_t target = offset.value();
    if (target >= m_logEnd.load(std::memory_order_relaxed))
        return Status::ok();
    if (target <= m_logStart.load(std::memory_order_relaxed))
        return truncateFullyLocked(target); // nothing would be left
    return truncateLocked(target);
}

// Without m_flushMutex (an append undoing itself): a flush syncing meanwhile finds the
// segment shorter when it marks it flushed, which it allows for.
Status PartitionLog::truncateLocked(std::int64_t target)
{
    std::size_t keep = m_segments.size();
    while (keep > 1 && m_segments[keep - 1]->baseOffset() >= target)
        --keep;
    for (std::size_t i = keep; i < m_segments.size(); ++i)
        ES_RETURN_IF_ERROR(m_segments[i]->destroy());
    m_segments.resize(keep);
    ES_RETURN_IF_ERROR(m_segments.back()->keepFileOpen()); // it takes the appends now
    auto removed = m_segments.back()->truncateTo(target);
    if (!removed)
        return removed.status();
    const std::int64_t newEnd = m_segments.back()->nextOffset();
    logger("storage")->info("{}: truncated to offset {} (log end {} -> {})", m_dir.string(), target,
                            m_logEnd.load(), newEnd);
    m_logEnd.store(newEnd, std::memory_order_release);
    ES_RETURN_IF_ERROR(truncateTransactionsLocked(newEnd));
    m_verifiedFrom.store(std::min(m_verifiedFrom.load(std::memory_order_relaxed), newEnd),
                         std::memory_order_release);
    m_recoveryPoint = std::min(m_recoveryPoint, newEnd);
    return Status::ok();
}

Status PartitionLog::truncateFullyAndStartAt(Offset offset)
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    return truncateFullyLocked(offset.value());
}

Status PartitionLog::truncateFullyLocked(std::int64_t offset)
{
    ES_RETURN_IF_ERROR(deleteSegmentsLocked(m_segments.size(), "log truncated fully"));
    m_transactions.clear();
    m_forgottenMarkersEnd = 0;
    publishFirstUnstableLocked();
    m_logStart.store(offset, std::memory_order_release);
    m_logEnd.store(offset, std::memory_order_release);
    m_verifiedFrom.store(offset, std::memory_order_release);
    m_recoveryPoint = offset;
    if (Status rolled = rollLocked(offset); !rolled.isOk()) {
        // No segment is left to append to or read from: the log is unusable (every call
        // says it is closed) until it is opened again, as the broker's next start does.
        m_closed = true;
        logger("storage")->error("{}: cannot start the log again at offset {}: {}", m_dir.string(), offset,
                                 rolled.toString());
        return rolled;
    }
    return writeLogStartLocked();
}

Status PartitionLog::advanceLogStartOffset(Offset offset)
{
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    const std::int64_t target = offset.value();
    if (target > m_logEnd.load(std::memory_order_relaxed))
        return Status::outOfRange("cannot delete records up to " + std::to_string(target) +
                                  ": the log ends at " + std::to_string(m_logEnd.load()));
    if (target <= m_logStart.load(std::memory_order_relaxed))
        return Status::ok();
    m_logStart.store(target, std::memory_order_release);
    ES_RETURN_IF_ERROR(writeLogStartLocked());
    if (m_segments.back()->nextOffset() <= target && !m_segments.back()->empty())
        ES_RETURN_IF_ERROR(rollLocked(m_logEnd.load(std::memory_order_relaxed)));
    std::size_t n = 0;
    while (n + 1 < m_segments.size() && m_segments[n + 1]->baseOffset() <= target)
        ++n;
    return deleteSegmentsLocked(n, "below the log start offset");
}

Status PartitionLog::destroy()
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_segments.clear();
    // The replica that owned the log may still write a checkpoint into its folder while it
    // goes (from another thread): the folder is then not empty when its files are gone, and
    // another pass removes what came in meanwhile.
    std::error_code ec;
    for (int pass = 0; pass < kDestroyPasses; ++pass) {
        ec.clear();
        std::filesystem::remove_all(m_dir, ec);
        if (!ec || ec != std::errc::directory_not_empty)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (ec)
        return Status::ioError("cannot delete " + m_dir.string() + ": " + ec.message());
    return Status::ok();
}

} // namespace es
