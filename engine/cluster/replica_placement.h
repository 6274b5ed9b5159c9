#pragma once

#include "common/status.h"

#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <vector>

namespace es {

// Kafka's rack-unaware replica assignment: partition p's leader is broker
// (start + p) mod n, and followers follow at a shift that grows every n partitions, so
// leaders and followers spread evenly over `brokers` (sorted ids of live brokers).
// `startIndex` and `shift` are normally random; fixed values make it deterministic.
// `firstPartition` lets added partitions continue the pattern.
Result<std::vector<std::vector<std::int32_t>>> assignReplicas(const std::vector<std::int32_t> &brokers,
                                                              int partitions, int replicationFactor,
                                                              int startIndex, int shift, int firstPartition = 0);

// Same with Kafka's random start index and shift.
Result<std::vector<std::vector<std::int32_t>>> assignReplicas(const std::vector<std::int32_t> &brokers,
                                                              int partitions, int replicationFactor,
                                                              std::mt19937 &rng, int firstPartition = 0);

// Checks replica lists a client chose (CreateTopics, CreatePartitions), in partition order
// from `firstPartition`, as Kafka's controller does: no empty list, no broker twice in one
// list, only registered brokers (fenced ones too), and every list as long as
// `replicationFactor` (the first list's length when nullopt). InvalidArgument saying what
// is wrong, which Kafka answers with INVALID_REPLICA_ASSIGNMENT.
Status checkManualAssignment(const std::vector<std::vector<std::int32_t>> &assignment,
                             const std::set<std::int32_t> &registered, std::optional<int> replicationFactor,
                             int firstPartition = 0);

} // namespace es
