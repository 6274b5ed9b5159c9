#pragma once

#include "common/buffer.h"
#include "common/error_code.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace es {

// One record of __consumer_offsets (group_records.h): a key, and a value or a tombstone.
struct GroupLogRecord {
    Bytes key;
    std::optional<Bytes> value; // nullopt: a tombstone

    bool operator==(const GroupLogRecord &) const = default;
};

// Where the group coordinator writes its state: the partitions of __consumer_offsets.
// A broker implements it by producing one record batch with acks=all to the partition it
// leads; tests use an in-memory log.
class GroupStore {
public:
    virtual ~GroupStore() = default;

    // Appends `records` to partition `offsetsPartition`, all or none. `done` is called exactly
    // once with ErrorCode::None when every in-sync replica has them, or the produce error
    // (NOT_LEADER_OR_FOLLOWER, NOT_ENOUGH_REPLICAS, REQUEST_TIMED_OUT...). It must run on the
    // coordinator's thread, and may run before append() returns. For one partition, `done`
    // callbacks run in append order.
    virtual void append(std::int32_t offsetsPartition, std::vector<GroupLogRecord> records,
                        std::function<void(ErrorCode)> done) = 0;
};

} // namespace es
