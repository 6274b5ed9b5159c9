#include "cluster/log_maintenance.h"

#include "cluster/cluster_event_sink.h"
#include "cluster/replica.h"
#include "common/logging.h"
#include "common/thread_identity.h"

#include <unordered_set>

namespace es {

LogMaintenance::LogMaintenance(std::int32_t brokerId, ClusterEventSink &events)
    : m_brokerId(brokerId), m_events(events)
{
}

LogMaintenance::~LogMaintenance()
{
    stop();
}

void LogMaintenance::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_pending.clear();
    }
    m_checkpointed.clear();
    m_thread = std::thread([this] {
        nameThisThread("logs-" + std::to_string(m_brokerId));
        makeThisThreadBackground();
        run();
    });
}

void LogMaintenance::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LogMaintenance::submit(std::vector<Job> jobs)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        std::unordered_set<TopicPartition> toRetain;
        std::unordered_set<TopicPartition> toCompact;
        std::unordered_set<TopicPartition> toCheckpoint;
        for (const Job &old : m_pending) {
            if (old.retain)
                toRetain.insert(old.tp);
            if (old.compact)
                toCompact.insert(old.tp);
            if (old.checkpoint)
                toCheckpoint.insert(old.tp);
        }
        for (Job &job : jobs) {
            job.retain = job.retain || toRetain.contains(job.tp);
            job.compact = job.compact || toCompact.contains(job.tp);
            job.checkpoint = job.checkpoint || toCheckpoint.contains(job.tp);
        }
        m_pending = std::move(jobs);
    }
    m_wake.notify_one();
}

void LogMaintenance::run()
{
    for (;;) {
        std::vector<Job> jobs;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
            if (m_stopping)
                return;
            jobs.swap(m_pending);
        }
        for (const Job &job : jobs) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
            }
            runJob(job);
        }
    }
}

void LogMaintenance::runJob(const Job &job)
{
    if (job.flush)
        flush(job);
    if (job.checkpoint)
        checkpoint(job);
    if (job.retain || job.compact)
        clean(job);
}

void LogMaintenance::flush(const Job &job)
{
    const Status s = job.log->flushIfDue();
    // A replica deleted or closed meanwhile has nothing left to flush.
    if (!s.isOk() && !job.log->closed())
        logger("cluster")->error("broker {}: flushing {}: {}", m_brokerId, job.tp.toString(), s.toString());
}

// As Kafka, every few seconds rather than at each flush: a checkpoint is a new file, two
// fsyncs and a rename, and one that lags only makes a restarted replica report a lower
// high watermark until its followers fetch again.
void LogMaintenance::checkpoint(const Job &job)
{
    auto written = m_checkpointed.find(job.tp);
    if (written != m_checkpointed.end() && written->second == job.highWatermark)
        return;
    const Status s = writeHighWatermarkCheckpoint(job.log->dir(), job.highWatermark);
    if (s.isOk())
        m_checkpointed[job.tp] = job.highWatermark;
    else if (!job.log->closed())
        logger("cluster")->error("broker {}: checkpointing the high watermark of {}: {}", m_brokerId,
                                 job.tp.toString(), s.toString());
}

void LogMaintenance::clean(const Job &job)
{
    const std::string subject = "partition:" + job.tp.toString();
    const std::int64_t startBefore = job.log->logStartOffset().value();
    Result<RetentionOutcome> retained = job.retain ? job.log->enforceRetention(Offset(job.highWatermark))
                                                   : Result<RetentionOutcome>(RetentionOutcome{});
    if (retained && retained->segmentsDeleted > 0 && job.leader)
        m_events.record(EventKind::RetentionRun, subject,
                        {EventForm::RetentionDeleted,
                         {{"segments", retained->segmentsDeleted},
                          {"from", startBefore},
                          {"to", retained->logStartOffset.value()}}});
    Result<CompactionOutcome> compacted = job.compact ? job.log->compact(Offset(job.highWatermark))
                                                      : Result<CompactionOutcome>(CompactionOutcome{});
    if (compacted && compacted->segmentsCleaned > 0 && job.leader)
        m_events.record(
            EventKind::CompactionRun, subject,
            {EventForm::Compacted, {{"kept", compacted->recordsAfter}, {"of", compacted->recordsBefore}}});
    for (const Status *s : {retained ? nullptr : &retained.status(), compacted ? nullptr : &compacted.status()})
        if (s && !job.log->closed())
            logger("cluster")->error("broker {}: cleaning {}: {}", m_brokerId, job.tp.toString(), s->toString());
}

} // namespace es
