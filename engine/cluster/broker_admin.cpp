// DeleteRecords: moving a partition's log start offset forward on its leader. Followers
// follow through the log start offset in their fetch answers.

#include "cluster/broker_internal.h"
#include "cluster/cluster_event_sink.h"

namespace es {

void Broker::handleDeleteRecords(const std::vector<DeleteRecordsPartition> &request,
                                 Reply<std::vector<DeleteRecordsResult>> reply)
{
    std::vector<DeleteRecordsResult> out;
    for (const auto &p : request) {
        DeleteRecordsResult res;
        res.tp = p.tp;
        Replica *r = replica(p.tp);
        if (!r || !r->isLeader()) {
            res.error = (m_image && m_image->partition(p.tp)) ? ErrorCode::NotLeaderOrFollower
                                                              : ErrorCode::UnknownTopicOrPartition;
        } else {
            const std::int64_t target = p.offset < 0 ? r->highWatermark() : p.offset;
            if (target > r->highWatermark()) {
                res.error = ErrorCode::OffsetOutOfRange; // Kafka never deletes uncommitted records
            } else if (Status s = r->log().advanceLogStartOffset(Offset(target)); !s.isOk()) {
                res.error = ErrorCode::KafkaStorageError;
            } else {
                res.lowWatermark = r->logStartOffset();
                m_events.record(EventKind::RecordsDeleted, "partition:" + p.tp.toString(),
                                {EventForm::RecordsDeleted,
                                 {{"partition", p.tp.toString()}, {"offset", res.lowWatermark}}});
            }
        }
        out.push_back(res);
    }
    reply(std::move(out));
}

} // namespace es
