#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace es {

// Hands memory the C library keeps free back to the system, once a period, on a thread of
// its own. keepFreedMemoryForReuse() lets every allocator arena keep what the busiest second
// freed, so a burst's buffers are not page-faulted in again a moment later; without this
// the process would keep what its busiest second needed for good (a half-hour soak of the
// demo with faults held 49 MiB resident for 11 MiB in use). jemalloc and tcmalloc return
// unused pages the same way, on a delay. Costs one refill of the buffers per period.
class IdleMemoryReturn {
public:
    explicit IdleMemoryReturn(std::chrono::milliseconds period = std::chrono::seconds(30));
    ~IdleMemoryReturn();
    IdleMemoryReturn(const IdleMemoryReturn &) = delete;
    IdleMemoryReturn &operator=(const IdleMemoryReturn &) = delete;

    // Returns what is free now, on the caller's thread. True where the C library can.
    static bool returnFreeMemory();

private:
    void run();

    const std::chrono::milliseconds m_period;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace es
