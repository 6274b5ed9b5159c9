#include "storage/segment.h"

#include "common/logging.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"
#include "storage/segment_format.h"
#include "storage/segment_scanner.h"
#include "storage/transaction_index_rebuild.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <new>

namespace es {

namespace {

constexpr std::size_t kFindChunk = 16u << 10;

// Whether MaxTimestamp may be taken as the batch's largest record timestamp. Leaders set
// it, but batches stored before they did may hold -1 from a producer that left it so.
bool maxTimestampTrusted(const BatchHeader &h)
{
    return h.maxTimestamp >= 0 || h.isControl() || h.hasLogAppendTime();
}

// The largest record timestamp of one whole batch, or -1.
std::int64_t largestRecordTimestamp(ByteView batch)
{
    auto view = RecordBatchView::parse(batch, CrcCheck::Skip);
    std::int64_t max = -1;
    if (view) {
        Bytes scratch;
        (void)view->forEachRecord(scratch, [&](const RecordView &r) { max = std::max(max, r.timestamp); });
    }
    return max;
}

} // namespace

std::filesystem::path LogSegment::fileName(const std::filesystem::path &dir, std::int64_t baseOffset,
                                           std::string_view suffix)
{
    char name[32];
    std::snprintf(name, sizeof name, "%020lld", static_cast<long long>(baseOffset));
    return dir / (std::string(name) + std::string(suffix));
}

LogSegment::LogSegment(std::filesystem::path dir, std::int64_t baseOffset, File log,
                       std::int32_t indexIntervalBytes)
    : m_dir(std::move(dir)),
      m_baseOffset(baseOffset),
      m_log(std::move(log)),
      m_indexIntervalBytes(indexIntervalBytes),
      m_offsetIndex(fileName(m_dir, baseOffset, segfmt::kOffsetIndexSuffix), baseOffset),
      m_timeIndex(fileName(m_dir, baseOffset, segfmt::kTimeIndexSuffix), baseOffset),
      m_txnIndex(TransactionIndex::pathFor(m_dir, baseOffset)),
      m_nextOffset(baseOffset)
{}

Result<std::unique_ptr<LogSegment>> LogSegment::create(const std::filesystem::path &dir,
                                                       std::int64_t baseOffset,
                                                       std::int32_t indexIntervalBytes, std::int64_t nowMs)
{
    auto file = File::open(fileName(dir, baseOffset, segfmt::kLogSuffix), File::Mode::CreateReadWrite);
    if (!file)
        return file.status();
    ES_RETURN_IF_ERROR(file->truncate(0));
    std::unique_ptr<LogSegment> seg(new LogSegment(dir, baseOffset, std::move(*file), indexIntervalBytes));
    seg->m_createdMs = nowMs;
    // Also deletes a .txnindex an earlier segment at this base left (a crash before it was
    // deleted), which would pass for this one's on the next open.
    ES_RETURN_IF_ERROR(seg->flush(false));
    // The new file's name must survive a power cut as well as the data later synced into it.
    ES_RETURN_IF_ERROR(syncDirectory(dir));
    return seg;
}

Result<std::unique_ptr<LogSegment>> LogSegment::openExisting(const std::filesystem::path &dir,
                                                             std::int64_t baseOffset,
                                                             std::int32_t indexIntervalBytes)
{
    auto file = File::open(fileName(dir, baseOffset, segfmt::kLogSuffix), File::Mode::ReadWrite);
    if (!file)
        return file.status();
    return std::unique_ptr<LogSegment>(new LogSegment(dir, baseOffset, std::move(*file), indexIntervalBytes));
}

void LogSegment::indexBatch(std::uint64_t position, const BatchHeader &header)
{
    if (m_bytesSinceIndexEntry > static_cast<std::uint64_t>(m_indexIntervalBytes)) {
        m_offsetIndex.append(header.baseOffset, static_cast<std::uint32_t>(position));
        m_timeIndex.maybeAppend(m_maxTimestamp.load(std::memory_order_relaxed), m_offsetOfMaxTimestamp);
        m_bytesSinceIndexEntry = 0;
    }
    m_bytesSinceIndexEntry += header.totalSize();
}

Result<LogSegment::RecoveryOutcome> LogSegment::recover(std::int64_t nowMs, std::int64_t endLimit)
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    auto fileSize = (*file)->size();
    if (!fileSize)
        return fileSize.status();

