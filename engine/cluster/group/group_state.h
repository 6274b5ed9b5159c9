#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace es {

// The classic consumer group protocol's states (Kafka's GroupState).
//
//   Empty ──join──> PreparingRebalance ──all joined / timeout──> CompletingRebalance
//     ^                ^        │                                      │ leader's sync stored
//     │                │        └──no member left──> Empty             v
//     │                └──────────── join, leave, expiry ─────────── Stable
//   Dead: deleted, expired, or moved to another coordinator; terminal.
enum class GroupState : std::uint8_t {
    Empty,               // no members; offsets may exist. Joins start a rebalance.
    PreparingRebalance,  // waiting for members to (re)join
    CompletingRebalance, // joined; waiting for the leader's assignment (SyncGroup)
    Stable,              // assignment delivered; members heartbeat
    Dead,                // the group's metadata is gone from this coordinator
};

// Kafka's spelling, as DescribeGroups and ListGroups return it ("PreparingRebalance").
std::string_view groupStateName(GroupState state);
// The inverse of groupStateName, ignoring ASCII case (ListGroups v4 filters are typed by users).
std::optional<GroupState> parseGroupState(std::string_view name);

} // namespace es
