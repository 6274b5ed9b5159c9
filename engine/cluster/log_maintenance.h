#pragma once

#include "cluster/topic_partition.h"
#include "storage/partition_log.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace es {

class ClusterEventSink;

// A broker's slow log work on a thread of its own: flushing logs, checkpointing high
// watermarks, retention and compaction. The broker's loop only hands over a list of
// jobs, so a produce never waits for fsync or for a segment being rewritten
// (PartitionLog does its disk work without holding the lock appends take).
//
// Thread-safety: submit() may be called from any thread; start() and stop() by the owner.
class LogMaintenance {
public:
    struct Job {
        TopicPartition tp;
        std::shared_ptr<PartitionLog> log;
        std::int64_t highWatermark = 0;
        bool leader = false; // only the leader's runs go into the timeline
        bool flush = false;
        bool checkpoint = false; // writes the high watermark if it moved
        bool retain = false;     // retention: segments past retention.ms / retention.bytes go
        bool compact = false;    // compaction of compacted topics
    };

    LogMaintenance(std::int32_t brokerId, ClusterEventSink &events);
    ~LogMaintenance();
    LogMaintenance(const LogMaintenance &) = delete;
    LogMaintenance &operator=(const LogMaintenance &) = delete;

    void start();
    // Finishes the job in progress, drops those not started, and joins the thread.
    void stop();
    // Queues one round of jobs. It replaces a round that has not started yet, keeping that
    // round's cleaning and checkpoint requests: a newer flush covers an older one, a
    // cleaning or a checkpoint does not.
    void submit(std::vector<Job> jobs);

private:
    void run();
    void runJob(const Job &job);
    void flush(const Job &job);
    void checkpoint(const Job &job);
    void clean(const Job &job);

    const std::int32_t m_brokerId;
    ClusterEventSink &m_events;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Job> m_pending; // guarded by m_mutex
    bool m_stopping = false;    // guarded by m_mutex
    std::unordered_map<TopicPartition, std::int64_t> m_checkpointed; // maintenance thread only
};

} // namespace es