    std::lock_guard lock(m_indexMutex);
    m_offsetIndex.clear();
    m_timeIndex.clear();
    m_txnIndex.clear();
    m_txnIndexStale = true;
    m_bytesSinceIndexEntry = 0;
    std::int64_t maxTs = -1, offsetOfMaxTs = -1, firstTs = -1;

    SegmentScanner scanner(**file, *fileSize, SegmentScanner::Mode::Validate);
    Status overlap;
    auto outcome = scanner.scan(0, m_baseOffset, [&](std::uint64_t pos, const BatchHeader &h) {
        if (h.lastOffset() >= endLimit) {
            overlap =
                Status::corruption("batch at offset " + std::to_string(h.baseOffset) + " in " +
                                   (*file)->path().string() + " at byte " + std::to_string(pos) +
                                   " reaches the next segment's base offset " + std::to_string(endLimit));
            return false;
        }
        const std::int64_t batchMax = batchMaxTimestamp(pos, h);
        if (firstTs < 0)
            firstTs = batchMax;
        if (batchMax > maxTs) {
            maxTs = batchMax;
            offsetOfMaxTs = h.baseOffset;
        }
        m_maxTimestamp.store(maxTs, std::memory_order_relaxed);
        m_offsetOfMaxTimestamp = offsetOfMaxTs;
        indexBatch(pos, h);
        return true;
    });

    if (!overlap.isOk())
        outcome.stopReason = overlap;
    RecoveryOutcome result;
    if (!outcome.stopReason.isOk()) {
        if (outcome.stopReason.code() == StatusCode::IOError)
            return outcome.stopReason;
        result.problem = outcome.stopReason;
        result.truncatedBytes = *fileSize - outcome.validEnd;
        ES_RETURN_IF_ERROR((*file)->truncate(outcome.validEnd));
    }
    m_timeIndex.maybeAppend(maxTs, offsetOfMaxTs);
    m_size.store(outcome.validEnd, std::memory_order_release);
    m_nextOffset.store(outcome.nextOffset >= 0 ? outcome.nextOffset : m_baseOffset,
                       std::memory_order_release);
    m_maxTimestamp.store(maxTs, std::memory_order_release);
    m_offsetOfMaxTimestamp = offsetOfMaxTs;
    m_createdMs = firstTs >= 0 ? firstTs : nowMs;
    m_flushedSize = 0; // the rebuilt indexes and any truncation still need writing
    return result;
}

Status LogSegment::rebuildIndexesLocked(std::uint64_t upTo)
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    m_offsetIndex.clear();
    m_timeIndex.clear();
    m_bytesSinceIndexEntry = 0;
    std::int64_t maxTs = -1, offsetOfMaxTs = -1;
    SegmentScanner scanner(**file, upTo, SegmentScanner::Mode::Headers);
    auto outcome = scanner.scan(0, m_baseOffset, [&](std::uint64_t pos, const BatchHeader &h) {
        const std::int64_t batchMax = batchMaxTimestamp(pos, h);
        if (batchMax > maxTs) {
            maxTs = batchMax;
            offsetOfMaxTs = h.baseOffset;
        }
        m_maxTimestamp.store(maxTs, std::memory_order_relaxed);
        m_offsetOfMaxTimestamp = offsetOfMaxTs;
        indexBatch(pos, h);
        return true;
    });
    if (!outcome.stopReason.isOk())
        return outcome.stopReason;
    m_timeIndex.maybeAppend(maxTs, offsetOfMaxTs);
    m_maxTimestamp.store(maxTs, std::memory_order_release);
    m_offsetOfMaxTimestamp = offsetOfMaxTs;
    m_nextOffset.store(outcome.nextOffset >= 0 ? outcome.nextOffset : m_baseOffset,
                       std::memory_order_release);
    return Status::ok();
}

