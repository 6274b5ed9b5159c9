#pragma once

// Helpers shared by the storage tests: a temporary folder, batches whose records can be
// rebuilt from a seed, a PartitionLog read back as records, file damage, and a sink that
// captures what the engine logs. Header-only; Qt is used only for the temporary folder,
// so everything else may also run in a forked child.

#include "common/logging.h"
#include "storage/partition_log.h"
#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"
#include "storage/segment.h"

#include <QTemporaryDir>

#include <spdlog/sinks/base_sink.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es::test {

// A folder removed with everything in it when the object goes.
class TempDir {
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] std::filesystem::path path() const
    {
        return std::filesystem::path(m_dir.path().toStdString());
    }
    // A partition folder inside it, as a broker names them.
    [[nodiscard]] std::filesystem::path partition(std::string_view name = "topic-0") const
    {
        return path() / name;
    }

private:
    QTemporaryDir m_dir;
};

inline constexpr std::int64_t kBaseTimestamp = 1'700'000'000'000;

// A batch's records, all derived from `seed` so that a test (or the parent of a crashed
// child) can build the very same records again to compare with what the log holds.
struct BatchSpec {
    std::uint64_t seed = 0;
    int records = 1;
    std::int64_t timestamp = kBaseTimestamp; // around the first record's; see makeRecords()
    std::size_t maxValueBytes = 32;
    Compression compression = Compression::None;
};

// Record i: key "key-<seed>-<i>" (null for every 7th), a value of 0..maxValueBytes
// pseudo-random bytes (null for every 11th), header "i" = <i> (and an extra header with a
// null value on every 5th), timestamp spec.timestamp + i plus a jitter of -3..3 ms, so
// timestamps are not always increasing, as with real producers.
inline std::vector<Record> makeRecords(const BatchSpec &spec)
{
    std::mt19937_64 rng(spec.seed);
    std::vector<Record> out(static_cast<std::size_t>(spec.records));
    for (int i = 0; i < spec.records; ++i) {
        Record &r = out[static_cast<std::size_t>(i)];
        const std::string key = "key-" + std::to_string(spec.seed) + "-" + std::to_string(i);
        if (i % 7 != 6)
            r.key = Bytes(key.begin(), key.end());
        if (i % 11 != 10) {
            r.value = Bytes(rng() % (spec.maxValueBytes + 1));
            for (auto &b : *r.value)
                b = static_cast<std::uint8_t>(rng());
        }
        const std::string index = std::to_string(i);
        r.headers.push_back({"i", Bytes(index.begin(), index.end())});
        if (i % 5 == 4)
            r.headers.push_back({"none", std::nullopt});
        r.timestamp = spec.timestamp + i + static_cast<std::int64_t>(rng() % 7) - 3;
    }
    return out;
}

inline Bytes makeBatch(const std::vector<Record> &records, Compression compression = Compression::None)
{
    RecordBatchBuilder builder({.compression = compression});
    for (const Record &r : records)
        builder.append(r);
    return builder.build().value();
}

inline Bytes makeBatch(const BatchSpec &spec) { return makeBatch(makeRecords(spec), spec.compression); }

// A record as the log serves it.
struct LoggedRecord {
    std::int64_t offset = 0;
    Record record;

    bool operator==(const LoggedRecord &) const = default;
};

// Appends one batch built from `spec` as the leader and returns its records with the
// offsets the log gave them.
inline Result<std::vector<LoggedRecord>> appendBatch(PartitionLog &log, const BatchSpec &spec,
                                                     LeaderEpoch epoch = LeaderEpoch(1))
{
    const std::vector<Record> records = makeRecords(spec);
    auto appended = log.append(makeBatch(records, spec.compression), epoch);
    if (!appended)
        return appended.status();
    std::vector<LoggedRecord> out;
    for (std::size_t i = 0; i < records.size(); ++i)
        out.push_back({appended->firstOffset.value() + static_cast<std::int64_t>(i), records[i]});
    return out;
}

// Decodes whole batches (CRC checked, every record decoded), keeping records at or after
// `from`. Returns the offset after the last batch (`from` when there is none) or the
// first problem.
inline Result<std::int64_t> decodeBatches(ByteView data, std::int64_t from, std::vector<LoggedRecord> &out)
{
    BatchIterator it(data);
    Bytes scratch;
    std::int64_t next = from;
    while (it.next()) {
        auto view = RecordBatchView::parse(it.batch());
        if (!view)
            return view.status();
        ES_RETURN_IF_ERROR(view->forEachRecord(scratch, [&](const RecordView &r) {
            if (r.offset >= from)
                out.push_back({r.offset, r.toRecord()});
        }));
        next = it.header().nextOffset();
    }
    if (!it.status().isOk())
        return it.status();
    return next;
}

// Every record from `from` to the log end, through PartitionLog::read() `maxBytes` at a
// time. Fails with the first error read() or decoding reports, and with Corruption when a
// read comes back empty before the log end.
inline Result<std::vector<LoggedRecord>> readAll(const PartitionLog &log, Offset from,
                                                 std::size_t maxBytes = 64 * 1024)
{
    std::vector<LoggedRecord> out;
    std::int64_t at = from.value();
    const std::int64_t end = log.logEndOffset().value();
    while (at < end) {
        auto data = log.read(Offset(at), maxBytes);
        if (!data)
            return data.status();
        if (data->empty())
            return Status::corruption("read at offset " + std::to_string(at) +
                                      " returned nothing before the log end " + std::to_string(end));
        auto next = decodeBatches(*data, at, out);
        if (!next)
            return next.status();
        if (*next <= at)
            return Status::corruption("read at offset " + std::to_string(at) + " did not move forward");
        at = *next;
    }
    return out;
}

