#pragma once

#include "client/assignors/partition_assignor.h"

namespace es {

// Kafka's "roundrobin": every partition of every subscribed topic, sorted by topic and
// partition, is dealt in turn to the members sorted by id; a member not subscribed to a
// partition's topic is passed over, and the turn goes on from the member that took it.
class RoundRobinAssignor final : public PartitionAssignor {
public:
    [[nodiscard]] std::string_view name() const override { return kRoundRobinAssignor; }
    [[nodiscard]] RebalanceProtocol protocol() const override { return RebalanceProtocol::Eager; }
    [[nodiscard]] GroupAssignment assign(const PartitionCounts &partitionsPerTopic,
                                         const std::vector<MemberSubscription> &members) const override;
};

} // namespace es
