// WriteTxnMarkers on a partition leader: the transaction coordinator's COMMIT or ABORT
// marker appended to each partition of a transaction, as a control batch that carries the
// producer's id and epoch. A read_committed consumer learns from it where the transaction
// ends; the partition's last stable offset moves past it; and a marker in a
// __consumer_offsets partition makes the transaction's offset commits visible or drops them.

#include "cluster/broker_internal.h"
#include "cluster/topic_name.h"
#include "common/logging.h"
#include "storage/record_batch_builder.h"

namespace es {

namespace {

constexpr std::int32_t kMarkerTimeoutMs = 5000;

} // namespace

void Broker::handleWriteTxnMarkers(TxnMarkerRequest request, Reply<TxnMarkerResult> reply)
{
    ProduceRequest produce;
    produce.acks = -1; // a marker counts once every in-sync replica has it, as in Kafka
    produce.timeoutMs = kMarkerTimeoutMs;
    produce.clientId = "transaction-coordinator";
    produce.origin = AppendOrigin::Coordinator;
    const std::int64_t now = m_clock.nowMs();
    for (const TopicPartition &tp : request.partitions)
        produce.partitions.push_back({tp, buildControlBatch({.type = request.commit ? batch::kControlTypeCommit
                                                                                    : batch::kControlTypeAbort,
                                                             .producerId = request.producerId,
                                                             .producerEpoch = request.producerEpoch,
                                                             .coordinatorEpoch = request.coordinatorEpoch,
                                                             .timestamp = now})});
    handleProduce(std::move(produce), [this, request = std::move(request),
                                       reply = std::move(reply)](ProduceResponse response) {
        TxnMarkerResult result;
        for (const ProducePartitionResult &p : response.partitions) {
            result[p.tp] = p.error;
            if (p.error != ErrorCode::None) {
                logger("cluster")->debug("broker {}: {} marker of producer {} on {}: {}", m_id,
                                         request.commit ? "commit" : "abort", request.producerId, p.tp.toString(),
                                         errorName(p.error));
                continue;
            }
            // The transaction's offset commits in this group partition become committed
            // offsets, or go (Kafka's GroupCoordinator.scheduleHandleTxnCompletion).
            if (p.tp.topic == kConsumerOffsetsTopic && m_groups)
                m_groups->completeTransaction(p.tp.partition, request.producerId, request.commit);
        }
        reply(std::move(result));
    });
}

} // namespace es
