#include "storage/leader_epoch_cache.h"

#include "common/logging.h"
#include "storage/file.h"

#include <sstream>

namespace es {

std::unique_ptr<LeaderEpochCache> LeaderEpochCache::open(const std::filesystem::path &partitionDir)
{
    std::unique_ptr<LeaderEpochCache> cache(new LeaderEpochCache(partitionDir / "leader-epoch-checkpoint"));
    auto data = readWholeFile(cache->m_file);
    if (!data) {
        if (data.status().code() != StatusCode::NotFound)
            logger("storage")->warn("ignoring leader epochs: {}", data.status().toString());
        return cache;
    }
    std::istringstream in(std::string(asChars(*data)));
    Entry e{};
    while (in >> e.epoch >> e.startOffset) {
        if (!cache->m_entries.empty() &&
            (e.epoch <= cache->m_entries.back().epoch || e.startOffset < cache->m_entries.back().startOffset)) {
            logger("storage")->warn("ignoring damaged leader epoch checkpoint {}", cache->m_file.string());
            cache->m_entries.clear();
            return cache;
        }
        cache->m_entries.push_back(e);
    }
    return cache;
}

Status LeaderEpochCache::persistLocked() const
{
    std::string text;
    for (const auto &e : m_entries)
        text += std::to_string(e.epoch) + " " + std::to_string(e.startOffset) + "\n";
    // Replaced whole by a rename, but not fsynced (as Kafka since 3.7, KAFKA-15046): this
    // runs on a broker's loop for every partition whose leader changes, and two fsyncs each
    // for 2,000 partitions held a restarted broker's loop for many seconds. Every epoch that
    // has records is in the log's batch headers, from which a replica rebuilds the cache
    // when it opens; a file lost or torn by a crash is rebuilt the same way.
    std::filesystem::path tmp = m_file;
    tmp += ".tmp";
    {
        auto file = File::open(tmp, File::Mode::CreateReadWrite);
        if (!file)
            return file.status();
        ES_RETURN_IF_ERROR(file->truncate(0));
        ES_RETURN_IF_ERROR(file->writeAt(0, asBytes(text)));
    }
    std::error_code ec;
    std::filesystem::rename(tmp, m_file, ec);
    if (ec)
        return Status::ioError("cannot rename " + tmp.string() + " to " + m_file.string() + ": " +
                               ec.message());
    return Status::ok();
}

Status LeaderEpochCache::assign(std::int32_t epoch, std::int64_t startOffset)
{
    std::lock_guard lock(m_mutex);
    if (epoch < 0 || (!m_entries.empty() && epoch <= m_entries.back().epoch))
        return Status::ok();
    m_entries.push_back({epoch, startOffset});
    return persistLocked();
}

Status LeaderEpochCache::truncateFromEnd(std::int64_t offset)
{
    std::lock_guard lock(m_mutex);
    const auto before = m_entries.size();
    while (!m_entries.empty() && m_entries.back().startOffset >= offset)
        m_entries.pop_back();
    return before == m_entries.size() ? Status::ok() : persistLocked();
}

std::int32_t LeaderEpochCache::latestEpoch() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.empty() ? -1 : m_entries.back().epoch;
}

std::optional<LeaderEpochCache::EpochEnd> LeaderEpochCache::endOffsetFor(std::int32_t epoch,
                                                                      std::int64_t logEndOffset) const
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = m_entries.size(); i-- > 0;) {
        if (m_entries[i].epoch <= epoch) {
            const std::int64_t end = i + 1 < m_entries.size() ? m_entries[i + 1].startOffset : logEndOffset;
            return EpochEnd{m_entries[i].epoch, end};
        }
    }
    return std::nullopt;
}

std::vector<LeaderEpochCache::Entry> LeaderEpochCache::entries() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

} // namespace es
