#pragma once

// "Rebalance across brokers": a plan that spreads a topic's replicas, and its preferred
// leaders (the first replica of each partition), evenly over the running brokers while
// moving as few replicas as possible. Pure: it reads a snapshot and returns the moves,
// which Connection::reassignPartitions() carries out.

#include "cluster/cluster_snapshot.h"
#include "connection/connection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

struct ReplicaMove {
    TopicPartition tp;
    std::vector<std::int32_t> from; // the replicas now, preferred leader first
    std::vector<std::int32_t> to;   // the replicas planned
    // Replicas that have to copy the log (in `to`, not in `from`); 0 when only the order,
    // and so the preferred leader, changes.
    [[nodiscard]] int copies() const;
};

struct ReplicaBalancePlan {
    std::vector<ReplicaMove> moves; // topic and partition order
    // Topics left as they are because they have more replicas per partition than brokers run.
    std::vector<std::string> skippedTopics;

    [[nodiscard]] bool empty() const { return moves.empty(); }
    // The replica copies the plan makes in all.
    [[nodiscard]] int copies() const;
    // The plan as Connection::reassignPartitions() takes it.
    [[nodiscard]] ReplicaMoves reassignment() const;
};

// Plans `topic` (nullopt: every topic, each balanced on its own, which balances the brokers'
// totals too). Running brokers are those the snapshot shows Running. Replicas on brokers that
// do not run move to ones that do; then each broker ends with the floor or the ceiling of
// its share of the topic's replicas, and likewise of its preferred leaders. Partitions with a
// move in progress are left out (their target counts as placed).
ReplicaBalancePlan planReplicaBalance(const ClusterSnapshot &snapshot,
                                      const std::optional<std::string> &topic = std::nullopt);

} // namespace es
