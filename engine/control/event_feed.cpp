#include "control/event_feed.h"

#include "connection/connection.h"

#include <algorithm>

namespace es::control {

namespace {

// How much of the timeline before the server started a caller sees at first: enough for a
// script that starts after the cluster to know what happened, bounded so a long-lived
// catalog does not make the start slow.
constexpr int kHistory = 1000;

} // namespace

EventFeed::EventFeed(Connection &connection) : m_connection(connection)
{
    // Observing first and reading the history second loses nothing in between; what both
    // give is kept once, by id.
    m_connection.addObserver(this);
    catchUpHistory();
}

void EventFeed::catchUpHistory()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_historyComplete)
            return;
    }
    EventQuery query;
    query.limit = kHistory;
    auto history = m_connection.events(query); // newest first; a blocking read, not under the lock
    if (!history)
        return;
    std::lock_guard lock(m_mutex);
    std::int64_t newest = 0;
    std::deque<EventRecord> merged;
    for (const EventRecord &e : *history) {
        newest = std::max(newest, e.id);
        if (e.id > 0 && e.id < m_firstLiveId)
            merged.push_front(e);
    }
    for (EventRecord &e : m_events)
        if (e.id >= m_firstLiveId)
            merged.push_back(std::move(e));
    m_events = std::move(merged);
    while (m_events.size() > kCapacity)
        m_events.pop_front();
    // Complete once the catalog holds everything up to the first event observed.
    m_historyComplete = m_firstLiveId != INT64_MAX && newest >= m_firstLiveId - 1;
}

EventFeed::~EventFeed()
{
    stop();
    m_connection.removeObserver(this);
}

void EventFeed::onSnapshot(const ClusterSnapshotPtr & /*snapshot*/) {}

void EventFeed::onEvent(const EventRecord &event)
{
    {
        std::lock_guard lock(m_mutex);
        appendLocked(event);
    }
    m_changed.notify_all();
}

void EventFeed::appendLocked(EventRecord event)
{
    // Ids come from the catalog. Without one (id 0) an event is given the next id, so that
    // cursors still work.
    if (event.id <= 0)
        event.id = m_events.empty() ? 1 : m_events.back().id + 1;
    // Events recorded on different threads may arrive out of order, and one the history
    // read already brought arrives again: kept once, in id order.
    auto at = std::lower_bound(m_events.begin(), m_events.end(), event.id,
                               [](const EventRecord &e, std::int64_t id) { return e.id < id; });
    if (at != m_events.end() && at->id == event.id)
        return;
    m_firstLiveId = std::min(m_firstLiveId, event.id);
    m_events.insert(at, std::move(event));
    while (m_events.size() > kCapacity)
        m_events.pop_front();
}

std::vector<EventRecord> EventFeed::eventsAfter(std::int64_t after, std::size_t limit,
                                                std::chrono::milliseconds wait)
{
    catchUpHistory();
    std::unique_lock lock(m_mutex);
    const auto hasNewer = [&] { return !m_events.empty() && m_events.back().id > after; };
    if (!hasNewer() && wait.count() > 0)
        m_changed.wait_for(lock, wait, [&] { return m_stopped || hasNewer(); });
    auto first = std::upper_bound(m_events.begin(), m_events.end(), after,
                                  [](std::int64_t id, const EventRecord &e) { return id < e.id; });
    std::vector<EventRecord> out;
    for (auto it = first; it != m_events.end() && out.size() < limit; ++it)
        out.push_back(*it);
    return out;
}

void EventFeed::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

} // namespace es::control
