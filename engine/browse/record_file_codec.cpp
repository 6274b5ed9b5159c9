#include "browse/record_file_codec.h"

#include "common/base64.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace es::record_file {

namespace {

std::optional<ByteView> viewOf(const std::optional<Bytes> &b)
{
    if (!b)
        return std::nullopt;
    return ByteView(*b);
}

// JSON readers hold numbers as doubles, exact for integers up to 2^53 only: offsets and
// ms timestamps in practice, but a producer may give a record any int64 timestamp.
constexpr std::int64_t kMaxExactJsonInteger = std::int64_t{1} << 53;

// An integer, or null; beyond 2^53 a string of its decimal digits, which reads back exactly.
void appendInt(std::optional<std::int64_t> v, std::string &out)
{
    if (!v) {
        out += "null";
        return;
    }
    char buf[24];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, *v);
    const bool exact = *v >= -kMaxExactJsonInteger && *v <= kMaxExactJsonInteger;
    if (!exact)
        out += '"';
    out.append(buf, ptr);
    if (!exact)
        out += '"';
}

// `"name":<bytes>` and, for bytes that are not UTF-8, `,"nameEncoding":"base64"`.
void appendBytesMember(std::string_view name, const std::optional<ByteView> &bytes, std::string &out)
{
    out += '"';
    out += name;
    out += "\":";
    if (!bytes) {
        out += "null";
        return;
    }
    const std::string_view text = asChars(*bytes);
    if (isValidUtf8(text)) {
        writeJsonString(text, out);
        return;
    }
    out += '"';
    appendBase64(*bytes, out);
    out += "\",\"";
    out += name;
    out += "Encoding\":\"base64\"";
}

void appendHeadersJson(const std::vector<RecordHeaderView> &headers, std::string &out)
{
    out += '[';
    bool first = true;
    for (const RecordHeaderView &h : headers) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        appendBytesMember("key", asBytes(h.key), out);
        out += ',';
        appendBytesMember("value", h.value, out);
        out += '}';
    }
    out += ']';
}

void appendCsvCell(std::string_view cell, std::string &out)
{
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += cell;
        return;
    }
    out += '"';
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// The bytes cell and its encoding cell of a CSV row.
void appendCsvBytes(const std::optional<ByteView> &bytes, std::string &out, std::string &scratch)
{
    if (!bytes) {
        out += ',';
        out += kEncodingNull;
        return;
    }
    const std::string_view text = asChars(*bytes);
    if (isValidUtf8(text)) {
        appendCsvCell(text, out);
        out += ',';
        out += kEncodingUtf8;
        return;
    }
    scratch.clear();
    appendBase64(*bytes, scratch);
    out += scratch; // base64 needs no quoting
    out += ',';
    out += kEncodingBase64;
}

std::string_view typeName(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return "a boolean";
    case JsonValue::Type::Number: return "a number";
    case JsonValue::Type::String: return "a string";
    case JsonValue::Type::Array: return "an array";
    case JsonValue::Type::Object: return "an object";
    }
    return "?";
}

template <typename T>
Status integerField(const JsonValue &object, std::string_view name, std::optional<T> &out)
{
    const JsonValue *v = object.find(name);
    if (!v || v->isNull()) {
        out.reset();
        return Status::ok();
    }
    if (v->isString()) {
        // An integer beyond 2^53, written as its digits (see appendInt()).
        const std::string &digits = v->asString();
        T parsed{};
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed);
        if (ec != std::errc() || ptr != digits.data() + digits.size())
            return Status::invalidArgument("\"" + std::string(name) + "\" is a string, not an integer");
        out = parsed;
        return Status::ok();
    }
    if (!v->isNumber())
        return Status::invalidArgument("\"" + std::string(name) + "\" is " + std::string(typeName(*v)) +
                                       ", not an integer");
    const double d = v->asNumber();
    // Doubles hold integers exactly up to 2^53, which covers offsets and ms timestamps.
    const double lo = std::max(static_cast<double>(std::numeric_limits<T>::min()), -9007199254740992.0);
    const double hi = std::min(static_cast<double>(std::numeric_limits<T>::max()), 9007199254740992.0);
    if (d != std::trunc(d) || d < lo || d > hi)
        return Status::invalidArgument("\"" + std::string(name) + "\" is not an integer in range");
    out = static_cast<T>(d);
    return Status::ok();
}

Status bytesMember(const JsonValue &object, std::string_view name, std::optional<Bytes> &out)
{
    const JsonValue *v = object.find(name);
    if (!v)
        return Status::invalidArgument("missing \"" + std::string(name) + "\"");
    const std::string encodingName = std::string(name) + "Encoding";
    const JsonValue *encoding = object.find(encodingName);
    std::string_view encodingText = kEncodingUtf8;
    if (encoding) {
        if (!encoding->isString())
            return Status::invalidArgument("\"" + encodingName + "\" is not a string");
        encodingText = encoding->asString();
    } else if (v->isNull()) {
        encodingText = kEncodingNull;
    }
    auto decoded = decodeBytes(*v, encodingText, name);
    if (!decoded)
        return decoded.status();
    out = std::move(decoded.value());
    return Status::ok();
}

} // namespace

RecordFields fieldsOf(const FileRecord &record)
{
    RecordFields f{record.topic,
                   record.partition,
                   record.offset,
                   record.timestamp,
                   viewOf(record.key),
                   viewOf(record.value),
                   {}};
    f.headers.reserve(record.headers.size());
    for (const RecordHeader &h : record.headers)
        f.headers.push_back({h.key, viewOf(h.value)});
    return f;
}

