#pragma once

// Collects the timeline events a cluster publishes to its observers, for tests that look
// for one (where the catalog that stores them is not at hand, or not to be trusted).

#include "cluster/cluster_snapshot.h"

#include <mutex>
#include <vector>

namespace es::test {

class EventRecorder final : public ClusterObserver {
public:
    void onSnapshot(const ClusterSnapshotPtr &) override {}
    void onEvent(const EventRecord &event) override
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(event);
    }
    std::vector<EventRecord> ofKind(EventKind kind)
    {
        std::lock_guard lock(m_mutex);
        std::vector<EventRecord> out;
        for (const auto &e : m_events)
            if (e.kind == kind)
                out.push_back(e);
        return out;
    }

private:
    std::mutex m_mutex;
    std::vector<EventRecord> m_events;
};

} // namespace es::test
