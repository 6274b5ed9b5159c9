#include "cluster/event_loop.h"

#include "common/logging.h"
#include "common/thread_identity.h"

#include <asio/post.hpp>

#include <future>

namespace es {

EventLoop::EventLoop(std::string name) : m_name(std::move(name)) {}

EventLoop::~EventLoop() { stop(); }

void EventLoop::start()
{
    if (m_thread.joinable())
        return;
    m_context.restart();
    m_work.emplace(asio::make_work_guard(m_context));
    std::promise<void> started;
    auto ready = started.get_future();
    m_thread = std::thread([this, &started] {
        nameThisThread(m_name);
        m_threadId = std::this_thread::get_id();
        started.set_value();
        try {
            m_context.run();
        } catch (const std::exception &e) {
            logger("cluster")->critical("{} stopped by an exception: {}", m_name, e.what());
        }
    });
    ready.wait();
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
    std::promise<void> done;
    auto f = done.get_future();
    post([&] {
        fn();
        done.set_value();
    });
    f.wait();
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
