#include "storage/index_file.h"

#include "storage/file.h"

namespace es {

Result<Bytes> IndexFile::read() const
{
    auto data = readWholeFile(m_path);
    if (!data)
        return data.status();
    if (data->size() % m_entrySize != 0)
        return Status::corruption("index " + m_path.string() + " has " + std::to_string(data->size()) +
                                  " bytes, not a whole number of " + std::to_string(m_entrySize) +
                                  "-byte entries");
    return data;
}

Status IndexFile::write(ByteView encoded, bool sync)
{
    if (encoded.empty() && !m_rewrite && !sync)
        return Status::ok();
    auto file = File::open(m_path, File::Mode::CreateReadWrite);
    if (!file)
        return file.status();
    const std::size_t first = firstUnpersisted();
    if (m_rewrite)
        ES_RETURN_IF_ERROR(file->truncate(0));
    ES_RETURN_IF_ERROR(file->writeAt(first * m_entrySize, encoded));
    if (sync)
        ES_RETURN_IF_ERROR(file->sync());
    m_persisted = first + encoded.size() / m_entrySize;
    m_rewrite = false;
    return Status::ok();
}

Status IndexFile::remove()
{
    std::error_code ec;
    std::filesystem::remove(m_path, ec);
    if (ec)
        return Status::ioError("cannot delete " + m_path.string() + ": " + ec.message());
    return Status::ok();
}

Status IndexFile::renameTo(std::filesystem::path path)
{
    std::error_code ec;
    std::filesystem::rename(m_path, path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return Status::ioError("cannot rename " + m_path.string() + ": " + ec.message());
    m_path = std::move(path);
    return Status::ok();
}

} // namespace es
