// Fetch (consumers, sessionless, long-polling on the broker), ListOffsets and
// OffsetForLeaderEpoch.

#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

namespace {

// Where a client should go instead, for Fetch v12+ NOT_LEADER_OR_FOLLOWER and epoch errors.
std::optional<protocol::FetchLeaderIdAndEpoch> currentLeader(const MetadataImage *image,
                                                             const TopicPartition &tp)
{
    const PartitionInfo *p = image ? image->partition(tp) : nullptr;
    if (!p)
        return std::nullopt;
    return protocol::FetchLeaderIdAndEpoch{p->leader, p->leaderEpoch};
}

protocol::FetchResponse::PartitionData fetchRefused(std::int32_t partition)
{
    protocol::FetchResponse::PartitionData p;
    p.partitionIndex = partition;
    p.errorCode = ErrorCode::TopicAuthorizationFailed;
    p.highWatermark = -1;
    p.abortedTransactions = std::vector<protocol::FetchResponse::AbortedTransaction>{};
    p.records = Bytes{};
    return p;
}

} // namespace

void FetchHandler::handle(RequestContext ctx, protocol::FetchRequest request,
                          Respond<protocol::FetchResponse> respond)
{
    const std::int16_t version = ctx.version();
    if (request.sessionId != 0) {
        // Sessions are declined (every answer carries session id 0), so none can be named.
        protocol::FetchResponse response;
        response.errorCode = ErrorCode::FetchSessionIdNotFound;
        respond(response);
        return;
    }
    FetchRequest forward;
    forward.replicaId = -1; // replicas fetch in-process; every wire client is a consumer
    forward.minBytes = request.minBytes;
    // Kafka answers at once when the client wants no minimum.
    forward.maxWaitMs = request.minBytes <= 0 ? 0 : std::max(0, request.maxWaitMs);
    forward.maxBytes = version >= 3 ? request.maxBytes : std::numeric_limits<std::int32_t>::max();
    forward.readCommitted = request.isolationLevel == 1;
    TopicAuthorizer mayRead(ctx, security::AclOperation::Read, Api::kName);
    std::vector<TopicPartition> refused; // answered TOPIC_AUTHORIZATION_FAILED, never read
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions) {
            if (!mayRead(t.topic))
                refused.push_back({t.topic, p.partition});
            else
                forward.partitions.push_back({TopicPartition{t.topic, p.partition}, p.fetchOffset,
                                              p.currentLeaderEpoch, p.partitionMaxBytes});
        }
    if (forward.partitions.empty() && !refused.empty())
        forward.maxWaitMs = 0; // nothing to wait for

    ctx.broker().handleFetch(
        std::move(forward), [ctx, respond, version, refused = std::move(refused)](FetchResponse result) {
            if (!ctx.open())
                return;
            const MetadataImagePtr image = ctx.broker().metadata();
            protocol::FetchResponse response;
            TopicGrouper<protocol::FetchResponse::FetchableTopicResponse,
                         &protocol::FetchResponse::FetchableTopicResponse::topic>
                topics;
            for (const auto &tp : refused)
                topics.topic(tp.topic).partitions.push_back(fetchRefused(tp.partition));
            for (auto &r : result.partitions) {
                protocol::FetchResponse::PartitionData p;
                p.partitionIndex = r.tp.partition;
                p.errorCode = r.error;
                p.highWatermark = r.highWatermark;
                p.lastStableOffset = r.error == ErrorCode::None ? r.lastStableOffset : -1;
                p.logStartOffset = r.logStartOffset;
                p.abortedTransactions = std::vector<protocol::FetchResponse::AbortedTransaction>{};
                for (const FetchAbortedTransaction &a : r.abortedTransactions)
                    p.abortedTransactions->push_back({a.producerId, a.firstOffset});
                p.records = std::move(r.records).take();
                if (version >= 12 &&
                    (r.error == ErrorCode::NotLeaderOrFollower || r.error == ErrorCode::FencedLeaderEpoch))
                    p.currentLeader = currentLeader(image.get(), r.tp);
                topics.topic(r.tp.topic).partitions.push_back(std::move(p));
            }
            response.responses = topics.take();
            respond(response);
        });
}

void ListOffsetsHandler::handle(RequestContext ctx, protocol::ListOffsetsRequest request,
                                Respond<protocol::ListOffsetsResponse> respond)
{
    ListOffsetsRequest forward;
    forward.replicaId = -1;
    forward.readCommitted = request.isolationLevel == 1;
    TopicAuthorizer mayDescribe(ctx, security::AclOperation::Describe, Api::kName);
    std::vector<TopicPartition> refused;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions) {
            if (!mayDescribe(t.name))
                refused.push_back({t.name, p.partitionIndex});
            else
                forward.partitions.push_back(
                    {TopicPartition{t.name, p.partitionIndex}, p.timestamp, p.currentLeaderEpoch});
        }
    const std::int16_t version = ctx.version();
    ctx.broker().handleListOffsets(
        forward, [respond, version, refused = std::move(refused)](ListOffsetsResponse result) {
            protocol::ListOffsetsResponse response;
            TopicGrouper<protocol::ListOffsetsResponse::Topic> topics;
            for (const auto &tp : refused) {
                protocol::ListOffsetsResponse::Partition p;
                p.partitionIndex = tp.partition;
                p.errorCode = ErrorCode::TopicAuthorizationFailed;
                topics.topic(tp.topic).partitions.push_back(std::move(p));
            }
            for (const auto &r : result.partitions) {
                protocol::ListOffsetsResponse::Partition p;
                p.partitionIndex = r.tp.partition;
                p.errorCode = r.error;
                if (version == 0) {
                    if (r.error == ErrorCode::None && r.offset >= 0)
                        p.oldStyleOffsets.push_back(r.offset);
                } else {
                    p.timestamp = r.timestamp;
                    p.offset = r.offset;
                    p.leaderEpoch = r.leaderEpoch;
                }
                topics.topic(r.tp.topic).partitions.push_back(std::move(p));
            }
            response.topics = topics.take();
            respond(response);
        });
}

void OffsetForLeaderEpochHandler::handle(RequestContext ctx, protocol::OffsetForLeaderEpochRequest request,
                                         Respond<protocol::OffsetForLeaderEpochResponse> respond)
{
    std::vector<EpochEndOffsetRequest> forward;
    TopicAuthorizer mayDescribe(ctx, security::AclOperation::Describe, Api::kName);
    std::vector<TopicPartition> refused;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions) {
            if (!mayDescribe(t.topic))
                refused.push_back({t.topic, p.partition});
            else
                forward.push_back(
                    {TopicPartition{t.topic, p.partition}, p.currentLeaderEpoch, p.leaderEpoch});
        }
    ctx.broker().handleOffsetForLeaderEpoch(
        forward, [respond, refused = std::move(refused)](OffsetForLeaderEpochResponse result) {
            protocol::OffsetForLeaderEpochResponse response;
            using Topic = protocol::OffsetForLeaderEpochResponse::Topic;
            TopicGrouper<Topic, &Topic::topic> topics;
            for (const auto &tp : refused)
                topics.topic(tp.topic).partitions.push_back(
                    {ErrorCode::TopicAuthorizationFailed, tp.partition, -1, -1});
            for (const auto &r : result.partitions)
                topics.topic(r.tp.topic)
                    .partitions.push_back({r.error, r.tp.partition, r.leaderEpoch, r.endOffset});
            response.topics = topics.take();
            respond(response);
        });
}

} // namespace es::server
