#include "browse/record_file.h"

#include "browse/record_file_codec.h"

#include <cctype>
#include <cerrno>
#include <cstring>

namespace es {

namespace {

constexpr std::size_t kFileBufferSize = 1 << 20;

std::string systemError(const std::string &what, const std::string &path)
{
    return what + " " + path + ": " + std::strerror(errno);
}

void appendRecord(RecordFileFormat format, const record_file::RecordFields &fields, std::string &out)
{
    if (format == RecordFileFormat::Csv) {
        record_file::appendCsvRow(fields, out);
    } else {
        record_file::appendJsonLine(fields, out);
        out += '\n';
    }
}

} // namespace

RecordFileFormat recordFileFormatForPath(const std::string &path)
{
    if (path.size() >= 4) {
        std::string ext = path.substr(path.size() - 4);
        for (char &c : ext)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext == ".csv")
            return RecordFileFormat::Csv;
    }
    return RecordFileFormat::JsonLines;
}

Result<std::unique_ptr<RecordFileWriter>> RecordFileWriter::create(const std::string &path,
                                                                   RecordFileFormat format)
{
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return Status::ioError(systemError("cannot create", path));
    std::setvbuf(file, nullptr, _IOFBF, kFileBufferSize);
    std::unique_ptr<RecordFileWriter> writer(new RecordFileWriter(file, path, format));
    if (format == RecordFileFormat::Csv) {
        writer->m_line.assign(record_file::kCsvHeaderRow);
        writer->m_line += "\r\n";
        if (Status s = writer->flushLine(); !s.isOk())
            return s;
    }
    return writer;
}

RecordFileWriter::RecordFileWriter(std::FILE *file, std::string path, RecordFileFormat format)
    : m_file(file), m_path(std::move(path)), m_format(format)
{}

RecordFileWriter::~RecordFileWriter()
{
    if (m_file)
        std::fclose(m_file);
}

Status RecordFileWriter::flushLine()
{
    if (!m_file)
        return Status::invalidArgument("the export file " + m_path + " is closed");
    if (std::fwrite(m_line.data(), 1, m_line.size(), m_file) != m_line.size())
        return Status::ioError(systemError("cannot write", m_path));
    m_bytesWritten += m_line.size();
    return Status::ok();
}

Status RecordFileWriter::write(const FetchedRecord &record)
{
    m_line.clear();
    appendRecord(m_format, record_file::fieldsOf(record), m_line);
    return flushLine();
}

Status RecordFileWriter::write(const FileRecord &record)
{
    m_line.clear();
    appendRecord(m_format, record_file::fieldsOf(record), m_line);
    return flushLine();
}

Status RecordFileWriter::write(const TopicPartition &tp, const RecordView &record)
{
    m_line.clear();
    appendRecord(m_format, record_file::fieldsOf(tp, record), m_line);
    return flushLine();
}

Status RecordFileWriter::close()
{
    if (!m_file)
        return Status::ok();
    const bool flushed = std::fflush(m_file) == 0;
    const std::string flushError = flushed ? std::string() : systemError("cannot write", m_path);
    const bool closed = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!flushed)
        return Status::ioError(flushError);
    if (!closed)
        return Status::ioError(systemError("cannot close", m_path));
    return Status::ok();
}

} // namespace es
