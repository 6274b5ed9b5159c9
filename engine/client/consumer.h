#pragma once

#include "client/fetched_record.h"
#include "client/group_consumer.h"
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

// An in-process consumer of assigned partitions: it finds each partition's leader, fetches
// with long polling from its position (reset by auto.offset.reset when it has none or it
// fell out of range), follows leader changes, and hands records out in offset order per
// partition through poll().
//
// Thread-safety: every method may be called from any thread; poll() blocks its caller.
class Consumer final : public GroupConsumer {
public:
    Consumer(Cluster &cluster, ConsumerConfig config = {});
    ~Consumer() override;
    Consumer(const Consumer &) = delete;
    Consumer &operator=(const Consumer &) = delete;

    // Joins the consumer group `groupId` and consumes what the group assigns it from the
    // topics, starting at the group's committed offsets (auto.offset.reset where none).
    void subscribe(const std::vector<std::string> &topics) override;
    // Commits the current positions of the assigned partitions and waits for the answer.
    ErrorCode commitSync(std::chrono::milliseconds timeout = std::chrono::seconds(10)) override;
    // The group's generation once a member (-1 before).
    [[nodiscard]] std::int32_t generation() const;
    // Commits (with auto commit on) and leaves the group; the destructor does it too.
    void close() override;
    // Stops dead, as a killed process would: no commit, no LeaveGroup. The group notices
    // when the session times out.
    void crash() override;

    // Replaces the assignment. Positions of partitions kept are kept.
    void assign(const std::vector<TopicPartition> &partitions);
    [[nodiscard]] std::vector<TopicPartition> assignment() const;

    void seek(const TopicPartition &tp, std::int64_t offset);
    void seekToBeginning(const std::vector<TopicPartition> &partitions);
    void seekToEnd(const std::vector<TopicPartition> &partitions);
    // The first offset whose timestamp is at or after `timestampMs` (the end if none).
    void seekToTimestamp(const std::vector<TopicPartition> &partitions, std::int64_t timestampMs);

    // Waits up to `timeout` for records; returns at most maxPollRecords.
    std::vector<FetchedRecord> poll(std::chrono::milliseconds timeout) override;

    // The offset of the next record poll() will return for `tp`, once known.
    [[nodiscard]] std::optional<std::int64_t> position(const TopicPartition &tp) const;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace es
