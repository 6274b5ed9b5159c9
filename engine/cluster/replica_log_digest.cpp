#include "cluster/replica_log_digest.h"

#include "cluster/broker.h"
#include "storage/record_batch_reader.h"

namespace es {

Result<ReplicaLogDigest> digestReplicaLog(Broker &broker, const TopicPartition &tp)
{
    Replica *replica = broker.replica(tp);
    if (replica == nullptr)
        return Status::notFound("broker " + std::to_string(broker.id()) + " has no replica of " +
                                tp.toString());
    ReplicaLogDigest digest;
    digest.broker = broker.id();
    digest.leader = replica->isLeader();
    digest.logStartOffset = replica->logStartOffset();
    digest.logEndOffset = replica->logEndOffset();
    digest.highWatermark = replica->highWatermark();
    // Appends run on this loop too, so the log cannot grow while it is read: the batches
    // end exactly at the log end read above.
    Status s = replica->log().forEachBatchHeader(Offset(digest.logStartOffset), [&](const BatchHeader &h) {
        digest.batches.push_back({h.baseOffset, h.lastOffset(), h.partitionLeaderEpoch, h.crc});
        return true;
    });
    if (!s.isOk())
        return s;
    return digest;
}

} // namespace es
