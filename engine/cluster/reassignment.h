#pragma once

// Partition reassignments as the controller takes and reports them (Kafka's KIP-455:
// AlterPartitionReassignments and ListPartitionReassignments).

#include "cluster/topic_partition.h"
#include "common/error_code.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es {

// One partition's reassignment request: its target replicas (the first is the preferred
// leader), or nullopt to cancel the reassignment in progress.
struct ReassignmentChange {
    TopicPartition tp;
    std::optional<std::vector<std::int32_t>> target;
};

struct ReassignmentResult {
    TopicPartition tp;
    ErrorCode error = ErrorCode::None;
    std::string message; // why, when there is an error
};

// A reassignment in progress, as ListPartitionReassignments shows it.
struct OngoingReassignment {
    TopicPartition tp;
    std::vector<std::int32_t> replicas; // the target first, then the leaving replicas
    std::vector<std::int32_t> adding;
    std::vector<std::int32_t> removing;
};

} // namespace es
