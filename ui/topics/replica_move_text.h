#pragma once

// A partition's replicas in words, with the move in progress when there is one:
// "1, 2, 3 → 2, 3, 4 (adding 4: 40% copied)", so that a new replica's catch-up shows while
// it happens.

#ifndef Q_MOC_RUN
#include "cluster/cluster_snapshot.h"
#endif

#include <QString>

#include <cstdint>
#include <vector>

namespace es {

// The replicas the partition has before its move (all of them when none runs).
std::vector<std::int32_t> replicasBeforeMove(const PartitionSnapshot &p);
// The replicas the partition will have once its move completes (all of them when none runs).
std::vector<std::int32_t> replicasAfterMove(const PartitionSnapshot &p);
// "1, 2, 3", or during a move "1, 2, 3 → 2, 3, 4 (adding 4: 40% copied)".
QString replicasText(const PartitionSnapshot &p);
// A sentence on the move in progress for a tooltip; empty when none runs.
QString replicaMoveExplained(const PartitionSnapshot &p);

} // namespace es
