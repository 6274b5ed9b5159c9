#pragma once

// The timeline as GET /v1/events serves it: the last events in memory, each with the
// catalog's id, so that a caller polls "what came after the id I saw last" and, when nothing
// did, waits for the next one (a long poll) instead of asking again and again.

#include "cluster/cluster_snapshot.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

namespace es {
class Connection;
}

namespace es::control {

class EventFeed final : public ClusterObserver {
public:
    static constexpr std::size_t kCapacity = 10000;

    // Observes `connection` (which must outlive the feed) from now on, starting from the
    // timeline's last events before now.
    explicit EventFeed(Connection &connection);
    ~EventFeed() override;
    EventFeed(const EventFeed &) = delete;
    EventFeed &operator=(const EventFeed &) = delete;

    void onSnapshot(const ClusterSnapshotPtr &snapshot) override;
    void onEvent(const EventRecord &event) override;

    // The events with an id above `after`, oldest first, at most `limit`. When there are
    // none, waits up to `wait` for one; stop() ends the wait early, with none. Any thread.
    std::vector<EventRecord> eventsAfter(std::int64_t after, std::size_t limit,
                                         std::chrono::milliseconds wait);

    // Ends the waits in progress and makes later ones return at once (the server stops).
    void stop();

private:
    // Appends in id order, dropping the oldest beyond kCapacity. Needs m_mutex.
    void appendLocked(EventRecord event);
    // Reads the timeline before the first event observed, until it has all of it: the
    // catalog writes events on its own thread, so the last ones before the feed began may
    // reach it only after the first read.
    void catchUpHistory();

    Connection &m_connection;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<EventRecord> m_events;       // guarded by m_mutex, ids increasing
    std::int64_t m_firstLiveId = INT64_MAX; // guarded by m_mutex: the first event observed
    bool m_historyComplete = false;         // guarded by m_mutex
    bool m_stopped = false;                 // guarded by m_mutex
};

} // namespace es::control
