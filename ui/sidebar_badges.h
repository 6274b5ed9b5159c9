#pragma once

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#include "connection/group_lag_tracker.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>

namespace es {

// The numbers the sidebar shows beside its view names, read from the snapshots: partitions
// under-replicated and offline (the snapshot's own totals), and consumer groups whose lag
// is rising (the trend the groups list shows, read from the connection's GroupLagTracker,
// which its owner feeds). Used from one thread (the one that receives the snapshots).
class SidebarBadges {
    Q_DECLARE_TR_FUNCTIONS(SidebarBadges)

public:
    // `tracker` must outlive the badges.
    explicit SidebarBadges(const GroupLagTracker &tracker) : m_tracker(tracker) {}

    struct Counts {
        int underReplicated = 0; // partitions with fewer in-sync replicas than replicas
        int offline = 0;         // partitions without a leader
        int lagRising = 0;       // consumer groups
        bool operator==(const Counts &) const = default;
    };

    // Takes the newest snapshot, once `tracker` has. Constant work for the partitions; the
    // groups are passed over once, at most once a second (the tracker samples no more often).
    const Counts &update(const ClusterSnapshot &snapshot);
    [[nodiscard]] const Counts &counts() const { return m_counts; }

    // "3 under-replicated partitions, 1 offline partition"; empty when there are none.
    [[nodiscard]] static QString partitionsText(const Counts &counts);
    // "2 consumer groups with rising lag"; empty when there are none.
    [[nodiscard]] static QString groupsText(const Counts &counts);

private:
    const GroupLagTracker &m_tracker;
    std::optional<std::int64_t> m_countedMs; // the snapshot time the groups were last counted at
    Counts m_counts;
};

} // namespace es
