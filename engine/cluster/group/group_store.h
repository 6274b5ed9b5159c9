#pragma once

#include "common/buffer.h"
#include "common/error_code.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace es {

// One record of __consumer_offsets (group_records.h): a key, and a value or a tombstone.
struct GroupLogRecord {
    Bytes key;
    std::optional<Bytes> value; // nullopt: a tombstone

    bool operator==(const GroupLogRecord &) const = default;
};

// The producer whose transaction a write belongs to (TxnOffsetCommit): its batch is
// transactional and carries this id and epoch, so the partition holds the records back
// from read_committed readers until the transaction coordinator's marker ends them.
struct TransactionalProducer {
    std::int64_t producerId = -1;
    std::int16_t producerEpoch = -1;

    bool operator==(const TransactionalProducer &) const = default;
};

// One entry of a __consumer_offsets partition as loading replays it: a record of a plain
// batch, a record of a producer's transactional batch, or a transaction marker (the control
// record that commits or aborts that producer's transaction in this partition).
struct GroupLogEntry {
    enum class Kind : std::uint8_t { Record, TransactionalRecord, CommitMarker, AbortMarker };

    Kind kind = Kind::Record;
    std::int64_t producerId = -1; // every kind but Record: the transaction's producer
    GroupLogRecord record;        // the two record kinds

    static GroupLogEntry plain(GroupLogRecord record) { return {Kind::Record, -1, std::move(record)}; }
    static GroupLogEntry transactional(std::int64_t producerId, GroupLogRecord record)
    {
        return {Kind::TransactionalRecord, producerId, std::move(record)};
    }
    static GroupLogEntry marker(std::int64_t producerId, bool commit)
    {
        return {commit ? Kind::CommitMarker : Kind::AbortMarker, producerId, {}};
    }

    bool operator==(const GroupLogEntry &) const = default;
};

// Where the group coordinator writes its state: the partitions of __consumer_offsets.
// A broker implements it by producing one record batch with acks=all to the partition it
// leads; tests use an in-memory log.
class GroupStore {
public:
    virtual ~GroupStore() = default;

    // Appends `records` to partition `offsetsPartition` as one batch, all or none; with
    // `producer`, a transactional batch of that producer (Kafka writes a TxnOffsetCommit's
    // records so). `done` is called exactly once with ErrorCode::None when every in-sync
    // replica has them, or the produce error (NOT_LEADER_OR_FOLLOWER, NOT_ENOUGH_REPLICAS,
    // INVALID_PRODUCER_EPOCH...). It must run on the coordinator's thread, and may run before
    // append() returns. For one partition, records reach the log in the order of the append()
    // calls and `done` callbacks run in that order.
    virtual void append(std::int32_t offsetsPartition, std::vector<GroupLogRecord> records,
                        std::optional<TransactionalProducer> producer, std::function<void(ErrorCode)> done) = 0;
};

} // namespace es
