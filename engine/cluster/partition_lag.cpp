#include "cluster/partition_lag.h"

#include <algorithm>

namespace es {

PartitionLag partitionLag(const TopicPartition &tp, const CommittedOffset &committed,
                          const PartitionSnapshot *partition)
{
    PartitionLag lag;
    lag.tp = tp;
    lag.committed = committed.offset;
    lag.commitTimestampMs = committed.commitTimestampMs;
    if (partition && partition->highWatermark >= 0) {
        lag.highWatermark = partition->highWatermark;
        lag.lag = std::max<std::int64_t>(
            0, lag.highWatermark - std::max<std::int64_t>(committed.offset, partition->logStartOffset));
    }
    return lag;
}

} // namespace es
