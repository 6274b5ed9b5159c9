#pragma once

// The cluster's latest snapshot, and a wait for the first one that shows a change. A route
// that changes the cluster answers once the snapshots show the change (or after a bound),
// so that a script's next GET sees what its POST did.

#include "cluster/cluster_snapshot.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace es {
class Connection;
}

namespace es::control {

class SnapshotWatch final : public ClusterObserver {
public:
    // Observes `connection`, which must outlive the watch.
    explicit SnapshotWatch(Connection &connection);
    ~SnapshotWatch() override;
    SnapshotWatch(const SnapshotWatch &) = delete;
    SnapshotWatch &operator=(const SnapshotWatch &) = delete;

    void onSnapshot(const ClusterSnapshotPtr &snapshot) override;
    void onEvent(const EventRecord &event) override;

    // The latest snapshot; null before the first.
    [[nodiscard]] ClusterSnapshotPtr latest() const;
    // The first snapshot for which `shows` holds, waiting up to `timeout` for it; else the
    // latest (null if none), for the caller to answer with what is known. stop() ends the
    // wait early.
    ClusterSnapshotPtr waitFor(const std::function<bool(const ClusterSnapshot &)> &shows,
                               std::chrono::milliseconds timeout);

    void stop();

private:
    Connection &m_connection;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    ClusterSnapshotPtr m_latest; // guarded by m_mutex
    bool m_stopped = false;      // guarded by m_mutex
};

} // namespace es::control
