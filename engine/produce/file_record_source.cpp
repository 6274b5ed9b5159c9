#include "produce/file_record_source.h"

namespace es {

Result<std::unique_ptr<FileRecordSource>> FileRecordSource::open(const std::string &path,
                                                                 RecordFileFormat format, std::string topic,
                                                                 std::int32_t targetPartitions)
{
    auto reader = RecordFileReader::open(path, format);
    if (!reader)
        return reader.status();
    return std::unique_ptr<FileRecordSource>(
        new FileRecordSource(std::move(*reader), std::move(topic), targetPartitions));
}

FileRecordSource::FileRecordSource(std::unique_ptr<RecordFileReader> reader, std::string topic,
                                   std::int32_t targetPartitions)
    : m_reader(std::move(reader)), m_topic(std::move(topic)), m_targetPartitions(targetPartitions)
{}

bool FileRecordSource::next(ProducerRecord &out)
{
    if (!m_reader->next(m_record))
        return false;
    out.topic = m_topic;
    out.partition.reset();
    if (m_record.partition && *m_record.partition >= 0 && *m_record.partition < m_targetPartitions)
        out.partition = m_record.partition;
    out.key = std::move(m_record.key);
    out.value = std::move(m_record.value);
    out.headers = std::move(m_record.headers);
    out.timestamp = m_record.timestamp;
    return true;
}

Status FileRecordSource::status() const { return m_reader->status(); }

double FileRecordSource::progress() const
{
    const std::uint64_t total = m_reader->totalBytes();
    return total == 0 ? 1.0 : static_cast<double>(m_reader->bytesRead()) / static_cast<double>(total);
}

} // namespace es
