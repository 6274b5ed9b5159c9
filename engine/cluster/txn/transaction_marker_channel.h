#pragma once

// How the transaction coordinator reaches the leaders of a transaction's partitions to end
// it there (Kafka's WriteTxnMarkers): each leader appends a COMMIT or ABORT control batch
// for the producer, which makes the transaction's records readable or skipped for
// read_committed consumers. A broker implements it by sending to each leader (itself
// included); tests answer by hand.

#include "cluster/topic_partition.h"
#include "common/error_code.h"

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace es {

struct TxnMarkerRequest {
    std::int64_t producerId = -1;
    // The transaction's epoch: the bumped one when the coordinator aborted it to fence its
    // producer (a timeout, a new producer instance, an administrator).
    std::int16_t producerEpoch = -1;
    bool commit = false; // COMMIT marker, else ABORT
    // The leader epoch of the coordinator's __transaction_state partition: a leader refuses
    // markers of a coordinator older than one it has heard from (TRANSACTION_COORDINATOR_FENCED).
    std::int32_t coordinatorEpoch = 0;
    std::vector<TopicPartition> partitions; // ascending, each once

    bool operator==(const TxnMarkerRequest &) const = default;
};

class TransactionMarkerChannel {
public:
    using Done = std::function<void(std::map<TopicPartition, ErrorCode>)>;

    virtual ~TransactionMarkerChannel() = default;

    // Writes the marker to every partition of `request`. `done` is called exactly once, on the
    // coordinator's thread (possibly before writeMarkers() returns), with each partition's
    // result: None once its leader appended the marker, or the error (NOT_LEADER_OR_FOLLOWER
    // while leadership moves, a leader not reachable as REQUEST_TIMED_OUT...). A partition
    // left out of the map counts as REQUEST_TIMED_OUT and is retried.
    virtual void writeMarkers(TxnMarkerRequest request, Done done) = 0;
};

} // namespace es