std::int64_t LogSegment::batchMaxTimestamp(std::uint64_t position, const BatchHeader &header) const
{
    if (maxTimestampTrusted(header))
        return header.maxTimestamp;
    auto file = m_log.get();
    if (!file)
        return -1;
    Bytes batch(header.totalSize());
    auto n = (*file)->readAt(position, batch);
    return n && *n == batch.size() ? largestRecordTimestamp(batch) : -1;
}

std::int64_t LogSegment::largestTimestamp() const
{
    const std::int64_t max = maxTimestamp();
    if (max >= 0)
        return max;
    auto file = m_log.get();
    auto modified = file ? (*file)->modifiedMs() : Result<std::int64_t>(file.status());
    // A file that cannot be looked at is not old: keep it.
    return modified ? *modified : std::numeric_limits<std::int64_t>::max();
}

Status LogSegment::rebuildIndexes()
{
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(rebuildIndexesLocked(size()));
    ES_RETURN_IF_ERROR(m_offsetIndex.persist(false));
    return m_timeIndex.persist(false);
}

Status LogSegment::load(std::int64_t nowMs)
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    auto fileSize = (*file)->size();
    if (!fileSize)
        return fileSize.status();
    m_size.store(*fileSize, std::memory_order_release);
    m_flushedSize = *fileSize;

    std::lock_guard lock(m_indexMutex);
    if (Status txn = m_txnIndex.load(); !txn.isOk()) {
        if (txn.code() == StatusCode::IOError)
            return txn;
        // Missing is normal (no aborted transaction, or an older segment); either way the
        // index is rebuilt from the batches, which replayTransactions() reads anyway.
        if (txn.code() != StatusCode::NotFound)
            logger("storage")->warn("rebuilding {}: {}", m_txnIndex.path().string(), txn.toString());
        m_txnIndexStale = true;
    }
    Status offsetStatus = m_offsetIndex.load(*fileSize);
    // The end of the log: walk the headers after the last offset index entry.
    const auto last = m_offsetIndex.lookup(std::numeric_limits<std::int64_t>::max());
    SegmentScanner scanner(**file, *fileSize, SegmentScanner::Mode::Headers);
    std::int64_t firstTs = -1;
    bool entryStartsBatch = last.position == 0;
    auto tail = scanner.scan(last.position, last.offset, [&](std::uint64_t pos, const BatchHeader &h) {
        if (pos == last.position && h.baseOffset == last.offset)
            entryStartsBatch = true;
        if (firstTs < 0 && last.position == 0)
            firstTs = h.maxTimestamp;
        return true;
    });
    const bool tailOk = tail.stopReason.isOk() && entryStartsBatch;
    Status timeStatus = tailOk ? m_timeIndex.load(tail.nextOffset >= 0 ? tail.nextOffset : m_baseOffset)
                               : Status::corruption("offset index does not lead to a batch");
    // Its last entry is the segment's largest timestamp, so a segment with data has one;
    // without it, lookups by time and retention would take the segment for empty.
    if (timeStatus.isOk() && *fileSize > 0 && m_timeIndex.entries().empty())
        timeStatus = Status::corruption("time index of " + m_log.path().string() + " is empty");
    if (!offsetStatus.isOk() || !timeStatus.isOk() || !tailOk) {
        const Status &why = !offsetStatus.isOk() ? offsetStatus : !tailOk ? tail.stopReason : timeStatus;
        // An index that cannot be read (out of files, say) is not a damaged one: rebuilding
        // would fail the same way, and the log is opened later, when it can be.
        if (why.code() == StatusCode::IOError)
            return why;
        if (why.code() != StatusCode::NotFound)
            logger("storage")->warn("rebuilding indexes of {}: {}", m_log.path().string(), why.toString());
        ES_RETURN_IF_ERROR(rebuildIndexesLocked(*fileSize));
        ES_RETURN_IF_ERROR(m_offsetIndex.persist(false));
        ES_RETURN_IF_ERROR(m_timeIndex.persist(false));
    } else {
        m_nextOffset.store(tail.nextOffset >= 0 ? tail.nextOffset : m_baseOffset, std::memory_order_release);
        if (!m_timeIndex.entries().empty()) {
            m_maxTimestamp.store(m_timeIndex.entries().back().timestamp, std::memory_order_release);
            m_offsetOfMaxTimestamp = m_timeIndex.entries().back().offset;
        }
        // Appends continue the index spacing from the last entry.
        m_bytesSinceIndexEntry = *fileSize - last.position;
    }
    if (*fileSize > 0 && firstTs < 0) {
        SegmentScanner first(**file, *fileSize, SegmentScanner::Mode::Headers);
        first.scan(0, m_baseOffset, [&](std::uint64_t, const BatchHeader &h) {
            firstTs = h.maxTimestamp;
            return false;
        });
    }
    m_createdMs = firstTs >= 0 ? firstTs : nowMs;
    return Status::ok();
}

