#include "browse/merge_job.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <tuple>

namespace es {

namespace {

struct Entry {
    std::int64_t timestamp;
    std::int64_t offset;
};

constexpr auto kFollowPoll = std::chrono::milliseconds(200);

} // namespace

struct MergeJob::Cursor {
    std::int32_t partition = 0;
    std::int64_t next = 0;
    std::int64_t end = 0; // exclusive; max() when following
    std::deque<Entry> buffer;
    bool caughtUp = false; // read to `end`, or to the high watermark this round
};

MergeJob::MergeJob(std::shared_ptr<RecordReader> reader, std::string topic,
                   std::vector<PartitionRange> ranges, bool follow, std::size_t keepLast)
    : m_reader(std::move(reader)),
      m_topic(std::move(topic)),
      m_ranges(std::move(ranges)),
      m_follow(follow),
      m_keepLast(keepLast),
      m_thread([this] { run(); })
{}

MergeJob::~MergeJob()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_stop.request_stop();
    m_wake.notify_all();
    m_thread.join();
}

void MergeJob::want(std::size_t rows)
{
    {
        std::lock_guard lock(m_mutex);
        m_wanted = std::max(m_wanted, rows);
    }
    m_wake.notify_all();
}

std::vector<RowRef> MergeJob::take()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_ready, {});
}

std::string MergeJob::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

bool MergeJob::done() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

bool MergeJob::caughtUp() const
{
    std::lock_guard lock(m_mutex);
    return m_caughtUp;
}

bool MergeJob::waitForDemand(std::size_t produced)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [&] { return m_cancelled || m_wanted > produced; });
    return !m_cancelled;
}

void MergeJob::publish(std::vector<RowRef> &rows)
{
    if (rows.empty())
        return;
    std::lock_guard lock(m_mutex);
    m_ready.insert(m_ready.end(), rows.begin(), rows.end());
    rows.clear();
}

void MergeJob::run()
{
    std::vector<Cursor> cursors;
    for (const PartitionRange &r : m_ranges)
        cursors.push_back({r.partition,
                           r.start,
                           m_follow ? std::numeric_limits<std::int64_t>::max() : r.end,
                           {},
                           r.start >= r.end && !m_follow});
    auto cancelled = [this] {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    };
    // Reads the next chunk of one partition; false when it has nothing more this round.
    auto refill = [&](Cursor &c) {
        auto records =
            m_reader->read({m_topic, c.partition}, c.next, kChunkRecords, 1 << 20, m_stop.get_token());
        if (!records) {
            std::lock_guard lock(m_mutex);
            m_error = "partition " + std::to_string(c.partition) + ": " + records.status().message();
            return false;
        }
        for (const FetchedRecord &r : *records)
            if (r.offset >= c.next && r.offset < c.end)
                c.buffer.push_back({r.timestamp, r.offset});
        if (!records->empty())
            c.next = std::max(c.next, records->back().offset + 1);
        return !records->empty() && c.next < c.end;
    };

    std::size_t produced = 0;
    std::vector<RowRef> batch;
    std::vector<RowRef> newest; // keepLast: the first round is held back, then trimmed
    bool firstRound = true;
    while (!cancelled()) {
        for (Cursor &c : cursors)
            if (!c.caughtUp && c.buffer.empty())
                c.caughtUp = !refill(c) && c.buffer.empty();
        // The smallest head among partitions with records; every partition not caught up
        // has a non-empty buffer here, so nothing older can still come this round.
        Cursor *min = nullptr;
        for (Cursor &c : cursors)
            if (!c.buffer.empty() && (!min || std::tie(c.buffer.front().timestamp, c.partition) <
                                                  std::tie(min->buffer.front().timestamp, min->partition)))
                min = &c;
        if (!min) {
            // The round is over: every partition read to its end (or its high watermark).
            if (firstRound && m_keepLast > 0) {
                const std::size_t skip = newest.size() > m_keepLast ? newest.size() - m_keepLast : 0;
                batch.assign(newest.begin() + static_cast<std::ptrdiff_t>(skip), newest.end());
                newest = {};
                produced += batch.size();
            }
            publish(batch);
            firstRound = false;
            if (!m_follow)
                break;
            std::unique_lock lock(m_mutex);
            m_caughtUp = true;
            if (m_wake.wait_for(lock, kFollowPoll, [this] { return m_cancelled; }))
                break;
            lock.unlock();
            for (Cursor &c : cursors)
                c.caughtUp = false;
            continue;
        }
        const RowRef row{min->partition, min->buffer.front().offset};
        min->buffer.pop_front();
        if (firstRound && m_keepLast > 0) {
            newest.push_back(row);
            if (newest.size() >= 2 * m_keepLast + kChunkRecords)
                newest.erase(newest.begin(), newest.end() - static_cast<std::ptrdiff_t>(m_keepLast));
            continue;
        }
        batch.push_back(row);
        ++produced;
        if (batch.size() >= 256)
            publish(batch);
        if (!m_follow) {
            bool enough = false;
            {
                std::lock_guard lock(m_mutex);
                enough = m_wanted <= produced;
            }
            if (enough) {
                publish(batch);
                if (!waitForDemand(produced))
                    break;
            }
        }
    }
    publish(batch);
    std::lock_guard lock(m_mutex);
    m_done = !m_follow;
}

} // namespace es
