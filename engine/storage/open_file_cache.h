#pragma once

#include "common/status.h"
#include "storage/file.h"

#include <cstdint>
#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace es {

// The files of inactive segments, opened on demand and kept open in a least-recently-used
// cache of bounded size, as storage engines do (LevelDB's table cache, RocksDB's
// max_open_files): the files a process holds open no longer grow with its segments, only
// with its partitions (each keeps its active segment open).
//
// A file is handed out as a shared handle: one evicted while a reader uses it closes when
// that reader lets go. Each cached file has a key of its own (newKey()), never reused, so a
// path that comes to name another file (compaction's swap) is not confused with the old one.
//
// Thread-safety: every method may be called from any thread.
class OpenFileCache {
public:
    using Handle = std::shared_ptr<File>;

    // The process's cache, shared by every broker: the limit on open files is the process's.
    static OpenFileCache &instance();

    // `capacity` 0: follow the open-files limit (capacityFor()).
    explicit OpenFileCache(std::size_t capacity = 0) : m_fixedCapacity(capacity) {}
    OpenFileCache(const OpenFileCache &) = delete;
    OpenFileCache &operator=(const OpenFileCache &) = delete;

    std::uint64_t newKey();

    // The file under `key`, opened read-write from `path` when the cache does not hold it.
    Result<Handle> acquire(std::uint64_t key, const std::filesystem::path &path);
    // Keeps an open file under `key` (a segment that stopped taking appends).
    void adopt(std::uint64_t key, Handle file);
    // Drops the file under `key` (its segment is gone or keeps the file itself).
    void forget(std::uint64_t key);

    // How many files the cache keeps open at most.
    [[nodiscard]] std::size_t capacity() const;
    [[nodiscard]] std::size_t size() const;
    // 0: follow the open-files limit again. For tests and benchmarks.
    void setCapacity(std::size_t capacity);

    // An eighth of the open-files limit, between 16 and 1,024: most of the limit stays
    // for the partitions' active segments and for sockets.
    static std::size_t capacityFor(std::uint64_t openFilesLimit);

private:
    struct Entry {
        std::uint64_t key;
        Handle file;
    };
    // Inserts at the front; evicted files go to `closing`, to be closed outside the lock.
    void insertLocked(std::uint64_t key, Handle file, std::list<Entry> &closing);

    std::size_t m_fixedCapacity;
    mutable std::mutex m_mutex;
    std::list<Entry> m_lru; // most recently used first; guarded by m_mutex
    std::unordered_map<std::uint64_t, std::list<Entry>::iterator> m_index; // guarded by m_mutex
    std::uint64_t m_nextKey = 1;                                           // guarded by m_mutex
};

} // namespace es
