#include "cluster/traffic_totals.h"

#include "common/counter_rate.h"

namespace es {

void TrafficTotals::fill(const TopicPartition &tp, const std::string &topicId, const ReplicaViews &replicas,
                         PartitionSnapshot &partition)
{
    Entry &entry = m_entries[tp];
    if (entry.topicId != topicId) {
        entry = Entry{};
        entry.topicId = topicId;
    }
    entry.round = m_round;
    if (partition.logEndOffset >= 0)
        entry.logEnd = partition.logEndOffset;
    for (const auto &[broker, view] : replicas) {
        ReplicaCounters &was = entry.replicas[broker];
        // A counter below its last reading belongs to a new run of the broker, counted from 0.
        entry.bytesIn += counterIncrease(view.appendedBytes, was.appendedBytes);
        entry.recordsOut += counterIncrease(view.consumedRecords, was.consumedRecords);
        entry.bytesOut += counterIncrease(view.consumedBytes, was.consumedBytes);
        was = {view.appendedBytes, view.consumedRecords, view.consumedBytes};
    }
    partition.recordsInTotal = entry.logEnd;
    partition.bytesInTotal = entry.bytesIn;
    partition.recordsOutTotal = entry.recordsOut;
    partition.bytesOutTotal = entry.bytesOut;
}

void TrafficTotals::sweep()
{
    std::erase_if(m_entries, [this](const auto &e) { return e.second.round != m_round; });
    ++m_round;
}

} // namespace es
