#pragma once

// What "Delete records…" does to a topic, partition by partition: which offset each
// partition is sent in Kafka's DeleteRecords and how many records that removes by the
// snapshot's log start offsets and high watermarks; and the run of that plan against a
// connection. No Qt: the dialog shows a plan, the worker thread runs it.

#include "cluster/cluster_snapshot.h"
#include "common/status.h"

#include <cstdint>
#include <string>
#include <vector>

namespace es {

class Connection;

struct DeleteRecordsStep {
    std::int32_t partition = 0;
    std::int64_t logStart = -1;      // as the snapshot shows it; -1 when the cluster did not tell
    std::int64_t highWatermark = -1; // likewise
    // What DeleteRecords is sent: records below it go. -1 stands for the high watermark the
    // leader has when it deletes (records produced since the snapshot go too).
    std::int64_t offset = -1;

    // How many records go by the snapshot's offsets; -1 when they are not known.
    [[nodiscard]] std::int64_t records() const;
};

struct DeleteRecordsPlan {
    std::string topic;
    std::vector<DeleteRecordsStep> steps; // by partition

    // The sum of the steps' records; -1 when one of them is not known.
    [[nodiscard]] std::int64_t records() const;
};

// Every record of `topic`: each partition up to its high watermark.
DeleteRecordsPlan deleteAllRecordsPlan(const TopicSnapshot &topic);
// The records of one partition below `offset`; no steps when the topic has no such partition.
DeleteRecordsPlan deleteRecordsBelowPlan(const TopicSnapshot &topic, std::int32_t partition,
                                         std::int64_t offset);

struct DeleteRecordsOutcome {
    std::int32_t partition = 0;
    Status status;              // ok, or why this partition's records were not deleted
    std::int64_t logStart = -1; // the partition's new log start offset when ok
};

// Sends each step's DeleteRecords through `connection`, one partition after the other, and
// carries on past a partition that fails. Blocks until every partition has answered: call
// it from a worker thread.
std::vector<DeleteRecordsOutcome> runDeleteRecords(Connection &connection, const DeleteRecordsPlan &plan);

} // namespace es