// Ahead by an eighth of the segment's size, between 256 KiB and 8 MiB: a quiet partition
// holds little unused space, a busy one calls fallocate() rarely.
void LogSegment::reserveAhead(File &file, std::uint64_t from, std::uint64_t end)
{
    constexpr std::uint64_t kMinAhead = 256 * 1024;
    constexpr std::uint64_t kMaxAhead = 8 * 1024 * 1024;
    const std::uint64_t start = std::max(from, m_reservedEnd);
    const std::uint64_t target = end + std::clamp(end / 8, kMinAhead, kMaxAhead);
    const Status s = file.reserve(start, target - start);
    if (s.isOk()) {
        m_reservedEnd = target;
        return;
    }
    // Not fatal: the write that follows allocates its own blocks (or reports the full disk).
    m_reserving = false;
    logger("storage")->debug("{}; writing without reserving space", s.message());
}

Status LogSegment::releaseReserved()
{
    if (m_reservedEnd <= size())
        return Status::ok();
    m_reservedEnd = 0;
    auto file = m_log.get();
    if (!file)
        return file.status();
    return (*file)->truncate(size());
}

Status LogSegment::append(ByteView batch, const BatchHeader &header)
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    const std::uint64_t pos = size();
    if (m_reserving && pos + batch.size() > m_reservedEnd)
        reserveAhead(**file, pos, pos + batch.size());
    if (Status written = (*file)->writeAt(pos, batch); !written.isOk()) {
        // A full disk may have taken part of the batch: cut it off, so that neither the next
        // append nor the next open finds a torn batch after the log's end (shrinking a
        // file needs no space).
        if (Status cut = (*file)->truncate(pos); cut.isOk())
            m_reservedEnd = 0;
        else
            logger("storage")->error("{}; and cutting it back failed: {}", written.message(), cut.message());
        return written;
    }
    const std::int64_t batchMax =
        maxTimestampTrusted(header) ? header.maxTimestamp : largestRecordTimestamp(batch);
    {
        std::lock_guard lock(m_indexMutex);
        if (batchMax > m_maxTimestamp.load(std::memory_order_relaxed)) {
            m_maxTimestamp.store(batchMax, std::memory_order_release);
            m_offsetOfMaxTimestamp = header.baseOffset;
        }
        indexBatch(pos, header);
    }
    m_nextOffset.store(header.nextOffset(), std::memory_order_release);
    m_size.store(pos + batch.size(), std::memory_order_release);
    return Status::ok();
}

