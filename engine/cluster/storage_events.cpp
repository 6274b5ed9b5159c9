#include "cluster/storage_events.h"

#include "cluster/cluster_event_sink.h"
#include "common/logging.h"
#include "storage/storage_problem.h"

namespace es {

void recordWriteRefused(ClusterEventSink &events, std::int32_t broker, const TopicPartition &tp,
                        const std::string &error)
{
    logger("cluster")->error("broker {}: refusing writes to {} until storage accepts them again: {}", broker,
                             tp.toString(), error);
    events.record(EventKind::StorageError, "partition:" + tp.toString(),
                  {EventForm::StorageWriteRefused,
                   {{"broker", broker},
                    {"partition", tp.toString()},
                    {"reason", std::string(storageProblemName(storageProblemOf(error)))},
                    {"error", error}}});
}

void recordReplicasNotOpened(ClusterEventSink &events, std::int32_t broker, std::size_t count,
                             const TopicPartition &first, const std::string &error)
{
    events.record(EventKind::StorageError, "broker:" + std::to_string(broker),
                  {EventForm::ReplicasNotOpened,
                   {{"broker", broker},
                    {"count", count},
                    {"partition", first.toString()},
                    {"reason", std::string(storageProblemName(storageProblemOf(error)))},
                    {"error", error}}});
}

} // namespace es