inline Result<std::vector<LoggedRecord>> readAll(const PartitionLog &log)
{
    return readAll(log, log.logStartOffset());
}

// Empty when the two agree; otherwise where they first differ, for QVERIFY2.
inline std::string firstDifference(const std::vector<LoggedRecord> &actual,
                                   const std::vector<LoggedRecord> &expected)
{
    for (std::size_t i = 0; i < actual.size() && i < expected.size(); ++i) {
        if (actual[i].offset != expected[i].offset)
            return "record #" + std::to_string(i) + " has offset " + std::to_string(actual[i].offset) +
                   ", expected " + std::to_string(expected[i].offset);
        if (!(actual[i].record == expected[i].record))
            return "record at offset " + std::to_string(actual[i].offset) + " differs from what was appended";
    }
    if (actual.size() != expected.size())
        return std::to_string(actual.size()) + " records, expected " + std::to_string(expected.size());
    return {};
}

// ---- Files

inline std::filesystem::path segmentFile(const std::filesystem::path &dir, std::int64_t baseOffset,
                                         std::string_view suffix)
{
    return LogSegment::fileName(dir, baseOffset, suffix);
}

inline Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline bool writeFile(const std::filesystem::path &path, ByteView data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data.data()), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(out);
}

inline bool writeFile(const std::filesystem::path &path, std::string_view text)
{
    return writeFile(path, asBytes(text));
}

// Flips one bit of a file in place.
inline bool flipBit(const std::filesystem::path &path, std::uint64_t byte, int bit)
{
    Bytes data = readFile(path);
    if (byte >= data.size())
        return false;
    data[byte] ^= static_cast<std::uint8_t>(1u << bit);
    return writeFile(path, data);
}

inline bool resizeFile(const std::filesystem::path &path, std::uint64_t size)
{
    std::error_code ec;
    std::filesystem::resize_file(path, size, ec);
    return !ec;
}

// Copies the files of `from` into a new folder `to`. Taken while a log is open, the copy
// is what a process killed at that moment leaves behind: every write it made is in the
// page cache and survives it, and nothing a clean close would add (the clean-shutdown
// marker, the final index entries, a new recovery point) is there.
inline bool copyFolder(const std::filesystem::path &from, const std::filesystem::path &to)
{
    std::error_code ec;
    std::filesystem::create_directories(to, ec);
    for (const auto &entry : std::filesystem::directory_iterator(from, ec)) {
        if (entry.is_regular_file())
            std::filesystem::copy_file(entry.path(), to / entry.path().filename(), ec);
        if (ec)
            return false;
    }
    return !ec;
}

// A batch in a .log file and where it starts.
struct BatchInFile {
    std::uint64_t position = 0;
    BatchHeader header;
};

// The valid batches at the start of a .log file, read directly (not through the log).
inline std::vector<BatchInFile> batchesInFile(const std::filesystem::path &logFile)
{
    const Bytes data = readFile(logFile);
    std::vector<BatchInFile> out;
    BatchIterator it(data);
    std::uint64_t position = 0;
    while (it.next()) {
        out.push_back({position, it.header()});
        position = it.position();
    }
    return out;
}

// ---- Logging

// Keeps every message the engine logs (installed once per process: spdlog sinks cannot
// be removed), so a test can check that a problem was reported and what it names.
// Thread-safe.
class LogCapture final : public spdlog::sinks::base_sink<std::mutex> {
public:
    static LogCapture &instance()
    {
        static const std::shared_ptr<LogCapture> sink = [] {
            auto s = std::make_shared<LogCapture>();
            addLogSink(s);
            return s;
        }();
        return *sink;
    }

    void clear()
    {
        std::lock_guard lock(mutex_);
        m_messages.clear();
    }

    // Messages logged at `level` or above since the last clear().
    [[nodiscard]] std::vector<std::string> messages(spdlog::level::level_enum level)
    {
        std::lock_guard lock(mutex_);
        std::vector<std::string> out;
        for (const auto &[l, text] : m_messages)
            if (l >= level)
                out.push_back(text);
        return out;
    }

    // Whether one message at `level` or above contains every one of `parts`.
    [[nodiscard]] bool contains(spdlog::level::level_enum level,
                                std::initializer_list<std::string_view> parts)
    {
        for (const std::string &m : messages(level)) {
            bool all = true;
            for (std::string_view p : parts)
                all = all && m.find(p) != std::string::npos;
            if (all)
                return true;
        }
        return false;
    }

    // All messages at `level` or above, one a line, for failure output.
    [[nodiscard]] std::string dump(spdlog::level::level_enum level)
    {
        std::string out;
        for (const std::string &m : messages(level))
            out += m + "\n";
        return out;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        m_messages.emplace_back(msg.level, std::string(msg.payload.data(), msg.payload.size()));
    }
    void flush_() override {}

private:
    std::vector<std::pair<spdlog::level::level_enum, std::string>> m_messages; // guarded by mutex_
};

} // namespace es::test
