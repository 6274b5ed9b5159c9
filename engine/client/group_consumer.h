#pragma once

// A member of a consumer group, as the simulated clients run it: it subscribes, polls the
// records of what the group assigns it, commits its positions, and leaves or dies. The
// embedded cluster's Consumer is one; a remote connection's is a librdkafka consumer.

#include "client/fetched_record.h"
#include "common/error_code.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace es {

enum class OffsetReset : std::uint8_t { Earliest, Latest };

struct ConsumerConfig {
    std::string clientId = "eventscope-consumer";
    OffsetReset autoOffsetReset = OffsetReset::Latest;
    std::int32_t maxPollRecords = 500;
    std::int32_t fetchMaxWaitMs = 500;
    std::int32_t fetchMinBytes = 1;
    std::int32_t maxPartitionFetchBytes = 1 << 20;
    std::int32_t requestTimeoutMs = 10000;
    std::size_t maxBufferedRecords = 20000; // per partition: fetching pauses above this

    // Group membership (subscribe()); ignored for assign().
    std::string groupId;
    std::vector<std::string> assignors{"range", "cooperative-sticky"}; // Java's default order
    std::int32_t sessionTimeoutMs = 10000;
    std::int32_t rebalanceTimeoutMs = 30000;
    std::int32_t heartbeatIntervalMs = 1000;
    bool enableAutoCommit = true;
    std::int32_t autoCommitIntervalMs = 5000;
};

// Thread-safety: every method may be called from any thread; poll() blocks its caller.
class GroupConsumer {
public:
    virtual ~GroupConsumer() = default;

    // Joins the consumer group and consumes what the group assigns from the topics,
    // starting at the group's committed offsets (auto.offset.reset where none).
    virtual void subscribe(const std::vector<std::string> &topics) = 0;
    // Waits up to `timeout` for records; returns at most maxPollRecords. The positions move
    // past what it returns.
    virtual std::vector<FetchedRecord> poll(std::chrono::milliseconds timeout) = 0;
    // Commits the current positions of the assigned partitions and waits for the answer.
    virtual ErrorCode commitSync(std::chrono::milliseconds timeout) = 0;
    // Commits (with auto commit on) and leaves the group; the destructor does it too.
    virtual void close() = 0;
    // Stops dead, as a killed process would: no commit, no LeaveGroup. The group notices
    // when the session times out.
    virtual void crash() = 0;
};

} // namespace es
