#pragma once

#include <asio/io_context.hpp>
#include <asio/executor_work_guard.hpp>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace es {

// A worker thread running an Asio event loop. Brokers and the controller each own one;
// everything they own is touched only from it. pause() freezes the thread (as a stopped
// process would be) until resume(); work posted meanwhile waits.
class EventLoop {
public:
    explicit EventLoop(std::string name);
    ~EventLoop();
    EventLoop(const EventLoop &) = delete;
    EventLoop &operator=(const EventLoop &) = delete;

    void start();
    // Stops the loop and joins the thread. Handlers not yet run are destroyed unrun.
    // Must not be called from the loop's own thread.
    void stop();

    // Runs fn on the loop thread. Thread-safe.
    void post(std::function<void()> fn);
    // Runs fn on the loop thread and waits for it (never call from the loop thread).
    void runSync(const std::function<void()> &fn);

    void pause();
    void resume();
    [[nodiscard]] bool paused() const;

    [[nodiscard]] bool inLoopThread() const { return std::this_thread::get_id() == m_threadId; }
    [[nodiscard]] bool running() const { return m_thread.joinable(); }
    asio::io_context &context() { return m_context; }
    [[nodiscard]] const std::string &name() const { return m_name; }

private:
    std::string m_name;
    asio::io_context m_context{1};
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> m_work;
    std::thread m_thread;
    std::thread::id m_threadId;

    mutable std::mutex m_pauseMutex;
    std::condition_variable m_pauseCv;
    bool m_paused = false;
};

} // namespace es
