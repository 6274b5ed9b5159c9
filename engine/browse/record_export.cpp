#include "browse/record_export.h"

#include "browse/partition_scan.h"

#include <algorithm>
#include <condition_variable>

namespace es {

class RecordExport::State {
public:
    State(std::unique_ptr<RecordReader> jobReader, RecordMatcher compiled,
          std::unique_ptr<RecordFileWriter> fileWriter)
        : matcher(std::move(compiled)),
          writer(std::move(fileWriter)),
          readerOwned(std::move(jobReader)),
          reader(*readerOwned)
    {}

    const RecordMatcher matcher;
    std::unique_ptr<RecordFileWriter> writer; // used by the job's thread only
    std::unique_ptr<RecordReader> readerOwned;
    RecordReader &reader; // the job's; cancel() aborts its reads
    std::atomic<bool> cancelled{false};

    mutable std::mutex mutex;
    std::condition_variable doneCv;
    RecordExportProgress progress; // guarded by mutex

    void run(const RecordExportSpec &spec);

private:
    struct Range {
        std::int32_t partition = 0;
        std::int64_t start = 0;
        std::int64_t end = 0;
    };
    std::vector<Range> resolveRanges(const RecordExportSpec &spec);
    Status exportPartition(const TopicPartition &tp, const Range &range);
    void finish(Status error);
};

std::vector<RecordExport::State::Range> RecordExport::State::resolveRanges(const RecordExportSpec &spec)
{
    std::vector<Range> ranges;
    std::uint64_t total = 0;
    for (const std::int32_t p : spec.partitions) {
        auto bounds = reader.bounds({spec.topic, p});
        if (!bounds) {
            std::lock_guard lock(mutex);
            if (bounds.status().code() != StatusCode::Cancelled)
                progress.partitionErrors[p] = bounds.status().message();
            continue;
        }
        OffsetRange wanted;
        if (const auto it = spec.ranges.find(p); it != spec.ranges.end())
            wanted = it->second;
        Range r{p, wanted.startOffset < 0 ? bounds->logStartOffset : wanted.startOffset,
                wanted.endOffset < 0 ? bounds->highWatermark : wanted.endOffset};
        r.start = std::clamp(r.start, bounds->logStartOffset, bounds->highWatermark);
        // Records before the first one at or after the time range's start cannot match.
        if (spec.filter.fromTimestampMs) {
            auto first = reader.offsetForTimestamp({spec.topic, p}, *spec.filter.fromTimestampMs);
            if (first)
                r.start = std::clamp(*first, r.start, bounds->highWatermark);
        }
        r.end = std::clamp(r.end, r.start, bounds->highWatermark);
        total += static_cast<std::uint64_t>(r.end - r.start);
        ranges.push_back(r);
    }
    std::lock_guard lock(mutex);
    progress.totalRecords = total;
    return ranges;
}

Status RecordExport::State::exportPartition(const TopicPartition &tp, const Range &range)
{
    std::uint64_t scanned = 0;
    std::uint64_t written = 0;
    Status writeError;
    browse::ScanCallbacks callbacks;
    callbacks.onRecord = [&](const RecordView &view) {
        ++scanned;
        if (!matcher.matches(view))
            return true;
        writeError = writer->write(tp, view);
        if (!writeError.isOk())
            return false;
        ++written;
        return true;
    };
    callbacks.afterFetch = [&](std::int64_t) {
        std::lock_guard lock(mutex);
        progress.scannedRecords += scanned;
        progress.writtenRecords += written;
        progress.bytesWritten = writer->bytesWritten();
        scanned = 0;
        written = 0;
    };
    const Status status = browse::scanPartition(reader, tp, range.start, range.end, cancelled, callbacks);
    callbacks.afterFetch(0);
    if (!writeError.isOk())
        return writeError; // the file failed: the whole export fails
    if (!status.isOk() && status.code() != StatusCode::Cancelled) {
        std::lock_guard lock(mutex);
        progress.partitionErrors[tp.partition] = status.message();
    }
    return Status::ok();
}

void RecordExport::State::finish(Status error)
{
    Status closed = writer->close();
    std::lock_guard lock(mutex);
    progress.bytesWritten = writer->bytesWritten();
    progress.error = !error.isOk() ? std::move(error) : std::move(closed);
    progress.cancelled = cancelled;
    progress.done = true;
    doneCv.notify_all();
}

void RecordExport::State::run(const RecordExportSpec &spec)
{
    const std::vector<Range> ranges = resolveRanges(spec);
    for (const Range &range : ranges) {
        if (cancelled)
            break;
        if (Status s = exportPartition({spec.topic, range.partition}, range); !s.isOk()) {
            finish(std::move(s));
            return;
        }
    }
    finish(Status::ok());
}

Result<std::unique_ptr<RecordExport>> RecordExport::start(Connection &connection, RecordExportSpec spec)
{
    auto matcher = RecordMatcher::compile(spec.filter);
    if (!matcher)
        return matcher.status();
    auto partitions = browse::resolvePartitions(connection, spec.topic, spec.partitions);
    if (!partitions)
        return partitions.status();
    spec.partitions = std::move(partitions.value());
    auto writer = RecordFileWriter::create(spec.path, spec.format);
    if (!writer)
        return writer.status();
    auto state = std::make_shared<State>(connection.openReader(), std::move(matcher.value()),
                                         std::move(writer.value()));
    return std::unique_ptr<RecordExport>(new RecordExport(std::move(spec), std::move(state)));
}

RecordExport::RecordExport(RecordExportSpec spec, std::shared_ptr<State> state)
    : m_spec(std::move(spec)), m_state(std::move(state))
{
    m_thread = std::thread([state = m_state, spec = m_spec] { state->run(spec); });
}

RecordExport::~RecordExport()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

RecordExportProgress RecordExport::progress() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->progress;
}

void RecordExport::cancel()
{
    m_state->cancelled = true;
    m_state->reader.abort();
}

bool RecordExport::waitUntilDone(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    return m_state->doneCv.wait_for(lock, timeout, [&] { return m_state->progress.done; });
}

Status writeRecordsToFile(const std::vector<FetchedRecord> &records, const std::string &path,
                          RecordFileFormat format)
{
    auto writer = RecordFileWriter::create(path, format);
    if (!writer)
        return writer.status();
    for (const FetchedRecord &record : records)
        ES_RETURN_IF_ERROR((*writer)->write(record));
    return (*writer)->close();
}

} // namespace es
