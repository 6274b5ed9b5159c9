#include "storage/open_file_cache.h"

#include "common/open_files_limit.h"

#include <algorithm>

namespace es {

OpenFileCache &OpenFileCache::instance()
{
    static OpenFileCache cache;
    return cache;
}

std::size_t OpenFileCache::capacityFor(std::uint64_t openFilesLimit)
{
    constexpr std::uint64_t kMin = 16;
    constexpr std::uint64_t kMax = 1024;
    return static_cast<std::size_t>(std::clamp(openFilesLimit / 8, kMin, kMax));
}

std::size_t OpenFileCache::capacity() const
{
    std::lock_guard lock(m_mutex);
    return m_fixedCapacity > 0 ? m_fixedCapacity : capacityFor(openFilesLimit());
}

void OpenFileCache::setCapacity(std::size_t capacity)
{
    std::list<Entry> closing;
    std::lock_guard lock(m_mutex);
    m_fixedCapacity = capacity;
    const std::size_t cap = m_fixedCapacity > 0 ? m_fixedCapacity : capacityFor(openFilesLimit());
    while (m_lru.size() > cap) {
        m_index.erase(m_lru.back().key);
        closing.splice(closing.end(), m_lru, std::prev(m_lru.end()));
    }
}

std::size_t OpenFileCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_lru.size();
}

std::uint64_t OpenFileCache::newKey()
{
    std::lock_guard lock(m_mutex);
    return m_nextKey++;
}

void OpenFileCache::insertLocked(std::uint64_t key, Handle file, std::list<Entry> &closing)
{
    m_lru.push_front({key, std::move(file)});
    m_index[key] = m_lru.begin();
    // The limit is read on inserts only, which follow an open() anyway.
    const std::size_t cap = m_fixedCapacity > 0 ? m_fixedCapacity : capacityFor(openFilesLimit());
    while (m_lru.size() > cap) {
        m_index.erase(m_lru.back().key);
        closing.splice(closing.end(), m_lru, std::prev(m_lru.end()));
    }
}

Result<OpenFileCache::Handle> OpenFileCache::acquire(std::uint64_t key, const std::filesystem::path &path)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_index.find(key); it != m_index.end()) {
            m_lru.splice(m_lru.begin(), m_lru, it->second);
            return it->second->file;
        }
    }
    // Opened without the lock: other readers need not wait for the disk.
    auto opened = File::open(path, File::Mode::ReadWrite);
    if (!opened)
        return opened.status();
    auto file = std::make_shared<File>(std::move(*opened));
    std::list<Entry> closing; // closed when this returns, after the lock is released
    std::lock_guard lock(m_mutex);
    if (auto it = m_index.find(key); it != m_index.end()) {
        // Another reader opened it meanwhile: share theirs, close ours.
        closing.push_back({key, std::move(file)});
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        return it->second->file;
    }
    insertLocked(key, file, closing);
    return file;
}

void OpenFileCache::adopt(std::uint64_t key, Handle file)
{
    std::list<Entry> closing;
    std::lock_guard lock(m_mutex);
    if (auto it = m_index.find(key); it != m_index.end()) {
        closing.splice(closing.end(), m_lru, it->second);
        m_index.erase(it);
    }
    insertLocked(key, std::move(file), closing);
}

void OpenFileCache::forget(std::uint64_t key)
{
    std::list<Entry> closing;
    std::lock_guard lock(m_mutex);
    if (auto it = m_index.find(key); it != m_index.end()) {
        closing.splice(closing.end(), m_lru, it->second);
        m_index.erase(it);
    }
}

} // namespace es
