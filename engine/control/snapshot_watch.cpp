#include "control/snapshot_watch.h"

#include "connection/connection.h"

namespace es::control {

SnapshotWatch::SnapshotWatch(Connection &connection) : m_connection(connection)
{
    m_connection.addObserver(this);
    ClusterSnapshotPtr current = m_connection.snapshot();
    std::lock_guard lock(m_mutex);
    if (!m_latest)
        m_latest = std::move(current);
}

SnapshotWatch::~SnapshotWatch()
{
    stop();
    m_connection.removeObserver(this);
}

void SnapshotWatch::onSnapshot(const ClusterSnapshotPtr &snapshot)
{
    {
        std::lock_guard lock(m_mutex);
        m_latest = snapshot;
    }
    m_changed.notify_all();
}

void SnapshotWatch::onEvent(const EventRecord & /*event*/) {}

ClusterSnapshotPtr SnapshotWatch::latest() const
{
    std::lock_guard lock(m_mutex);
    return m_latest;
}

ClusterSnapshotPtr SnapshotWatch::waitFor(const std::function<bool(const ClusterSnapshot &)> &shows,
                                          std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return m_stopped || (m_latest && shows(*m_latest)); });
    return m_latest;
}

void SnapshotWatch::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
}

} // namespace es::control
