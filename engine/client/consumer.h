#pragma once

#include "client/fetched_record.h"
#include "cluster/topic_partition.h"
#include "common/error_code.h"
#include "storage/record.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace es {

class Cluster;

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

// An in-process consumer of assigned partitions: it finds each partition's leader, fetches
// with long polling from its position (reset by auto.offset.reset when it has none or it
// fell out of range), follows leader changes, and hands records out in offset order per
// partition through poll().
//
// Thread-safety: every method may be called from any thread; poll() blocks its caller.
class Consumer {
public:
    Consumer(Cluster &cluster, ConsumerConfig config = {});
    ~Consumer();
    Consumer(const Consumer &) = delete;
    Consumer &operator=(const Consumer &) = delete;

    // Joins the consumer group `groupId` and consumes what the group assigns it from the
    // topics, starting at the group's committed offsets (auto.offset.reset where none).
    void subscribe(const std::vector<std::string> &topics);
    // Commits the current positions of the assigned partitions and waits for the answer.
    ErrorCode commitSync(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // The group's generation once a member (-1 before).
    [[nodiscard]] std::int32_t generation() const;
    // Commits (with auto commit on) and leaves the group; the destructor does it too.
    void close();
    // Stops dead, as a killed process would: no commit, no LeaveGroup. The group notices
    // when the session times out.
    void crash();

    // Replaces the assignment. Positions of partitions kept are kept.
    void assign(const std::vector<TopicPartition> &partitions);
    [[nodiscard]] std::vector<TopicPartition> assignment() const;

    void seek(const TopicPartition &tp, std::int64_t offset);
    void seekToBeginning(const std::vector<TopicPartition> &partitions);
    void seekToEnd(const std::vector<TopicPartition> &partitions);
    // The first offset whose timestamp is at or after `timestampMs` (the end if none).
    void seekToTimestamp(const std::vector<TopicPartition> &partitions, std::int64_t timestampMs);

    // Waits up to `timeout` for records; returns at most maxPollRecords.
    std::vector<FetchedRecord> poll(std::chrono::milliseconds timeout);

    // The offset of the next record poll() will return for `tp`, once known.
    [[nodiscard]] std::optional<std::int64_t> position(const TopicPartition &tp) const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace es
