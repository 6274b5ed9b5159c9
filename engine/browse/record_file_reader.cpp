#include "browse/record_file.h"

#include "browse/record_file_codec.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

namespace es {

namespace {

constexpr std::size_t kReadChunk = 1 << 20;
constexpr std::size_t kMinReadChunk = 4096;

// A file smaller than a chunk is read whole at once (the byte past its size lets that read
// find the end too): importing a small file then does not clear a megabyte it never uses.
std::size_t readChunkFor(std::uint64_t totalBytes)
{
    return static_cast<std::size_t>(std::clamp<std::uint64_t>(totalBytes + 1, kMinReadChunk, kReadChunk));
}

enum Column {
    Topic,
    Partition,
    Offset,
    Timestamp,
    Key,
    KeyEncoding,
    Value,
    ValueEncoding,
    Headers,
    ColumnCount
};

std::string_view withoutTerminator(std::string_view line)
{
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return line;
}

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Splits one CSV record (RFC 4180; the terminator already removed) into its cells.
Status splitCsv(std::string_view text, std::vector<std::string> &cells)
{
    cells.clear();
    std::size_t i = 0;
    for (;;) {
        std::string cell;
        if (i < text.size() && text[i] == '"') {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return Status::invalidArgument("unterminated quoted cell");
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            if (i < text.size() && text[i] != ',')
                return Status::invalidArgument("unexpected text after the closing quote of cell " +
                                               std::to_string(cells.size() + 1));
        } else {
            const std::size_t end = std::min(text.find(',', i), text.size());
            cell.assign(text.substr(i, end - i));
            if (cell.find_first_of("\"\r\n") != std::string::npos)
                return Status::invalidArgument("a quote or line break in unquoted cell " +
                                               std::to_string(cells.size() + 1));
            i = end;
        }
        cells.push_back(std::move(cell));
        if (i >= text.size())
            return Status::ok();
        ++i; // the comma
    }
}

template <typename T>
Status integerCell(const std::string &cell, std::string_view column, std::optional<T> &out)
{
    out.reset();
    if (cell.empty())
        return Status::ok();
    T v{};
    const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    if (ec != std::errc() || ptr != cell.data() + cell.size())
        return Status::invalidArgument(std::string(column) + " \"" + cell + "\" is not an integer");
    out = v;
    return Status::ok();
}

Status bytesCell(const std::string &cell, const std::string &encoding, std::string_view column,
                 std::optional<Bytes> &out)
{
    auto decoded = record_file::decodeBytes(JsonValue(cell), encoding, column);
    if (!decoded)
        return decoded.status();
    out = std::move(decoded.value());
    return Status::ok();
}

Status parseCsvRecord(const std::vector<std::string> &cells, FileRecord &out)
{
    if (cells.size() != ColumnCount)
        return Status::invalidArgument("expected " + std::to_string(ColumnCount) + " cells, found " +
                                       std::to_string(cells.size()));
    out = FileRecord{};
    out.topic = cells[Topic];
    ES_RETURN_IF_ERROR(integerCell(cells[Partition], "partition", out.partition));
    ES_RETURN_IF_ERROR(integerCell(cells[Offset], "offset", out.offset));
    ES_RETURN_IF_ERROR(integerCell(cells[Timestamp], "timestamp", out.timestamp));
    ES_RETURN_IF_ERROR(bytesCell(cells[Key], cells[KeyEncoding], "key", out.key));
    ES_RETURN_IF_ERROR(bytesCell(cells[Value], cells[ValueEncoding], "value", out.value));
    if (!cells[Headers].empty()) {
        auto headers = parseJson(cells[Headers]);
        if (!headers)
            return Status::invalidArgument("headers: " + headers.status().message());
        ES_RETURN_IF_ERROR(record_file::parseHeaders(*headers, out.headers));
    }
    return Status::ok();
}

bool quotesBalanced(std::string_view text)
{
    std::size_t quotes = 0;
    for (const char c : text)
        quotes += c == '"';
    return quotes % 2 == 0;
}

} // namespace

Result<std::unique_ptr<RecordFileReader>> RecordFileReader::open(const std::string &path,
                                                                 RecordFileFormat format)
{
    std::FILE *file = std::fopen(path.c_str(), "rb");
    if (!file)
        return Status::ioError("cannot open " + path + ": " + std::strerror(errno));
    std::uint64_t total = 0;
    if (std::fseek(file, 0, SEEK_END) == 0) {
        const long size = std::ftell(file);
        total = size > 0 ? static_cast<std::uint64_t>(size) : 0;
        std::fseek(file, 0, SEEK_SET);
    }
    return std::unique_ptr<RecordFileReader>(new RecordFileReader(file, path, format, total));
}

RecordFileReader::RecordFileReader(std::FILE *file, std::string path, RecordFileFormat format,
                                   std::uint64_t totalBytes)
    : m_file(file),
      m_path(std::move(path)),
      m_format(format),
      m_totalBytes(totalBytes),
      m_buffer(readChunkFor(totalBytes))
{}

RecordFileReader::~RecordFileReader()
{
    if (m_file)
        std::fclose(m_file);
}

bool RecordFileReader::readLine(std::string &line)
{
    bool any = false;
    for (;;) {
        if (m_bufferPos == m_bufferEnd) {
            m_bufferPos = 0;
            m_bufferEnd = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
            if (m_bufferEnd == 0 && std::ferror(m_file)) {
                m_failed = true;
                m_status = Status::ioError("cannot read " + m_path + ": " + std::strerror(errno));
                return false;
            }
            if (m_bufferEnd == 0) {
                if (any)
                    ++m_lineNumber;
                return any;
            }
        }
        const char *start = m_buffer.data() + m_bufferPos;
        const std::size_t available = m_bufferEnd - m_bufferPos;
        const void *newline = std::memchr(start, '\n', available);
        const std::size_t n = newline ? static_cast<const char *>(newline) - start + 1 : available;
        line.append(start, n);
        m_bufferPos += n;
        m_bytesRead += n;
        any = true;
        if (newline) {
            ++m_lineNumber;
            return true;
        }
    }
}

bool RecordFileReader::fail(std::uint64_t line, const std::string &what)
{
    if (!m_failed) // a read error reported first stays the reason
        m_status = Status::corruption(m_path + " line " + std::to_string(line) + ": " + what);
    m_failed = true;
    return false;
}

bool RecordFileReader::next(FileRecord &out)
{
    if (m_failed)
        return false;
    return m_format == RecordFileFormat::Csv ? nextCsv(out) : nextJson(out);
}

bool RecordFileReader::nextJson(FileRecord &out)
{
    for (;;) {
        m_line.clear();
        if (!readLine(m_line))
            return false;
        const std::string_view line = withoutTerminator(m_line);
        if (isBlank(line))
            continue;
        if (Status s = record_file::parseJsonLine(line, out); !s.isOk())
            return fail(m_lineNumber, s.message());
        return true;
    }
}

bool RecordFileReader::checkCsvHeader()
{
    m_headerChecked = true;
    m_line.clear();
    if (!readLine(m_line))
        return fail(1, "empty file: expected the header row " + std::string(record_file::kCsvHeaderRow));
    std::string_view header = withoutTerminator(m_line);
    if (header.starts_with("\xEF\xBB\xBF")) // a byte order mark some spreadsheets write
        header.remove_prefix(3);
    if (header != record_file::kCsvHeaderRow)
        return fail(m_lineNumber, "expected the header row " + std::string(record_file::kCsvHeaderRow));
    return true;
}

bool RecordFileReader::nextCsv(FileRecord &out)
{
    if (!m_headerChecked && !checkCsvHeader())
        return false;
    for (;;) {
        m_line.clear();
        if (!readLine(m_line))
            return false;
        const std::uint64_t firstLine = m_lineNumber;
        // A quoted cell may hold line breaks: the record goes on until its quotes balance.
        while (!quotesBalanced(m_line)) {
            if (!readLine(m_line))
                return fail(firstLine, "unterminated quoted cell");
        }
        const std::string_view text = withoutTerminator(m_line);
        if (text.empty())
            continue;
        std::vector<std::string> cells;
        if (Status s = splitCsv(text, cells); !s.isOk())
            return fail(firstLine, s.message());
        if (Status s = parseCsvRecord(cells, out); !s.isOk())
            return fail(firstLine, s.message());
        return true;
    }
}

} // namespace es
