#include "connection/delete_records_plan.h"

#include "connection/connection.h"

#include <algorithm>

namespace es {

std::int64_t DeleteRecordsStep::records() const
{
    const std::int64_t end = offset < 0 ? highWatermark : std::min(offset, highWatermark);
    if (logStart < 0 || end < 0)
        return -1;
    return std::max<std::int64_t>(0, end - logStart);
}

std::int64_t DeleteRecordsPlan::records() const
{
    std::int64_t sum = 0;
    for (const DeleteRecordsStep &s : steps) {
        const std::int64_t n = s.records();
        if (n < 0)
            return -1;
        sum += n;
    }
    return sum;
}

DeleteRecordsPlan deleteAllRecordsPlan(const TopicSnapshot &topic)
{
    DeleteRecordsPlan plan{topic.name, {}};
    plan.steps.reserve(topic.partitions.size());
    for (const PartitionSnapshot &p : topic.partitions)
        plan.steps.push_back({p.partition, p.logStartOffset, p.highWatermark, -1});
    return plan;
}

DeleteRecordsPlan deleteRecordsBelowPlan(const TopicSnapshot &topic, std::int32_t partition,
                                         std::int64_t offset)
{
    DeleteRecordsPlan plan{topic.name, {}};
    for (const PartitionSnapshot &p : topic.partitions)
        if (p.partition == partition)
            plan.steps.push_back({p.partition, p.logStartOffset, p.highWatermark, offset});
    return plan;
}

std::vector<DeleteRecordsOutcome> runDeleteRecords(Connection &connection, const DeleteRecordsPlan &plan)
{
    std::vector<DeleteRecordsOutcome> out;
    out.reserve(plan.steps.size());
    for (const DeleteRecordsStep &s : plan.steps) {
        Result<std::int64_t> r = connection.deleteRecords(TopicPartition{plan.topic, s.partition}, s.offset);
        out.push_back({s.partition, r.status(), r ? *r : -1});
    }
    return out;
}

} // namespace es
