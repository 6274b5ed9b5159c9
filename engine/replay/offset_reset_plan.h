#pragma once

#include "cluster/cluster_snapshot.h"
#include "cluster/topic_partition.h"
#include "common/status.h"

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace es {

class Connection;
class RecordReader;

// Where a group's offsets go, as kafka-consumer-groups --reset-offsets names it.
enum class OffsetResetMode : std::uint8_t {
    ToEarliest,  // --to-earliest: the log start offset
    ToLatest,    // --to-latest: the high watermark
    ToTimestamp, // --to-datetime: the first record at or after `value` (ms since the epoch)
    ToOffset,    // --to-offset: `value`
    ShiftBy,     // --shift-by: the committed offset plus `value` (negative goes back)
};

// What the user asked for. Partitions: `partitions` when not empty, else every partition
// of `topic` when set, else every partition the group has committed offsets for.
struct OffsetResetRequest {
    std::string groupId;
    OffsetResetMode mode = OffsetResetMode::ToEarliest;
    std::int64_t value = 0;
    std::string topic;
    std::vector<TopicPartition> partitions;
};

// One partition of a plan. `current` is -1 where the group has no committed offset (its
// consumers would start at auto.offset.reset).
struct PartitionResetPlan {
    TopicPartition tp;
    std::int64_t current = -1;
    std::int64_t target = -1;    // after clamping to [logStartOffset, highWatermark]
    std::int64_t requested = -1; // before clamping
    std::int64_t logStartOffset = -1;
    std::int64_t highWatermark = -1;

    [[nodiscard]] bool clamped() const { return requested != target; }
    // Records the group will read again (target < current), or skip (target > current).
    [[nodiscard]] std::int64_t reconsumed() const
    {
        return current >= 0 && target < current ? current - target : 0;
    }
    [[nodiscard]] std::int64_t skipped() const
    {
        return current >= 0 && target > current ? target - current : 0;
    }
};

// A computed reset: the new offset of each partition, and whether the group lets it happen.
struct OffsetResetPlan {
    std::string groupId;
    bool groupExists = false; // false: the reset creates the group's first committed offsets
    GroupState state = GroupState::Empty;
    std::vector<GroupMemberSnapshot> activeMembers; // Kafka refuses a reset while any is there
    std::vector<PartitionResetPlan> partitions;     // in topic, partition order

    [[nodiscard]] bool groupIsEmpty() const { return activeMembers.empty() && state == GroupState::Empty; }
    [[nodiscard]] std::int64_t totalReconsumed() const;
    [[nodiscard]] std::int64_t totalSkipped() const;
};

// Computes the plan from the connection's latest snapshot (the group's committed offsets and
// state) and each partition's bounds and timestamps as its leader answers. Blocks for one or
// two requests per partition: call it off the GUI thread and off the engine's loops.
// Errors: a request that names nothing (no topic, no offsets), a topic or partition that does
// not exist, a shift where the group has no committed offset, a leader that does not answer;
// Cancelled as soon as `stop` is requested.
Result<OffsetResetPlan> planOffsetReset(Connection &connection, RecordReader &reader,
                                        const OffsetResetRequest &request, std::stop_token stop = {});

// Writes the plan's target offsets as the group's committed offsets, through the group's
// coordinator, as Kafka does: refused while the group has members, and then the error names
// them (client id and host) so the user knows which consumers to stop. Blocks like Admin;
// Cancelled as soon as `stop` is requested (the coordinator may still apply the reset).
Status applyOffsetReset(Connection &connection, const OffsetResetPlan &plan, std::stop_token stop = {});

// "consumer-1 on /127.0.0.1, consumer-2 on /127.0.0.1": the members in words, for messages.
std::string describeMembers(const std::vector<GroupMemberSnapshot> &members);

} // namespace es
