#pragma once

#include "client/assignors/partition_assignor.h"

namespace es {

// Kafka's "range": topic by topic, the topic's partitions in order are cut into contiguous
// ranges over the members subscribed to it, sorted by member id; the first
// (partitions % members) members get one partition more. Members that subscribe to the same
// topics get the same partition numbers of each, which co-partitioned joins rely on.
class RangeAssignor final : public PartitionAssignor {
public:
    [[nodiscard]] std::string_view name() const override { return kRangeAssignor; }
    [[nodiscard]] RebalanceProtocol protocol() const override { return RebalanceProtocol::Eager; }
    [[nodiscard]] GroupAssignment assign(const PartitionCounts &partitionsPerTopic,
                                         const std::vector<MemberSubscription> &members) const override;
};

} // namespace es
