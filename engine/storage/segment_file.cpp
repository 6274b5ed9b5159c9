#include "storage/segment_file.h"

#include <atomic>

namespace es {

namespace {
std::atomic<std::int64_t> g_keptOpen{0};
} // namespace

std::int64_t SegmentFile::filesKeptOpen() { return g_keptOpen.load(std::memory_order_relaxed); }

SegmentFile::SegmentFile(File file, OpenFileCache &cache)
    : m_path(file.path()),
      m_cache(cache),
      m_key(cache.newKey()),
      m_kept(std::make_shared<File>(std::move(file)))
{
    g_keptOpen.fetch_add(1, std::memory_order_relaxed);
}

SegmentFile::~SegmentFile()
{
    if (keptOpen())
        g_keptOpen.fetch_sub(1, std::memory_order_relaxed);
    m_cache.forget(m_key);
}

Result<OpenFileCache::Handle> SegmentFile::get() const
{
    {
        std::lock_guard lock(m_mutex);
        if (m_kept)
            return m_kept;
    }
    return m_cache.acquire(m_key, m_path);
}

Status SegmentFile::keepOpen()
{
    if (keptOpen())
        return Status::ok();
    auto file = m_cache.acquire(m_key, m_path);
    if (!file)
        return file.status();
    {
        std::lock_guard lock(m_mutex);
        if (m_kept)
            return Status::ok();
        m_kept = std::move(*file);
    }
    g_keptOpen.fetch_add(1, std::memory_order_relaxed);
    m_cache.forget(m_key);
    return Status::ok();
}

void SegmentFile::release()
{
    OpenFileCache::Handle file;
    {
        std::lock_guard lock(m_mutex);
        file = std::move(m_kept);
    }
    if (!file)
        return;
    g_keptOpen.fetch_sub(1, std::memory_order_relaxed);
    m_cache.adopt(m_key, std::move(file));
}

bool SegmentFile::keptOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_kept != nullptr;
}

} // namespace es
