#pragma once

#include "common/status.h"
#include "storage/file.h"
#include "storage/open_file_cache.h"

#include <filesystem>
#include <memory>
#include <mutex>

namespace es {

// A segment's .log file. The active segment keeps it open (it takes every append, and the
// newest data is what most fetches read); an inactive one leaves it to the OpenFileCache,
// which reopens it on demand and closes the least recently used when it holds too many.
//
// Thread-safety: get() may run concurrently with anything; keepOpen() and release() are
// serialised by the owning segment's log.
class SegmentFile {
public:
    // Takes `file`, kept open.
    SegmentFile(File file, OpenFileCache &cache = OpenFileCache::instance());
    ~SegmentFile();
    SegmentFile(const SegmentFile &) = delete;
    SegmentFile &operator=(const SegmentFile &) = delete;

    // The open file, reopened when the cache had closed it: an IOError names the file and
    // the reason ("Too many open files"). The handle stays usable while held.
    [[nodiscard]] Result<OpenFileCache::Handle> get() const;

    // Keeps the file open from now on (the segment takes appends again, or is about to be
    // deleted or replaced while readers may still hold it).
    Status keepOpen();
    // Hands the file to the cache: it stays open until the cache needs the room.
    void release();

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] bool keptOpen() const;

    // How many segment files the process keeps open outside the cache (active segments,
    // mostly): with the cache's, the files storage holds.
    static std::int64_t filesKeptOpen();

private:
    const std::filesystem::path m_path;
    OpenFileCache &m_cache;
    const std::uint64_t m_key;
    mutable std::mutex m_mutex;
    OpenFileCache::Handle m_kept; // guarded by m_mutex; null while the cache has the file
};

} // namespace es