Result<BatchLocation> LogSegment::findBatch(std::int64_t offset, std::uint64_t limit) const
{
    OffsetIndex::Entry start;
    {
        std::lock_guard lock(m_indexMutex);
        start = m_offsetIndex.lookup(offset);
    }
    // The walk from the index entry rarely goes past one index interval, so each read is
    // about that long (reading more only costs copying), into a stack buffer of which only
    // [0, bufLen) is ever looked at.
    const auto interval = static_cast<std::size_t>(std::max(m_indexIntervalBytes, 0));
    std::array<std::uint8_t, kFindChunk> storage;
    const std::span<std::uint8_t> buf(storage.data(), std::min(interval + batch::kHeaderSize, kFindChunk));
    std::uint64_t bufStart = 0;
    std::size_t bufLen = 0;
    std::uint64_t pos = start.position;
    bool first = true;
    auto file = m_log.get();
    if (!file)
        return file.status();
    while (pos + batch::kLogOverhead <= limit) {
        if (pos < bufStart || pos + batch::kHeaderSize > bufStart + bufLen) {
            auto n = (*file)->readAt(pos, buf);
            if (!n)
                return n.status();
            bufStart = pos;
            bufLen = *n;
            if (bufLen < batch::kHeaderSize)
                break;
        }
        const std::uint8_t *p = buf.data() + (pos - bufStart);
        const auto base = loadBigEndian<std::int64_t>(p + batch::kBaseOffsetAt);
        const auto length = loadBigEndian<std::int32_t>(p + batch::kLengthAt);
        const auto lastDelta = loadBigEndian<std::int32_t>(p + batch::kLastOffsetDeltaAt);
        if (length < static_cast<std::int32_t>(batch::kHeaderSize - batch::kLogOverhead) ||
            (first && start.position != 0 && base != start.offset) || base < start.offset) {
            return Status::corruption("offset index of " + m_log.path().string() + " points at byte " +
                                      std::to_string(pos) + " which does not start the expected batch");
        }
        first = false;
        const std::uint32_t size = static_cast<std::uint32_t>(length) + batch::kLogOverhead;
        if (base + lastDelta >= offset)
            return BatchLocation{pos, base, base + lastDelta, size};
        pos += size;
    }
    return Status::notFound("offset " + std::to_string(offset) + " is not in " + m_log.path().string());
}

Result<Bytes> LogSegment::read(std::uint64_t position, std::size_t maxBytes, std::uint64_t limit,
                               bool minOneBatch) const
{
    if (position >= limit)
        return Bytes{};
    std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(maxBytes, limit - position));
    if (minOneBatch && want < batch::kLogOverhead)
        want = static_cast<std::size_t>(std::min<std::uint64_t>(batch::kLogOverhead, limit - position));
    auto file = m_log.get();
    if (!file)
        return file.status();
    Bytes out;
    try {
        out.resize(want);
    } catch (const std::bad_alloc &) {
        // This one read is refused (a fetch answers KAFKA_STORAGE_ERROR); the broker goes on.
        return Status::ioError("not enough memory to read " + std::to_string(want) + " bytes of " +
                               m_log.path().string());
    }
    auto n = (*file)->readAt(position, out);
    if (!n)
        return n.status();
    out.resize(*n);
    // Keep whole batches only.
    std::size_t end = 0;
    while (end + batch::kLogOverhead <= out.size()) {
        const auto length = loadBigEndian<std::int32_t>(out.data() + end + batch::kLengthAt);
        if (length < 0)
            break;
        const std::size_t size = static_cast<std::size_t>(length) + batch::kLogOverhead;
        if (end + size > out.size()) {
            if (end == 0 && minOneBatch && position + size <= limit) {
                // The first batch is larger than maxBytes: return it whole, as Kafka does.
                const std::size_t had = out.size();
                out.resize(size);
                auto more = (*file)->readAt(position + had, std::span(out.data() + had, size - had));
                if (!more)
                    return more.status();
                if (*more != size - had)
                    return Status::corruption("batch at byte " + std::to_string(position) + " of " +
                                              m_log.path().string() + " runs past the end of the file");
                end = size;
            }
            break;
        }
        end += size;
    }
    out.resize(end);
    return out;
}

