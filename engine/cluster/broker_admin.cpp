// DeleteRecords: moving a partition's log start offset forward on its leader. Followers
// follow through the log start offset in their fetch answers.

#include "cluster/broker_internal.h"
#include "cluster/cluster_event_sink.h"

namespace es {

namespace {
constexpr std::int64_t kDeleteToHighWatermark = -1;
} // namespace

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
            // As Kafka: -1 means "up to the high watermark", any other negative offset and
            // any offset past the high watermark (uncommitted records) are out of range, and
            // a topic whose cleanup.policy lacks "delete" refuses deletion by policy.
            const std::int64_t target = p.offset == kDeleteToHighWatermark ? r->highWatermark() : p.offset;
            if (!r->log().config().deletes()) {
                res.error = ErrorCode::PolicyViolation;
            } else if (target < 0 || target > r->highWatermark()) {
                res.error = ErrorCode::OffsetOutOfRange;
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
