#pragma once

#include "browse/record_file.h"
#include "common/json.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Encoding of one record into a line of either format, and back; shared by RecordFileWriter
// and RecordFileReader so that the two agree by construction. Internal to engine/browse.
namespace es::record_file {

// A record's fields as views, whatever they come from (a FileRecord, a FetchedRecord, a RecordView).
struct RecordFields {
    std::string_view topic;
    std::optional<std::int32_t> partition;
    std::optional<std::int64_t> offset;
    std::optional<std::int64_t> timestamp;
    std::optional<ByteView> key;
    std::optional<ByteView> value;
    std::vector<RecordHeaderView> headers;
};

inline constexpr std::string_view kCsvHeaderRow =
    "topic,partition,offset,timestamp,key,key_encoding,value,value_encoding,headers";
inline constexpr std::string_view kEncodingUtf8 = "utf8";
inline constexpr std::string_view kEncodingBase64 = "base64";
inline constexpr std::string_view kEncodingNull = "null";

RecordFields fieldsOf(const FileRecord &record);
RecordFields fieldsOf(const FetchedRecord &record);
RecordFields fieldsOf(const TopicPartition &tp, const RecordView &record);

// Appends the record as one JSON object (no newline).
void appendJsonLine(const RecordFields &record, std::string &out);
// Appends the record as one CSV row, terminated by CRLF.
void appendCsvRow(const RecordFields &record, std::string &out);

// Parses one JSON Lines object; the error says what is wrong (without the line number).
Status parseJsonLine(std::string_view line, FileRecord &out);
// Parses the headers JSON array (as both formats hold it).
Status parseHeaders(const JsonValue &array, std::vector<RecordHeader> &out);
// Decodes a bytes field given its text and encoding name.
Result<std::optional<Bytes>> decodeBytes(const JsonValue &text, std::string_view encoding,
                                         std::string_view what);

} // namespace es::record_file