Status LogSegment::scanHeaders(const std::function<bool(const BatchHeader &)> &fn) const
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    SegmentScanner scanner(**file, size(), SegmentScanner::Mode::Headers);
    auto outcome = scanner.scan(0, m_baseOffset, [&](std::uint64_t, const BatchHeader &h) { return fn(h); });
    return outcome.stopReason;
}

Result<std::pair<std::int64_t, std::int64_t>> LogSegment::findTimestamp(std::int64_t timestamp,
                                                                        std::int64_t fromOffset) const
{
    std::optional<TimeIndex::Entry> older;
    {
        std::lock_guard lock(m_indexMutex);
        older = m_timeIndex.lastEntryBelow(timestamp);
    }
    const std::uint64_t limit = size();
    const std::int64_t start = std::max({older ? older->offset : m_baseOffset, fromOffset, m_baseOffset});
    auto loc = findBatch(start, limit);
    if (!loc)
        return loc.status();
    std::uint64_t pos = loc->position;
    // The entry's own batch holds nothing this recent either: start after it.
    if (older && loc->baseOffset == older->offset)
        pos += loc->size;
    Bytes scratch;
    while (pos < limit) {
        auto bytes = read(pos, batch::kHeaderSize, limit, true);
        if (!bytes)
            return bytes.status();
        if (bytes->empty())
            break;
        auto view = RecordBatchView::parse(*bytes);
        if (!view)
            return view.status();
        const BatchHeader &h = view->header();
        if ((h.maxTimestamp >= timestamp || !maxTimestampTrusted(h)) && h.lastOffset() >= fromOffset) {
            // Records up to the match are decoded and checked; the batch CRC covers the rest.
            std::optional<std::pair<std::int64_t, std::int64_t>> found;
            auto section = view->records(scratch);
            if (!section)
                return section.status();
            RecordDecoder decoder(h, *section);
            RecordView r;
            while (!found && decoder.next(r))
                if (r.timestamp >= timestamp && r.offset >= fromOffset)
                    found.emplace(r.offset, r.timestamp);
            const Status st = found ? Status::ok() : decoder.status();
            ES_RETURN_IF_ERROR(st);
            if (found)
                return *found;
        }
        pos += bytes->size();
    }
    return Status::notFound("no record at or after timestamp " + std::to_string(timestamp));
}

Result<std::uint64_t> LogSegment::truncateTo(std::int64_t offset)
{
    const std::uint64_t before = size();
    auto loc = findBatch(offset, before);
    if (!loc && loc.status().code() == StatusCode::Corruption) {
        // A stale index entry: rebuild the indexes from the log and look again.
        logger("storage")->warn("{}; rebuilding its indexes", loc.status().message());
        ES_RETURN_IF_ERROR(rebuildIndexes());
        loc = findBatch(offset, before);
    }
    if (!loc) {
        if (loc.status().code() == StatusCode::NotFound)
            return std::uint64_t{0};
        return loc.status();
    }
    auto file = m_log.get();
    if (!file)
        return file.status();
    ES_RETURN_IF_ERROR((*file)->truncate(loc->position));
    m_reservedEnd = 0; // the truncation gave it back
    m_size.store(loc->position, std::memory_order_release);
    m_flushedSize = std::min(m_flushedSize, loc->position);
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(rebuildIndexesLocked(loc->position));
    ES_RETURN_IF_ERROR(m_txnIndex.truncateTo(loc->baseOffset));
    m_nextOffset.store(loc->baseOffset, std::memory_order_release);
    return before - loc->position;
}

