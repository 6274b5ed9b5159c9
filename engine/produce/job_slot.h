#pragma once

#include "produce/bulk_send.h"

#include <memory>
#include <mutex>

namespace es {

// Where a command on a worker thread leaves the BulkSend it created for a view. The job is
// made on the worker (it needs the connection) and read and destroyed on the view's
// thread; closing the slot when the view goes away destroys the job (cancel and join) and
// makes the worker destroy any job created after that at once, while the connection is
// still open. Shared between the view and the commands it issued.
class JobSlot {
public:
    // The worker thread.
    void put(std::unique_ptr<BulkSend> job)
    {
        std::unique_ptr<BulkSend> refused;
        std::lock_guard lock(m_mutex);
        if (m_closed)
            refused = std::move(job); // destroyed here, after the lock is released
        else
            m_job = std::move(job);
    }

    // The view's thread. The job stays valid until clear() or close() on this thread.
    [[nodiscard]] BulkSend *get() const
    {
        std::lock_guard lock(m_mutex);
        return m_job.get();
    }

    // The view's thread: destroys the job (waiting for it when it still runs).
    void clear() { take().reset(); }

    // The view's thread, when the owner goes away.
    void close()
    {
        std::unique_ptr<BulkSend> job;
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            job = std::move(m_job);
        }
    }

private:
    std::unique_ptr<BulkSend> take()
    {
        std::lock_guard lock(m_mutex);
        return std::move(m_job);
    }

    mutable std::mutex m_mutex;
    std::unique_ptr<BulkSend> m_job; // guarded by m_mutex
    bool m_closed = false;           // guarded by m_mutex
};

} // namespace es
