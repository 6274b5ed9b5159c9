#include "browse/page_loader.h"

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace es {

PageLoader::PageLoader(std::shared_ptr<RecordReader> reader, Deliver deliver, int threads)
    : m_reader(std::move(reader)), m_deliver(std::move(deliver))
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this] { loop(); });
}

PageLoader::~PageLoader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pages.clear();
        m_tasks.clear();
    }
    m_stop.request_stop();
    m_wake.notify_all();
    for (auto &t : m_threads)
        t.join();
}

void PageLoader::request(const TopicPartition &tp, std::int64_t first)
{
    std::vector<Key> dropped;
    {
        std::lock_guard lock(m_mutex);
        Key key{tp, first};
        if (m_stopping || !m_pending.insert(key).second)
            return;
        m_pages.push_front(std::move(key));
        while (m_pages.size() > kMaxQueuedPages) {
            m_pending.erase(m_pages.back());
            dropped.push_back(std::move(m_pages.back()));
            m_pages.pop_back();
        }
    }
    m_wake.notify_one();
    for (Key &k : dropped)
        m_deliver(PageResult{std::move(k.tp), k.first, nullptr, {}});
}

void PageLoader::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
}

void PageLoader::loop()
{
#ifdef __linux__
    // Decoding pages must never take the CPU from the GUI thread on a busy machine: a little
    // nicer than the rest of the process (a Linux thread's nice value is its own).
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 5);
#endif
    for (;;) {
        Task task;
        Key key;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty() || !m_pages.empty(); });
            if (m_stopping)
                return;
            if (!m_tasks.empty()) {
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            } else {
                key = m_pages.front();
                m_pages.pop_front();
            }
        }
        if (task) {
            task(*m_reader, m_stop.get_token());
            continue;
        }
        auto page = readRecordPage(*m_reader, key.tp, key.first, m_stop.get_token());
        PageResult result{key.tp, key.first, nullptr, {}};
        if (page)
            result.page = std::move(*page);
        else
            result.error = page.status().message();
        {
            std::lock_guard lock(m_mutex);
            m_pending.erase(key);
            if (m_stopping)
                return;
        }
        m_deliver(std::move(result));
    }
}

} // namespace es
