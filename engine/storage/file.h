#pragma once

#include "common/buffer.h"
#include "common/status.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace es {

// The reason File gives for the limits storage runs into, in these words whatever the
// system's language (storage_problem.h reads them back). Other errors carry the system's text.
inline constexpr std::string_view kDiskFullText = "No space left on device";
inline constexpr std::string_view kQuotaExceededText = "Disk quota exceeded";
inline constexpr std::string_view kTooManyOpenFilesText = "Too many open files";

// An open file, reached through POSIX calls. Every failure comes back as a Status that
// names the file and the reason (errno text; a full disk reads "No space left on device").
//
// Thread-safety: readAt() may run concurrently with anything; writes, truncate and sync
// must be serialised by the owner.
class File {
public:
    enum class Mode { ReadOnly, ReadWrite, CreateReadWrite, CreateNew };

    static Result<File> open(const std::filesystem::path &path, Mode mode);

    File() = default;
    File(File &&other) noexcept;
    File &operator=(File &&other) noexcept;
    File(const File &) = delete;
    File &operator=(const File &) = delete;
    ~File();

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

    // Reads up to out.size() bytes at `offset`; returns the number read (short at EOF).
    Result<std::size_t> readAt(std::uint64_t offset, std::span<std::uint8_t> out) const;
    // Writes all of `data` at `offset`.
    Status writeAt(std::uint64_t offset, ByteView data);
    Status truncate(std::uint64_t size);
    // Allocates disk blocks for [offset, offset + length) without changing the size, so
    // that writes there need not allocate them one page at a time. A later truncate (to
    // any size, the current one included) gives back what lies past the end.
    // Fails where the file system cannot, and on a full disk.
    Status reserve(std::uint64_t offset, std::uint64_t length);
    // fdatasync: the data (and the size) reach the disk.
    Status sync();
    Result<std::uint64_t> size() const;
    // When the data last changed, in ms since the epoch.
    Result<std::int64_t> modifiedMs() const;
    void close();

private:
    File(int fd, std::filesystem::path path) : m_fd(fd), m_path(std::move(path)) {}
    Status error(const char *what, int err) const;

    int m_fd = -1;
    std::filesystem::path m_path;
};

// How a small file write reaches the disk: with its own fsyncs, or left to one
// syncFileSystem() later (closing thousands of logs at once).
enum class Durability { Synced, Deferred };

// Writes `data` to `path` atomically: a temporary file, fsync, rename, fsync of the folder
// (the fsyncs only when Synced).
Status writeFileAtomically(const std::filesystem::path &path, ByteView data,
                           Durability durability = Durability::Synced);

// Reads a whole (small) file.
Result<Bytes> readWholeFile(const std::filesystem::path &path);

// fsyncs a directory so that creations, renames and deletions in it are durable.
Status syncDirectory(const std::filesystem::path &dir);

// Makes everything written to the file system holding `path` durable (syncfs): one call
// in place of an fsync per file when thousands of files were written.
Status syncFileSystem(const std::filesystem::path &path);

} // namespace es
