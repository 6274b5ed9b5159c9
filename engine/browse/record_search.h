#pragma once

#include "browse/record_filter.h"
#include "client/partition_reader.h"
#include "common/status.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace es {

class Connection;

// What to search.
struct RecordSearchSpec {
    std::string topic;
    std::vector<std::int32_t> partitions;              // empty: every partition of the topic
    std::map<std::int32_t, std::int64_t> startOffsets; // per partition; missing: the log start
    RecordFilter filter;
    std::size_t maxKeptMatches = 10000; // matches kept as records; counting goes on beyond
    std::size_t threads = 0;            // reader threads; 0: min(partitions, 4)
};

// One partition's share of a search.
struct PartitionSearchProgress {
    std::int32_t partition = 0;
    std::int64_t startOffset = -1; // -1 until the bounds are known
    std::int64_t endOffset = -1;   // the high watermark when the scan started
    std::int64_t nextOffset = -1;  // the next offset to scan
    std::uint64_t scannedRecords = 0;
    std::uint64_t matchedRecords = 0;
    bool done = false;
    std::string error; // e.g. the leader is down; the search goes on with other partitions
};

// A snapshot of a search's state.
struct RecordSearchProgress {
    std::uint64_t scannedRecords = 0;
    std::uint64_t matchedRecords = 0; // all matches, also those beyond the kept cap
    std::uint64_t totalRecords = 0;   // records to scan, known once every partition's bounds are
    std::uint64_t keptMatches = 0;
    bool capped = false; // matches beyond maxKeptMatches were counted, not kept
    bool done = false;   // finished, failed or cancelled; no more progress will come
    bool cancelled = false;
    Status error; // set when no partition could be read; each partition's error is below
    std::vector<PartitionSearchProgress> partitions; // in the order of the spec
};

// A search job: scans the chosen partitions from their start offsets up to the high
// watermark each had when the job started, on its own threads, and keeps the matching
// records (up to the cap). When the filter's time range has a start, each partition's scan
// begins at the first offset with a timestamp at or after it (nothing before can match).
// Records are read from each partition's leader with RecordReader::scan and decoded in
// place; only matches are copied.
//
// Thread-safety: every method may be called from any thread at any time (never blocks for
// long; the GUI thread may poll progress() and takeNewMatches() on a timer). The destructor
// cancels and joins the threads: it waits for a fetch in flight, which is quick unless a
// leader does not answer (then up to the reader's request timeout, 10 s), so destroy a job
// off the GUI thread where that matters. The Connection must outlive the job.
class RecordSearch {
public:
    // Fails at once for a filter that does not compile or a topic or partition that does not
    // exist; otherwise the search runs in the background.
    static Result<std::unique_ptr<RecordSearch>> start(Connection &connection, RecordSearchSpec spec);
    ~RecordSearch();
    RecordSearch(const RecordSearch &) = delete;
    RecordSearch &operator=(const RecordSearch &) = delete;

    [[nodiscard]] RecordSearchProgress progress() const;
    // Kept matches found since the last call, each partition's in offset order (the
    // partitions interleave).
    std::vector<FetchedRecord> takeNewMatches();
    // Every kept match so far, ordered by partition, then offset.
    [[nodiscard]] std::vector<FetchedRecord> matches() const;
    // Asks the threads to stop; returns at once. done becomes true soon after.
    void cancel();
    // Blocks until the search is done or the timeout passes; true when done. Not for the GUI thread.
    bool waitUntilDone(std::chrono::milliseconds timeout);

    [[nodiscard]] const RecordSearchSpec &spec() const { return m_spec; }

private:
    class State;
    RecordSearch(Connection &connection, RecordSearchSpec spec, RecordMatcher matcher);

    RecordSearchSpec m_spec;
    std::shared_ptr<State> m_state;
    std::vector<std::thread> m_threads;
};

} // namespace es
