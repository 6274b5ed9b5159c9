#include "common/idle_memory_return.h"

#include "common/thread_identity.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace es {

IdleMemoryReturn::IdleMemoryReturn(std::chrono::milliseconds period)
    : m_period(period), m_thread([this] { run(); })
{}

IdleMemoryReturn::~IdleMemoryReturn()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool IdleMemoryReturn::returnFreeMemory()
{
#if defined(__GLIBC__)
    // Every arena, not only the main heap's top: free pages inside a heap are released too.
    malloc_trim(0);
    return true;
#else
    return false;
#endif
}

void IdleMemoryReturn::run()
{
    nameThisThread("memory-return");
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, m_period, [this] { return m_stopping; })) {
        lock.unlock();
        returnFreeMemory();
        lock.lock();
    }
}

} // namespace es
