#pragma once

#include "browse/record_file.h"
#include "browse/record_filter.h"
#include "common/status.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace es {

class Connection;

// An offset range of one partition: [startOffset, endOffset). -1 for startOffset means the
// log start; -1 for endOffset means the high watermark when the export starts.
struct OffsetRange {
    std::int64_t startOffset = -1;
    std::int64_t endOffset = -1;

    bool operator==(const OffsetRange &) const = default;
};

// What to export, and where.
struct RecordExportSpec {
    std::string topic;
    std::vector<std::int32_t> partitions;       // empty: every partition of the topic
    std::map<std::int32_t, OffsetRange> ranges; // per partition; missing: log start to high watermark
    RecordFilter filter;                        // only matching records are written; empty: all
    std::string path;
    RecordFileFormat format = RecordFileFormat::JsonLines;
};

// A snapshot of an export's state.
struct RecordExportProgress {
    std::uint64_t scannedRecords = 0;
    std::uint64_t writtenRecords = 0;
    std::uint64_t totalRecords = 0; // records in the ranges, known once every partition's bounds are
    std::uint64_t bytesWritten = 0;
    bool done = false; // finished, failed or cancelled
    bool cancelled = false;
    Status error; // a failure of the whole export (cannot write the file, unknown topic)
    std::map<std::int32_t, std::string> partitionErrors; // partitions skipped (leader down)
};

// An export job: streams the chosen partitions (one after the other, each in offset order)
// to a JSON Lines or CSV file on its own thread, holding one fetch at a time in memory.
// A partition that cannot be read is reported in partitionErrors and skipped.
// A cancelled or failed export leaves the records written so far in the file.
//
// Thread-safety: every method may be called from any thread; the destructor cancels and
// joins, waiting for a fetch in flight (see RecordSearch). The Connection must outlive the job.
class RecordExport {
public:
    // Fails at once for a filter that does not compile, an unknown topic or partition, or a
    // file that cannot be created.
    static Result<std::unique_ptr<RecordExport>> start(Connection &connection, RecordExportSpec spec);
    ~RecordExport();
    RecordExport(const RecordExport &) = delete;
    RecordExport &operator=(const RecordExport &) = delete;

    [[nodiscard]] RecordExportProgress progress() const;
    void cancel();
    bool waitUntilDone(std::chrono::milliseconds timeout); // not for the GUI thread

    [[nodiscard]] const RecordExportSpec &spec() const { return m_spec; }

private:
    class State;
    RecordExport(RecordExportSpec spec, std::shared_ptr<State> state);

    RecordExportSpec m_spec;
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

// Writes `records` (already in memory, e.g. a search's matches) to a file.
Status writeRecordsToFile(const std::vector<FetchedRecord> &records, const std::string &path,
                          RecordFileFormat format);

} // namespace es
