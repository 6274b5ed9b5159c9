#include "common/idle_memory_return.h"

#include "common/allocator_tuning.h"
#include "common/thread_identity.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace es {

namespace {

constexpr int kTopKeptWhileReturning = 1024 * 1024;
constexpr auto kReturnMoment = std::chrono::seconds(1);

} // namespace

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
#if defined(__GLIBC__)
        // malloc_trim leaves the top of every heap but the main one alone: a thread's heap
        // gives its top back only when a free there finds more than the trim threshold
        // above it. For a moment the threshold is low, so the next free in each busy heap
        // hands back what its busiest second left, then it is high again.
        mallopt(M_TRIM_THRESHOLD, kTopKeptWhileReturning);
        m_wake.wait_for(lock, kReturnMoment, [this] { return m_stopping; });
        mallopt(M_TRIM_THRESHOLD, static_cast<int>(kHeapTopKeptForReuse));
#endif
    }
}

} // namespace es
