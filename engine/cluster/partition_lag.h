#pragma once

#include "cluster/cluster_snapshot.h"

namespace es {

// How far one committed offset is behind its partition: high watermark - max(committed, log
// start), never below zero. Unknown (lag 0, high watermark -1) without the partition or its
// high watermark.
PartitionLag partitionLag(const TopicPartition &tp, const CommittedOffset &committed,
                          const PartitionSnapshot *partition);

} // namespace es
