#pragma once

#include "browse/record_page.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace es {

// What a page request came to: a page, an error in words, or nothing when the request was
// dropped (too many newer ones queued) and may simply be asked for again.
struct PageResult {
    TopicPartition tp;
    std::int64_t first = 0;
    RecordPagePtr page;
    std::string error;
};

// Loads record pages on its own worker threads, newest request first (what a user scrolled
// to last is what they look at), and runs short reader tasks (bounds, offset lookups) ahead
// of pages. Results go to the `deliver` callback on a worker thread; it must only hand them
// over (e.g. a queued invocation to the GUI thread).
//
// Ownership: shares the RecordReader, which must not outlive its connection. The destructor
// drops what is queued, stops the reads in flight (a task gets the stop token to pass on)
// and joins the threads. Thread-safety: every method may be called from any thread.
class PageLoader {
public:
    using Deliver = std::function<void(PageResult)>;
    using Task = std::function<void(RecordReader &, std::stop_token)>;

    static constexpr std::size_t kMaxQueuedPages = 48;

    PageLoader(std::shared_ptr<RecordReader> reader, Deliver deliver, int threads = 2);
    ~PageLoader();
    PageLoader(const PageLoader &) = delete;
    PageLoader &operator=(const PageLoader &) = delete;

    // Asks for the page of `tp` starting at `first`; a request already queued or running is
    // not repeated.
    void request(const TopicPartition &tp, std::int64_t first);
    // Runs `task` on a worker thread before any queued page.
    void post(Task task);
    [[nodiscard]] const std::shared_ptr<RecordReader> &reader() const { return m_reader; }

private:
    struct Key {
        TopicPartition tp;
        std::int64_t first = 0;
        auto operator<=>(const Key &) const = default;
    };
    void loop();

    std::shared_ptr<RecordReader> m_reader;
    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Key> m_pages;  // newest at the front; guarded by m_mutex
    std::set<Key> m_pending;  // queued or running; guarded by m_mutex
    std::deque<Task> m_tasks; // guarded by m_mutex
    bool m_stopping = false;  // guarded by m_mutex
    std::stop_source m_stop;  // the destructor ends page reads that a paused leader holds
    std::vector<std::thread> m_threads;
};

} // namespace es
