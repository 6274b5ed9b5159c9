// Opening a partition log: finding its segments, recovering what a crash may have torn,
// and restoring the log start and end offsets.

#include "common/logging.h"
#include "storage/file.h"
#include "storage/partition_log.h"
#include "storage/segment.h"
#include "storage/segment_format.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>
#include <optional>

namespace es {

namespace {

std::optional<std::int64_t> parseBaseOffset(const std::string &stem)
{
    if (stem.size() != static_cast<std::size_t>(segfmt::kBaseOffsetDigits))
        return std::nullopt;
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(stem.data(), stem.data() + stem.size(), v);
    if (ec != std::errc() || p != stem.data() + stem.size() || v < 0)
        return std::nullopt;
    return v;
}

// A checkpoint file's value; nullopt when missing or (with a warning) not an offset. An
// error when it cannot be read (out of files, say): ignoring it then could move the log
// start back over deleted records.
Result<std::optional<std::int64_t>> readCheckpoint(const std::filesystem::path &path)
{
    auto data = readWholeFile(path);
    if (!data) {
        if (data.status().code() == StatusCode::NotFound)
            return std::optional<std::int64_t>();
        return data.status();
    }
    std::string text(asChars(*data));
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || p != text.data() + text.size() || v < 0) {
        logger("storage")->warn("ignoring checkpoint {}: not an offset", path.string());
        return std::optional<std::int64_t>();
    }
    return std::optional<std::int64_t>(v);
}

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

Result<std::unique_ptr<PartitionLog>> PartitionLog::open(std::filesystem::path dir, LogConfig config,
                                                         const Clock &clock)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Status::ioError("cannot create " + dir.string() + ": " + ec.message());
    std::unique_ptr<PartitionLog> log(new PartitionLog(std::move(dir), config, clock));
    if (Status loaded = log->load(); !loaded.isOk()) {
        // Half loaded (out of files or space, say): nothing may be flushed, and above all no
        // clean-shutdown mark written, which would vouch for data never checked.
        log->abandonLoad();
        return loaded;
    }
    return log;
}