Status LogSegment::flush(bool sync)
{
    const std::uint64_t sz = size();
    if (sync && sz != m_flushedSize)
        ES_RETURN_IF_ERROR(syncData());
    ES_RETURN_IF_ERROR(writeIndexes(sync));
    if (sync)
        m_flushedSize = sz;
    return Status::ok();
}

Status LogSegment::writeIndexes(bool syncTransactions)
{
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(m_offsetIndex.persist(false));
    m_timeIndex.maybeAppend(m_maxTimestamp.load(std::memory_order_relaxed), m_offsetOfMaxTimestamp);
    ES_RETURN_IF_ERROR(m_timeIndex.persist(false));
    return m_txnIndex.flush(syncTransactions);
}

Status LogSegment::markFlushed(std::uint64_t size)
{
    // A truncation since the fsync may have cut the file below `size`.
    m_flushedSize = std::max(m_flushedSize, std::min(size, this->size()));
    return writeIndexes(true);
}

Status LogSegment::dropUnflushed()
{
    if (m_flushedSize >= size())
        return Status::ok();
    auto file = m_log.get();
    if (!file)
        return file.status();
    ES_RETURN_IF_ERROR((*file)->truncate(m_flushedSize));
    m_reservedEnd = 0;
    m_size.store(m_flushedSize, std::memory_order_release);
    return Status::ok();
}

Status LogSegment::syncData()
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    return (*file)->sync();
}

Status LogSegment::removeIndexFiles()
{
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(m_offsetIndex.remove());
    return m_timeIndex.remove();
}

Status LogSegment::destroy()
{
    // The file stays open: readers holding this segment keep reading the unlinked file.
    if (Status kept = m_log.keepOpen(); !kept.isOk())
        logger("storage")->warn("{}; readers of the deleted segment will fail", kept.message());
    const auto path = m_log.path();
    std::error_code ec;
    std::filesystem::remove(path, ec);
    if (ec)
        return Status::ioError("cannot delete " + path.string() + ": " + ec.message());
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(m_offsetIndex.remove());
    ES_RETURN_IF_ERROR(m_timeIndex.remove());
    return m_txnIndex.remove();
}

Status LogSegment::replayTransactions(TransactionTracker &tracker)
{
    auto file = m_log.get();
    if (!file)
        return file.status();
    if (!m_txnIndexStale)
        return replayTransactionBatches(**file, size(), m_baseOffset, tracker);
    std::lock_guard lock(m_indexMutex);
    ES_RETURN_IF_ERROR(rebuildTransactionIndex(**file, size(), m_baseOffset, tracker, m_txnIndex));
    ES_RETURN_IF_ERROR(m_txnIndex.flush(true));
    m_txnIndexStale = false;
    return Status::ok();
}

Status LogSegment::appendAbortedTransaction(const AbortedTransaction &entry)
{
    std::lock_guard lock(m_indexMutex);
    return m_txnIndex.append(entry);
}

AbortedTransactionSearch LogSegment::collectAbortedTransactions(std::int64_t fetchOffset,
                                                                std::int64_t upperBoundOffset) const
{
    std::lock_guard lock(m_indexMutex);
    return m_txnIndex.collect(fetchOffset, upperBoundOffset);
}

std::vector<AbortedTransaction> LogSegment::abortedTransactions() const
{
    std::lock_guard lock(m_indexMutex);
    return m_txnIndex.entries();
}

Status LogSegment::inheritAbortedTransactions(const LogSegment &original)
{
    const std::vector<AbortedTransaction> entries = original.abortedTransactions();
    std::lock_guard lock(m_indexMutex);
    if (!m_txnIndexStale && m_txnIndex.entries() == entries)
        return Status::ok();
    m_txnIndex.clear();
    for (const AbortedTransaction &e : entries)
        ES_RETURN_IF_ERROR(m_txnIndex.append(e));
    ES_RETURN_IF_ERROR(m_txnIndex.flush(true));
    m_txnIndexStale = false;
    return Status::ok();
}

} // namespace es
