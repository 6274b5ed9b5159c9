// Making a partition log durable: fsyncs (periodic, outside the append lock, or all at
// once), the recovery point that says how far they reached, and closing, cleanly or as
// a crash would.

#include "common/logging.h"
#include "storage/file.h"
#include "storage/partition_log.h"
#include "storage/segment.h"
#include "storage/segment_format.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace es {

Status PartitionLog::flushLocked(bool sync)
{
    for (const auto &seg : m_segments)
        if (seg->hasUnflushedData() || seg.get() == m_segments.back().get())
            ES_RETURN_IF_ERROR(seg->flush(sync));
    const std::int64_t end = m_logEnd.load(std::memory_order_relaxed);
    m_lastFlushMs = m_clock.nowMs();
    if (sync && end != m_recoveryPoint) {
        m_recoveryPoint = end;
        ES_RETURN_IF_ERROR(writeRecoveryPoint(end));
    }
    return Status::ok();
}

// Recovery uses the checkpoint per segment: a segment is trusted only when the next one
// starts at or below it. Moving it within the active segment changes nothing, so a
// periodic flush rewrites the file (a create, two fsyncs and a rename) only when the
// checkpoint reaches a later segment or must go back after a truncation.
bool PartitionLog::recoveryPointFileIsStaleLocked(std::int64_t recoveryPoint) const
{
    if (m_recoveryPointOnDisk < 0 || recoveryPoint < m_recoveryPointOnDisk)
        return true;
    return segmentIndexFor(recoveryPoint) != segmentIndexFor(m_recoveryPointOnDisk);
}

Status PartitionLog::writeRecoveryPoint(std::int64_t recoveryPoint)
{
    const std::string text = std::to_string(recoveryPoint) + "\n";
    ES_RETURN_IF_ERROR(writeFileAtomically(m_dir / segfmt::kRecoveryPointFile, asBytes(text)));
    m_recoveryPointOnDisk = recoveryPoint;
    return Status::ok();
}

Status PartitionLog::flush()
{
    return flushOutsideLock(false);
}

Status PartitionLog::flushIfDue()
{
    return flushOutsideLock(true);
}

// Appends must not wait for the disk: the fsyncs run without m_mutex (m_flushMutex keeps
// flushes and truncations in order), then the recovery point moves to what they covered.
Status PartitionLog::flushOutsideLock(bool onlyIfDue)
{
    std::lock_guard flushLock(m_flushMutex);
    std::vector<std::pair<SegmentPtr, std::uint64_t>> dirty;
    std::int64_t end = 0;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        if (onlyIfDue && m_clock.nowMs() - m_lastFlushMs < m_config.flushIntervalMs)
            return Status::ok();
        m_lastFlushMs = m_clock.nowMs();
        // Segments without unflushed data had their indexes written by the flush that
        // made them clean; an idle partition costs nothing here.
        for (const auto &seg : m_segments)
            if (seg->hasUnflushedData())
                dirty.emplace_back(seg, seg->size());
        end = m_logEnd.load(std::memory_order_relaxed);
        if (dirty.empty() && end == m_recoveryPoint)
            return Status::ok();
    }
    for (const auto &[seg, size] : dirty)
        ES_RETURN_IF_ERROR(seg->syncData());
    std::int64_t recoveryPoint = 0;
    {
        std::lock_guard lock(m_mutex);
        ES_RETURN_IF_ERROR(checkOpenLocked());
        for (const auto &[seg, size] : dirty)
            ES_RETURN_IF_ERROR(seg->markFlushed(size));
        recoveryPoint = std::min(end, m_logEnd.load(std::memory_order_relaxed));
        if (recoveryPoint == m_recoveryPoint)
            return Status::ok();
        m_recoveryPoint = recoveryPoint;
        if (onlyIfDue && !recoveryPointFileIsStaleLocked(recoveryPoint))
            return Status::ok();
    }
    return writeRecoveryPoint(recoveryPoint);
}

Status PartitionLog::close()
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    ES_RETURN_IF_ERROR(m_segments.back()->releaseReserved());
    ES_RETURN_IF_ERROR(flushLocked(true));
    ES_RETURN_IF_ERROR(writeCleanShutdownMark(m_dir, Durability::Synced));
    m_closed = true;
    return Status::ok();
}

Status PartitionLog::closeUnsynced()
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    ES_RETURN_IF_ERROR(m_segments.back()->releaseReserved());
    ES_RETURN_IF_ERROR(flushLocked(false));
    m_closed = true;
    return Status::ok();
}

Status PartitionLog::writeCleanShutdownMark(const std::filesystem::path &dir, Durability durability)
{
    if (durability == Durability::Synced)
        return writeFileAtomically(dir / segfmt::kCleanShutdownFile, asBytes("1\n"), durability);
    // Only its existence counts, so no temporary file and rename (a rename makes the file
    // system write at once what a later sync would write with all the others).
    auto file = File::open(dir / segfmt::kCleanShutdownFile, File::Mode::CreateReadWrite);
    if (!file)
        return file.status();
    return file->writeAt(0, asBytes("1\n"));
}

Status PartitionLog::abandon(bool loseUnflushed)
{
    std::lock_guard flushLock(m_flushMutex);
    std::lock_guard lock(m_mutex);
    ES_RETURN_IF_ERROR(checkOpenLocked());
    m_closed = true;
    if (loseUnflushed)
        for (const auto &seg : m_segments)
            ES_RETURN_IF_ERROR(seg->dropUnflushed());
    return Status::ok();
}

} // namespace es
