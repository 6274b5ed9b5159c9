#include "browse/record_search.h"

#include "browse/partition_scan.h"

#include <algorithm>
#include <condition_variable>

namespace es {

class RecordSearch::State {
public:
    State(RecordMatcher compiled, std::size_t cap) : matcher(std::move(compiled)), maxKept(cap) {}

    std::string topic;
    std::optional<std::int64_t> fromTimestampMs;
    const RecordMatcher matcher;
    const std::size_t maxKept;
    std::atomic<bool> cancelled{false};
    // One per thread, made before any starts, so that cancel() can abort them all: a
    // read waiting on a leader that does not answer then ends at once.
    std::vector<std::unique_ptr<RecordReader>> readers;
    std::atomic<std::size_t> nextPartition{0}; // index into progress.partitions for workers to take

    mutable std::mutex mutex;
    std::condition_variable doneCv;
    RecordSearchProgress progress; // guarded by mutex
    std::vector<FetchedRecord> kept; // guarded by mutex
    std::size_t taken = 0;         // guarded by mutex: kept[0, taken) went out through takeNewMatches

    void run();
    void readBounds(RecordReader &reader);
    void worker(RecordReader &reader);
    void searchPartition(RecordReader &reader, std::size_t index);
};

void RecordSearch::State::readBounds(RecordReader &reader)
{
    std::vector<PartitionSearchProgress> parts;
    {
        std::lock_guard lock(mutex);
        parts = progress.partitions;
    }
    std::uint64_t total = 0;
    for (PartitionSearchProgress &p : parts) {
        if (cancelled)
            break;
        auto bounds = reader.bounds({topic, p.partition});
        if (!bounds) {
            if (bounds.status().code() != StatusCode::Cancelled)
                p.error = bounds.status().message();
            p.done = true;
            continue;
        }
        // startOffset holds the requested start (-1: the log start) until now.
        std::int64_t start = std::clamp(p.startOffset < 0 ? bounds->logStartOffset : p.startOffset,
                                        bounds->logStartOffset, bounds->highWatermark);
        // Records before the first one at or after the time range's start cannot match.
        if (fromTimestampMs) {
            auto first = reader.offsetForTimestamp({topic, p.partition}, *fromTimestampMs);
            if (first)
                start = std::clamp(*first, start, bounds->highWatermark);
        }
        p.startOffset = start;
        p.nextOffset = start;
        p.endOffset = bounds->highWatermark;
        p.done = start >= p.endOffset;
        total += static_cast<std::uint64_t>(p.endOffset - start);
    }
    std::lock_guard lock(mutex);
    progress.partitions = std::move(parts);
    progress.totalRecords = total;
}

void RecordSearch::State::searchPartition(RecordReader &reader, std::size_t index)
{
    PartitionSearchProgress p;
    {
        std::lock_guard lock(mutex);
        p = progress.partitions[index];
    }
    if (p.done)
        return;
    const TopicPartition tp{topic, p.partition};
    std::uint64_t scanned = 0;
    std::uint64_t matched = 0;
    std::vector<FetchedRecord> found;
    bool full = false; // the cap is reached: count matches without copying them
    browse::ScanCallbacks callbacks;
    callbacks.onRecord = [&](const RecordView &view) {
        ++scanned;
        if (matcher.matches(view)) {
            ++matched;
            if (!full)
                found.push_back(toFetchedRecord(tp, view));
        }
        return true;
    };
    // Publishes what one fetch found, so progress and matches show while the scan runs.
    callbacks.afterFetch = [&](std::int64_t next) {
        std::lock_guard lock(mutex);
        PartitionSearchProgress &shared = progress.partitions[index];
        shared.nextOffset = next;
        shared.scannedRecords += scanned;
        shared.matchedRecords += matched;
        progress.scannedRecords += scanned;
        progress.matchedRecords += matched;
        for (FetchedRecord &r : found) {
            if (kept.size() >= maxKept) {
                progress.capped = true;
                break;
            }
            kept.push_back(std::move(r));
        }
        if (kept.size() >= maxKept && matched > found.size())
            progress.capped = true;
        progress.keptMatches = kept.size();
        full = kept.size() >= maxKept;
        scanned = 0;
        matched = 0;
        found.clear();
    };
    const Status status = browse::scanPartition(reader, tp, p.startOffset, p.endOffset, cancelled, callbacks);
    std::lock_guard lock(mutex);
    PartitionSearchProgress &shared = progress.partitions[index];
    if (!status.isOk() && status.code() != StatusCode::Cancelled)
        shared.error = status.message();
    shared.done = !cancelled || shared.nextOffset >= shared.endOffset;
}

void RecordSearch::State::worker(RecordReader &reader)
{
    std::size_t count = 0;
    {
        std::lock_guard lock(mutex);
        count = progress.partitions.size();
    }
    for (;;) {
        const std::size_t index = nextPartition.fetch_add(1);
        if (index >= count || cancelled)
            return;
        searchPartition(reader, index);
    }
}

void RecordSearch::State::run()
{
    readBounds(*readers.front());
    std::vector<std::thread> helpers;
    for (std::size_t i = 1; i < readers.size(); ++i)
        helpers.emplace_back([this, i] { worker(*readers[i]); });
    worker(*readers.front());
    for (std::thread &t : helpers)
        t.join();
    std::lock_guard lock(mutex);
    const bool allFailed = std::all_of(progress.partitions.begin(), progress.partitions.end(),
                                       [](const PartitionSearchProgress &p) { return !p.error.empty(); });
    if (allFailed && !progress.partitions.empty())
        progress.error = Status::busy("no partition of \"" + topic +
                                      "\" could be read: " + progress.partitions.front().error);
    progress.done = true;
    progress.cancelled = cancelled;
    doneCv.notify_all();
}

Result<std::unique_ptr<RecordSearch>> RecordSearch::start(Connection &connection, RecordSearchSpec spec)
{
    auto matcher = RecordMatcher::compile(spec.filter);
    if (!matcher)
        return matcher.status();
    auto partitions = browse::resolvePartitions(connection, spec.topic, spec.partitions);
    if (!partitions)
        return partitions.status();
    spec.partitions = std::move(partitions.value());
    return std::unique_ptr<RecordSearch>(
        new RecordSearch(connection, std::move(spec), std::move(matcher.value())));
}

RecordSearch::RecordSearch(Connection &connection, RecordSearchSpec spec, RecordMatcher matcher)
    : m_spec(std::move(spec)), m_state(std::make_shared<State>(std::move(matcher), m_spec.maxKeptMatches))
{
    m_state->topic = m_spec.topic;
    m_state->fromTimestampMs = m_spec.filter.fromTimestampMs;
    for (const std::int32_t p : m_spec.partitions) {
        PartitionSearchProgress part;
        part.partition = p;
        const auto start = m_spec.startOffsets.find(p);
        part.startOffset = start == m_spec.startOffsets.end() ? -1 : start->second;
        m_state->progress.partitions.push_back(part);
    }
    const std::size_t threads =
        m_spec.threads > 0 ? m_spec.threads : std::min<std::size_t>(m_spec.partitions.size(), 4);
    for (std::size_t i = 0; i < std::max<std::size_t>(threads, 1); ++i)
        m_state->readers.push_back(connection.openReader());
    m_threads.emplace_back([state = m_state] { state->run(); });
}

RecordSearch::~RecordSearch()
{
    cancel();
    for (std::thread &t : m_threads)
        t.join();
}

RecordSearchProgress RecordSearch::progress() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->progress;
}

std::vector<FetchedRecord> RecordSearch::takeNewMatches()
{
    std::lock_guard lock(m_state->mutex);
    std::vector<FetchedRecord> out(m_state->kept.begin() + static_cast<std::ptrdiff_t>(m_state->taken),
                                   m_state->kept.end());
    m_state->taken = m_state->kept.size();
    return out;
}

std::vector<FetchedRecord> RecordSearch::matches() const
{
    std::vector<FetchedRecord> out;
    {
        std::lock_guard lock(m_state->mutex);
        out = m_state->kept;
    }
    std::stable_sort(out.begin(), out.end(), [](const FetchedRecord &a, const FetchedRecord &b) {
        return a.tp.partition != b.tp.partition ? a.tp.partition < b.tp.partition : a.offset < b.offset;
    });
    return out;
}

void RecordSearch::cancel()
{
    m_state->cancelled = true;
    for (const auto &reader : m_state->readers)
        reader->abort();
}

bool RecordSearch::waitUntilDone(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    return m_state->doneCv.wait_for(lock, timeout, [&] { return m_state->progress.done; });
}

} // namespace es