RecordFields fieldsOf(const FetchedRecord &record)
{
    RecordFields f{record.tp.topic,
                   record.tp.partition,
                   record.offset,
                   record.timestamp,
                   viewOf(record.key),
                   viewOf(record.value),
                   {}};
    f.headers.reserve(record.headers.size());
    for (const RecordHeader &h : record.headers)
        f.headers.push_back({h.key, viewOf(h.value)});
    return f;
}

RecordFields fieldsOf(const TopicPartition &tp, const RecordView &record)
{
    return {tp.topic,   tp.partition, record.offset,   record.timestamp,
            record.key, record.value, record.headers()};
}

void appendJsonLine(const RecordFields &record, std::string &out)
{
    out += "{\"topic\":";
    writeJsonString(record.topic, out);
    out += ",\"partition\":";
    appendInt(record.partition, out);
    out += ",\"offset\":";
    appendInt(record.offset, out);
    out += ",\"timestamp\":";
    appendInt(record.timestamp, out);
    out += ',';
    appendBytesMember("key", record.key, out);
    out += ',';
    appendBytesMember("value", record.value, out);
    out += ",\"headers\":";
    appendHeadersJson(record.headers, out);
    out += '}';
}

void appendCsvRow(const RecordFields &record, std::string &out)
{
    std::string scratch;
    appendCsvCell(record.topic, out);
    out += ',';
    if (record.partition)
        out += std::to_string(*record.partition);
    out += ',';
    if (record.offset)
        out += std::to_string(*record.offset);
    out += ',';
    if (record.timestamp)
        out += std::to_string(*record.timestamp);
    out += ',';
    appendCsvBytes(record.key, out, scratch);
    out += ',';
    appendCsvBytes(record.value, out, scratch);
    out += ',';
    scratch.clear();
    appendHeadersJson(record.headers, scratch);
    appendCsvCell(scratch, out);
    out += "\r\n";
}

Result<std::optional<Bytes>> decodeBytes(const JsonValue &text, std::string_view encoding,
                                         std::string_view what)
{
    const std::string name(what);
    if (encoding == kEncodingNull) {
        if (!text.isNull() && !(text.isString() && text.asString().empty()))
            return Status::invalidArgument("\"" + name + "\" has encoding null but is not empty");
        return std::optional<Bytes>{};
    }
    if (!text.isString())
        return Status::invalidArgument("\"" + name + "\" is " + std::string(typeName(text)) +
                                       ", not a string");
    const std::string &s = text.asString();
    if (encoding == kEncodingUtf8)
        return std::optional<Bytes>(Bytes(s.begin(), s.end()));
    if (encoding == kEncodingBase64) {
        auto bytes = fromBase64(s);
        if (!bytes)
            return Status::invalidArgument("\"" + name + "\": " + bytes.status().message());
        return std::optional<Bytes>(std::move(bytes.value()));
    }
    return Status::invalidArgument("unknown encoding \"" + std::string(encoding) + "\" for \"" + name +
                                   "\" (expected utf8, base64 or null)");
}

Status parseHeaders(const JsonValue &array, std::vector<RecordHeader> &out)
{
    out.clear();
    if (array.isNull())
        return Status::ok();
    if (!array.isArray())
        return Status::invalidArgument("\"headers\" is " + std::string(typeName(array)) + ", not an array");
    for (std::size_t i = 0; i < array.asArray().size(); ++i) {
        const JsonValue &item = array.asArray()[i];
        const std::string where = "header " + std::to_string(i + 1) + ": ";
        if (!item.isObject())
            return Status::invalidArgument(where + "not an object");
        std::optional<Bytes> key;
        std::optional<Bytes> value;
        if (Status s = bytesMember(item, "key", key); !s.isOk())
            return Status::invalidArgument(where + s.message());
        if (!key)
            return Status::invalidArgument(where + "the key is null");
        if (Status s = bytesMember(item, "value", value); !s.isOk())
            return Status::invalidArgument(where + s.message());
        out.push_back({std::string(key->begin(), key->end()), std::move(value)});
    }
    return Status::ok();
}

Status parseJsonLine(std::string_view line, FileRecord &out)
{
    auto parsed = parseJson(line);
    if (!parsed)
        return parsed.status();
    const JsonValue &object = *parsed;
    if (!object.isObject())
        return Status::invalidArgument("expected a JSON object, found " + std::string(typeName(object)));
    out = FileRecord{};
    if (const JsonValue *topic = object.find("topic"); topic && !topic->isNull()) {
        if (!topic->isString())
            return Status::invalidArgument("\"topic\" is not a string");
        out.topic = topic->asString();
    }
    ES_RETURN_IF_ERROR(integerField(object, "partition", out.partition));
    ES_RETURN_IF_ERROR(integerField(object, "offset", out.offset));
    ES_RETURN_IF_ERROR(integerField(object, "timestamp", out.timestamp));
    ES_RETURN_IF_ERROR(bytesMember(object, "key", out.key));
    ES_RETURN_IF_ERROR(bytesMember(object, "value", out.value));
    if (const JsonValue *headers = object.find("headers"))
        ES_RETURN_IF_ERROR(parseHeaders(*headers, out.headers));
    return Status::ok();
}

} // namespace es::record_file
