#include "cluster/event_loop.h"

#include "common/logging.h"
#include "common/thread_identity.h"

#include <asio/post.hpp>

#include <condition_variable>
#include <mutex>

namespace es {

EventLoop::EventLoop(std::string name) : m_name(std::move(name)) {}

namespace {

// One thread tells another that something is done. A mutex and a condition variable, not a
// promise: a promise's waiter may sleep inside libstdc++, where ThreadSanitizer cannot see
// it synchronise, so every later use of the waiter's stack was reported as a race with the
// thread that set the promise.
class DoneSignal {
public:
    void set()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_one(); // under the lock: the waiter may return the moment it sees m_done
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_done; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
};

} // namespace

EventLoop::~EventLoop() { stop(); }

void EventLoop::start()
{
    if (m_thread.joinable())
        return;
    m_context.restart();
    m_work.emplace(asio::make_work_guard(m_context));
    DoneSignal started;
    m_thread = std::thread([this, &started] {
        nameThisThread(m_name);
        m_threadId = std::this_thread::get_id();
        started.set();
        try {
            m_context.run();
        } catch (const std::exception &e) {
            logger("cluster")->critical("{} stopped by an exception: {}", m_name, e.what());
        }
    });
    started.wait();
}

void EventLoop::stop()
{
    if (!m_thread.joinable())
        return;
    resume();
    m_work.reset();
    m_context.stop();
    m_thread.join();
    m_threadId = {};
}

void EventLoop::post(std::function<void()> fn) { asio::post(m_context, std::move(fn)); }

void EventLoop::runSync(const std::function<void()> &fn)
{
    DoneSignal done;
    post([&] {
        fn();
        done.set();
    });
    done.wait();
}

void EventLoop::pause()
{
    {
        std::lock_guard lock(m_pauseMutex);
        if (m_paused)
            return;
        m_paused = true;
    }
    post([this] {
        std::unique_lock lock(m_pauseMutex);
        m_pauseCv.wait(lock, [this] { return !m_paused; });
    });
}

void EventLoop::resume()
{
    {
        std::lock_guard lock(m_pauseMutex);
        m_paused = false;
    }
    m_pauseCv.notify_all();
}

bool EventLoop::paused() const
{
    std::lock_guard lock(m_pauseMutex);
    return m_paused;
}

} // namespace es
