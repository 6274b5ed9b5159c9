#pragma once

#include "browse/partition_range.h"
#include "client/record_reader.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace es {

// Merges several partitions of a topic into one list ordered by timestamp (ties by
// partition, then offset), as Kafka UIs show a topic: it reads each partition forward from
// its start in chunks, and hands out row refs only, as far as the view asks (want()), so a
// huge topic is never held. Record data is loaded again by pages when rows are shown.
//
// keepLast > 0 (latest N): reads each range to its end, then hands out only the newest
// keepLast rows. follow: once every range is read, waits for new records and hands out
// each round of them merged by timestamp, until cancelled.
//
// Thread-safety: every method may be called from any thread; the destructor cancels and
// joins its thread, ending a read in flight.
class MergeJob {
public:
    static constexpr std::size_t kChunkRecords = 500;

    MergeJob(std::shared_ptr<RecordReader> reader, std::string topic, std::vector<PartitionRange> ranges,
             bool follow, std::size_t keepLast);
    ~MergeJob();
    MergeJob(const MergeJob &) = delete;
    MergeJob &operator=(const MergeJob &) = delete;

    // Hands out rows until `rows` were handed out in all.
    void want(std::size_t rows);
    // The rows merged since the last call.
    std::vector<RowRef> take();
    // Read errors, one line per failing partition; empty when none.
    [[nodiscard]] std::string error() const;
    // Every range read to its end and handed out (never, when following).
    [[nodiscard]] bool done() const;
    // Following, and every range was read to its end once: what comes now is new records.
    [[nodiscard]] bool caughtUp() const;

private:
    struct Cursor;
    void run();
    bool waitForDemand(std::size_t produced);
    void publish(std::vector<RowRef> &rows);

    std::shared_ptr<RecordReader> m_reader;
    std::string m_topic;
    std::vector<PartitionRange> m_ranges;
    bool m_follow;
    std::size_t m_keepLast;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::size_t m_wanted = 0;    // guarded by m_mutex
    std::vector<RowRef> m_ready; // guarded by m_mutex
    std::string m_error;         // guarded by m_mutex
    bool m_done = false;         // guarded by m_mutex
    bool m_caughtUp = false;     // guarded by m_mutex
    bool m_cancelled = false;    // guarded by m_mutex
    std::stop_source m_stop;     // the destructor ends a read that a paused leader holds
    std::thread m_thread;
};

} // namespace es
