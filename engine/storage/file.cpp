#include "storage/file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace es {

namespace {

// The reason for errno `err`: fixed words for the limits storage_problem.h tells apart.
std::string reasonFor(int err)
{
    switch (err) {
    case ENOSPC: return std::string(kDiskFullText);
    case EDQUOT: return std::string(kQuotaExceededText);
    case EMFILE:
    case ENFILE: return std::string(kTooManyOpenFilesText);
    default: return std::strerror(err);
    }
}

} // namespace

Result<File> File::open(const std::filesystem::path &path, Mode mode)
{
    int flags = O_CLOEXEC;
    switch (mode) {
    case Mode::ReadOnly: flags |= O_RDONLY; break;
    case Mode::ReadWrite: flags |= O_RDWR; break;
    case Mode::CreateReadWrite: flags |= O_RDWR | O_CREAT; break;
    case Mode::CreateNew: flags |= O_RDWR | O_CREAT | O_EXCL; break;
    }
    const int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0) {
        const int err = errno;
        std::string msg = "cannot open " + path.string() + ": " + reasonFor(err);
        if (err == ENOENT)
            return Status::notFound(std::move(msg));
        return Status::ioError(std::move(msg));
    }
    return File(fd, path);
}

File::File(File &&other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path)) { other.m_fd = -1; }

File &File::operator=(File &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

File::~File() { close(); }

void File::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

Status File::error(const char *what, int err) const
{
    return Status::ioError(std::string(what) + " " + m_path.string() + ": " + reasonFor(err));
}

Result<std::size_t> File::readAt(std::uint64_t offset, std::span<std::uint8_t> out) const
{
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t n =
            ::pread(m_fd, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return error("cannot read", errno);
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    return done;
}

Status File::writeAt(std::uint64_t offset, ByteView data)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::pwrite(m_fd, data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return error("cannot write", errno);
        }
        done += static_cast<std::size_t>(n);
    }
    return Status::ok();
}

Status File::reserve(std::uint64_t offset, std::uint64_t length)
{
#if defined(__linux__)
    if (::fallocate(m_fd, FALLOC_FL_KEEP_SIZE, static_cast<off_t>(offset), static_cast<off_t>(length)) == 0)
        return Status::ok();
    return error("cannot reserve space in", errno);
#else
    (void)offset;
    (void)length;
    return Status::unsupported("reserving space is not supported on this platform");
#endif
}

Status File::truncate(std::uint64_t size)
{
    if (::ftruncate(m_fd, static_cast<off_t>(size)) != 0)
        return error("cannot truncate", errno);
    return Status::ok();
}

Status File::sync()
{
    if (::fdatasync(m_fd) != 0)
        return error("cannot sync", errno);
    return Status::ok();
}

Result<std::uint64_t> File::size() const
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return error("cannot stat", errno);
    return static_cast<std::uint64_t>(st.st_size);
}

Result<std::int64_t> File::modifiedMs() const
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return error("cannot stat", errno);
    return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1'000'000;
}

Status syncDirectory(const std::filesystem::path &dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Status::ioError("cannot open directory " + dir.string() + ": " + reasonFor(errno));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Status::ioError("cannot sync directory " + dir.string() + ": " + reasonFor(err));
    return Status::ok();
}

Status writeFileAtomically(const std::filesystem::path &path, ByteView data, Durability durability)
{
    std::filesystem::path tmp = path;
    tmp += ".tmp";
    {
        auto file = File::open(tmp, File::Mode::CreateReadWrite);
        if (!file)
            return file.status();
        ES_RETURN_IF_ERROR(file->truncate(0));
        ES_RETURN_IF_ERROR(file->writeAt(0, data));
        if (durability == Durability::Synced)
            ES_RETURN_IF_ERROR(file->sync());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec)
        return Status::ioError("cannot rename " + tmp.string() + " to " + path.string() + ": " +
                               ec.message());
    return durability == Durability::Synced ? syncDirectory(path.parent_path()) : Status::ok();
}

Status syncFileSystem(const std::filesystem::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Status::ioError("cannot open " + path.string() + ": " + reasonFor(errno));
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return Status::ioError("cannot sync the file system of " + path.string() + ": " + reasonFor(err));
    return Status::ok();
}

Result<Bytes> readWholeFile(const std::filesystem::path &path)
{
    auto file = File::open(path, File::Mode::ReadOnly);
    if (!file)
        return file.status();
    auto size = file->size();
    if (!size)
        return size.status();
    Bytes data(*size);
    auto n = file->readAt(0, data);
    if (!n)
        return n.status();
    data.resize(*n);
    return data;
}

} // namespace es
