#include "ui/sidebar_badges.h"

#include <QStringList>

namespace es {

const SidebarBadges::Counts &SidebarBadges::update(const ClusterSnapshot &snapshot)
{
    m_counts.underReplicated = snapshot.underReplicatedPartitions;
    m_counts.offline = snapshot.offlinePartitions;
    // The tracker keeps one sample a second: counting more often finds nothing new.
    if (!m_countedMs || snapshot.timeMs - *m_countedMs >= 1000 || snapshot.timeMs < *m_countedMs) {
        m_countedMs = snapshot.timeMs;
        int rising = 0;
        for (const GroupView &g : snapshot.groups)
            rising += m_tracker.trend(g.group.groupId) == LagTrend::Rising ? 1 : 0;
        m_counts.lagRising = rising;
    }
    return m_counts;
}

QString SidebarBadges::partitionsText(const Counts &counts)
{
    QStringList parts;
    // English needs the singular spelt out; translations give their own forms for %n.
    if (counts.underReplicated > 0)
        parts << (counts.underReplicated == 1
                      ? tr("%n under-replicated partition", nullptr, counts.underReplicated)
                      : tr("%n under-replicated partitions", nullptr, counts.underReplicated));
    if (counts.offline > 0)
        parts << (counts.offline == 1 ? tr("%n offline partition", nullptr, counts.offline)
                                      : tr("%n offline partitions", nullptr, counts.offline));
    return parts.join(tr(", "));
}

QString SidebarBadges::groupsText(const Counts &counts)
{
    if (counts.lagRising <= 0)
        return {};
    return counts.lagRising == 1 ? tr("%n consumer group with rising lag", nullptr, counts.lagRising)
                                 : tr("%n consumer groups with rising lag", nullptr, counts.lagRising);
}

} // namespace es
