#pragma once

#include "client/assignors/partition_assignor.h"

namespace es {

// Kafka's "cooperative-sticky".
//
// Sticky: each member keeps the partitions it owns (from the newest generation that claims
// them; two members claiming one partition in the same generation both lose the claim), the
// rest go to the least loaded member that subscribes to them, and then partitions move from
// a member holding two or more than another that could take them, owned partitions last,
// until no such move is left. With equal subscriptions every member ends within one
// partition of every other, having moved the fewest owned partitions that allows.
//
// Cooperative: a partition going to a member that does not own it while another member
// lists it as owned is left out of this assignment. The owner sees it missing and revokes
// it, and because it revoked something it rejoins; the rebalance that follows assigns it.
class CooperativeStickyAssignor final : public PartitionAssignor {
public:
    [[nodiscard]] std::string_view name() const override { return kCooperativeStickyAssignor; }
    [[nodiscard]] RebalanceProtocol protocol() const override { return RebalanceProtocol::Cooperative; }
    [[nodiscard]] GroupAssignment assign(const PartitionCounts &partitionsPerTopic,
                                         const std::vector<MemberSubscription> &members) const override;
};

} // namespace es
