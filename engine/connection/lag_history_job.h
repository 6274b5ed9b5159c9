#pragma once

#include "catalog/lag_history.h"

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace es {

class Connection;

// Reads a group's lag history on a thread of its own (not a thread that runs commands,
// which a day of 1-second rows would hold up). The owner polls takeResult() (a view, on a
// timer). The connection must outlive the job; the destructor cancels (between
// series) and joins.
//
// Thread-safety: takeResult() and the destructor from the owner's thread.
class LagHistoryJob {
public:
    LagHistoryJob(const Connection &connection, LagHistoryRequest request);
    ~LagHistoryJob();
    LagHistoryJob(const LagHistoryJob &) = delete;
    LagHistoryJob &operator=(const LagHistoryJob &) = delete;

    // The history once read (once: later calls return nullopt), nullopt before.
    std::optional<LagHistory> takeResult();
    [[nodiscard]] const LagHistoryRequest &request() const { return m_request; }

private:
    const LagHistoryRequest m_request;
    std::atomic<bool> m_cancel{false};
    std::mutex m_mutex;
    std::optional<LagHistory> m_result; // guarded by m_mutex
    std::thread m_thread;
};

} // namespace es