Status PartitionLog::load()
{
    const auto started = std::chrono::steady_clock::now();
    auto log = logger("storage");
    std::lock_guard lock(m_mutex);

    std::vector<std::int64_t> bases;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(m_dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (endsWith(name, segfmt::kCleanedSuffix) || endsWith(name, ".tmp")) {
            log->info("{}: removing leftover {}", m_dir.string(), name);
            std::filesystem::remove(entry.path(), ec);
            continue;
        }
        if (!endsWith(name, segfmt::kLogSuffix))
            continue;
        const auto base = parseBaseOffset(entry.path().stem().string());
        if (!base) {
            log->warn("{}: ignoring {}: not a segment name", m_dir.string(), name);
            continue;
        }
        bases.push_back(*base);
    }
    if (ec)
        return Status::ioError("cannot list " + m_dir.string() + ": " + ec.message());
    std::sort(bases.begin(), bases.end());

    const auto cleanMarker = m_dir / segfmt::kCleanShutdownFile;
    const bool clean = std::filesystem::exists(cleanMarker, ec);
    auto storedRecoveryPoint = readCheckpoint(m_dir / segfmt::kRecoveryPointFile);
    if (!storedRecoveryPoint)
        return storedRecoveryPoint.status();
    const std::int64_t recoveryPoint =
        clean ? std::numeric_limits<std::int64_t>::max() : storedRecoveryPoint->value_or(0);
    const std::int64_t now = m_clock.nowMs();

    for (std::size_t i = 0; i < bases.size(); ++i) {
        auto seg = LogSegment::openExisting(m_dir, bases[i], m_config.indexIntervalBytes);
        if (!seg)
            return seg.status();
        const bool belowRecoveryPoint = i + 1 < bases.size() && bases[i + 1] <= recoveryPoint;
        // Only the last segment takes appends: the others' files go to the cache, so that
        // opening thousands of logs holds one file open per log, not one per segment.
        if (!m_segments.empty())
            m_segments.back()->releaseFile();
        // Segments hold consecutive offset ranges: one reaching into the next is damaged.
        const std::int64_t nextBase =
            i + 1 < bases.size() ? bases[i + 1] : std::numeric_limits<std::int64_t>::max();
        if (clean || belowRecoveryPoint) {
            Status loaded = (*seg)->load(now);
            if (loaded.isOk() && (*seg)->nextOffset() > nextBase)
                loaded = Status::corruption((*seg)->logPath().string() + " holds offsets up to " +
                                            std::to_string((*seg)->nextOffset() - 1) +
                                            ", past the next segment's base " + std::to_string(nextBase));
            // The transactions are in memory only: every batch header is read back, from
            // the log start on (a transaction may span segments).
            if (loaded.isOk())
                loaded = (*seg)->replayTransactions(m_transactions);
            if (loaded.isOk()) {
                m_segments.push_back(std::move(*seg));
                continue;
            }
            // Trusted data whose batches do not even hold together (a damaged disk, or an
            // index a failed truncation left empty): validated as after a crash, and cut at
            // the damage, rather than the whole log refused.
            if (loaded.code() != StatusCode::Corruption)
                return loaded;
            log->error("{}: {}; recovering the segment", m_dir.string(), loaded.message());
            // The replay may have stopped halfway through the segment: start it again.
            ES_RETURN_IF_ERROR(replayTransactionsLocked());
        }
        auto outcome = (*seg)->recover(now, nextBase);
        if (!outcome)
            return outcome.status();
        // Its .txnindex is rebuilt from the validated batches, with the transactions still
        // open after the earlier segments.
        ES_RETURN_IF_ERROR((*seg)->replayTransactions(m_transactions));
        m_segments.push_back(std::move(*seg));
        if (!outcome->problem.isOk()) {
            log->error("{}: recovery truncated {} bytes: {}", m_dir.string(), outcome->truncatedBytes,
                       outcome->problem.message());
            // The log must stay contiguous: later segments cannot follow a torn one.
            for (std::size_t j = i + 1; j < bases.size(); ++j) {
                auto later = LogSegment::openExisting(m_dir, bases[j], m_config.indexIntervalBytes);
                if (later) {
                    log->error("{}: deleting segment {} that follows the truncated data ({} bytes)",
                               m_dir.string(), bases[j], (*later)->logPath().string());
                    ES_RETURN_IF_ERROR((*later)->destroy());
                }
            }
            break;
        }
    }

    auto storedStartRead = readCheckpoint(m_dir / segfmt::kLogStartOffsetFile);
    if (!storedStartRead)
        return storedStartRead.status();
    const std::optional<std::int64_t> storedStart = *storedStartRead;
    if (!m_segments.empty()) {
        ES_RETURN_IF_ERROR(m_segments.back()->keepFileOpen());
    } else {
        const std::int64_t start = storedStart.value_or(0);
        auto seg = LogSegment::create(m_dir, start, m_config.indexIntervalBytes, now);
        if (!seg)
            return seg.status();
        m_segments.push_back(std::move(*seg));
    }
    const std::int64_t end = m_segments.back()->nextOffset();
    const std::int64_t start =
        std::min(std::max(storedStart.value_or(0), m_segments.front()->baseOffset()), end);
    m_logStart.store(start, std::memory_order_release);
    m_logEnd.store(end, std::memory_order_release);
    m_verifiedFrom.store(end, std::memory_order_release);
    publishFirstUnstableLocked();

    // Everything is validated now: make it durable and start from a fresh recovery point.
    m_recoveryPoint = clean ? end : -1;
    ES_RETURN_IF_ERROR(flushLocked(true));
    if (clean)
        std::filesystem::remove(cleanMarker, ec);
    if (ec)
        return Status::ioError("cannot remove " + cleanMarker.string() + ": " + ec.message());

    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    log->debug("{}: opened {} segment(s), offsets [{}, {}), {} shutdown, {} ms", m_dir.string(),
               m_segments.size(), start, end, clean ? "clean" : "unclean", ms.count());
    return Status::ok();
}

} // namespace es
