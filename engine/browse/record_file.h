#pragma once

#include "client/partition_reader.h"
#include "common/buffer.h"
#include "common/status.h"
#include "storage/record.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {

// Export/import file formats for records; what the writer exports, the reader re-imports
// byte for byte (keys, values, header values, timestamps). The formats are written up in
// record_file_format.md next to this header.
//
// JSON Lines: one object per line:
//   {"topic":..,"partition":..,"offset":..,"timestamp":..,"key":..,"value":..,
//    "headers":[{"key":..,"value":..}]}
// key/value/header values that are valid UTF-8 are JSON strings, null is null, other bytes
// are base64 strings with a marker field next to them ("keyEncoding":"base64",
// "valueEncoding":"base64", and "valueEncoding":"base64" inside a header object).
//
// CSV (RFC 4180): a header row
//   topic,partition,offset,timestamp,key,key_encoding,value,value_encoding,headers
// an encoding cell is "utf8", "base64" or "null"; headers is a JSON array as above in one cell.
enum class RecordFileFormat : std::uint8_t { JsonLines, Csv };

// One record as a file holds it.
struct FileRecord {
    std::string topic; // may be empty on import
    std::optional<std::int32_t> partition;
    std::optional<std::int64_t> offset;
    std::optional<std::int64_t> timestamp;
    std::optional<Bytes> key;
    std::optional<Bytes> value;
    std::vector<RecordHeader> headers;

    bool operator==(const FileRecord &) const = default;
};

// Streams records to a file. Thread-safety: one thread at a time.
class RecordFileWriter {
public:
    // Creates (or truncates) the file; for CSV writes the header row.
    static Result<std::unique_ptr<RecordFileWriter>> create(const std::string &path, RecordFileFormat format);
    ~RecordFileWriter();
    RecordFileWriter(const RecordFileWriter &) = delete;
    RecordFileWriter &operator=(const RecordFileWriter &) = delete;

    Status write(const FetchedRecord &record);
    Status write(const FileRecord &record);
    // Writes a record straight from a fetched batch (no copy into a FetchedRecord).
    Status write(const TopicPartition &tp, const RecordView &record);
    Status close(); // flushes; a full disk is reported here or by write()

    [[nodiscard]] std::uint64_t bytesWritten() const { return m_bytesWritten; }

private:
    RecordFileWriter(std::FILE *file, std::string path, RecordFileFormat format);
    Status flushLine();

    std::FILE *m_file = nullptr;
    std::string m_path;
    RecordFileFormat m_format;
    std::string m_line; // reused between records
    std::uint64_t m_bytesWritten = 0;
};

// Streams records from a file. Thread-safety: one thread at a time.
class RecordFileReader {
public:
    static Result<std::unique_ptr<RecordFileReader>> open(const std::string &path, RecordFileFormat format);
    ~RecordFileReader();
    RecordFileReader(const RecordFileReader &) = delete;
    RecordFileReader &operator=(const RecordFileReader &) = delete;

    // false at the end or at the first malformed line; status() says which (with the line number).
    bool next(FileRecord &out);
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] std::uint64_t bytesRead() const { return m_bytesRead; } // for progress
    [[nodiscard]] std::uint64_t totalBytes() const { return m_totalBytes; }

private:
    RecordFileReader(std::FILE *file, std::string path, RecordFileFormat format, std::uint64_t totalBytes);
    // Appends one physical line, its terminator included; false at the end of the file.
    bool readLine(std::string &line);
    bool fail(std::uint64_t line, const std::string &what);
    bool nextJson(FileRecord &out);
    bool nextCsv(FileRecord &out);
    bool checkCsvHeader();

    std::FILE *m_file = nullptr;
    std::string m_path;
    RecordFileFormat m_format;
    Status m_status;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_totalBytes = 0;
    std::uint64_t m_lineNumber = 0; // of the last physical line read
    bool m_headerChecked = false;
    bool m_failed = false;
    std::string m_line;
    std::vector<char> m_buffer;
    std::size_t m_bufferPos = 0;
    std::size_t m_bufferEnd = 0;
};

RecordFileFormat recordFileFormatForPath(const std::string &path); // .csv -> Csv, else JsonLines

} // namespace es
