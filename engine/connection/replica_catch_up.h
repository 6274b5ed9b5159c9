#pragma once

// How far a replica joining a partition (a move in progress, PartitionSnapshot::
// addingReplicas) has copied the leader's log: what the Topics and Cluster views show of its
// catch-up. Counted in offsets from the log start to the leader's log end, as a follower
// fetches them.

#include "cluster/cluster_snapshot.h"

#include <cstdint>
#include <optional>

namespace es {

struct ReplicaCatchUp {
    std::int64_t copied = 0; // offsets from the log start that the replica has
    std::int64_t total = 0;  // offsets from the log start to the leader's log end, above 0
    // Rounded down, so that 100 means every offset is there.
    [[nodiscard]] int percent() const { return static_cast<int>(copied * 100 / total); }
    bool operator==(const ReplicaCatchUp &) const = default;
};

// The catch-up of the replica on `broker`; nullopt when the snapshot does not tell (a cluster
// reached over the network reports no replica's log end), when the leader's log holds
// nothing to copy, or when `broker` hosts no replica of `p`.
std::optional<ReplicaCatchUp> catchUpOf(const PartitionSnapshot &p, std::int32_t broker);

} // namespace es
