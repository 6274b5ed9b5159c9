// Committed offsets: OffsetCommit, OffsetFetch and OffsetDelete, kept by the group's
// coordinator in __consumer_offsets.

#include "cluster/group/group_coordinator.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

namespace {

using protocol::OffsetFetchResponse;

// One group's committed offsets in the response's layout. Before v2 there is no group
// error field, so a group error goes to every partition.
std::vector<OffsetFetchResponse::Topic>
fetchedTopics(const OffsetFetchResult &r, std::int16_t version,
              const std::optional<std::vector<TopicPartition>> &requested)
{
    TopicGrouper<OffsetFetchResponse::Topic> topics;
    if (version < 2 && r.error != ErrorCode::None && r.partitions.empty() && requested) {
        for (const auto &tp : *requested)
            topics.topic(tp.topic).partitions.push_back({tp.partition, -1, -1, "", r.error});
        return topics.take();
    }
    for (const auto &f : r.partitions) {
        OffsetFetchResponse::Partition p;
        p.partitionIndex = f.partition;
        p.committedOffset = f.offset;
        p.committedLeaderEpoch = f.leaderEpoch;
        p.metadata = f.metadata;
        p.errorCode = version < 2 && r.error != ErrorCode::None ? r.error : f.error;
        topics.topic(f.topic).partitions.push_back(std::move(p));
    }
    return topics.take();
}

std::optional<std::vector<TopicPartition>>
requestedPartitions(const std::optional<std::vector<protocol::OffsetFetchRequest::Topic>> &topics)
{
    if (!topics)
        return std::nullopt;
    std::vector<TopicPartition> out;
    for (const auto &t : *topics)
        for (auto p : t.partitionIndexes)
            out.push_back({t.name, p});
    return out;
}

} // namespace

void OffsetCommitHandler::handle(RequestContext ctx, protocol::OffsetCommitRequest request,
                                 Respond<protocol::OffsetCommitResponse> respond)
{
    es::OffsetCommitRequest commit;
    commit.groupId = std::move(request.groupId);
    commit.generationId = ctx.version() >= 1 ? request.generationId : -1;
    commit.memberId = std::move(request.memberId);
    commit.groupInstanceId = std::move(request.groupInstanceId);
    commit.retentionTimeMs = ctx.version() >= 2 && ctx.version() <= 4 ? request.retentionTimeMs : -1;
    for (auto &t : request.topics)
        for (auto &p : t.partitions)
            commit.partitions.push_back({t.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch,
                                         p.committedMetadata.value_or("")});
    ctx.broker().commitOffsets(std::move(commit), [respond](OffsetCommitResult results) {
        protocol::OffsetCommitResponse response;
        TopicGrouper<protocol::OffsetCommitResponse::Topic> topics;
        for (const auto &r : results)
            topics.topic(r.partition.topic).partitions.push_back({r.partition.partition, r.error});
        response.topics = topics.take();
        respond(response);
    });
}

void OffsetFetchHandler::handle(RequestContext ctx, protocol::OffsetFetchRequest request,
                                Respond<protocol::OffsetFetchResponse> respond)
{
    const GroupCoordinator &groups = ctx.broker().groups();
    OffsetFetchResponse response;
    if (ctx.version() >= 8) {
        for (const auto &g : request.groups) {
            const auto requested = requestedPartitions(g.topics);
            const OffsetFetchResult r = groups.fetchOffsets(g.groupId, requested);
            response.groups.push_back({g.groupId, fetchedTopics(r, ctx.version(), requested), r.error});
        }
    } else {
        const auto requested = requestedPartitions(request.topics);
        const OffsetFetchResult r = groups.fetchOffsets(request.groupId, requested);
        response.topics = fetchedTopics(r, ctx.version(), requested);
        response.errorCode = r.error;
    }
    respond(response);
}

void OffsetDeleteHandler::handle(RequestContext ctx, protocol::OffsetDeleteRequest request,
                                 Respond<protocol::OffsetDeleteResponse> respond)
{
    std::vector<TopicPartition> partitions;
    for (const auto &t : request.topics)
        for (const auto &p : t.partitions)
            partitions.push_back({t.name, p.partitionIndex});
    ctx.broker().groups().deleteOffsets(request.groupId, partitions, [respond](OffsetDeleteResult r) {
        protocol::OffsetDeleteResponse response;
        response.errorCode = r.error;
        TopicGrouper<protocol::OffsetDeleteResponse::Topic> topics;
        for (const auto &p : r.partitions)
            topics.topic(p.partition.topic).partitions.push_back({p.partition.partition, p.error});
        response.topics = topics.take();
        respond(response);
    });
}

} // namespace es::server
