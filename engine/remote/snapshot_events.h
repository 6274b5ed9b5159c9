#pragma once

// The timeline of a cluster that cannot tell its own (one reached over the network):
// events derived by comparing two successive snapshots. Brokers gone and back, leaders
// moved, partitions offline, ISRs shrunk and grown, topics created, deleted and grown,
// groups appeared, changed state and gone. The sentence forms are the embedded cluster's
// where the event is the same, so the views read both alike; what only a comparison can
// tell (a broker gone from the metadata, a leader moved at an unknown epoch) has forms of
// its own.

#include "cluster/cluster_snapshot.h"

#include <vector>

namespace es {

// Events at after.timeMs, in a stable order (brokers, topics, partitions, groups).
std::vector<EventRecord> eventsBetween(const ClusterSnapshot &before, const ClusterSnapshot &after);

} // namespace es
